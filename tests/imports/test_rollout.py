import datetime

from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout import actions
from arfer.rollout.models import Adoption, LedgerEntry, PeerAdoptionCount, StageChange

from .conftest import csv_bytes, problems, run

ADOPTION_HEADER = [
    "external_ref",
    "practice",
    "body",
    "stage",
    "stage_since",
    "closed_reason",
    "stage_reason",
    "adapted",
    "adaptations",
]
LEDGER_HEADER = [
    "external_ref",
    "practice",
    "body",
    "financial_year",
    "quarter",
    "kind",
    "unit",
    "quantity",
    "amount_pounds",
    "recurrence",
    "certainty",
    "evidence",
]


def adoption(
    ref,
    body="gwynedd-council",
    stage="exploring",
    since="01/04/2024",
    reason="",
    stage_reason="",
    adapted="no",
    adaptations="",
    practice="CCC-2024-017",
):
    return [ref, practice, body, stage, since, reason, stage_reason, adapted, adaptations]


def saving(
    ref,
    body="gwynedd-council",
    amount="£1,250.00",
    kind="cashable",
    unit="",
    quantity="",
    year="2024-25",
    quarter="Q2",
    practice="CCC-2024-017",
):
    return [
        ref,
        practice,
        body,
        year,
        quarter,
        kind,
        unit,
        quantity,
        amount,
        "recurring",
        "realised",
        "Budget report.",
    ]


def test_adoptions_are_recorded_with_their_first_stage_change_and_peer_counts(menu, people):
    data = csv_bytes(
        [
            ADOPTION_HEADER,
            adoption("A-1"),
            adoption("A-2", body="W06000011", stage="declined", reason="No staff."),
            adoption("A-3", body="cardiff-council", adapted="yes", adaptations="In Welsh."),
        ]
    )
    report = run("adoptions", data)
    assert (report.created, report.invalid) == (3, 0) and report.written
    first = Adoption.objects.get(external_ref="A-1")
    assert (first.stage, first.stage_since) == ("exploring", datetime.date(2024, 4, 1))
    change = StageChange.objects.get(adoption=first)
    assert (change.from_stage, change.to_stage, change.changed_on) == (
        "",
        "exploring",
        datetime.date(2024, 4, 1),
    )
    assert Adoption.objects.get(external_ref="A-2").closed_reason == "No staff."
    # Declined adoptions are not counted among the peers adopting.
    assert PeerAdoptionCount.objects.get(body_kind="local_authority", practice=menu).adopters == 2
    assert first.history.get().history_change_reason == "import"


def test_a_stage_moved_by_import_gets_a_stage_change_and_the_counts_follow(menu):
    run("adoptions", csv_bytes([ADOPTION_HEADER, adoption("A-1")]))
    again = run("adoptions", csv_bytes([ADOPTION_HEADER, adoption("A-1")]))
    assert (again.unchanged, again.written) == (1, False)
    report = run(
        "adoptions",
        csv_bytes(
            [
                ADOPTION_HEADER,
                adoption("A-1", stage="stopped", since="01/06/2024", reason="Funding ended."),
            ]
        ),
    )
    assert report.updated == 1
    stored = Adoption.objects.get(external_ref="A-1")
    assert (stored.stage, stored.closed_reason, stored.version) == ("stopped", "Funding ended.", 2)
    assert list(stored.stage_changes.values_list("from_stage", "to_stage")) == [
        ("", "exploring"),
        ("exploring", "stopped"),
    ]
    assert PeerAdoptionCount.objects.get(practice=menu).adopters == 0
    # Reopening is a move back: it needs a reason, like change_stage.
    report = run(
        "adoptions",
        csv_bytes([ADOPTION_HEADER, adoption("A-1", stage="planning", since="01/07/2024")]),
    )
    assert problems(report) == [(2, "stage_reason", "Say why the adoption is moving back a stage.")]
    report = run(
        "adoptions",
        csv_bytes(
            [
                ADOPTION_HEADER,
                adoption("A-1", stage="planning", since="01/05/2024", stage_reason="Funded again."),
            ]
        ),
    )
    assert problems(report) == [
        (2, "stage_since", "The date of the change cannot be before the last change (2024-06-01).")
    ]


def test_adoption_rules_are_the_register_s(menu):
    data = csv_bytes(
        [
            ADOPTION_HEADER,
            adoption("A-1", body="carmarthenshire-county-council"),
            adoption("A-2", stage="declined"),
            adoption("A-3", practice="no-such-practice"),
            adoption("A-4", since="01/04/2099"),
            adoption("A-5", adapted="yes"),
            adoption("A-6"),
            adoption("A-7"),
        ]
    )
    report = run("adoptions", data)
    assert Adoption.objects.count() == 0
    assert problems(report) == [
        (2, "body", "A body cannot adopt its own practice."),
        (3, "closed_reason", "Say why the practice was declined or stopped."),
        (4, "practice", "No practice has the external reference or slug “no-such-practice”."),
        (5, "stage_since", "The date of the change cannot be in the future."),
        (6, "adaptations", "Say what was changed in adapting the practice."),
        (8, "body", "Row 7 already records this body's adoption of this practice."),
    ]


