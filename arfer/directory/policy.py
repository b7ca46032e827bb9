"""Who may change the directory and who may act for which body, decided once: the actions and
pages ask these predicates, and `Body.objects.editable_by` applies the same rule in SQL.

Written over field names and relations (a body's `memberships`), so that querysets.py, which
models.py imports, can use it too.
"""

from django.db.models import Q

from arfer.accounts.models import Membership
from arfer.accounts.policy import is_programme_admin, is_programme_staff, is_signed_in

# The members of a body who act for it; viewers only read.
ACTING_ROLES = (Membership.Role.EDITOR, Membership.Role.ADMIN)


def may_change_directory(actor) -> bool:
    """The directory is reference data every other record points at: programme admins add,
    correct and retire bodies (and the system loads them)."""
    return is_programme_admin(actor)


def bodies_editable_by(user) -> Q | None:
    """The bodies a person may act for, as a condition on a body: those where they are an
    editor or admin, every body for the programme team; None when they may act for none."""
    if is_programme_staff(user):
        return Q()
    if not is_signed_in(user):
        return None
    return Q(memberships__user=user, memberships__role__in=ACTING_ROLES)


def may_act_for(actor, body_id: int) -> bool:
    """`bodies_editable_by` for one body: may the actor record and edit on its behalf?"""
    if is_programme_staff(actor):
        return True
    return (
        is_signed_in(actor)
        and Membership.objects.filter(user=actor, body_id=body_id, role__in=ACTING_ROLES).exists()
    )


def acts_through(actor, membership) -> bool:
    """`may_act_for` for one of the actor's own memberships, already loaded (a page listing
    each of their bodies asks it without a query per body)."""
    return is_programme_staff(actor) or membership.role in ACTING_ROLES
