"""Two-factor sign-in, as action functions: set up an authenticator app, check a code at sign-in,
spend a recovery code, make new recovery codes, turn it off, and reset it for someone who lost
their phone. The TOTP maths is in totp.py; the sign-in steps in sign_in.py."""

import logging
import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from . import encryption, totp
from .models import RecoveryCode, TwoFactorDevice, User
from .policy import is_programme_admin, is_signed_in

logger = logging.getLogger(__name__)

RECOVERY_CODE_COUNT = 10
# No 0/o, 1/l/i: easy to read aloud and to type. 10 characters: about 49 bits each.
RECOVERY_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
RECOVERY_CODE_LENGTH = 10
_RECOVERY_HASH_SALT = "arfer.accounts.recovery-code"


def has_two_factor(user) -> bool:
    return TwoFactorDevice.objects.filter(user=user).exists()


def unused_recovery_code_count(user) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


def _new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_CODE_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))
    return f"{chars[:5]}-{chars[5:]}"


def _recovery_hashes(code: str) -> list[str]:
    """The code's keyed hash under the secret key and each fallback key, so that rotating the
    secret key (with the old one kept in SECRET_KEY_FALLBACKS) keeps codes working. The codes
    are random, so a fast keyed hash is enough: nobody can guess one from its hash."""
    normalised = totp.normalise_code(code).lower()
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [
        salted_hmac(_RECOVERY_HASH_SALT, normalised, secret=key, algorithm="sha256").hexdigest()
        for key in keys
    ]


def _replace_recovery_codes(user) -> list[str]:
    RecoveryCode.objects.filter(user=user).delete()
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.bulk_create(
        RecoveryCode(user=user, code_hash=_recovery_hashes(code)[0]) for code in codes
    )
    return codes


def _end_sessions(user) -> None:
    """Every session of the person ends at its next request (User.get_session_auth_hash); a
    page that should keep the current one calls update_session_auth_hash."""
    User.objects.filter(pk=user.pk).update(session_generation=F("session_generation") + 1)
    user.refresh_from_db(fields=["session_generation"])


def _check_self(user, actor) -> None:
    if not (is_signed_in(actor) and actor.pk == user.pk):
        raise PermissionDenied(_("Only the person themselves can change their two-factor sign-in."))


def _check_password(user, password: str) -> None:
    if not user.check_password(password or ""):
        raise ValidationError(_("Your password is not correct."), code="password")


def enable_two_factor(
    user: User, *, secret: str, code: str, actor, at: float | None = None
) -> list[str]:
    """Turn two-factor sign-in on, once the person has shown that their app holds `secret` by
    entering its current code. Returns the recovery codes: the only time they are seen."""
    _check_self(user, actor)
    step = totp.matching_step(secret, code, at=at)
    if step is None:
        raise ValidationError(
            _(
                "The code is not correct. Check that you added the key to your "
                "app, then enter the code it shows now."
            ),
            code="wrong_code",
        )
    with transaction.atomic():
        # Lock the person's row, so two set-ups at once cannot both succeed.
        User.objects.select_for_update().filter(pk=user.pk).first()
        if TwoFactorDevice.objects.filter(user=user).exists():
            raise ValidationError(
                _("Two-factor sign-in is already set up for your account."), code="already_on"
            )
        # The set-up code counts as used: it cannot also be used to sign in.
        TwoFactorDevice.objects.create(  # type: ignore[misc]  # `secret` is a property
            user=user, secret=secret, last_used_step=step, last_used_at=timezone.now()
        )
        return _replace_recovery_codes(user)


def use_second_factor(user: User, code: str, *, at: float | None = None) -> str | None:
    """Check the code given at sign-in: the current code from the app, which cannot be used a
    second time, or an unused recovery code, which is then spent. Returns "app" or "recovery"
    for a good code, None otherwise."""
    code = totp.normalise_code(code or "")
    device = TwoFactorDevice.objects.filter(user=user).first()
    if device is None or not code:
        return None
    if len(code) == totp.DIGITS:
        try:
            secret = device.secret
        except encryption.UnreadableSecret:
            # The key that encrypted it is no longer configured: the app's codes cannot be
            # checked, but a recovery code (or a reset) still lets the person in.
            logger.error(
                "The two-factor secret of user %s cannot be decrypted with the "
                "configured keys (ARFER_TOTP_KEY, the secret key).",
                user.pk,
            )
            return None
        step = totp.matching_step(secret, code, at=at)
        if step is None:
            return None
        # Compare and set in one statement: of two requests with the same code, one wins.
        accepted = (
            TwoFactorDevice.objects.filter(pk=device.pk)
            .filter(
                Q(last_used_step__isnull=True) | Q(last_used_step__lt=step),
            )
            .update(last_used_step=step, last_used_at=timezone.now())
        )
        return "app" if accepted else None
    with transaction.atomic():
        match = RecoveryCode.objects.filter(
            user=user, used_at__isnull=True, code_hash__in=_recovery_hashes(code)
        ).first()
        if match is None:
            return None
        spent = RecoveryCode.objects.filter(pk=match.pk, used_at__isnull=True).update(
            used_at=timezone.now()
        )
    return "recovery" if spent else None


def regenerate_recovery_codes(user: User, *, actor, password: str) -> list[str]:
    """New recovery codes, replacing every old one (used or not), after the person confirms
    their password."""
    _check_self(user, actor)
    _check_password(user, password)
    with transaction.atomic():
        if not TwoFactorDevice.objects.filter(user=user).exists():
            raise ValidationError(_("Set up two-factor sign-in first."), code="off")
        return _replace_recovery_codes(user)


def disable_two_factor(user: User, *, actor, password: str) -> None:
    """Turn two-factor sign-in off, after the person confirms their password. Refused for roles
    that require it."""
    _check_self(user, actor)
    if user.requires_two_factor:
        raise PermissionDenied(
            _("Your role requires two-factor sign-in, so it cannot be turned off.")
        )
    _check_password(user, password)
    with transaction.atomic():
        TwoFactorDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        _end_sessions(user)


def rekey_two_factor_secrets() -> int:
    """Encrypt every stored TOTP secret under the first configured key (after a new key was put
    first in ARFER_TOTP_KEY); returns how many were re-encrypted. The command line's, for key
    rotation. Refuses, changing nothing, if any secret cannot be read."""
    changed = 0
    with transaction.atomic():
        for device in TwoFactorDevice.objects.select_for_update().order_by("pk"):
            if encryption.is_current(device.encrypted_secret):
                continue
            device.secret = device.secret  # read with any key, written with the first
            device.save(update_fields=["encrypted_secret"])
            changed += 1
    return changed


def reset_two_factor(user: User, *, actor) -> bool:
    """For someone who lost their phone and their recovery codes: remove their app, so they set
    it up again (at their next sign-in, if their role requires it). Programme admins only, or
    the command line (the system). Returns whether there was anything to reset."""
    if not is_programme_admin(actor):
        raise PermissionDenied(_("Only a programme admin can reset someone's two-factor sign-in."))
    with transaction.atomic():
        deleted, _details = TwoFactorDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        # Whoever holds the lost phone may also hold a signed-in session: end them all.
        _end_sessions(user)
    return bool(deleted)
