"""A busy database answers 503, not 500.

SQLite lets one writer at a time: a write that waited its whole busy timeout for the lock fails
with "database is locked". That is nobody's mistake, and nothing was written (the transaction
rolled back), so the person is told the site is busy and to try again in a moment: a 503 with
Retry-After, in the page's language and design (drawn without the database, like the 500
page), or under the JSON API in the API's error format.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import OperationalError
from django.http import HttpResponse
from django.utils.translation import gettext

from arfer.core.views import _standalone_page, api_error

logger = logging.getLogger(__name__)

# Seconds a client is asked to wait: a write queued behind another seldom waits longer.
RETRY_AFTER_SECONDS = 10


def is_database_locked(error: BaseException | None) -> bool:
    return isinstance(error, OperationalError) and "database is locked" in str(error)


def busy_response(request) -> HttpResponse:
    logger.warning("The database was locked; answered %s with 503", request.path)
    response: HttpResponse
    response = api_error(
        request, 503, gettext("The service is busy. Nothing was changed; try again in a moment.")
    ) or _standalone_page(request, "core/503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class BusyDatabaseMiddleware:
    """Near the top of MIDDLEWARE: a locked database met by a view is answered at once
    (process_exception); one met by a middleware further in (a session saved as the response
    goes out) has become the 500 page by the time it gets here, and is answered instead."""

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(_note_a_locked_database, dispatch_uid=__name__)

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "arfer_database_locked", False):
            return busy_response(request)
        return response

    def process_exception(self, request, exception):
        if is_database_locked(exception):
            return busy_response(request)
        return None


def _note_a_locked_database(sender, request=None, **kwargs) -> None:
    # Sent while the exception is being handled, so it is still the current one.
    if request is not None and is_database_locked(sys.exc_info()[1]):
        request.arfer_database_locked = True
