"""One error format for the whole API, whatever went wrong:

    {"status": 400, "code": "invalid", "message": "...", "fields": {"title_en": ["..."]}}

`fields` holds field-level messages (empty when the problem is not one field's); a refused stale
update (409 or 412) also says what changed since the caller's version. Messages are in Welsh for
a client whose Accept-Language asks for it.
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as RequestValidationError

from arfer.core.stale import StaleEdit

from .validation import field_message, http_error_message


class FieldChangeOut(Schema):
    field: str
    old: str
    new: str


class ErrorOut(Schema):
    status: int
    code: str
    message: str
    fields: dict[str, list[str]] = {}
    changes: list[FieldChangeOut] = []
    current_version: int | None = None


class PreconditionRequired(HttpError):
    def __init__(self, message: str):
        super().__init__(428, message)


class PreconditionFailed(Exception):
    """A stale update whose expected version came from If-Match (answered 412, not 409)."""

    def __init__(self, stale: StaleEdit):
        super().__init__(str(stale))
        self.stale = stale


# The responses every operation may give besides its success, for the OpenAPI description.
READ_ERRORS = {400: ErrorOut, 401: ErrorOut, 404: ErrorOut}
WRITE_ERRORS = {**READ_ERRORS, 403: ErrorOut, 409: ErrorOut, 413: ErrorOut}
UPDATE_ERRORS = {**WRITE_ERRORS, 412: ErrorOut, 428: ErrorOut}

CODES = {
    400: "invalid",
    401: "unauthenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    413: "too_large",
    428: "precondition_required",
    429: "too_many_requests",
    503: "unavailable",
}


def error_body(status: int, message: str, **extra) -> dict:
    return {"status": status, "code": CODES.get(status, "error"), "message": message, **extra}


# The names our operations give their grouped parameters, which a caller never sees.
_GROUPS = {"payload", "filters", "page", "params"}


def _request_field(location: tuple) -> str:
    """`("body", "payload", "title_en")` -> "title_en"; `("query", "filters", "tier", 0)` ->
    "tier": the name the caller sent."""
    parts = [
        str(part) for part in location[1:] if part not in _GROUPS and not isinstance(part, int)
    ]
    return ".".join(parts) or str(location[0])


def _stale_body(status: int, stale: StaleEdit) -> dict:
    return error_body(
        status,
        str(stale),
        current_version=stale.current_version,
        changes=[{"field": c.field, "old": c.old, "new": c.new} for c in stale.changes],
    )


def install(api) -> None:
    def respond(request, status: int, body: dict, **headers):
        response = api.create_response(request, body, status=status)
        for name, value in headers.items():
            response[name] = value
        return response

    @api.exception_handler(RequestValidationError)
    def request_invalid(request, exc):
        fields: dict[str, list[str]] = {}
        for error in exc.errors:
            fields.setdefault(_request_field(tuple(error.get("loc", ("body",)))), []).append(
                field_message(error)
            )
        return respond(request, 400, error_body(400, _("The request is not valid."), fields=fields))

    @api.exception_handler(DjangoValidationError)
    def domain_invalid(request, exc):
        if hasattr(exc, "error_dict"):
            fields = {
                name: [str(m) for m in messages]
                for name, messages in exc.message_dict.items()
                if name != NON_FIELD_ERRORS
            }
            general = exc.message_dict.get(NON_FIELD_ERRORS, [])
            message = " ".join(general) or _("Some fields are not valid.")
        else:
            fields, message = {}, " ".join(str(m) for m in exc.messages)
        return respond(request, 400, error_body(400, message, fields=fields))

    @api.exception_handler(StaleEdit)
    def stale(request, exc):
        return respond(request, 409, _stale_body(409, exc))

    @api.exception_handler(PreconditionFailed)
    def precondition_failed(request, exc):
        return respond(request, 412, _stale_body(412, exc.stale))

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        return respond(
            request, 403, error_body(403, str(exc) or _("You may not make this change."))
        )

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return respond(request, 404, error_body(404, _("Not found.")))

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        message = exc.message if exc.message != "Unauthorized" else _("Authentication needed.")
        return respond(request, 401, error_body(401, message), **{"WWW-Authenticate": "Bearer"})

    @api.exception_handler(RequestDataTooBig)
    def too_large(request, exc):
        # Raised when the operation first reads a body over DATA_UPLOAD_MAX_MEMORY_SIZE.
        return respond(
            request,
            413,
            error_body(
                413,
                _("The request is too large: send at most %(size)s.")
                % {"size": filesizeformat(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)},
            ),
        )

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return respond(
            request, exc.status_code, error_body(exc.status_code, http_error_message(str(exc)))
        )
