"""Who sees and changes the register, the ledger and the targets, decided once.

Which body is at which stage of a published practice is public: it is what the rollout map and
body pages show. The records themselves (contacts, support asked for, reasons, evidence) are seen
by the programme roles, by members of the body concerned and by members of the body that leads
the practice. Changes are made by the body's editors, or by the programme team on its behalf.

The pages, the API and the actions ask these predicates; the querysets (`visible_to`,
`stage_visible_to`, `editable_by`) apply the same conditions in SQL. Written over field names
(a record's `body` and `practice`), so that querysets.py, which models.py imports, can use it.
"""

from django.db.models import Exists, OuterRef, Q

from arfer.accounts.models import Membership
from arfer.accounts.policy import (
    is_programme_admin,
    is_programme_staff,
    is_signed_in,
    sees_everything,
)
from arfer.directory.models import Body
from arfer.directory.policy import may_act_for as may_act_for_body
from arfer.menu.models import Practice


def member_bodies(user):
    """The ids of the bodies a person belongs to, as a subquery."""
    return Membership.objects.filter(user=user).values("body_id")


def _concerning(user) -> Q:
    """Records of the person's bodies, and other bodies' records of the practices their bodies
    lead. Two subqueries rather than a join, so that each side of the OR can use an index."""
    mine = member_bodies(user)
    led = Practice.objects.filter(lead_body__in=mine).values("pk")
    return Q(body__in=mine) | Q(practice__in=led)


def records_visible_to(user) -> Q | None:
    """The records a person sees in full: the programme roles all of them, members of bodies
    those concerning their bodies; None for anyone else."""
    if sees_everything(user):
        return Q()
    if not is_signed_in(user):
        return None
    return _concerning(user)


def stages_visible_to(user) -> Q:
    """The adoptions whose stage a person sees: those of the published menu, for everyone, and
    the records they see in full. Tested row by row (a correlated EXISTS, an OR), so that a page
    in id order stops after its rows: a join on the practice's status would have SQLite sort a
    million adoptions first."""
    if sees_everything(user):
        return Q()
    published = Q(
        Exists(
            Practice.objects.filter(pk=OuterRef("practice_id"), status=Practice.Status.PUBLISHED)
        )
    )
    in_full = records_visible_to(user)
    return published if in_full is None else published | in_full


def records_editable_by(user) -> Q | None:
    """The records a person may change: those of the bodies they act for, every one for the
    programme team; None when they may change none."""
    if is_programme_staff(user):
        return Q()
    if not is_signed_in(user):
        return None
    return Q(body__in=Body.objects.editable_by(user).values("pk"))


def may_act_for(actor, body) -> bool:
    """Record adoptions and savings for `body`: its editors and admins, the programme team."""
    return may_act_for_body(actor, body.pk)


def may_verify(actor) -> bool:
    """The programme team verifies savings (never its own work: the action checks that)."""
    return is_programme_staff(actor)


def may_see_targets(user) -> bool:
    """The programme's savings targets: the board and the programme team."""
    return sees_everything(user)


def may_set_targets(actor) -> bool:
    return is_programme_admin(actor)
