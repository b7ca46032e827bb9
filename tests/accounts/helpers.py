"""Signing test clients in as people with two-factor sign-in, without the pages' round trips."""

import time

from arfer.accounts import sign_in, totp
from arfer.accounts.models import TwoFactorDevice


def give_two_factor(user, secret: str | None = None) -> TwoFactorDevice:
    """Set up an authenticator app for `user` (a known secret, if given)."""
    return TwoFactorDevice.objects.create(user=user, secret=secret or totp.new_secret())


def current_code(user, *, offset_steps: int = 0) -> str:
    secret = TwoFactorDevice.objects.get(user=user).secret
    return totp.totp(totp.decode_secret(secret), time.time() + offset_steps * totp.STEP_SECONDS)


def sign_in_with_two_factor(client, user) -> None:
    """`client.force_login`, for someone who signed in with their code: what programme staff,
    board members and superusers need to reach any page but the two-factor set-up."""
    if not TwoFactorDevice.objects.filter(user=user).exists():
        give_two_factor(user)
    client.force_login(user)
    session = client.session
    session[sign_in.STATE_KEY] = sign_in.VERIFIED
    if user.requires_two_factor:
        # As the sign-in page does, so the first page does not write the session (query counts).
        sign_in.start_privileged_clock(session)
    session.save()