def test_an_editor_imports_for_their_own_body_only(menu, people):
    data = csv_bytes([ADOPTION_HEADER, adoption("A-1"), adoption("A-2", body="cardiff-council")])
    report = run("adoptions", data, actor=people["editor"])
    assert problems(report) == [(3, "body", "You cannot record adoptions for Cardiff Council.")]
    report = run("adoptions", data, actor=people["editor"], skip_invalid=True)
    assert report.created == 1
    assert Adoption.objects.get().history.get().history_user == people["editor"]
    assert StageChange.objects.get().actor == people["editor"]
    for role in ("viewer", "board"):
        assert run("adoptions", data, actor=people[role]).fatal == (
            "You are not an editor for any body."
        )


def test_savings_of_the_lead_body_and_of_an_adopter(menu, people):
    run("adoptions", csv_bytes([ADOPTION_HEADER, adoption("A-1")]))
    data = csv_bytes(
        [
            LEDGER_HEADER,
            saving("S-1"),
            saving(
                "S-2",
                body="carmarthenshire-county-council",
                kind="non_cashable",
                unit="bed_days",
                quantity="12.5",
                amount="4,800",
            ),
            saving("S-3", body="cardiff-council"),
        ]
    )
    report = run("ledger", data, skip_invalid=True)
    assert problems(report) == [
        (
            4,
            "body",
            "Cardiff Council has no adoption of this practice recorded; import the adoption first.",
        )
    ]
    assert report.created == 2
    own = LedgerEntry.objects.get(external_ref="S-2")
    assert own.adoption is None and own.quantity == 12.5 and own.amount_pence == 480_000
    entry = LedgerEntry.objects.get(external_ref="S-1")
    assert entry.adoption.external_ref == "A-1" and entry.financial_year == 2024
    assert entry.quarter == 2 and entry.amount_pence == 125_000


def test_a_changed_figure_undoes_a_verification(menu, people):
    run("adoptions", csv_bytes([ADOPTION_HEADER, adoption("A-1")]))
    run("ledger", csv_bytes([LEDGER_HEADER, saving("S-1")]))
    entry = LedgerEntry.objects.get()
    actions.verify_saving(entry, actor=people["moderator"], verification="verified")
    assert run("ledger", csv_bytes([LEDGER_HEADER, saving("S-1")])).unchanged == 1
    report = run("ledger", csv_bytes([LEDGER_HEADER, saving("S-1", amount="1,300")]))
    assert report.updated == 1
    entry.refresh_from_db()
    assert (entry.amount_pence, entry.verification, entry.verified_by) == (
        130_000,
        "unverified",
        None,
    )


def test_ledger_rules_are_the_ledger_s(menu):
    run("adoptions", csv_bytes([ADOPTION_HEADER, adoption("A-1")]))
    report = run(
        "ledger",
        csv_bytes(
            [
                LEDGER_HEADER,
                saving("S-1", amount="0"),
                saving("S-2", kind="non_cashable"),
                saving("S-3", year="2009-10"),
                saving("S-4", year="2025-27"),
                saving("S-5", quarter="5"),
                saving("S-6", amount="2,000,000,000"),
            ]
        ),
    )
    assert problems(report) == [
        (2, "amount_pounds", "Enter an amount greater than £0."),
        (3, "unit", "Choose the unit of the non-cashable saving."),
        (
            4,
            "financial_year",
            f"Choose a financial year from 2010-11 to {report.problems[2].message[-8:-1]}.",
        ),
        (5, "financial_year", "“2025-27” is not a financial year. Write it like 2025-26."),
        (6, "quarter", "“5” is not a quarter. Write 1, 2, 3 or 4 (or Q1 to Q4)."),
        (
            7,
            "amount_pounds",
            "“2,000,000,000” is more than £1,000,000,000, the most this column takes.",
        ),
    ]


def test_an_editor_cannot_record_savings_for_another_body(menu, people):
    gwynedd = Body.objects.get(slug="gwynedd-council")
    actions.record_adoption(menu, gwynedd, actor=SYSTEM, changed_on=datetime.date(2024, 4, 1))
    report = run(
        "ledger",
        csv_bytes(
            [LEDGER_HEADER, saving("S-1"), saving("S-2", body="carmarthenshire-county-council")]
        ),
        actor=people["editor"],
    )
    assert problems(report) == [
        (3, "body", "You cannot record savings for Carmarthenshire County Council.")
    ]


def test_a_row_with_an_unreadable_cell_is_still_checked_for_everything_else(menu, people):
    """One report lists all there is to fix in a row: the bad choice, and the unknown practice
    and body found by checking the rest of the row without it."""
    data = csv_bytes(
        [
            ADOPTION_HEADER,
            adoption("A-1", practice="no-such-practice", body="nowhere", stage="flying"),
        ]
    )
    report = run("adoptions", data)
    assert {column for _row, column, _message in problems(report)} == {"stage", "practice", "body"}
    assert report.invalid == 1 and not report.written
    assert not Adoption.objects.exists()
