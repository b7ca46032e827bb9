"""Who may see, edit, submit, review and publish practices, decided once: the workflow, the
editing actions and the pages ask these predicates, and `Practice.objects.visible_to` and
`editable_by` apply the same rules in SQL.

Written over field names (a practice's `status` and `lead_body`), so that querysets.py, which
models.py imports, can use it too.
"""

from django.db.models import Q

from arfer.accounts.models import Membership
from arfer.accounts.policy import (
    is_programme_staff,
    is_signed_in,
    may_see_history_of,
    sees_everything,
)
from arfer.directory.models import Body
from arfer.directory.policy import may_act_for

PUBLISHED = "published"
# A practice is edited while a draft or sent back for changes; otherwise it is with a reviewer
# or on the menu, and changes to it go through a revision.
EDITABLE_STATUSES = ("draft", "changes")


def may_curate(actor) -> bool:
    """The programme team curates the menu: it publishes, archives and edits any practice."""
    return is_programme_staff(actor)


def may_review(actor) -> bool:
    """A review is a person's judgement and names its reviewer: the programme team's people,
    never the system."""
    return is_signed_in(actor) and may_curate(actor)


def may_submit(actor, practice) -> bool:
    """Editors of the lead body send its practices for review (the programme team may too)."""
    return may_act_for(actor, practice.lead_body_id)


def may_follow(actor) -> bool:
    """Following a practice is a person's own choice about their emails: anyone signed in may
    follow what they can see (the action checks that in SQL), never the system."""
    return is_signed_in(actor)


def may_see_history(user, practice) -> bool:
    return may_see_history_of(user, practice.lead_body_id)


def practices_visible_to(user, prefix: str = "") -> Q:
    """The public sees the published menu; members of a body also its unpublished practices;
    the programme roles everything. `prefix` reaches the practice from a related record
    ("practice__")."""
    if sees_everything(user):
        return Q()
    if not is_signed_in(user):
        return Q(**{f"{prefix}status": PUBLISHED})
    member_of = Membership.objects.filter(user=user).values("body_id")
    return Q(**{f"{prefix}status": PUBLISHED}) | Q(**{f"{prefix}lead_body__in": member_of})


def practices_editable_by(user) -> Q | None:
    """Drafts and practices sent back for changes, of the bodies the person acts for; any of
    those for the programme team. None when they may edit none."""
    if may_curate(user):
        return Q(status__in=EDITABLE_STATUSES)
    if not is_signed_in(user):
        return None
    return Q(status__in=EDITABLE_STATUSES, lead_body__in=Body.objects.editable_by(user))


# Questions to the lead body and attachments --------------------------------------------------


def questions_visible_to(user) -> Q | None:
    """A question is between two bodies: the asking body's members, the lead body's members
    and the programme team (moderators and programme admins) see it; nobody else. None when
    the person may see none."""
    if is_programme_staff(user):
        return Q()
    if not is_signed_in(user):
        return None
    member_of = Membership.objects.filter(user=user).values("body_id")
    return Q(asking_body__in=member_of) | Q(practice__lead_body__in=member_of)


def bodies_asking_as(user, practice) -> Q | None:
    """The bodies a person may ask a practice's lead body a question for, as a condition on a
    body: those they are a member of, other than the lead body; None for anyone else."""
    if not is_signed_in(user) or practice.status != PUBLISHED:
        return None
    return Q(memberships__user=user) & ~Q(pk=practice.lead_body_id)


def may_ask(actor, practice, body) -> bool:
    """A member of another body asks a published practice's lead body, for their body."""
    condition = bodies_asking_as(actor, practice)
    return condition is not None and Body.objects.filter(condition, pk=body.pk).exists()


def may_answer(actor, practice) -> bool:
    """The lead body's editors and admins answer (the programme team may on its behalf)."""
    return is_signed_in(actor) and may_act_for(actor, practice.lead_body_id)


def may_manage_attachments(actor, practice) -> bool:
    """The lead body's editors and admins add and remove its practice's documents (and the
    programme team, which acts for every body)."""
    return may_act_for(actor, practice.lead_body_id)
