"""Form helpers shared by every app's pages."""

import datetime
from typing import TypeVar

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from arfer.core.money import NotAnAmount, limit_in_words, pence_from_pounds, pounds_written
from arfer.core.periods import FIRST_YEAR, YEARS_AHEAD, year_label, year_of
from arfer.core.stale import StaleEdit
from arfer.core.text import TextRule


def add_errors(form, error: ValidationError) -> None:
    """An action's refusal shown on the form: on its field where it names one, else above
    the form."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


FieldT = TypeVar("FieldT", bound=forms.Field)


def field_of(form: forms.BaseForm, name: str, kind: type[FieldT]) -> FieldT:
    """The form's own copy of its field `name`, declared as a `kind`: to set the choices or the
    records it offers the person asking."""
    field = form.fields[name]
    assert isinstance(field, kind), f"{name} is a {type(field).__name__}, not a {kind.__name__}"
    return field


def offered(form: forms.BaseForm, name: str) -> QuerySet:
    """The records a model choice field of the form offers."""
    queryset = field_of(form, name, forms.ModelChoiceField).queryset
    assert queryset is not None  # every one of ours is given a queryset
    return queryset


def attempt(form, change):
    """Run an action with a valid form's data: (what the action returned, None) when it went
    through. A refusal is put on the form, (None, None); a stale edit is handed back, (None,
    StaleEdit), for the page to answer 409 with what the other person changed."""
    if not form.is_valid():
        return None, None
    try:
        return change(dict(form.cleaned_data)), None
    except StaleEdit as error:
        return None, error
    except ValidationError as error:
        add_errors(form, error)
        return None, None


def phrased(template, subject) -> str:
    """A message naming what it is about: "Enter %(name)s." with "the start date". Messages
    start with the name where English puts it first, so the first letter is made a capital."""
    return capfirst(str(template) % {"name": subject})


def about(template, subject):
    """phrased(), in the language active when the message is shown:
    about(_("Enter %(name)s in pounds."), _("the set-up cost"))."""
    return lazy(phrased, str)(template, subject)


class TextRules:
    """A form mixin: every text field follows the rule the API applies too (core/text.py),
    a text area as a long text (tabs and line breaks allowed), any other as one line."""

    fields: dict[str, forms.Field]  # the form's, once it is made

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if isinstance(field, forms.CharField) and not isinstance(
                field.widget, forms.PasswordInput
            ):
                field.validators.append(TextRule(long=isinstance(field.widget, forms.Textarea)))


class Checkbox(forms.CheckboxInput):
    """One GOV.UK checkbox, for a yes-or-no question (core/_field.html). With `text`, the
    field's label asks the question, as the legend of a fieldset, and `text` labels the box;
    without it, the field's label is the box's. Unticked, it posts nothing: False."""

    def __init__(self, attrs=None, *, text=None):
        super().__init__(attrs)
        self.text = text


# Financial years offered by a form: a few before the earliest the programme has recorded (or
# before this year), a few ahead of this one; a record's own year is always among them.
YEARS_BEFORE = 3
YEARS_AFTER = 5


def financial_year_choices(
    today: datetime.date, *, earliest: int | None = None, keep: int | None = None
) -> list[tuple[int, str]]:
    """Financial years to choose from, oldest first: from YEARS_BEFORE years before the
    earliest year recorded (or this year, if earlier), never before the programme began, to
    YEARS_AFTER years after this one; `keep` (the year a record already has) is added if it
    falls outside."""
    current = year_of(today)
    first = max(
        FIRST_YEAR, min(earliest if earliest is not None else current, current) - YEARS_BEFORE
    )
    last = current + YEARS_AFTER
    if isinstance(keep, int):
        first, last = min(first, keep), max(last, keep)
    return [(year, year_label(year)) for year in range(first, last + 1)]


class FinancialYearField(forms.TypedChoiceField):
    """A financial year, chosen from a list; `offer` fills the list and chooses this year
    unless the form already holds one."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Financial year"))
        kwargs.setdefault(
            "error_messages",
            {
                "required": _("Choose the financial year."),
                "invalid_choice": _("Choose a financial year from the list."),
            },
        )
        super().__init__(coerce=int, choices=(), **kwargs)

    @staticmethod
    def offer(form, name: str, *, earliest: int | None = None) -> None:
        today = timezone.localdate()
        held = _year_or_none(form.initial.get(name, form.fields[name].initial))
        if form.is_bound:
            # A year posted back from the page: the record's own, however far ahead, within
            # what the actions accept (they check it again).
            posted = _year_or_none(form.data.get(form.add_prefix(name)))
            if posted is not None and FIRST_YEAR <= posted <= year_of(today) + YEARS_AHEAD:
                held = posted
        form.fields[name].choices = financial_year_choices(today, earliest=earliest, keep=held)
        if held is None:
            form.initial[name] = year_of(today)


def _year_or_none(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


class VersionedForm(forms.Form):
    """Carries the version the page was loaded at, so that a stale save can be refused."""

    version = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=1,
        error_messages={
            key: _("This page is out of date. Reload it and make your changes again.")
            for key in ("required", "invalid", "min_value")
        },
    )


THE_AMOUNT = _("the amount")


class PoundsField(forms.CharField):
    """An amount typed in pounds as people type them ("£1,200", "1200.50"), stored as pence,
    read by the one parser (`core.money`) against `most_pence`. `subject` names the amount in
    messages, with its article: "the set-up cost"."""

    def __init__(self, *, most_pence: int, subject=THE_AMOUNT, **kwargs):
        self.subject = subject
        self.most_pence = most_pence
        messages = {
            "required": about(_("Enter %(name)s in pounds."), subject),
            "invalid": about(_("Enter %(name)s in pounds, like 12,500."), subject),
        }
        kwargs["error_messages"] = {**messages, **kwargs.get("error_messages", {})}
        super().__init__(**kwargs)

    def to_python(self, value):
        written = super().to_python(value)
        assert written is not None  # the empty value of a CharField is "" unless told otherwise
        try:
            return pence_from_pounds(written, most_pence=self.most_pence)
        except NotAnAmount as refusal:
            message: StrOrPromise
            if refusal.code == "negative":
                message = phrased(gettext("%(name)s must be £0 or more."), self.subject)
            elif refusal.code == "fraction":
                message = gettext(
                    "“%(value)s” has fractions of a penny; give at most two decimal places."
                ) % {"value": written.strip()}
            elif refusal.code == "too_big":
                message = capfirst(
                    gettext("%(name)s must be no more than %(most)s.")
                    % {"name": self.subject, "most": limit_in_words(self.most_pence)}
                )
            else:
                message = self.error_messages["invalid"]
            raise forms.ValidationError(message, code=refusal.code) from None

    def prepare_value(self, value):
        if isinstance(value, int):
            return pounds_written(value) if value else ""
        return value
