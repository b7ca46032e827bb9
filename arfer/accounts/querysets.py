"""Reads of memberships and invitations, with the one policy for who may see a body's members:
its own members, and programme admins."""

from django.db import models
from django.utils import timezone


def _is_programme_admin(user) -> bool:
    return bool(user.is_active and (user.programme_role == "admin" or user.is_superuser))


def bodies_with_members_visible_to(user):
    """The bodies whose member list this person may see: those they belong to (every body, for
    programme admins). Any other body's member pages answer 404."""
    from arfer.directory.models import Body

    if user is None or not user.is_authenticated or not user.is_active:
        return Body.objects.none()
    if _is_programme_admin(user):
        return Body.objects.all()
    return Body.objects.filter(memberships__user=user)


class MembershipQuerySet(models.QuerySet):
    def visible_to(self, user) -> "MembershipQuerySet":
        """Memberships of the bodies whose members this person may see."""
        return self.filter(body__in=bodies_with_members_visible_to(user).values("pk"))

    def admins(self) -> "MembershipQuerySet":
        return self.filter(role="admin")

    def for_listing(self) -> "MembershipQuerySet":
        return self.select_related("user").order_by("user__email")


class InvitationQuerySet(models.QuerySet):
    def visible_to(self, user) -> "InvitationQuerySet":
        return self.filter(body__in=bodies_with_members_visible_to(user).values("pk"))

    def pending(self) -> "InvitationQuerySet":
        """Sent, not yet accepted and not expired."""
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())

    def for_listing(self) -> "InvitationQuerySet":
        return self.select_related("invited_by").order_by("email")


def may_manage_members(user, body) -> bool:
    """Body admins invite, remove and change the roles of their body's members; programme
    admins do so for every body."""
    from .models import Membership

    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if _is_programme_admin(user):
        return True
    return Membership.objects.filter(user=user, body=body, role=Membership.Role.ADMIN).exists()


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
