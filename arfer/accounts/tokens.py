"""Personal API tokens, as action functions: create (the token is returned once and only its
hash kept), revoke, and find the person a presented token stands for."""

import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext as _

from .invitations import hash_token
from .models import ApiToken, TwoFactorDevice, User
from .policy import may_act_as, without_privileged_role

# Tokens say what they are, so that a secret scanner (or a person) recognises one in a leak.
TOKEN_PREFIX = "arfer_"  # noqa: S105 (a label, not a secret)
# The label and six random characters: enough to tell a person's tokens apart (and to name one
# to `arfer token revoke`), far too few to help anyone guess the rest.
SHOWN_CHARACTERS = 12
# Recording every use would write to the database on every API call; once a minute is enough
# to tell a token in use from a forgotten one.
LAST_USED_PRECISION = timedelta(minutes=1)
MAX_TOKENS_PER_PERSON = 50
MAX_NAME_LENGTH = 100


def _lacks_required_two_factor(user: User) -> bool:
    return user.requires_two_factor and not TwoFactorDevice.objects.filter(user=user).exists()


def create_api_token(user: User, *, name: str, scope: str, actor) -> tuple[ApiToken, str]:
    """Make a token for `user` (themselves, or an operator from the command line). Returns the
    stored token and the token itself, which nobody can see again."""
    if not may_act_as(actor, user):
        raise PermissionDenied(_("You can only make tokens for your own account."))
    if not user.is_active:
        raise ValidationError(
            _("This account is deactivated, so it cannot have tokens."), code="inactive"
        )
    name = (name or "").strip()
    if not name:
        raise ValidationError(
            {
                "name": ValidationError(
                    _("Enter a name for the token, like “Finance system”."), code="required"
                )
            }
        )
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            {
                "name": ValidationError(
                    _("Enter a name of 100 characters or fewer."), code="max_length"
                )
            }
        )
    if scope not in ApiToken.Scope.values:
        raise ValidationError(
            {
                "scope": ValidationError(
                    _("Choose whether the token may only read, or read and write."), code="scope"
                )
            }
        )
    # token_for would refuse such a token anyway: say so now, not at its first use. (On the
    # pages, TwoFactorMiddleware has already sent such a person to set it up.)
    if _lacks_required_two_factor(user):
        raise ValidationError(
            _("This account's role requires two-factor sign-in: set it up before making a token."),
            code="two_factor",
        )
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with transaction.atomic():
        # Locking the person serialises concurrent requests, so the limit holds.
        User.objects.select_for_update().filter(pk=user.pk).first()
        if user.api_tokens.filter(revoked_at__isnull=True).count() >= MAX_TOKENS_PER_PERSON:
            raise ValidationError(
                _("You have %(count)s tokens already: revoke one you no longer use first.")
                % {"count": MAX_TOKENS_PER_PERSON},
                code="limit",
            )
        token = ApiToken.objects.create(
            user=user,
            name=name,
            scope=scope,
            prefix=raw[:SHOWN_CHARACTERS],
            token_hash=hash_token(raw),
        )
    return token, raw


def revoke_api_token(token: ApiToken, *, actor) -> ApiToken:
    """Stop a token working at once. Revoking twice is harmless."""
    if not may_act_as(actor, token.user):
        raise PermissionDenied(_("You can only revoke your own tokens."))
    with transaction.atomic():
        current = ApiToken.objects.select_for_update().get(pk=token.pk)
        if current.revoked_at is None:
            current.revoked_at = timezone.now()
            current.save(update_fields=["revoked_at"])
    return current


def token_for(raw: str) -> ApiToken | None:
    """The live token presented as `raw`, with its person, or None; notes when it was used.

    A token never lets anyone past the second factor: the token of a person whose role requires
    two-factor sign-in works only while they have it set up (not, say, after an editor who made
    a token is made a moderator, nor after their two-factor sign-in was reset)."""
    if not raw or not isinstance(raw, str) or not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    unprivileged = without_privileged_role("user")
    has_device = Exists(TwoFactorDevice.objects.filter(user=OuterRef("user")))
    token = (
        ApiToken.objects.select_related("user")
        .filter(
            unprivileged | has_device,
            token_hash=hash_token(raw),
            revoked_at__isnull=True,
            user__is_active=True,
        )
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token
