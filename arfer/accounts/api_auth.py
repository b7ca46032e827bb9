"""Who is calling the API. A personal token (`Authorization: Bearer arfer_...`) stands for its
person; without one, a signed-in browser session may read; with neither, the caller is the
public, who read published content. A token that is presented but unknown or revoked is refused
(401) rather than quietly treated as anonymous, so a script with a bad token fails loudly.

Changes need a token with the write scope: the API takes no writes on a session cookie, so it
needs no CSRF defence of its own, and a person's browser cannot be made to write through it.
"""

from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, AuthorizationError
from ninja.security import HttpBearer

from arfer.accounts import ratelimit
from arfer.accounts.models import ApiToken, User
from arfer.accounts.tokens import token_for


@dataclass(frozen=True)
class Caller:
    user: User | AnonymousUser
    token: ApiToken | None

    @property
    def may_write(self) -> bool:
        return self.token is not None and self.token.may_write


def _bearer(request) -> str | None:
    """The token of an `Authorization: Bearer` header; None when there is no such header."""
    value = request.headers.get("Authorization", "")
    if not value:
        return None
    scheme, _space, token = value.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthenticationError(message=_("Send the token as “Authorization: Bearer <token>”."))
    return token.strip()


def _caller_from_token(raw: str) -> Caller:
    token = token_for(raw)
    if token is None:
        raise AuthenticationError(
            message=_(
                "This token is not valid: it may have been revoked. "
                "Make a new one on your account page."
            )
        )
    return Caller(user=token.user, token=token)


def _counted(request, identify) -> Caller:
    """The caller, counted against the API's rate limits (ratelimit.RateLimited when over one,
    answered 429). A refused token counts against the client's address, so guessing tokens is
    limited too."""
    try:
        caller = identify()
    except AuthenticationError:
        ratelimit.count_api_request(request)
        raise
    ratelimit.count_api_request(request, token=caller.token, user=caller.user)
    return caller


def _reader(request) -> Caller:
    raw = _bearer(request)
    if raw is not None:
        return _caller_from_token(raw)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.is_active:
        return Caller(user=user, token=None)
    return Caller(user=AnonymousUser(), token=None)


def _writer(request) -> Caller:
    raw = _bearer(request)
    if raw is None:
        raise AuthenticationError(
            message=_(
                "Changes need a personal API token with the read and write scope, sent as "
                "“Authorization: Bearer <token>”."
            )
        )
    return _caller_from_token(raw)


class ReadAccess(HttpBearer):
    """Anyone may read; what they see depends on who they are."""

    def __call__(self, request):
        return _counted(request, lambda: _reader(request))

    def authenticate(self, request, token):  # pragma: no cover - __call__ does the work
        return None


class WriteAccess(HttpBearer):
    """Changes need a token that may write."""

    def __call__(self, request):
        caller = _counted(request, lambda: _writer(request))
        if not caller.may_write:
            raise AuthorizationError(
                message=_(
                    "This token may only read. Make a token with the "
                    "read and write scope to make changes."
                )
            )
        return caller

    def authenticate(self, request, token):  # pragma: no cover - __call__ does the work
        return None


read_access = ReadAccess()
write_access = WriteAccess()


def caller_of(request) -> Caller:
    return request.auth
