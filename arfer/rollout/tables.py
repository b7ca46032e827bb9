"""The register and the ledger as filtered tables: one filter form and one set of columns per
table, used by the pages and by the CSV and XLSX exports, so an export holds exactly what the
page shows."""

from collections.abc import Iterable, Iterator

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from arfer.core.exports import Column
from arfer.core.forms import field_of
from arfer.core.periods import year_label
from arfer.directory.models import Area, Body

from .models import Adoption, LedgerEntry, Stage, Support
from .querysets import member_bodies


class TableFilterForm(forms.Form):
    """Filters read from the query string. A bad value is ignored, never an error: a link
    someone edited still shows a page."""

    relation = forms.ChoiceField(
        label=_("Whose records"),
        required=False,
        choices=[
            ("", _("Everything you can see")),
            ("own", _("Your bodies' own")),
            ("of_ours", _("Other bodies', with your bodies' practices")),
        ],
    )
    sector = forms.ChoiceField(label=_("Sector of the body"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=10**9)

    data: QueryDict  # the page's query string

    def __init__(self, data: QueryDict, *args, user, **kwargs):
        super().__init__(data, *args, **kwargs)
        # Only people who belong to bodies are asked whose records they want.
        self.member_bodies = member_bodies(user)
        if not (user.is_authenticated and user.memberships.exists()):
            del self.fields["relation"]
        self.regions = {area.slug: area for area in Area.objects.regions().order_by("name_en")}
        field_of(self, "sector", forms.ChoiceField).choices = [
            ("", _("All sectors")),
            *Body.Sector.choices,
        ]
        field_of(self, "region", forms.ChoiceField).choices = [
            ("", _("All regions")),
            *[(slug, area.name) for slug, area in self.regions.items()],
        ]

    def criteria(self) -> dict:
        self.is_valid()
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.errors and value not in (None, "")
        }

    def filter_bodies(self, records, criteria):
        if criteria.get("relation") == "own":
            records = records.filter(body__in=self.member_bodies)
        elif criteria.get("relation") == "of_ours":
            records = records.filter(practice__lead_body__in=self.member_bodies).exclude(
                body__in=self.member_bodies
            )
        if "sector" in criteria:
            records = records.filter(body__sector=criteria["sector"])
        if "region" in criteria:
            records = records.filter(
                body__in=Body.objects.in_region(self.regions[criteria["region"]]).values("pk")
            )
        return records

    def export_query(self) -> str:
        """The filters as a query string, without the page: the export takes every page."""
        query = self.data.copy()
        query.pop("page", None)
        return query.urlencode()


class RegisterFilterForm(TableFilterForm):
    stage = forms.ChoiceField(
        label=_("Stage"), required=False, choices=[("", _("All stages")), *Stage.choices]
    )
    field_order = ["relation", "stage", "sector", "region"]

    def apply(self, adoptions):
        criteria = self.criteria()
        if "stage" in criteria:
            adoptions = adoptions.filter(stage=criteria["stage"])
        return self.filter_bodies(adoptions, criteria)


class LedgerFilterForm(TableFilterForm):
    financial_year = forms.TypedChoiceField(
        label=_("Financial year"), required=False, coerce=int, empty_value=None
    )
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
    field_order = [
        "relation",
        "financial_year",
        "certainty",
        "kind",
        "verification",
        "sector",
        "region",
    ]

    def __init__(self, data: QueryDict, *args, years=(), **kwargs):
        super().__init__(data, *args, **kwargs)
        field_of(self, "financial_year", forms.ChoiceField).choices = [
            ("", _("All years")),
            *[(y, year_label(y)) for y in years],
        ]

    def apply(self, entries):
        criteria = self.criteria()
        for name in ("financial_year", "certainty", "kind", "verification"):
            if name in criteria:
                entries = entries.filter(**{name: criteria[name]})
        return self.filter_bodies(entries, criteria)


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


def adoption_columns() -> list[Column]:
    return [
        Column(str(_("Practice"))),
        Column(str(_("Lead body"))),
        Column(str(_("Adopting body"))),
        Column(str(_("Sector"))),
        Column(str(_("Stage"))),
        Column(str(_("At this stage since")), "date"),
        Column(str(_("Adapted"))),
        Column(str(_("What was changed"))),
        Column(str(_("Reason"))),
        Column(str(_("Target date")), "date"),
        Column(str(_("Support requested"))),
        Column(str(_("Illustrative example"))),
        Column(str(_("Reference")), "integer"),
    ]


def adoption_rows(adoptions: Iterable[Adoption]) -> Iterator[list]:
    labels = Labels()
    for adoption in adoptions:
        yield [
            str(adoption.practice),
            str(adoption.practice.lead_body),
            str(adoption.body),
            labels.sector[adoption.body.sector],
            labels.stage[adoption.stage],
            adoption.stage_since,
            labels.yes_no[adoption.adapted],
            adoption.adaptations,
            adoption.closed_reason,
            adoption.target_date,
            "; ".join(
                labels.support[value]
                for value in adoption.support_requested
                if value in labels.support
            ),
            labels.yes_no[adoption.is_illustrative],
            adoption.pk,
        ]


def ledger_columns() -> list[Column]:
    return [
        Column(str(_("Financial year"))),
        Column(str(_("Quarter")), "integer"),
        Column(str(_("Practice"))),
        Column(str(_("Body that saved"))),
        Column(str(_("Sector"))),
        Column(str(_("Forecast or realised"))),
        Column(str(_("Kind of saving"))),
        Column(str(_("One-off or recurring"))),
        Column(str(_("Amount (£)")), "money"),
        Column(str(_("Unit"))),
        Column(str(_("Quantity"))),
        Column(str(_("Verification"))),
        Column(str(_("Reason for the query"))),
        Column(str(_("Evidence"))),
        Column(str(_("Illustrative example"))),
        Column(str(_("Reference")), "integer"),
    ]


def ledger_rows(entries: Iterable[LedgerEntry]) -> Iterator[list]:
    labels = Labels()
    for entry in entries:
        yield [
            year_label(entry.financial_year),
            entry.quarter,
            str(entry.practice),
            str(entry.body),
            labels.sector[entry.body.sector],
            labels.certainty[entry.certainty],
            labels.kind[entry.kind],
            labels.recurrence[entry.recurrence],
            entry.amount_pence,
            labels.unit[entry.unit],
            entry.quantity,
            labels.verification[entry.verification],
            entry.query_reason,
            entry.evidence,
            labels.yes_no[entry.is_illustrative],
            entry.pk,
        ]
