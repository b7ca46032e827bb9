"""State changes of accounts. The CLI, the admin, invitations and the demo loader all call these."""

import secrets

from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from arfer.core.actors import person_of
from arfer.core.emails import EmailLanguage

from .models import Membership, ProgrammeRole, User
from .policy import STAFF_ROLES, is_programme_admin, may_act_as, may_manage_members

# The roles a person can be given from the command line: a body role needs a body.
BODY_ROLES = {
    "viewer": Membership.Role.VIEWER,
    "editor": Membership.Role.EDITOR,
    "body-admin": Membership.Role.ADMIN,
}
PROGRAMME_ROLES = {
    "moderator": ProgrammeRole.MODERATOR,
    "board": ProgrammeRole.BOARD,
    "programme-admin": ProgrammeRole.ADMIN,
}
ROLE_NAMES = [*BODY_ROLES, *PROGRAMME_ROLES]


def generate_password() -> str:
    """A random passphrase-strength password (about 128 bits)."""
    return secrets.token_urlsafe(16)


@transaction.atomic
def create_account(
    email: str,
    *,
    role: str,
    body=None,
    password: str | None = None,
    actor,
    first_name: str = "",
    last_name: str = "",
    email_language: str = EmailLanguage.BOTH,
) -> tuple[User, str]:
    """Create a person with one role; returns the user and the password they will sign in with
    (generated when none is given). Refuses a duplicate address, a weak password, a body role
    without a body, a programme role with one and an unknown email language."""
    if not is_programme_admin(actor):
        raise PermissionDenied(_("Only a programme admin can create accounts."))
    _check_email_language(email_language)
    email = (email or "").strip().lower()
    validate_email(email)
    if role not in ROLE_NAMES:
        raise ValidationError(
            _("Unknown role %(role)s: choose one of %(roles)s.")
            % {"role": role, "roles": ", ".join(ROLE_NAMES)}
        )
    if role in BODY_ROLES and body is None:
        raise ValidationError(_("The role %(role)s needs a body.") % {"role": role})
    if role in PROGRAMME_ROLES and body is not None:
        raise ValidationError(
            _("The role %(role)s is for the whole programme, not one body.") % {"role": role}
        )
    if User.objects.filter(email=email).exists():
        raise ValidationError(_("An account already exists for %(email)s.") % {"email": email})
    user = User(
        email=email,
        first_name=first_name,
        last_name=last_name,
        programme_role=PROGRAMME_ROLES.get(role, ProgrammeRole.NONE),
        email_language=email_language,
    )
    password = password or generate_password()
    validate_password(password, user)
    user.set_password(password)
    # Programme admins also run the back office (the Django admin).
    user.is_staff = user.programme_role in STAFF_ROLES
    user.save()
    if body is not None:
        Membership.objects.create(user=user, body=body, role=BODY_ROLES[role])
    return user, password


def _check_email_language(language: str) -> None:
    if language not in EmailLanguage.values:
        raise ValidationError(
            _("Choose the language of your emails: Welsh, English, or both."),
            code="email_language",
        )


def set_email_language(user: User, language: str, *, actor) -> None:
    """Choose the language of the emails Arfer sends `user`. Only the person themself may (or
    the system, for them)."""
    if not may_act_as(actor, user):
        raise PermissionDenied(_("You can only choose the language of your own emails."))
    _check_email_language(language)
    with transaction.atomic():
        User.objects.filter(pk=user.pk).update(email_language=language)
    user.email_language = language


def _refuse_leaving_without_an_admin(membership: Membership, actor) -> None:
    """A body admin may not remove or demote the body's last admin, or nobody would be left to
    manage its members. Programme admins may (they can invite a new admin)."""
    if is_programme_admin(actor):
        return
    if membership.role != Membership.Role.ADMIN:
        return
    # Locks the body's admin rows, so two admins cannot demote each other at the same moment.
    admins = list(
        Membership.objects.select_for_update()
        .filter(body_id=membership.body_id, role=Membership.Role.ADMIN)
        .values_list("pk", flat=True)
    )
    if admins == [membership.pk]:
        raise ValidationError(
            _("%(person)s is the only admin of %(body)s. Make someone else an admin first.")
            % {"person": membership.user, "body": membership.body.name},
            code="last_admin",
        )


def change_member_role(membership: Membership, role: str, *, actor) -> Membership:
    """Give a member another role in their body."""
    if not may_manage_members(actor, membership.body):
        raise PermissionDenied(_("Only the body's admins can change its members' roles."))
    if role not in Membership.Role.values:
        raise ValidationError(_("Choose a role."), code="role")
    with transaction.atomic():
        current = Membership.objects.select_related("user", "body").get(pk=membership.pk)
        if current.role == role:
            return current
        if role != Membership.Role.ADMIN:
            _refuse_leaving_without_an_admin(current, actor)
        current.role = role
        current._history_user = person_of(actor)
        current.save(update_fields=["role"])
    membership.role = role
    return current


def remove_member(membership: Membership, *, actor) -> None:
    """Take a person out of a body. Their account stays, with any other memberships."""
    if not may_manage_members(actor, membership.body):
        raise PermissionDenied(_("Only the body's admins can remove its members."))
    with transaction.atomic():
        current = Membership.objects.select_related("user", "body").filter(pk=membership.pk).first()
        if current is None:
            return
        _refuse_leaving_without_an_admin(current, actor)
        current._history_user = person_of(actor)
        current.delete()
