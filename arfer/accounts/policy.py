"""Who holds which role, and who may see and manage a body's members: decided here once. The
other apps' policies (`<app>/policy.py`) build on these predicates; pages, actions and querysets
ask the policies, never the role fields.

Every predicate takes an actor: a person (signed in or anonymous) or the system itself
(`arfer.core.actors.SYSTEM`), which holds every role. None is refused with a TypeError: it is
nobody, and a forgotten actor must not pass for anyone.

Written over field names and the relations (a body's `memberships`) rather than by importing
the models, so that querysets.py, which models.py imports, can use it too.
"""

from django.db.models import Q

from arfer.core.actors import is_system

from .roles import ProgrammeRole

# The programme team: they curate the menu and act for every body.
STAFF_ROLES = (ProgrammeRole.MODERATOR, ProgrammeRole.ADMIN)


def is_signed_in(actor) -> bool:
    """A person with an active account, signed in: not the system, not an anonymous visitor."""
    return not is_system(actor) and bool(actor.is_authenticated and actor.is_active)


def is_programme_staff(actor) -> bool:
    """Moderators, programme admins and superusers: the programme team."""
    if is_system(actor):
        return True
    return is_signed_in(actor) and (actor.programme_role in STAFF_ROLES or actor.is_superuser)


def is_programme_admin(actor) -> bool:
    """Programme admins and superusers: they manage the directory, every body's members and the
    programme's targets."""
    if is_system(actor):
        return True
    return is_signed_in(actor) and (
        actor.programme_role == ProgrammeRole.ADMIN or actor.is_superuser
    )


def is_board_member(actor) -> bool:
    """A member of the programme board: they read and steer, and record nothing."""
    return is_signed_in(actor) and actor.programme_role == ProgrammeRole.BOARD


def sees_everything(actor) -> bool:
    """Every programme role (the board too) and superusers read every record, published or
    not."""
    if is_system(actor):
        return True
    return is_signed_in(actor) and holds_privileged_role(actor)


def holds_privileged_role(user) -> bool:
    """A programme role or a superuser, active or not: such a person can see or change
    everything, so must sign in with a second factor."""
    return user.programme_role != ProgrammeRole.NONE or user.is_superuser


def without_privileged_role(person: str) -> Q:
    """`holds_privileged_role` turned round, in SQL, over the relation named `person`."""
    return Q(**{f"{person}__programme_role": ProgrammeRole.NONE, f"{person}__is_superuser": False})


def may_act_as(actor, user) -> bool:
    """What only the person themselves may do (their tokens, their email preferences), or the
    system for them (an operator's command, a signed link)."""
    return is_system(actor) or (actor.is_authenticated and actor.pk == user.pk)


def may_see_history_of(user, body_id: int) -> bool:
    """The history of a body's records (who changed what): the programme roles, and the body's
    own members."""
    if sees_everything(user):
        return True
    return is_signed_in(user) and user.memberships.filter(body_id=body_id).exists()


def member_lists_visible_to(user) -> Q | None:
    """The bodies whose member list this person may see, as a condition on a body; None when
    they may see none. Any other body's member pages answer 404."""
    if is_programme_admin(user):
        return Q()
    if not is_signed_in(user):
        return None
    return Q(memberships__user=user)


def may_manage_members(actor, body) -> bool:
    """Body admins invite, remove and change the roles of their body's members; programme
    admins do so for every body."""
    if is_programme_admin(actor):
        return True
    if not is_signed_in(actor):
        return False
    memberships = body.memberships
    return memberships.filter(user=actor, role=memberships.model.Role.ADMIN).exists()
