"""Dates as people type them on the pages: the GOV.UK Design System's date input, three boxes
(day, month, year). A date is never one box of text, so "01/04/2024" is never read as 4 January
in one place and 1 April in another: the day and the month are asked for apart.

`read_date` is the one reading of the three boxes, a pure function: the form field uses it to
clean the date and give the design system's messages, and the template uses it again to mark
only the boxes at fault."""

import datetime
from dataclasses import dataclass

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from arfer.core.forms import about, phrased

PARTS = ("day", "month", "year")
# Months may be typed as names, in English or Welsh, in full or their first three letters.
MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        [
            ("january", "ionawr"),
            ("february", "chwefror"),
            ("march", "mawrth"),
            ("april", "ebrill"),
            ("may", "mai"),
            ("june", "mehefin"),
            ("july", "gorffennaf"),
            ("august", "awst"),
            ("september", "sept", "medi"),
            ("october", "hydref"),
            ("november", "tachwedd"),
            ("december", "rhagfyr"),
        ],
        start=1,
    )
    for full in names
    for name in (full, full[:3])
}


@dataclass(frozen=True)
class DateReading:
    """What three boxes hold: a date, or a problem ("empty", "incomplete", "year_digits",
    "invalid") and the boxes at fault."""

    date: datetime.date | None = None
    problem: str = ""
    parts: tuple[str, ...] = ()


def parts_of(value) -> tuple[str, str, str]:
    """Day, month and year as the boxes show them: from a date (1 4 2024, without leading
    zeros), from what was typed, or from an ISO date string."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return str(value.day), str(value.month), str(value.year)
    if isinstance(value, list | tuple):
        typed = [("" if part is None else str(part)) for part in value[:3]]
        typed += [""] * (3 - len(typed))
        return typed[0], typed[1], typed[2]
    if isinstance(value, str) and value:
        try:
            return parts_of(datetime.date.fromisoformat(value))
        except ValueError:
            return "", "", ""
    return "", "", ""


def _number(part: str, *, month: bool = False) -> int | None:
    if part.isdigit() and part.isascii():
        return int(part)
    if month:
        return MONTH_NAMES.get(part.lower().rstrip("."))
    return None


def read_date(day: str, month: str, year: str) -> DateReading:
    typed = dict(
        zip(PARTS, ((day or "").strip(), (month or "").strip(), (year or "").strip()), strict=True)
    )
    missing = tuple(part for part in PARTS if not typed[part])
    if len(missing) == len(PARTS):
        return DateReading(problem="empty", parts=PARTS)
    if missing:
        return DateReading(problem="incomplete", parts=missing)
    numbers = {
        "day": _number(typed["day"]),
        "month": _number(typed["month"], month=True),
        "year": _number(typed["year"]),
    }
    day_number, month_number, year_number = numbers["day"], numbers["month"], numbers["year"]
    if day_number is None or month_number is None or year_number is None:
        not_numbers = tuple(part for part in PARTS if numbers[part] is None)
        return DateReading(problem="invalid", parts=not_numbers)
    if len(typed["year"]) != 4:
        return DateReading(problem="year_digits", parts=("year",))
    if not 1 <= month_number <= 12:
        return DateReading(problem="invalid", parts=("month",))
    try:
        return DateReading(date=datetime.date(year_number, month_number, day_number))
    except ValueError:
        return DateReading(problem="invalid", parts=("day",))


def _missing_message(parts: tuple[str, ...]) -> str:
    # Whole sentences, one for each combination, so that each language can word them its way.
    messages = {
        ("day",): gettext("%(name)s must include a day."),
        ("month",): gettext("%(name)s must include a month."),
        ("year",): gettext("%(name)s must include a year."),
        ("day", "month"): gettext("%(name)s must include a day and month."),
        ("day", "year"): gettext("%(name)s must include a day and year."),
        ("month", "year"): gettext("%(name)s must include a month and year."),
    }
    return messages[parts]


def date_message(reading: DateReading, subject) -> str:
    """The design system's message for a problem with a date, naming the date: `subject` is
    what it is, with its article ("the start date")."""
    if reading.problem in ("empty", ""):
        text = gettext("Enter %(name)s.")
    elif reading.problem == "incomplete":
        text = _missing_message(reading.parts)
    elif reading.problem == "year_digits":
        text = gettext("The year of %(name)s must include 4 numbers.")
    else:
        text = gettext("%(name)s must be a real date.")
    return phrased(text, subject)


class DateInputWidget(forms.MultiWidget):
    """Three text boxes, day, month and year (posted as <name>_day, <name>_month and
    <name>_year), drawn by core/_field.html."""

    use_fieldset = True

    def __init__(self, attrs=None):
        numeric = {"inputmode": "numeric"}
        super().__init__({part: forms.TextInput(attrs=numeric) for part in PARTS}, attrs)

    def decompress(self, value):
        return list(parts_of(value))

    def id_for_label(self, id_):
        return f"{id_}_day" if id_ else ""


class DateInputField(forms.Field):
    """A date typed into the three boxes of the GOV.UK date input.

    `subject` names the date in messages, with its article and in lower case ("the start
    date"); `example` is the date the hint shows, "For example, 27 3 2007"."""

    widget = DateInputWidget

    def __init__(
        self,
        *,
        subject,
        example: datetime.date = datetime.date(2007, 3, 27),
        help_text="",
        error_messages=None,
        **kwargs,
    ):
        self.subject = subject
        hint = format_lazy(_("For example, {example}"), example=" ".join(parts_of(example)))
        help_text = format_lazy("{} {}", help_text, hint) if help_text else hint
        super().__init__(
            help_text=help_text,
            error_messages={
                "required": about(_("Enter %(name)s."), subject),
                **(error_messages or {}),
            },
            **kwargs,
        )

    def reading(self, value) -> DateReading:
        return read_date(*parts_of(value))

    def to_python(self, value):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, datetime.date):
            return value
        reading = self.reading(value)
        if reading.problem == "empty":
            return None
        if reading.problem:
            raise forms.ValidationError(date_message(reading, self.subject), code=reading.problem)
        return reading.date

    def boxes_at_fault(self, value, has_errors: bool) -> tuple[str, ...]:
        """The boxes to draw with a red border: those at fault when the boxes themselves are
        wrong, every box when the date as a whole is (missing, or refused by a rule)."""
        if not has_errors:
            return ()
        reading = self.reading(value)
        if reading.problem in ("incomplete", "year_digits", "invalid"):
            return reading.parts
        return PARTS


def as_posted(name: str, value: datetime.date | str) -> dict[str, str]:
    """What the three boxes of a date post, for a date (or an ISO date string): the form data
    a script or a test sends."""
    day, month, year = parts_of(value)
    return {f"{name}_day": day, f"{name}_month": month, f"{name}_year": year}
