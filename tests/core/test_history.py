"""The audit trail as people read it (core/history.py), on small hand-made records: money in
pounds, choices by their labels, dates in the page's language, foreign keys by name, and no
row for a record that changed only what nobody sees."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import translation

from arfer.core.history import Trail, entry_cells, history_entries, shown_value
from arfer.directory.models import Body
from arfer.rollout.forms import EditSavingForm, VerificationForm
from arfer.rollout.models import LedgerEntry

SAVING = Trail(
    LedgerEntry,
    forms=[EditSavingForm, VerificationForm],
    model_named=frozenset({"certainty"}),
    internal=frozenset({"attachment"}),
    formats={"financial_year": lambda year: f"{year}-{(year + 1) % 100:02d}"},
)
WHEN = datetime.datetime(2025, 4, 1, 8, 30, tzinfo=datetime.UTC)


def field(name):
    return LedgerEntry._meta.get_field(name)


def record(history_type="~", reason="", user=None, **values):
    """A history record as django-simple-history keeps one: the row's values and who, when,
    what and why."""
    stored = {
        "amount_pence": 1_250_000,
        "kind": "cashable",
        "financial_year": 2024,
        "quarter": 2,
        "certainty": "realised",
        "evidence": "Budget report.",
        "body_id": None,
        "version": 1,
        "updated_at": WHEN,
    } | values
    return SimpleNamespace(
        history_type=history_type,
        history_date=WHEN,
        history_user=user,
        history_change_reason=reason,
        **stored,
    )


def shown(name, value, names=None):
    return shown_value(SAVING, field(name), value, names or {})


def test_money_is_in_pounds_with_pence_only_where_there_are_some():
    assert shown("amount_pence", 1_250_000) == "£12,500"
    assert shown("amount_pence", 300_050) == "£3,000.50"


def test_a_choice_reads_by_its_label_in_the_page_language():
    assert shown("kind", "non_cashable") == "Non-cashable"
    # A quarter is a number in the model and a choice in the form.
    assert shown("quarter", 2) == "Q2 (July to September)"
    with translation.override("cy"):
        assert shown("kind", "non_cashable") == str(LedgerEntry.Kind.NON_CASHABLE.label)


def test_dates_are_written_in_the_page_language():
    day = datetime.date(2025, 4, 1)
    assert shown("verified_at", WHEN) == "1 April 2025 09:30"  # British Summer Time
    with translation.override("cy"):
        assert shown_value(SAVING, Body._meta.get_field("active_from"), day, {}) == "1 Ebrill 2025"


def test_yes_no_formats_and_nothing():
    adapted = Trail(LedgerEntry)
    assert shown_value(adapted, field("is_illustrative"), True, {}) == "Yes"
    with translation.override("cy"):
        assert shown_value(adapted, field("is_illustrative"), False, {}) == "Na"
    assert shown("financial_year", 2024) == "2024-25"
    assert shown("evidence", "") == ""


def test_a_foreign_key_reads_as_the_name_of_what_it_points_to():
    assert shown("body", 7, {(Body, 7): "Gwynedd Council"}) == "Gwynedd Council"
    assert "7" in shown("body", 7)  # a record since deleted still says which it was


def test_fields_are_named_as_the_forms_name_them():
    assert SAVING.label(field("amount_pence")) == "Amount in pounds"
    assert SAVING.label(field("kind")) == "Kind of saving"
    # The form asks a question: the model's name reads better in a list of changes.
    assert SAVING.label(field("certainty")) == "Forecast or realised"


def test_a_change_lists_what_a_person_sees_and_hides_records_of_internal_changes_only():
    revised = {"amount_pence": 1_500_000, "evidence": "Budget report, revised."}
    later = WHEN + datetime.timedelta(days=1)
    records = [
        record(version=3, updated_at=later, **revised),  # only what the system keeps
        record(version=2, **revised),
        record(history_type="+"),
    ]
    entries = history_entries(SAVING, records)
    assert [entry.event for entry in entries] == ["Changed", "Created"]
    changes = {change.label: (change.old, change.new) for change in entries[0].changes}
    assert changes == {
        "Amount in pounds": ("£12,500", "£15,000"),
        "Evidence": ("Budget report.", "Budget report, revised."),
    }
    assert entries[0].changes[1].language == "en"  # what a person wrote, in English
    assert entries[0].who == "The system"


def test_a_record_with_a_reason_is_kept_though_nothing_shown_changed():
    entries = history_entries(SAVING, [record(reason="closed"), record(history_type="+")])
    assert entries[0].reason == "Action closed"
    with translation.override("cy"):
        assert entries[0].reason != "Action closed"
    assert entries[0].reason_stored == "closed"


def test_the_oldest_of_a_long_history_still_says_what_it_changed(monkeypatch):
    monkeypatch.setattr("arfer.core.history.MOST_RECORDS", 2)
    records = [record(quarter=4), record(quarter=3), record(quarter=2), record(history_type="+")]
    entries = history_entries(SAVING, records)
    assert len(entries) == 2
    assert [(c.old, c.new) for c in entries[1].changes] == [
        ("Q2 (July to September)", "Q3 (October to December)")
    ]


def test_an_entry_as_cells_of_the_download():
    entry = history_entries(SAVING, [record(amount_pence=1), record(history_type="+")])[0]
    when, who, what = entry_cells(entry)
    assert when == "1 April 2025 09:30"
    assert who == "The system"
    assert what == "Changed\nAmount in pounds: £12,500 → £0.01"


@pytest.mark.django_db
def test_names_of_related_records_are_read_in_one_query(django_assert_num_queries, directory):
    gwynedd, powys = Body.objects.filter(slug__in=["gwynedd-council", "powys-county-council"])
    records = [
        record(body_id=powys.pk),
        record(body_id=gwynedd.pk),
        record(body_id=None),
        record(history_type="+"),
    ]
    with django_assert_num_queries(1):
        entries = history_entries(SAVING, records)
    assert [(c.old, c.new) for c in entries[1].changes] == [("", gwynedd.name)]
    assert [(c.old, c.new) for c in entries[0].changes] == [(gwynedd.name, powys.name)]


def test_a_creation_lists_the_values_it_began_with():
    created = history_entries(SAVING, [record(history_type="+", evidence="")])[0]
    assert created.is_creation
    values = {change.label: change.new for change in created.changes}
    assert values["Amount in pounds"] == "£12,500"
    assert "Evidence" not in values  # nothing was given
    assert entry_cells(created)[2].splitlines()[:2] == ["Created", "Financial year: 2024-25"]
