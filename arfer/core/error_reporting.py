"""Errors reported to a Sentry-compatible service (Sentry, GlitchTip, ...) when ARFER_SENTRY_DSN
is set: an exception in a page, the API, a background job or the command line, and anything
logged at ERROR, with the request id of the log (arfer/core/logs.py) as a tag.

What the people using Arfer type or are never leaves the machine: no request bodies, cookies,
user details or local variables are sent (sentry-sdk's default of no personal data, no bodies,
no locals); anything that looks like an e-mail address is masked; tokens in paths and
secret-sounding query values are hidden, as in the log. Performance tracing is off unless
ARFER_SENTRY_TRACES_SAMPLE_RATE asks for a share of requests.
"""

import re
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

from arfer.core.redaction import without_secrets

if TYPE_CHECKING:
    from sentry_sdk.types import Breadcrumb, BreadcrumbHint, Event, Hint

EMAIL_ADDRESS = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
MASKED_EMAIL = "[email]"

_started = False


def is_on() -> bool:
    return _started


def release() -> str | None:
    try:
        return f"arfer@{version('arfer')}"
    except PackageNotFoundError:
        return None


def check_dsn(dsn: str) -> None:
    """Refuse a malformed DSN at start, with the setting's name, rather than in a traceback."""
    from sentry_sdk.utils import BadDsn, Dsn

    try:
        Dsn(dsn)
    except BadDsn as error:
        raise ImproperlyConfigured(
            f"ARFER_SENTRY_DSN must be the DSN your error-reporting service gives you, such as "
            f"https://key@errors.example.org/1; it could not be read ({error})."
        ) from None


def start_error_reporting(
    dsn: str, *, environment: str, traces_sample_rate: float, transport: Any = None
) -> None:
    """`transport` lets the tests capture events instead of sending them."""
    global _started

    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    check_dsn(dsn)
    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release(),
        integrations=[DjangoIntegration()],
        # send_default_pii is left unset: it is False by default, and sentry-sdk now warns that
        # the option is deprecated whenever it is passed. The tests check that it is False.
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=traces_sample_rate or None,
        before_send=scrub_event,
        before_breadcrumb=scrub_breadcrumb,
        transport=transport,
    )
    _started = True


def stop_error_reporting() -> None:
    """Send what is waiting and stop reporting (the tests' clean-up)."""
    global _started

    import sentry_sdk

    client = sentry_sdk.get_client()
    if client.is_active():
        client.close()
    sentry_sdk.get_global_scope().set_client(None)
    _started = False


def masked(value: Any) -> Any:
    """`value` with every e-mail address in its strings masked, however deep."""
    if isinstance(value, str):
        return EMAIL_ADDRESS.sub(MASKED_EMAIL, value)
    if isinstance(value, dict):
        return {key: masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [masked(item) for item in value]
    return value


def _url_without_secrets(url: str) -> str:
    from django.urls import resolve

    parts = urlsplit(url)
    try:
        kwargs = resolve(parts.path).kwargs
    except Exception:  # a path no page answers (404) holds no token of ours
        kwargs = {}
    path_and_query = without_secrets(parts.path, parts.query, kwargs)
    path, _mark, query = path_and_query.partition("?")
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def scrub_event(event: "Event", hint: "Hint") -> "Event":
    request = event.get("request")
    if isinstance(request, dict):
        if request.get("url"):
            request["url"] = _url_without_secrets(str(request["url"]))
        if request.get("query_string"):
            query = _url_without_secrets("/?" + str(request["query_string"]))
            request["query_string"] = query.partition("?")[2]
        for private in ("cookies", "data", "env"):
            request.pop(private, None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            for name in list(headers):
                if name.lower() in ("cookie", "authorization", "x-csrftoken"):
                    del headers[name]
    event.pop("user", None)
    return masked(event)


def scrub_breadcrumb(crumb: "Breadcrumb", hint: "BreadcrumbHint") -> "Breadcrumb":
    return masked(crumb)
