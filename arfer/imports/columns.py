"""The columns of each kind of import file, declared once: the reader checks headers and reads
cells by them, and the downloadable templates are written from them, so the two cannot drift.

A column's name is the header people write; its field is the key the bulk action takes (the
model field where there is one). Required columns must be in the file; any other column may be
left out, which keeps what is stored (an empty cell in a column that is there clears it).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext_lazy as _

from arfer.core.money import MOST_ENTRY_PENCE, MOST_PRACTICE_FIGURE_PENCE
from arfer.directory.bulk import bulk_save_bodies, editable_body_ids
from arfer.directory.models import Body
from arfer.directory.policy import may_change_directory
from arfer.menu.bulk import IMPORTABLE_STATUSES, bulk_save_practices, index_queued_practices
from arfer.menu.models import EvidenceLevel, PreventionTier
from arfer.menu.policy import may_curate
from arfer.rollout.bulk import bulk_save_adoptions, bulk_save_savings
from arfer.rollout.models import LedgerEntry, Stage, Support

from . import cells


@dataclass(frozen=True)
class Column:
    name: str
    read: Callable[[Any], Any]
    example: str
    required: bool = False
    field: str = ""

    @property
    def key(self) -> str:
        return self.field or self.name


@dataclass(frozen=True)
class Kind:
    name: str
    label: Any
    columns: tuple[Column, ...]
    save: Callable  # the bulk action: (rows, *, actor, skip_invalid, dry_run, progress, ...)
    # What follows a write, outside its transaction (the search index catching up).
    after_write: Callable[[], object] | None = None

    @property
    def by_name(self) -> dict[str, Column]:
        return {column.name: column for column in self.columns}

    @property
    def column_of_field(self) -> dict[str, str]:
        return {column.key: column.name for column in self.columns}

    @property
    def required(self) -> list[str]:
        return [column.name for column in self.columns if column.required]


def _text(name, example="", *, required=False):
    return Column(name, cells.text, example, required)


def _pounds(name, example):
    return Column(
        name,
        cells.pounds_up_to(MOST_PRACTICE_FIGURE_PENCE),
        example,
        field=name.replace("_pounds", "_pence"),
    )


PRACTICES = Kind(
    "practices",
    _("Practices"),
    (
        _text("external_ref", "CCC-2024-017", required=True),
        _text("lead_body", "carmarthenshire-county-council", required=True),
        _text("title_en", "Reablement at home after a hospital stay", required=True),
        _text("title_cy", "Ailalluogi gartref ar ôl arhosiad yn yr ysbyty"),
        _text(
            "summary_en",
            "A six-week reablement service that gets people home from Glangwili "
            "Hospital sooner and needing less care.",
            required=True,
        ),
        _text(
            "summary_cy",
            "Gwasanaeth ailalluogi chwe wythnos sy'n helpu pobl adref o Ysbyty Glangwili yn gynt.",
        ),
        _text("problem_en", "People waited in hospital for care packages."),
        _text("problem_cy"),
        _text("approach_en", "Therapists and home carers work as one team for six weeks."),
        _text("approach_cy"),
        _text("outcomes_en", "Two in three people need no long-term care afterwards."),
        _text("outcomes_cy"),
        _text("adoption_needs_en", "An occupational therapist and a home-care provider."),
        _text("adoption_needs_cy"),
        Column("service_areas", cells.listed, "reablement; hospital-discharge"),
        Column(
            "prevention_tier", cells.choice(list(PreventionTier.values)), "secondary", required=True
        ),
        Column("evidence_level", cells.choice(list(EvidenceLevel.values)), "2", required=True),
        _pounds("setup_cost_pounds", "45,000"),
        _pounds("one_off_cashable_saving_pounds", "0"),
        _pounds("one_off_non_cashable_saving_pounds", "0"),
        _pounds("annual_cashable_saving_pounds", "120,000.00"),
        _pounds("annual_non_cashable_saving_pounds", "80,000"),
        _text("non_cashable_note_en", "1,200 bed days a year"),
        _text("non_cashable_note_cy", "1,200 diwrnod gwely y flwyddyn"),
        Column("start_date", cells.date, "2023-04-01"),
        _text("contact_name", "Reablement team"),
        _text("contact_email", "reablement@carmarthenshire.gov.uk"),
        Column("status", cells.choice([str(s) for s in IMPORTABLE_STATUSES]), "published"),
    ),
    bulk_save_practices,
    after_write=index_queued_practices,
)

ADOPTIONS = Kind(
    "adoptions",
    _("Adoptions"),
    (
        _text("external_ref", "GWY-ADOPT-0042", required=True),
        _text("practice", "CCC-2024-017", required=True),
        _text("body", "W06000002", required=True),
        Column("stage", cells.choice(list(Stage.values)), "piloting", required=True),
        Column("stage_since", cells.date, "01/04/2025"),
        _text("stage_reason"),
        _text("closed_reason"),
        Column("adapted", cells.yes_no, "yes"),
        _text("adaptations", "Run in Welsh first, with the Dwyfor home-care team."),
        Column("target_date", cells.date, "2026-03-31"),
        _text("contact_name", "Adult services, Gwynedd Council"),
        _text("contact_email", "gofal@gwynedd.llyw.cymru"),
        Column("support_requested", cells.choices(list(Support.values)), "advice; visit"),
        _text("support_details", "A visit to see the team at work."),
    ),
    bulk_save_adoptions,
)

LEDGER = Kind(
    "ledger",
    _("Savings ledger"),
    (
        _text("external_ref", "GWY-SAVE-2025-Q1", required=True),
        _text("practice", "CCC-2024-017", required=True),
        _text("body", "gwynedd-council", required=True),
        Column("financial_year", cells.financial_year, "2025-26", required=True),
        Column("quarter", cells.quarter, "Q1", required=True),
        Column("kind", cells.choice(list(LedgerEntry.Kind.values)), "cashable", required=True),
        Column("unit", cells.choice(list(LedgerEntry.Unit.values)), ""),
        Column("quantity", cells.number, ""),
        Column(
            "amount_pounds",
            cells.pounds_up_to(MOST_ENTRY_PENCE),
            "£12,500.00",
            required=True,
            field="amount_pence",
        ),
        Column(
            "recurrence",
            cells.choice(list(LedgerEntry.Recurrence.values)),
            "recurring",
            required=True,
        ),
        Column(
            "certainty", cells.choice(list(LedgerEntry.Certainty.values)), "realised", required=True
        ),
        _text("evidence", "Budget monitoring report, quarter 1."),
    ),
    bulk_save_savings,
)

BODIES = Kind(
    "bodies",
    _("Public bodies"),
    (
        _text("external_ref", "W06000010", required=True),
        _text("slug", "carmarthenshire-county-council", required=True),
        _text("name_en", "Carmarthenshire County Council", required=True),
        _text("name_cy", "Cyngor Sir Caerfyrddin"),
        _text("short_name"),
        Column("sector", cells.choice(list(Body.Sector.values)), "local_government", required=True),
        Column("kind", cells.choice(list(Body.Kind.values)), "local_authority", required=True),
        _text("gss_code", "W06000010"),
        _text("ods_code"),
        _text("website", "https://www.carmarthenshire.gov.wales"),
        Column("areas", cells.listed, "carmarthenshire"),
        Column("active_from", cells.date, "01/04/1996"),
        Column("active_to", cells.date, ""),
    ),
    bulk_save_bodies,
)

KINDS = {kind.name: kind for kind in (PRACTICES, ADOPTIONS, LEDGER, BODIES)}


def kinds_for(user) -> list[Kind]:
    """What a person may import: the directory, programme admins; the menu, the programme
    team; adoptions and savings, also the editors of a body (for the bodies they edit). The
    system (an operator at the command line) may import everything."""
    allowed = []
    if may_curate(user):
        allowed += [PRACTICES, ADOPTIONS, LEDGER]
    elif editable_body_ids(user):
        allowed += [ADOPTIONS, LEDGER]
    if may_change_directory(user):
        allowed.append(BODIES)
    return allowed
