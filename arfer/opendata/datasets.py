"""The open datasets: what each publishes, column by column, and the rows.

Only what is public goes out: practices on the published menu, the directory of bodies, and
figures summed over published practices (never one body's ledger). Columns have stable English
machine names; money is integer pence (`_pence`), so nothing is lost to rounding or to a
currency format. Each column's description comes from the model field it publishes (its
verbose name and help text, in the reader's language) or, for a figure, is written here; the
data dictionary is made from them, so it cannot drift from the data.

A coded column (a prevention tier, a sector, yes or no) has its codes and their labels: the
English files hold the codes, the Welsh files the Welsh labels in their place (formats.py), and
the dictionary gives both, so either file can be read back into the codes. A number (the
evidence level) is the same in both.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from django.conf import settings
from django.db.models import Count, Sum
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout.models import Adoption, LedgerEntry, Stage

Kind = Literal["text", "integer", "date"]


Code = str | int


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    description: str | Promise
    # (code, label) of a coded column, in the order people know them.
    codes: tuple[tuple[Code, str | Promise], ...] = ()

    @property
    def labelled_in_welsh(self) -> bool:
        """Whether the Welsh files hold the label in place of the code (codes that are words;
        numbers are no language's)."""
        return bool(self.codes) and self.kind == "text"


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str | Promise
    description: str | Promise
    fields: list[Field]
    rows: Callable[[], Iterable[tuple]]
    # The name of its sheet in the XLSX file: the slug in English (msgids are the slugs),
    # translated in Welsh.
    sheet: str | Promise = ""


def _describe(model, name: str) -> str:
    field = model._meta.get_field(name)
    help_text = str(field.help_text or "")
    name = str(field.verbose_name)
    # Only the first letter raised: "title (English)" keeps its capital E.
    return name[:1].upper() + name[1:] + (f". {help_text}" if help_text else "")


# Evaluated when read, so that the description is in the reader's language.
describe = lazy(_describe, str)
stage_description = lazy(
    lambda label: (
        gettext("Bodies at this stage of adopting the practice: %(stage)s.") % {"stage": label}
    ),
    str,
)


YES_NO: tuple[tuple[Code, str | Promise], ...] = (("yes", _("Yes")), ("no", _("No")))


def model_field(
    model,
    name: str,
    *,
    column: str | None = None,
    kind: Kind | None = None,
    codes: tuple[tuple[Code, str | Promise], ...] = (),
) -> Field:
    """A column publishing a model field, described by the field itself (and coded by its
    choices, if it has any)."""
    field = model._meta.get_field(name)
    description = describe(model, name)
    if kind is None:
        internal = field.get_internal_type()
        kind = (
            "integer"
            if "Integer" in internal or internal == "ForeignKey"
            else "date"
            if internal in ("DateField", "DateTimeField")
            else "text"
        )
    return Field(column or name, kind, description, codes or tuple(field.choices or ()))


def _join(values) -> str:
    """Several values in one cell, separated by semicolons (no value holds one)."""
    return "; ".join(sorted(value for value in values if value))


# The published menu ---------------------------------------------------------------------------

PRACTICE_FIELDS = [
    model_field(Practice, "slug"),
    model_field(Practice, "title_en"),
    model_field(Practice, "title_cy"),
    model_field(Practice, "summary_en"),
    model_field(Practice, "summary_cy"),
    Field("lead_body", "text", _("The lead body's identifier (its slug in the directory).")),
    Field("partners", "text", _("The partner bodies' identifiers, separated by semicolons.")),
    Field("service_areas", "text", _("The service areas' identifiers, separated by semicolons.")),
    model_field(Practice, "prevention_tier"),
    model_field(Practice, "evidence_level"),
    model_field(Practice, "setup_cost_pence"),
    model_field(Practice, "annual_cashable_saving_pence"),
    model_field(Practice, "annual_non_cashable_saving_pence"),
    model_field(Practice, "one_off_cashable_saving_pence"),
    model_field(Practice, "one_off_non_cashable_saving_pence"),
    model_field(Practice, "works_across_boundaries", kind="text", codes=YES_NO),
    model_field(Practice, "is_illustrative", kind="text", codes=YES_NO),
    model_field(Practice, "published_at", kind="date"),
    Field(
        "documents",
        "text",
        _("The addresses to download the documents the lead body shares, separated by semicolons."),
    ),
]


def practice_rows() -> Iterator[tuple]:
    practices = (
        Practice.objects.published()
        .select_related("lead_body")
        .prefetch_related("partners", "service_areas", "attachments")
        .order_by("slug")
    )
    for practice in practices.iterator(chunk_size=2_000):
        yield (
            practice.slug,
            practice.title_en,
            practice.title_cy,
            practice.summary_en,
            practice.summary_cy,
            practice.lead_body.slug,
            _join(body.slug for body in practice.partners.all()),
            _join(area.slug for area in practice.service_areas.all()),
            practice.prevention_tier,
            practice.evidence_level,
            practice.setup_cost_pence,
            practice.annual_cashable_saving_pence,
            practice.annual_non_cashable_saving_pence,
            practice.one_off_cashable_saving_pence,
            practice.one_off_non_cashable_saving_pence,
            _yes_no(practice.works_across_boundaries),
            _yes_no(practice.is_illustrative),
            practice.published_at,
            "; ".join(
                settings.ARFER_SITE_URL + attachment.download_path()
                for attachment in practice.attachments.all()
            ),
        )


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


# The directory --------------------------------------------------------------------------------

BODY_FIELDS = [
    model_field(Body, "slug"),
    model_field(Body, "name_en"),
    model_field(Body, "name_cy"),
    model_field(Body, "short_name"),
    model_field(Body, "sector"),
    model_field(Body, "kind"),
    model_field(Body, "gss_code"),
    model_field(Body, "ods_code"),
    Field(
        "areas", "text", _("The GSS codes of the areas the body covers, separated by semicolons.")
    ),
    model_field(Body, "website"),
    model_field(Body, "active_from"),
    model_field(Body, "active_to"),
]


def body_rows() -> Iterator[tuple]:
    for body in Body.objects.prefetch_related("areas").order_by("slug").iterator(chunk_size=2_000):
        yield (
            body.slug,
            body.name_en,
            body.name_cy,
            body.short_name,
            body.sector,
            body.kind,
            body.gss_code,
            body.ods_code,
            _join(area.code for area in body.areas.all()),
            body.website,
            body.active_from,
            body.active_to,
        )


# Adoption figures -----------------------------------------------------------------------------

ADOPTION_FIELDS = [
    Field("practice", "text", _("The practice's identifier (its slug on the menu).")),
    *[Field(stage, "integer", stage_description(label)) for stage, label in Stage.choices],
]


def adoption_rows() -> Iterator[tuple]:
    counts: dict[int, dict[str, int]] = defaultdict(dict)
    for practice_id, stage, n in (
        Adoption.objects.public()
        .values_list("practice_id", "stage")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        counts[practice_id][stage] = n
    slugs = dict(Practice.objects.published().filter(pk__in=list(counts)).values_list("pk", "slug"))
    for practice_id, slug in sorted(slugs.items(), key=lambda item: item[1]):
        yield (slug, *[counts[practice_id].get(stage, 0) for stage in Stage.values])


# Savings figures ------------------------------------------------------------------------------

SAVINGS_FIELDS = [
    Field(
        "financial_year",
        "integer",
        _("The financial year, April to March, by the year it starts in: 2025 is 2025-26."),
    ),
    Field("forecast_pence", "integer", _("Savings forecast for the year, in pence.")),
    Field("realised_pence", "integer", _("Savings realised in the year, in pence.")),
    Field(
        "verified_pence",
        "integer",
        _("Of the realised savings, those the programme team has verified, in pence."),
    ),
]


def savings_rows() -> Iterator[tuple]:
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for year, certainty, verification, pence in (
        LedgerEntry.objects.filter(practice__status=Practice.Status.PUBLISHED)
        .values_list("financial_year", "certainty", "verification")
        .annotate(total=Sum("amount_pence"))
        .order_by()
    ):
        if certainty == LedgerEntry.Certainty.FORECAST:
            totals[year][0] += pence
        else:
            totals[year][1] += pence
            if verification == LedgerEntry.Verification.VERIFIED:
                totals[year][2] += pence
    for year in sorted(totals):
        yield (year, *totals[year])


DATASETS = [
    Dataset(
        "practices",
        _("The menu of good practice"),
        _(
            "Every practice published on the menu, in English and Welsh, with its lead body, "
            "partners, service areas, prevention tier, evidence level, costs and savings."
        ),
        PRACTICE_FIELDS,
        practice_rows,
        _("practices"),
    ),
    Dataset(
        "bodies",
        _("The directory of public bodies"),
        _(
            "The public bodies in the programme, with their official codes, sector, kind and "
            "the areas they cover."
        ),
        BODY_FIELDS,
        body_rows,
        _("bodies"),
    ),
    Dataset(
        "adoptions",
        _("Adoptions by practice"),
        _(
            "For each published practice, how many bodies are at each stage of adopting it, "
            "from exploring to embedded, and how many declined or stopped."
        ),
        ADOPTION_FIELDS,
        adoption_rows,
        _("adoptions"),
    ),
    Dataset(
        "savings",
        _("Savings by financial year"),
        _(
            "Savings forecast, realised and verified each financial year, summed over the "
            "published practices."
        ),
        SAVINGS_FIELDS,
        savings_rows,
        _("savings"),
    ),
]
BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}
