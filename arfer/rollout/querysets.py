"""Reads of the register and the ledger, with the one policy for who sees what.

Which body is at which stage of a published practice is public: it is what the rollout map and
body pages show. The records themselves (contacts, support asked for, reasons, evidence) are seen
by the programme roles, by members of the body concerned and by members of the body that leads
the practice. Changes are made by the body's editors, or by the programme team on its behalf.
"""

from django.db.models import Q

from arfer.core.versioned import VersionedQuerySet


def member_bodies(user):
    """The ids of the bodies a person belongs to, as a subquery."""
    from arfer.accounts.models import Membership

    return Membership.objects.filter(user=user).values("body_id")


def _is_signed_in(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


class _RolloutRecordQuerySet(VersionedQuerySet):
    def visible_to(self, user):
        if not _is_signed_in(user):
            return self.none()
        if user.sees_everything:
            return self.all()
        from arfer.menu.models import Practice

        mine = member_bodies(user)
        # Two subqueries rather than a join, so that each side of the OR can use an index.
        led = Practice.objects.filter(lead_body__in=mine).values("pk")
        return self.filter(Q(body__in=mine) | Q(practice__in=led))

    def editable_by(self, user):
        from arfer.directory.models import Body

        if not _is_signed_in(user):
            return self.none()
        if user.is_programme_staff or user.is_superuser:
            return self.all()
        return self.filter(body__in=Body.objects.editable_by(user).values("pk"))


class AdoptionQuerySet(_RolloutRecordQuerySet):
    def public(self) -> "AdoptionQuerySet":
        """Adoptions of practices on the published menu: their stages are public."""
        return self.filter(practice__status="published")

    def for_listing(self) -> "AdoptionQuerySet":
        return self.select_related("practice", "practice__lead_body", "body")

    def for_pages_in_id_order(self) -> "AdoptionQuerySet":
        """For cursor pages in id order (the API): the practice and body read by a query each
        rather than joined. Joined, SQLite may start from the bodies and sort every matching
        adoption before taking a page (a stage filter on a million adoptions: 1.4 s, not 3 ms)."""
        return self.prefetch_related("practice", "body")


class LedgerEntryQuerySet(_RolloutRecordQuerySet):
    def for_listing(self) -> "LedgerEntryQuerySet":
        return self.select_related("practice", "body", "adoption")
