"""Reading one spreadsheet cell as a value: text, pounds, dates, financial years, quarters,
choices, yes/no and lists. A cell comes from a CSV file as text, or from an Excel workbook as
text, a number or a date; each reader accepts both and raises CellError with a message that
says what to write instead. Ranges and rules beyond the cell itself are the domain's (the bulk
actions check them)."""

import datetime
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from arfer.core.money import NotAnAmount, limit_in_words, pence_from_pounds
from arfer.core.periods import year_label

# No text field needs more; a bigger cell is a paste gone wrong.
MAX_CELL_CHARS = 100_000
LIST_SEPARATOR = ";"
_YEAR = re.compile(r"(\d{4})\s*[-\u2013/]\s*(\d{2}|\d{4})")
_UK_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
TRUE_WORDS = {"yes", "y", "true", "1"}
FALSE_WORDS = {"no", "n", "false", "0", ""}


class CellError(ValueError):
    """A cell that cannot be read as its column's kind of value."""


def as_text(value) -> str:
    """Any cell as text, as a person would write it (whole numbers without ".0")."""
    if type(value) is str:  # every cell of a CSV file: the quick way first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return (value.date() if value.time() == datetime.time() else value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value).strip()


def text(value) -> str:
    """Text, stored as written: a cell starting = + - @ is text too, never a formula."""
    return as_text(value)


def pounds_up_to(most_pence: int):
    """A reader of pounds and pence to exact pence, by the one parser (`core.money`): 1234.56,
    £1,234.56 and 1,234 are read; an empty cell is 0. More than two decimal places is refused
    rather than rounded, as is more than `most_pence`."""

    def pounds(value) -> int:
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = repr(value) if isinstance(value, float) else str(value)
        written = as_text(value)
        try:
            return pence_from_pounds(written, most_pence=most_pence)
        except NotAnAmount as refusal:
            if refusal.code == "fraction":
                message = _(
                    "“%(value)s” has fractions of a penny; give at most two decimal places."
                )
            elif refusal.code == "too_big":
                message = _("“%(value)s” is more than %(most)s, the most this column takes.")
            else:
                message = _(
                    "“%(value)s” is not an amount in pounds. Write it like 1234.56, "
                    "£1,234.56 or 1,234 (not negative)."
                )
            raise CellError(
                message % {"value": written, "most": limit_in_words(most_pence)}
            ) from None

    return pounds


def date(value) -> datetime.date | None:
    """A date written 2025-04-01 (ISO) or 01/04/2025 (day first, as in the UK); empty is
    none."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    written = as_text(value)
    if not written:
        return None
    try:
        if match := _UK_DATE.fullmatch(written):
            day, month, year = (int(part) for part in match.groups())
            return datetime.date(year, month, day)
        return datetime.date.fromisoformat(written)
    except ValueError:
        raise CellError(
            _("“%(value)s” is not a date. Write it like 2025-04-01 or 01/04/2025.")
            % {"value": written}
        ) from None


def financial_year(value) -> int | None:
    """A financial year written 2025-26 (or 2025/26, 2025-2026), stored as 2025."""
    written = as_text(value)
    if not written:
        return None
    match = _YEAR.fullmatch(written)
    if match:
        start, end = int(match.group(1)), int(match.group(2))
        if end in ((start + 1) % 100, start + 1):
            return start
    raise CellError(
        _("“%(value)s” is not a financial year. Write it like %(example)s.")
        % {"value": written, "example": year_label(2025)}
    )


def quarter(value) -> int | None:
    """A quarter of the financial year: 1 to 4, or Q1 to Q4."""
    written = as_text(value).upper().removeprefix("Q").strip()
    if not written:
        return None
    if written in ("1", "2", "3", "4"):
        return int(written)
    raise CellError(
        _("“%(value)s” is not a quarter. Write 1, 2, 3 or 4 (or Q1 to Q4).")
        % {"value": as_text(value)}
    )


def number(value) -> Decimal | None:
    """A quantity, such as 12 or 12.5 bed days."""
    written = as_text(value).replace(",", "")
    if not written:
        return None
    try:
        result = Decimal(written)
    except InvalidOperation:
        result = None
    if result is None or not result.is_finite():
        raise CellError(
            _("“%(value)s” is not a number. Write it like 12 or 12.5.") % {"value": as_text(value)}
        )
    return result


def yes_no(value) -> bool:
    written = as_text(value).lower()
    if written in TRUE_WORDS:
        return True
    if written in FALSE_WORDS:
        return False
    raise CellError(_("“%(value)s” is not yes or no. Write yes or no.") % {"value": as_text(value)})


def listed(value) -> list[str]:
    """Several values in one cell, separated by semicolons: "reablement; care-at-home"."""
    return [part.strip() for part in as_text(value).split(LIST_SEPARATOR) if part.strip()]


def choice(values: Sequence[str | int]):
    """A reader accepting one of `values` (letter case aside); empty is ""."""
    by_lower = {str(v).lower(): v for v in values}

    def read(value):
        written = as_text(value)
        if not written:
            return ""
        found = by_lower.get(written.lower())
        if found is None:
            raise CellError(
                _("“%(value)s” is not one of the choices: %(choices)s.")
                % {"value": written, "choices": ", ".join(map(str, values))}
            )
        return found

    return read


def choices(values: Sequence[str | int]):
    """A reader of several choices separated by semicolons."""
    one = choice(values)

    def read(value):
        return [one(part) for part in listed(value)]

    return read
