"""Reads of memberships, invitations and tokens. Who may see a body's members (its own members
and programme admins) is decided in policy.py; these querysets apply it in SQL."""

from django.db import models
from django.utils import timezone

from .policy import member_lists_visible_to


class _OfVisibleBodies(models.QuerySet):
    def visible_to(self, user):
        """The rows of the bodies whose members this person may see."""
        condition = member_lists_visible_to(user)
        if condition is None:
            return self.none()
        bodies = self.model._meta.get_field("body").related_model.objects
        return self.filter(body__in=bodies.filter(condition).values("pk"))


class MembershipQuerySet(_OfVisibleBodies):
    def admins(self) -> "MembershipQuerySet":
        return self.filter(role="admin")

    def for_listing(self) -> "MembershipQuerySet":
        return self.select_related("user").order_by("user__email")


class InvitationQuerySet(_OfVisibleBodies):
    def pending(self) -> "InvitationQuerySet":
        """Sent, not yet accepted and not expired."""
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())

    def for_listing(self) -> "InvitationQuerySet":
        return self.select_related("invited_by").order_by("email")


class ApiTokenQuerySet(models.QuerySet):
    def visible_to(self, user) -> "ApiTokenQuerySet":
        """A person's own tokens: nobody else's, whatever their role. Programme admins do not
        manage other people's tokens; an operator revokes one with `arfer token revoke`."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        return self.filter(user=user)

    def for_listing(self) -> "ApiTokenQuerySet":
        # Live tokens first, newest first; the hash is never needed to show a token.
        return self.defer("token_hash").order_by(
            models.F("revoked_at").desc(nulls_first=True), "-created_at", "-pk"
        )
