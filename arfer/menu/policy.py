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


def practices_visible_to(user) -> Q:
    """The public sees the published menu; members of a body also its unpublished practices;
    the programme roles everything."""
    if sees_everything(user):
        return Q()
    if not is_signed_in(user):
        return Q(status=PUBLISHED)
    member_of = Membership.objects.filter(user=user).values("body_id")
    return Q(status=PUBLISHED) | Q(lead_body__in=member_of)


def practices_editable_by(user) -> Q | None:
    """Drafts and practices sent back for changes, of the bodies the person acts for; any of
    those for the programme team. None when they may edit none."""
    if may_curate(user):
        return Q(status__in=EDITABLE_STATUSES)
    if not is_signed_in(user):
        return None
    return Q(status__in=EDITABLE_STATUSES, lead_body__in=Body.objects.editable_by(user))
