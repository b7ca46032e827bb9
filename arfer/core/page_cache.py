"""Whole pages kept for the public, per version of the data they show.

The menu's list, facet and search pages, and each practice's rollout page, look the same to
everyone who is not signed in, and most of their cost is drawing them (a page of cards and every
filter with its count; a map, a table and the figures of thousands of adoptions). A page
drawn for the public is kept in the process's memory under the version of the data it shows,
the language and the full address; when the data changes, the version changes and the next
request draws the page again, so a kept page is never stale. Nothing personal can be kept:
pages are kept only for requests without a session or pending messages, and only when the
response sets no cookie.
"""

import hashlib
from collections.abc import Callable, Sequence
from functools import wraps
from importlib.metadata import PackageNotFoundError, version

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language

CACHE_ALIAS = "public_pages"
# Headers a kept page is answered with again; the rest (the request id, security headers) are
# added afresh by the middleware on every response.
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")
MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage


def _release() -> str:
    # A new release may draw the same data differently; a cache shared across restarts must
    # not answer with the old drawing.
    try:
        return version("arfer")
    except PackageNotFoundError:
        return "unreleased"


RELEASE = _release()


def highest_ids(columns: Sequence[tuple[str, str]]) -> str:
    """The highest id of each (table, column), in one query of index look-ups: a version of
    data whose every change adds a row (a table and its history)."""
    highest = ", ".join(f"(SELECT MAX({column}) FROM {table})" for table, column in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {highest}")
        return ":".join(str(value or 0) for value in cursor.fetchone())


def keepable_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and not request.user.is_authenticated
    )


def keepable_response(response: HttpResponse) -> bool:
    return (
        response.status_code == 200
        and not response.streaming
        and getattr(response, "is_rendered", True)  # a TemplateResponse not yet drawn
        and not response.cookies
        and "private" not in response.get("Cache-Control", "")
    )


def page_key(request: HttpRequest, data_version: object) -> str:
    parts = [
        RELEASE,
        str(data_version),
        get_language() or "",
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
    ]
    return "page:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def kept_for_the_public(data_version: Callable[..., object]):
    """Keep the view's pages for the public under `data_version(**address)`, given the
    arguments the view takes from its address, which must change whenever anything the page
    shows changes (None: keep nothing). It is read before the page is drawn, so a kept page is
    never older than the version it is kept under."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not keepable_request(request):
                return view(request, *args, **kwargs)
            current_version = data_version(**kwargs)
            if current_version is None:
                return view(request, *args, **kwargs)
            cache = caches[CACHE_ALIAS]
            key = page_key(request, current_version)
            kept = cache.get(key)
            if kept is not None:
                content, headers = kept
                response = HttpResponse(content)
                for name, value in headers.items():
                    response[name] = value
                return response
            response = view(request, *args, **kwargs)
            if keepable_response(response):
                headers = {name: response[name] for name in KEPT_HEADERS if name in response}
                cache.set(key, (response.content, headers))
            return response

        return wrapped

    return decorator
