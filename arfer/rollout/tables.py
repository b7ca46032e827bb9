"""The register and the ledger as tables, each described once here and used by its page, its CSV
and XLSX exports and the API's list of the same records.

- Filters: one form per table (`RegisterFilterForm`, `LedgerFilterForm`). Each filter is a field
  of it (its name in the query string, its label, the values it accepts) with a `narrow_<name>`
  method (how a value narrows the records). The page draws the form and the exports read it; the
  API's query parameters are made from it (`query_parameters`) and checked by it
  (`from_parameters`), so the page, the exports and the API accept exactly the same filters.
- Columns: one list per table (`REGISTER`, `LEDGER`). Each column has its key, its header, and
  how a record gives its cell on the page and its value in the exports, so the page's table and
  the files cannot disagree on a header or shift a value into another column. The page shows the
  columns that have a cell, the exports those that have a value.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar

from django import forms
from django.http import QueryDict
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import Schema

from arfer.core.exports import Column, Kind
from arfer.core.forms import TextRules, field_of
from arfer.core.periods import selectable_years, year_label
from arfer.core.query_filters import accepted, checked, query_parameters
from arfer.core.templatetags.arfer import pounds, title_of
from arfer.directory.models import Area, Body

from .models import Adoption, LedgerEntry, Stage, Support
from .policy import member_bodies

# The financial years a filter accepts (2025 for 2025-26): those the API has always taken. The
# page's list offers the years a saving may be recorded for, and the year asked for if another.
FIRST_FILTER_YEAR, LAST_FILTER_YEAR = 2000, 2100
FILTER_YEARS = {str(year) for year in range(FIRST_FILTER_YEAR, LAST_FILTER_YEAR + 1)}


class SlugFilter(forms.CharField):
    """A practice or a body by its slug, as a link or the API gives it. The page carries it along
    without drawing it: there is no list of ten thousand bodies to choose from."""

    def __init__(self, *, label, max_length: int):
        super().__init__(
            label=label, max_length=max_length, required=False, widget=forms.HiddenInput
        )


class FinancialYearFilter(forms.TypedChoiceField):
    # For the API's reference: its choices are made for each form, from the year asked for.
    documented = {"type": "integer", "minimum": FIRST_FILTER_YEAR, "maximum": LAST_FILTER_YEAR}

    def __init__(self):
        super().__init__(label=_("Financial year"), required=False, coerce=int, empty_value=None)


class TableFilters(TextRules, forms.Form):
    """Filters read from the query string. The page ignores a value the form refuses (a link
    someone edited still shows a page); the API answers it as a field error (400)."""

    relation = forms.ChoiceField(
        label=_("Whose records"),
        required=False,
        choices=[
            ("", _("Everything you can see")),
            ("own", _("Your bodies' own")),
            ("of_ours", _("Other bodies', with your bodies' practices")),
        ],
    )
    sector = forms.ChoiceField(
        label=_("Sector of the body"),
        required=False,
        choices=[("", _("All sectors")), *Body.Sector.choices],
    )
    region = forms.ChoiceField(label=_("Region"), required=False)

    # What the API's reference says of each filter, in its language (the labels say it to the
    # page's readers).
    described: ClassVar[dict[str, str]] = {
        "relation": (
            "For members of bodies: “own” for your bodies' records, “of_ours” for other "
            "bodies' records of the practices your bodies lead."
        ),
        "sector": "Sector of the body.",
        "region": "Regional Partnership Board slug: bodies covering part of its footprint.",
    }

    data: QueryDict  # the page's query string, or the API's parameters

    def __init__(self, data: QueryDict, *, user, drawn: bool = True):
        """`drawn` is False for a form that is only checked (the API's): it then asks whether
        the person belongs to a body only when told whose records to list."""
        super().__init__(data)
        self.user = user
        # Only people who belong to bodies are asked whose records they want.
        if not ((drawn or "relation" in self.data) and _belongs_to_a_body(user)):
            del self.fields["relation"]
        # Read when a region is asked for or the list is drawn, not for every API call.
        field_of(self, "region", forms.ChoiceField).choices = self._region_choices

    @cached_property
    def regions(self) -> dict[str, Area]:
        return {area.slug: area for area in Area.objects.regions().order_by("name_en")}

    def _region_choices(self) -> list:
        return [("", _("All regions")), *[(slug, a.name) for slug, a in self.regions.items()]]

    def values(self) -> dict[str, Any]:
        """The filters set to a value the form accepts."""
        return {
            name: value for name, value in accepted(self).items() if value not in (None, "", [])
        }

    def apply(self, records):
        """The records narrowed by every filter set."""
        for name, value in self.values().items():
            records = getattr(self, f"narrow_{name}")(records, value)
        return records

    def narrow_relation(self, records, relation: str):
        mine = member_bodies(self.user)
        if relation == "own":
            return records.filter(body__in=mine)
        return records.filter(practice__lead_body__in=mine).exclude(body__in=mine)

    def narrow_sector(self, records, sector: str):
        return records.filter(body__sector=sector)

    def narrow_region(self, records, slug: str):
        return records.filter(body__in=Body.objects.in_region(self.regions[slug]).values("pk"))

    def narrow_practice(self, records, slug: str):
        return records.filter(practice__slug=slug)

    def narrow_body(self, records, slug: str):
        return records.filter(body__slug=slug)

    def export_query(self) -> str:
        """The filters as a query string, without the page: the export takes every page."""
        query = self.data.copy()
        query.pop("page", None)
        return query.urlencode()

    @classmethod
    def query_parameters(cls, name: str) -> type[Schema]:
        """The API's query parameters: one per filter, by the same name and in the same order,
        documented with the values the form accepts and checked by it (`from_parameters`)."""
        return query_parameters(cls, name)

    @classmethod
    def from_parameters(cls, parameters: Schema, *, user) -> "TableFilters":
        """The form over the API's query parameters; ValidationError for any value it refuses."""
        return checked(cls, parameters, user=user, drawn=False)


def _belongs_to_a_body(user) -> bool:
    return user.is_authenticated and user.memberships.exists()


class RegisterFilterForm(TableFilters):
    stage = forms.MultipleChoiceField(
        label=_("Stage"),
        required=False,
        choices=Stage.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    practice = SlugFilter(label=_("Practice"), max_length=120)
    body = SlugFilter(label=_("Adopting body"), max_length=100)
    field_order = ["relation", "stage", "sector", "region", "practice", "body"]
    described = {
        **TableFilters.described,
        "stage": "Any of these stages.",
        "practice": "Practice slug.",
        "body": "Adopting body slug.",
    }

    def narrow_stage(self, adoptions, stages: list[str]):
        return adoptions.filter(stage__in=stages)


class LedgerFilterForm(TableFilters):
    financial_year = FinancialYearFilter()
    certainty = forms.ChoiceField(
        label=_("Forecast or realised"),
        required=False,
        choices=[("", _("Both")), *LedgerEntry.Certainty.choices],
    )
    kind = forms.ChoiceField(
        label=_("Kind of saving"),
        required=False,
        choices=[("", _("Both")), *LedgerEntry.Kind.choices],
    )
    verification = forms.ChoiceField(
        label=_("Verification"),
        required=False,
        choices=[("", _("Any")), *LedgerEntry.Verification.choices],
    )
    practice = SlugFilter(label=_("Practice"), max_length=120)
    body = SlugFilter(label=_("Body that saved"), max_length=100)
    field_order = [
        "relation",
        "financial_year",
        "certainty",
        "kind",
        "verification",
        "sector",
        "region",
        "practice",
        "body",
    ]
    described = {
        **TableFilters.described,
        "financial_year": "The year the financial year starts: 2025 is 2025-26.",
        "certainty": "Forecast or realised savings.",
        "kind": "Cashable or non-cashable savings.",
        "verification": "Savings in this state of verification.",
        "practice": "Practice slug.",
        "body": "Slug of the body that saved.",
    }

    def __init__(self, data: QueryDict, *, user, drawn: bool = True):
        super().__init__(data, user=user, drawn=drawn)
        field_of(self, "financial_year", forms.ChoiceField).choices = self._year_choices

    def _year_choices(self) -> list:
        years = selectable_years(timezone.localdate())
        asked = str(self.data.get("financial_year", ""))
        if asked in FILTER_YEARS and int(asked) not in years:
            years = sorted([*years, int(asked)], reverse=True)
        return [("", _("All years")), *[(year, year_label(year)) for year in years]]

    def narrow_financial_year(self, entries, year: int):
        return entries.filter(financial_year=year)

    def narrow_certainty(self, entries, certainty: str):
        return entries.filter(certainty=certainty)

    def narrow_kind(self, entries, kind: str):
        return entries.filter(kind=kind)

    def narrow_verification(self, entries, verification: str):
        return entries.filter(verification=verification)


# Columns ------------------------------------------------------------------------------------


class _LabelMap(dict):
    def __missing__(self, value):
        return value  # a value outside the choices is shown as it is stored


class Labels:
    """Every label an export row needs, translated once per export rather than once per
    cell: looking a label up costs more than the rest of a row."""

    def __init__(self):
        def of(choices):
            return _LabelMap((value, str(label)) for value, label in choices)

        self.yes_no = {True: str(_("Yes")), False: str(_("No"))}
        self.sector = of(Body.Sector.choices)
        self.stage = of(Stage.choices)
        self.support = of(Support.choices)
        self.certainty = of(LedgerEntry.Certainty.choices)
        self.kind = of(LedgerEntry.Kind.choices)
        self.recurrence = of(LedgerEntry.Recurrence.choices)
        self.unit = of([("", ""), *LedgerEntry.Unit.choices])
        self.verification = of(LedgerEntry.Verification.choices)


@dataclass(frozen=True)
class TableColumn:
    key: str
    header: Promise | str
    # The value in the exports, from the record and the labels; None: not in the exports.
    value: Callable[[Any, Labels], Any] | None = None
    kind: Kind = "text"
    # The cell on the page from the record: text, or HTML marked safe; None: not on the page.
    cell: Callable[[Any], str] | None = None
    numeric: bool = False


@dataclass(frozen=True)
class PageCell:
    html: str
    numeric: bool


class Table:
    """A table's columns, in order, for its page and its exports."""

    def __init__(self, *columns: TableColumn):
        self.columns = columns
        self.page_columns = [column for column in columns if column.cell is not None]
        self.exported = [column for column in columns if column.value is not None]
        self._cells = [(c.cell, c.numeric) for c in columns if c.cell is not None]
        self._values = [c.value for c in columns if c.value is not None]

    def page_headers(self) -> list[str]:
        return [str(column.header) for column in self.page_columns]

    def page_rows(self, records: Iterable) -> list[list[PageCell]]:
        return [
            [PageCell(cell(record), numeric) for cell, numeric in self._cells] for record in records
        ]

    def export_columns(self) -> list[Column]:
        return [Column(str(column.header), column.kind) for column in self.exported]

    def export_rows(self, records: Iterable) -> Iterator[list]:
        labels = Labels()
        for record in records:
            yield [value(record, labels) for value in self._values]


def _link(url: str, text) -> str:
    return format_html('<a class="govuk-link" href="{}">{}</a>', url, text)


def _with_note(main, note) -> str:
    return format_html('{}<br><span class="govuk-body-s">{}</span>', main, note)


def _stage_cell(adoption: Adoption) -> str:
    tag = render_to_string(
        "rollout/_stage_tag.html",
        {"stage": adoption.stage, "label": adoption.get_stage_display()},
    )
    if adoption.adapted:
        return format_html('{} <span class="govuk-body-s">{}</span>', tag, gettext("adapted"))
    return tag


def _support(adoption: Adoption, labels: Labels) -> str:
    return "; ".join(
        labels.support[value] for value in adoption.support_requested if value in labels.support
    )


REGISTER = Table(
    TableColumn(
        "practice",
        _("Practice"),
        lambda a, labels: str(a.practice),
        cell=lambda a: _with_note(
            _link(a.get_absolute_url(), title_of(a.practice)), a.practice.lead_body.name
        ),
    ),
    TableColumn("lead_body", _("Lead body"), lambda a, labels: str(a.practice.lead_body)),
    TableColumn(
        "body",
        _("Adopting body"),
        lambda a, labels: str(a.body),
        cell=lambda a: a.body.name,
    ),
    TableColumn("sector", _("Sector"), lambda a, labels: labels.sector[a.body.sector]),
    TableColumn("stage", _("Stage"), lambda a, labels: labels.stage[a.stage], cell=_stage_cell),
    TableColumn(
        "stage_since",
        _("At this stage since"),
        lambda a, labels: a.stage_since,
        "date",
        cell=lambda a: date_format(a.stage_since, "j M Y"),
    ),
    TableColumn("adapted", _("Adapted"), lambda a, labels: labels.yes_no[a.adapted]),
    TableColumn("adaptations", _("What was changed"), lambda a, labels: a.adaptations),
    TableColumn("closed_reason", _("Reason"), lambda a, labels: a.closed_reason),
    TableColumn("target_date", _("Target date"), lambda a, labels: a.target_date, "date"),
    TableColumn("support_requested", _("Support requested"), _support),
    TableColumn(
        "is_illustrative",
        _("Illustrative example"),
        lambda a, labels: labels.yes_no[a.is_illustrative],
    ),
    TableColumn("id", _("Reference"), lambda a, labels: a.pk, "integer"),
)

LEDGER = Table(
    TableColumn("period", _("Period"), cell=lambda e: _link(e.get_absolute_url(), e.period_label)),
    TableColumn(
        "financial_year", _("Financial year"), lambda e, labels: year_label(e.financial_year)
    ),
    TableColumn("quarter", _("Quarter"), lambda e, labels: e.quarter, "integer"),
    TableColumn(
        "practice_and_body",
        _("Practice and body"),
        cell=lambda e: _with_note(title_of(e.practice), e.body.name),
    ),
    TableColumn("practice", _("Practice"), lambda e, labels: str(e.practice)),
    TableColumn("body", _("Body that saved"), lambda e, labels: str(e.body)),
    TableColumn("sector", _("Sector"), lambda e, labels: labels.sector[e.body.sector]),
    TableColumn(
        "saving",
        _("Saving"),
        cell=lambda e: format_html("{} · {}", e.get_certainty_display(), e.get_kind_display()),
    ),
    TableColumn(
        "certainty", _("Forecast or realised"), lambda e, labels: labels.certainty[e.certainty]
    ),
    TableColumn("kind", _("Kind of saving"), lambda e, labels: labels.kind[e.kind]),
    TableColumn(
        "recurrence",
        _("One-off or recurring"),
        lambda e, labels: labels.recurrence[e.recurrence],
    ),
    TableColumn(
        "amount_pence",
        _("Amount (£)"),
        lambda e, labels: e.amount_pence,
        "money",
        cell=lambda e: pounds(e.amount_pence),
        numeric=True,
    ),
    TableColumn("unit", _("Unit"), lambda e, labels: labels.unit[e.unit]),
    TableColumn("quantity", _("Quantity"), lambda e, labels: e.quantity),
    TableColumn(
        "verification",
        _("Verification"),
        lambda e, labels: labels.verification[e.verification],
        cell=lambda e: render_to_string("rollout/_verification_tag.html", {"entry": e}),
    ),
    TableColumn("query_reason", _("Reason for the query"), lambda e, labels: e.query_reason),
    TableColumn("evidence", _("Evidence"), lambda e, labels: e.evidence),
    TableColumn(
        "is_illustrative",
        _("Illustrative example"),
        lambda e, labels: labels.yes_no[e.is_illustrative],
    ),
    TableColumn("id", _("Reference"), lambda e, labels: e.pk, "integer"),
)
