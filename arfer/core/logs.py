"""Logs a person can follow: one line per request, per background job and per e-mail.

Every line goes to standard error (where systemd's journal collects it), as one JSON object
(ARFER_LOG_FORMAT=json, the default in production) or as readable text (=text, in development).
Each line written while a request is handled carries that request's id, which is also sent back
in the `X-Request-ID` header, so a person who quotes it (or the proxy's log) leads straight to
the request's line and to any error it raised. docs/operations.md, "Reading the logs", shows
the lines and how to follow one request.

What is never written: query values that may hold secrets, the parts of a path that are tokens
(an invitation's or an unsubscribe link's), people's e-mail addresses (a person is their user
id), and e-mail recipients (only their number).
"""

import json
import logging
import re
import time
import uuid
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.functional import SimpleLazyObject, empty

from arfer.core.redaction import without_secrets

request_logger = logging.getLogger("arfer.request")
job_logger = logging.getLogger("arfer.job")
email_logger = logging.getLogger("arfer.email")

REQUEST_ID_HEADER = "X-Request-ID"
# What a proxy may hand us as a request id: nginx's $request_id (32 hex digits), a UUID, or
# another id of letters, digits and a little punctuation. Anything else (too long, spaces, line
# breaks that would forge a log line) is replaced by an id of our own.
WELL_FORMED_REQUEST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{7,99}")
# Names of URL parameters and query parameters whose values must not reach the log.
# Answered thousands of times a day and of no interest unless something is wrong with them:
# written at DEBUG, shown only with ARFER_LOG_LEVEL=DEBUG.
QUIET_PATHS = frozenset({"/healthz"})

_current_request_id: ContextVar[str | None] = ContextVar("arfer_request_id", default=None)


def current_request_id() -> str | None:
    """The id of the request being handled in this thread, if any."""
    return _current_request_id.get()


def request_id_from(header: str) -> str:
    """The proxy's request id when it is well formed, otherwise a new one (nginx's shape)."""
    if WELL_FORMED_REQUEST_ID.fullmatch(header):
        return header
    return uuid.uuid4().hex


def loggable_path(request: HttpRequest) -> str:
    match = getattr(request, "resolver_match", None)
    return without_secrets(
        request.path, request.META.get("QUERY_STRING", ""), match.kwargs if match else None
    )


def person_of(request: HttpRequest) -> str:
    """The signed-in person's id, or "-". Read only if the authentication middleware has
    already loaded them: logging must never cost a query."""
    user = request.__dict__.get("user")
    if user is None:
        return "-"
    # _wrapped is where Django keeps the object once loaded; the stubs leave it out.
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:  # type: ignore[attr-defined]
        return "-"
    return str(user.pk) if user.is_authenticated else "-"


def response_size(response: HttpResponse | None) -> int | None:
    if response is None:
        return None
    length = response.get("Content-Length")
    if length and length.isdigit():
        return int(length)
    if response.streaming:
        return None
    return len(response.content)


def is_quiet(request: HttpRequest, response: HttpResponse | None) -> bool:
    """Static files (served by WhiteNoise before any view) and the health check."""
    if request.path in QUIET_PATHS:
        return True
    static_url = settings.STATIC_URL or "/static/"
    return (
        request.path.startswith(static_url) or type(response).__name__ == "WhiteNoiseFileResponse"
    )


def log_request(request: HttpRequest, response: HttpResponse | None, duration_ms: float) -> None:
    # A request that raised past Django's own handling has no response: it is answered 500.
    status = response.status_code if response is not None else 500
    size = response_size(response)
    fields = {
        "method": request.method,
        "path": loggable_path(request),
        "status": status,
        "duration_ms": round(duration_ms, 1),
        "user": person_of(request),
        "client": request.META.get("REMOTE_ADDR", "") or "-",
        "size": size,
    }
    level = logging.DEBUG if is_quiet(request, response) else logging.INFO
    request_logger.log(
        level,
        "%s %s %s %.0fms user=%s client=%s size=%s",
        fields["method"],
        fields["path"],
        status,
        duration_ms,
        fields["user"],
        fields["client"],
        "-" if size is None else size,
        extra={"log_fields": fields},
    )


