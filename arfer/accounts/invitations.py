"""Invitations to join a body, as action functions: invite, cancel, accept (signed in), and
accept by creating an account. Only a hash of each token is stored."""

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from arfer.core.actors import SYSTEM, person_of

from . import notifications
from .actions import BODY_ROLES, create_account
from .models import Invitation, Membership, User
from .policy import is_signed_in, may_manage_members

INVITATION_LIFETIME = timedelta(days=14)


def hash_token(token: str) -> str:
    """Tokens are random (256 bits), so a plain SHA-256 is enough to make a leaked table of
    hashes useless."""
    return hashlib.sha256(token.encode()).hexdigest()


def find_invitation(token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("body", "invited_by")
        .filter(token_hash=hash_token(token))
        .first()
    )


def invite_member(body, email: str, role: str, *, actor) -> tuple[Invitation, str]:
    """Invite someone by email to join `body` with `role`. Body admins invite to their own
    bodies, programme admins to any. Refuses an existing member and an address with an
    invitation still open. Returns the invitation and its token (which only the email
    carries); the email is sent once the transaction commits."""
    if not may_manage_members(actor, body):
        raise PermissionDenied(_("Only the body's admins can invite people to join it."))
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as error:
        raise ValidationError(
            _("Enter an email address in the correct format, like name@example.org."), code="email"
        ) from error
    if role not in Membership.Role.values:
        raise ValidationError(_("Choose a role."), code="role")
    if Membership.objects.filter(body=body, user__email=email).exists():
        raise ValidationError(
            _("%(email)s is already a member of %(body)s.") % {"email": email, "body": body.name},
            code="member",
        )
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    try:
        with transaction.atomic():
            open_invitation = Invitation.objects.filter(
                body=body, email=email, accepted_at__isnull=True
            ).first()
            if open_invitation is not None and not open_invitation.is_expired:
                raise ValidationError(
                    _(
                        "%(email)s has already been invited to %(body)s. The invitation expires "
                        "on %(date)s."
                    )
                    % {
                        "email": email,
                        "body": body.name,
                        "date": date_format(
                            timezone.localtime(open_invitation.expires_at), "j F Y"
                        ),
                    },
                    code="invited",
                )
            if open_invitation is not None:
                # An expired invitation makes way for the new one: its link stops working.
                open_invitation.delete()
            invitation = Invitation.objects.create(
                body=body,
                email=email,
                role=role,
                token_hash=hash_token(token),
                invited_by=person_of(actor),
                created_at=now,
                expires_at=now + INVITATION_LIFETIME,
            )
    except IntegrityError as error:
        # Another admin invited the same address at the same moment.
        raise ValidationError(
            _("%(email)s has already been invited to %(body)s.")
            % {"email": email, "body": body.name},
            code="invited",
        ) from error
    # Robust: a mail server that is down is logged, not shown as an error for an invitation that
    # was made; the admin can cancel it and invite again.
    transaction.on_commit(lambda: notifications.invitation_sent(invitation, token), robust=True)
    return invitation, token


def cancel_invitation(invitation: Invitation, *, actor) -> None:
    """Withdraw an invitation that has not been accepted: its link stops working."""
    if not may_manage_members(actor, invitation.body):
        raise PermissionDenied(_("Only the body's admins can cancel its invitations."))
    with transaction.atomic():
        deleted, _details = Invitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True
        ).delete()
    if not deleted:
        raise ValidationError(_("This invitation has already been accepted."), code="accepted")


def _lock_open(invitation: Invitation) -> Invitation:
    """Inside a transaction: the invitation's current row, refusing one that has been cancelled,
    used or has expired in the meantime."""
    current = (
        Invitation.objects.select_for_update()
        .select_related("body")
        .filter(pk=invitation.pk)
        .first()
    )
    if current is None:
        raise ValidationError(_("This invitation has been cancelled."), code="cancelled")
    if current.is_accepted:
        raise ValidationError(_("This invitation has already been used."), code="used")
    if current.is_expired:
        raise ValidationError(_("This invitation has expired."), code="expired")
    return current


def _mark_accepted(invitation: Invitation, current: Invitation, user: User) -> None:
    current.accepted_at = timezone.now()
    current.accepted_by = user
    current.save(update_fields=["accepted_at", "accepted_by"])
    invitation.accepted_at, invitation.accepted_by = current.accepted_at, user


def accept_invitation(invitation: Invitation, *, actor) -> Membership:
    """A signed-in person accepts an invitation sent to their own address and joins the body
    (in addition to any others they belong to)."""
    if not is_signed_in(actor) or actor.email != invitation.email:
        raise PermissionDenied(_("This invitation was sent to another email address."))
    with transaction.atomic():
        current = _lock_open(invitation)
        if Membership.objects.filter(user=actor, body_id=current.body_id).exists():
            raise ValidationError(
                _("You are already a member of %(body)s.") % {"body": current.body.name},
                code="member",
            )
        membership = Membership(user=actor, body_id=current.body_id, role=current.role)
        membership._history_user = actor
        membership.save()
        _mark_accepted(invitation, current, actor)
    return membership


def accept_invitation_with_new_account(
    invitation: Invitation, *, password: str, email_language: str
) -> User:
    """Someone without an account accepts: an account is made for the invited address, with
    the password they chose (checked by the password validators) and the language they want
    their emails in, and joins the body."""
    role_name = {role.value: name for name, role in BODY_ROLES.items()}[invitation.role]
    with transaction.atomic():
        current = _lock_open(invitation)
        if User.objects.filter(email=current.email).exists():
            raise ValidationError(
                _("An account already exists for %(email)s. Sign in to accept the invitation.")
                % {"email": current.email},
                code="exists",
            )
        # The invitation is the permission: the system makes the account it promised.
        user, _password = create_account(
            current.email,
            role=role_name,
            body=current.body,
            password=password,
            email_language=email_language,
            actor=SYSTEM,
        )
        _mark_accepted(invitation, current, user)
    return user
