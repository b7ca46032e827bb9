"""Reads of the register and the ledger, with the one policy for who sees what.

Which body is at which stage of a published practice is public: it is what the rollout map and
body pages show. The records themselves (contacts, support asked for, reasons, evidence) are seen
by the programme roles, by members of the body concerned and by members of the body that leads
the practice. Changes are made by the body's editors, or by the programme team on its behalf.
"""

from django.db.models import Exists, OuterRef, Q

from arfer.core.versioned import VersionedQuerySet


def member_bodies(user):
    """The ids of the bodies a person belongs to, as a subquery."""
    from arfer.accounts.models import Membership

    return Membership.objects.filter(user=user).values("body_id")


def _is_signed_in(user) -> bool:
    return user is not None and user.is_authenticated and user.is_active


def _concerning(user) -> Q:
    """Records of the person's bodies, and other bodies' records of the practices their bodies
    lead. Two subqueries rather than a join, so that each side of the OR can use an index."""
    from arfer.menu.models import Practice

    mine = member_bodies(user)
    led = Practice.objects.filter(lead_body__in=mine).values("pk")
    return Q(body__in=mine) | Q(practice__in=led)


class _RolloutRecordQuerySet(VersionedQuerySet):
    def visible_to(self, user):
        """The records a person sees in full: the programme roles all of them, members of bodies
        those concerning their bodies, anyone else none."""
        if not _is_signed_in(user):
            return self.none()
        if user.sees_everything:
            return self.all()
        return self.filter(_concerning(user))

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

    def stage_visible_to(self, user) -> "AdoptionQuerySet":
        """The adoptions whose stage a person may see (the API's register): the public ones, and
        those they see in full (`visible_to`). Tested row by row (a correlated EXISTS, an OR),
        so that a page in id order stops after its rows: a join on the practice's status would
        have SQLite sort a million adoptions first."""
        from arfer.menu.models import Practice

        if _is_signed_in(user) and user.sees_everything:
            return self.all()
        published = Exists(
            Practice.objects.filter(pk=OuterRef("practice_id"), status=Practice.Status.PUBLISHED)
        )
        if not _is_signed_in(user):
            return self.filter(published)
        return self.filter(published | _concerning(user))

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
