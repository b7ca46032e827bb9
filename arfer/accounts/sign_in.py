"""The steps of signing in, kept in the session.

After a correct password, a person with two-factor sign-in set up is not yet signed in: the
session holds a *pending* sign-in (their id, when it started, how many wrong codes so far) until
they give a code. It lapses after five minutes and after five wrong codes. Every completed
sign-in records in the session how it was made, which the two-factor middleware checks.
"""

import time

from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.signals import user_login_failed

from .models import User

PENDING_KEY = "arfer_pending_sign_in"
PENDING_SECONDS = 5 * 60
MAX_WRONG_CODES = 5

# How the session was signed in: with the second factor, or with a password alone (by someone
# without two-factor sign-in set up). Absent when a session was made some other way.
STATE_KEY = "arfer_sign_in"
VERIFIED = "two-factor"
PASSWORD_ONLY = "password"  # noqa: S105 - a label, not a password

# Sessions of privileged people (those who must use two-factor sign-in) are short: they end a
# fixed time after signing in, and sooner after a spell without any request.
SIGNED_IN_AT_KEY = "arfer_signed_in_at"
LAST_SEEN_KEY = "arfer_last_seen"
# The last request's time is written at most this often (each write saves the session).
LAST_SEEN_RESOLUTION_SECONDS = 60


def begin(request, user, *, backend: str, next_url: str) -> None:
    """Hold a sign-in open until the person gives their code."""
    # A new session key now as well as at the end, so nobody who knew the old one can follow.
    request.session.cycle_key()
    request.session[PENDING_KEY] = {
        "user": user.pk,
        "backend": backend,
        "next": next_url,
        "started": time.time(),
        "wrong_codes": 0,
    }


def pending(request) -> tuple[User, dict] | None:
    """The person waiting to give their code, and the pending sign-in; None when there is none
    or it has lapsed (and then it is forgotten)."""
    data = request.session.get(PENDING_KEY)
    if not isinstance(data, dict):
        return None
    fresh = 0 <= time.time() - data.get("started", 0) <= PENDING_SECONDS
    user_id = data.get("user")
    user = (
        User.objects.filter(pk=user_id, is_active=True).first()
        if fresh and user_id is not None
        else None
    )
    if user is None:
        abandon(request)
        return None
    return user, data


def abandon(request) -> None:
    request.session.pop(PENDING_KEY, None)


def record_wrong_code(request, user, data: dict) -> bool:
    """Count a wrong code, here and in the sign-in throttle (django-axes counts it as a failed
    sign-in for this address, towards its lockout). Returns True when the pending sign-in has
    now ended."""
    data["wrong_codes"] = data.get("wrong_codes", 0) + 1
    request.session[PENDING_KEY] = data
    user_login_failed.send(sender=__name__, credentials={"username": user.email}, request=request)
    if data["wrong_codes"] >= MAX_WRONG_CODES:
        abandon(request)
        return True
    return False


def complete(request, user, *, backend: str, verified: bool) -> None:
    """Sign the person in (Django's login gives the session a new key) and record how."""
    abandon(request)
    login(request, user, backend=backend)
    request.session[STATE_KEY] = VERIFIED if verified else PASSWORD_ONLY
    if user.requires_two_factor:
        start_privileged_clock(request.session)


def _idle_seconds() -> int:
    return settings.ARFER_PRIVILEGED_SESSION_IDLE_MINUTES * 60


def start_privileged_clock(session) -> None:
    """A privileged session's lifetime starts now. Its cookie and stored session lapse after the
    idle time, renewed by each recorded request (privileged_session_lapsed)."""
    now = time.time()
    session[SIGNED_IN_AT_KEY] = now
    session[LAST_SEEN_KEY] = now
    session.set_expiry(_idle_seconds())


def privileged_session_lapsed(request) -> bool:
    """For a privileged person's session: whether it has run its course (signed in longer ago
    than ARFER_PRIVILEGED_SESSION_HOURS, or idle longer than the idle time); otherwise record
    this request. A session signed in some other way (before these limits existed, say) starts
    its clock now."""
    session = request.session
    signed_in_at, last_seen = session.get(SIGNED_IN_AT_KEY), session.get(LAST_SEEN_KEY)
    if not isinstance(signed_in_at, int | float) or not isinstance(last_seen, int | float):
        start_privileged_clock(session)
        return False
    now = time.time()
    if (
        now - signed_in_at > settings.ARFER_PRIVILEGED_SESSION_HOURS * 3600
        or now - last_seen > _idle_seconds()
    ):
        return True
    if now - last_seen >= LAST_SEEN_RESOLUTION_SECONDS:
        session[LAST_SEEN_KEY] = now
        session.set_expiry(_idle_seconds())
    return False


def mark_verified(request) -> None:
    """The signed-in person has just proved they hold their app (at set-up)."""
    request.session[STATE_KEY] = VERIFIED
