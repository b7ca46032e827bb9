"""What the API says about a field it could not read, in the client's language.

django-ninja checks requests with pydantic, whose messages are English only ("Field required").
Each kind of error the API's schemas can raise (pydantic's `type`) has a message of Arfer's
here, translated like every other string and filled in from the error's context (the limits a
field has). Errors raised by Arfer's own validators (the text rule: type "text") carry a message
already written in the client's language. Any other kind falls back to a general message, so no
English reaches a Welsh client."""

from collections.abc import Callable

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

# Raised by Arfer's own validators with a message of Arfer's (core/api/fields.py).
OWN_TYPES = {"text"}
# What django-ninja says when a body is not JSON at all (it adds the parser's error in debug).
UNREADABLE_BODY = "Cannot parse request body"


def _choices(context: dict) -> str:
    # pydantic lists the allowed values as "'a', 'b' or 'c'": the "or" is English, so the list
    # is given with commas alone.
    expected = str(context.get("expected", ""))
    head, _or, last = expected.rpartition(" or ")
    return f"{head}, {last}" if head else expected


def _whole_number(context: dict) -> str:
    return _("Must be a whole number.")


def _date(context: dict) -> str:
    return _("Must be a date written year-month-day, such as 2025-04-01.")


def _datetime(context: dict) -> str:
    return _("Must be a date and time, such as 2025-04-01T09:30:00Z.")


def _number(context: dict) -> str:
    return _("Must be a number.")


def _true_or_false(context: dict) -> str:
    return _("Must be true or false.")


def _object(context: dict) -> str:
    return _("Must be an object, with names and values in braces.")


MESSAGES: dict[str, Callable[[dict], str]] = {
    "missing": lambda context: _("This field is required."),
    "string_type": lambda context: _("Must be text."),
    "string_too_short": lambda context: (
        ngettext(
            "Must be at least %(count)d character long.",
            "Must be at least %(count)d characters long.",
            context["min_length"],
        )
        % {"count": context["min_length"]}
    ),
    "string_too_long": lambda context: (
        ngettext(
            "Must be at most %(count)d character long.",
            "Must be at most %(count)d characters long.",
            context["max_length"],
        )
        % {"count": context["max_length"]}
    ),
    "string_pattern_mismatch": lambda context: _("Is not in the form this field takes."),
    "int_type": _whole_number,
    "int_parsing": _whole_number,
    "int_from_float": _whole_number,
    "int_parsing_size": _whole_number,
    "float_type": _number,
    "float_parsing": _number,
    "decimal_type": _number,
    "decimal_parsing": _number,
    "bool_type": _true_or_false,
    "bool_parsing": _true_or_false,
    "greater_than": lambda context: _("Must be more than %(limit)s.") % {"limit": context["gt"]},
    "greater_than_equal": lambda context: (
        _("Must be %(limit)s or more.") % {"limit": context["ge"]}
    ),
    "less_than": lambda context: _("Must be less than %(limit)s.") % {"limit": context["lt"]},
    "less_than_equal": lambda context: _("Must be %(limit)s or less.") % {"limit": context["le"]},
    "literal_error": lambda context: (
        _("Must be one of: %(choices)s.") % {"choices": _choices(context)}
    ),
    "enum": lambda context: _("Must be one of: %(choices)s.") % {"choices": _choices(context)},
    "date_type": _date,
    "date_parsing": _date,
    "date_from_datetime_parsing": _date,
    "date_from_datetime_inexact": _date,
    "datetime_type": _datetime,
    "datetime_parsing": _datetime,
    "datetime_from_date_parsing": _datetime,
    "timezone_aware": lambda context: _("Must say its time zone, such as Z for UTC."),
    "list_type": lambda context: _("Must be a list, in square brackets."),
    "too_short": lambda context: (
        ngettext(
            "Must hold at least %(count)d item.",
            "Must hold at least %(count)d items.",
            context["min_length"],
        )
        % {"count": context["min_length"]}
    ),
    "too_long": lambda context: (
        ngettext(
            "Must hold at most %(count)d item.",
            "Must hold at most %(count)d items.",
            context["max_length"],
        )
        % {"count": context["max_length"]}
    ),
    "dict_type": _object,
    "model_type": _object,
    "model_attributes_type": _object,
    "extra_forbidden": lambda context: _("This field is not one the API takes here."),
    "json_invalid": lambda context: _("Is not valid JSON."),
    "url_parsing": lambda context: _("Must be a web address."),
    "url_scheme": lambda context: _("Must be a web address."),
}


def field_message(error: dict) -> str:
    """The message for one of pydantic's errors, in the active language."""
    kind = str(error.get("type", ""))
    if kind in OWN_TYPES:
        return str(error.get("msg", ""))
    message = MESSAGES.get(kind)
    if message is not None:
        try:
            return message(error.get("ctx") or {})
        except KeyError:  # a context without the limit its message names
            pass
    return _("This value is not valid.")


def http_error_message(message: str) -> str:
    """django-ninja's own refusals, in the active language."""
    if message.startswith(UNREADABLE_BODY):
        return _("The body of the request is not valid JSON.")
    return message