class RequestLogMiddleware:
    """One line per request, written when its answer is ready. Second in MIDDLEWARE, after
    the proxy middleware (so it sees the client's own address) and before everything else
    (so the time taken counts everything, and every later log line carries the id)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request_id = request_id_from(request.META.get("HTTP_X_REQUEST_ID", ""))
        request.request_id = request_id  # type: ignore[attr-defined]  # our own, for the views
        context = _current_request_id.set(request_id)
        tag_error_reports(request_id)
        started = time.perf_counter()
        response = None
        try:
            response = self.get_response(request)
        finally:
            log_request(request, response, (time.perf_counter() - started) * 1000)
            _current_request_id.reset(context)
        response[REQUEST_ID_HEADER] = request_id
        return response


def tag_error_reports(request_id: str) -> None:
    """An error report (arfer/core/error_reporting.py) names the request it came from."""
    from arfer.core import error_reporting

    if error_reporting.is_on():
        import sentry_sdk

        sentry_sdk.set_tag("request_id", request_id)


# Background jobs and e-mails ------------------------------------------------------------------


def log_job_finished(sender, task_result, **kwargs) -> None:
    """django-tasks' `task_finished` signal, sent by the task worker and by the immediate
    backend alike: one line per job that ran, successful or failed."""
    started, finished = task_result.started_at, task_result.finished_at
    duration_ms = (finished - started).total_seconds() * 1000 if started and finished else None
    outcome = str(getattr(task_result.status, "value", task_result.status)).lower()
    fields = {
        "task": task_result.task.module_path,
        "job_id": str(task_result.id),
        "outcome": outcome,
        "duration_ms": None if duration_ms is None else round(duration_ms, 1),
    }
    # A failure's traceback is logged at ERROR by django-tasks itself, just before this line.
    level = logging.INFO if outcome == "successful" else logging.WARNING
    job_logger.log(
        level,
        "job %s %s %s in %s",
        fields["task"],
        fields["job_id"],
        outcome,
        "-" if duration_ms is None else f"{duration_ms:.0f}ms",
        extra={"log_fields": fields},
    )


def connect_job_log() -> None:
    from django_tasks.signals import task_finished

    task_finished.connect(log_job_finished, dispatch_uid="arfer.core.logs.log_job_finished")


def log_email(kind: str, recipients: int, outcome: str, attempt: int) -> None:
    """One line per e-mail: its kind, how many recipients (never who), what became of it
    ("sent", "will retry", "gave up", "failed") and which attempt this was."""
    fields = {"kind": kind or "-", "recipients": recipients, "outcome": outcome, "attempt": attempt}
    level = logging.INFO if outcome == "sent" else logging.WARNING
    email_logger.log(
        level,
        "email %s to %d recipient(s): %s (attempt %d)",
        fields["kind"],
        recipients,
        outcome,
        attempt,
        extra={"log_fields": fields},
    )


# Formats -----------------------------------------------------------------------------------------


class TextFormatter(logging.Formatter):
    """A readable single line: time, level, logger, [request id], message (and a traceback on
    the lines after it, when there is one)."""

    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        record.request_id = current_request_id() or "-"
        return super().format(record)


class JsonFormatter(logging.Formatter):
    """One JSON object per line, a traceback included as one string, so a line is a record
    whatever the message holds."""

    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, tz=UTC).isoformat(
                timespec="milliseconds"
            ),
            "level": record.levelname,
            "logger": record.name,
            "request_id": current_request_id(),
            "message": record.getMessage(),
        }
        line.update(getattr(record, "log_fields", None) or {})
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        elif record.exc_text:
            line["exception"] = record.exc_text
        if record.stack_info:
            line["stack"] = self.formatStack(record.stack_info)
        # ASCII only: a service's standard error may not be UTF-8, and a line that cannot be
        # encoded is lost.
        return json.dumps(line, default=str)
