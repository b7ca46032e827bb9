"""The rollout's section of a practice's page: where each of the reader's bodies stands on the
practice (not yet considered, at a stage, declined and why) and, for those they act for, the
next move. Two queries, whatever the number of bodies (see arfer.menu.practice_page)."""

from arfer.accounts.models import Membership
from arfer.accounts.policy import is_signed_in
from arfer.directory.policy import acts_through
from arfer.menu.models import Practice

from .models import Adoption


def standing_of_members_bodies(request, *, practice) -> dict | None:
    """Each body the reader belongs to (but the lead body, which cannot adopt its own
    practice), with its adoption of this practice if it has one; None for the public, for
    practices not on the menu and for people whose only body leads it."""
    user = request.user
    if not is_signed_in(user) or practice.status != Practice.Status.PUBLISHED:
        return None
    memberships = list(
        Membership.objects.filter(user=user)
        .exclude(body_id=practice.lead_body_id)
        .select_related("body")
        .order_by("body__name_en", "body_id")
    )
    if not memberships:
        return None
    adoptions = {
        adoption.body_id: adoption
        for adoption in Adoption.objects.filter(
            practice=practice, body_id__in=[membership.body_id for membership in memberships]
        )
    }
    return {
        "standings": [
            {
                "body": membership.body,
                "adoption": adoptions.get(membership.body_id),
                "may_act": acts_through(user, membership),
            }
            for membership in memberships
        ]
    }
