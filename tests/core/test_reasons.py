"""Reasons the system keeps in the audit trail are codes, shown in the reader's language; a
data migration turned the English sentences stored before into those codes."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import translation

from arfer.accounts.actions import create_account
from arfer.core import reasons
from arfer.core.actors import SYSTEM
from arfer.menu.workflow import archive_practice
from tests.accounts.helpers import sign_in_with_two_factor


@pytest.mark.parametrize(
    ("code", "english", "welsh"),
    [
        ("published", "Published by the programme team", "Cyhoeddwyd gan dîm y rhaglen"),
        ("submitted", "Submitted for review", "Wedi'i gyflwyno i'w adolygu"),
        ("import", "Imported from a file", "Wedi'i fewnforio o ffeil"),
        ("review:changes", "Review decision: Request changes", "Penderfyniad adolygu: Gofyn"),
        ("stage:exploring", "Stage changed to Exploring", "Newid cam: Archwilio"),
        ("areas:+torfaen -newport", "Areas changed: +torfaen -newport", "Newid ardaloedd: +torf"),
    ],
)
def test_a_code_reads_in_the_active_language(code, english, welsh):
    assert reasons.is_code(code)
    with translation.override("en"):
        assert reasons.label(code) == english
    with translation.override("cy"):
        assert reasons.label(code).startswith(welsh)


def test_what_a_person_typed_is_shown_as_it_is():
    assert not reasons.is_code("Moved back: the pilot lost its funding.")
    with translation.override("cy"):
        assert reasons.label("Moved back: the pilot lost its funding.") == (
            "Moved back: the pilot lost its funding."
        )
    assert reasons.label(None) == reasons.label("") == ""


def test_a_code_for_a_value_must_be_one_the_module_knows():
    with pytest.raises(ValueError, match="not a code with a value"):
        reasons.with_value("colour", "blue")


def test_every_stage_and_decision_has_its_label():
    from arfer.menu.models import Review
    from arfer.rollout.models import LedgerEntry, Stage

    for prefix, choices in [
        (reasons.STAGE, Stage),
        (reasons.VERIFICATION, LedgerEntry.Verification),
        (reasons.REVIEW, Review.Decision),
    ]:
        for value, name in choices.choices:
            assert str(name) in reasons.label(reasons.with_value(prefix, value))


def test_a_change_made_in_english_reads_in_welsh_on_the_welsh_page(client, practice_factory):
    practice = practice_factory("falls")
    archive_practice(practice, actor=SYSTEM)
    moderator = create_account(
        "moderator@example.org",
        role="moderator",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]
    sign_in_with_two_factor(client, moderator)
    stored = set(practice.history.values_list("history_change_reason", flat=True))
    assert stored == {None, "published", "archived"}
    english = client.get("/practices/falls/history/").content.decode()
    assert "(Published by the programme team)" in english
    welsh = client.get("/cy/practices/falls/history/").content.decode()
    assert "(Cyhoeddwyd gan dîm y rhaglen)" in welsh
    assert "(Wedi&#x27;i archifo)" in welsh
    assert "programme team" not in welsh


BEFORE = [
    ("menu", "0011_search_index_stale_queue"),
    ("board", "0002_version_help_text"),
    ("rollout", "0007_indexes_cover_rollout_page"),
    ("directory", "0003_body_external_ref"),
]
SENTENCES = [
    ("menu", "HistoricalPractice", "published by the programme team", "published"),
    ("menu", "HistoricalPractice", "submitted for review", "submitted"),
    ("menu", "HistoricalPractice", "review: changes", "review:changes"),
    ("menu", "HistoricalPractice", "revision approved", "revision_approved"),
    ("menu", "HistoricalPractice", "archived", "archived"),
    ("menu", "HistoricalPractice", "import", "import"),
    ("menu", "HistoricalPractice", None, None),
    ("board", "HistoricalAction", "closed", "closed"),
    ("rollout", "HistoricalAdoption", "stage: piloting", "stage:piloting"),
    ("rollout", "HistoricalLedgerEntry", "verification: queried", "verification:queried"),
    ("directory", "HistoricalBody", "areas: +torfaen -newport", "areas:+torfaen -newport"),
    ("directory", "HistoricalBody", "A reason typed by hand", "A reason typed by hand"),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _history_rows(apps, app_label, model_name):
    # Only the reason matters here: history rows need no record behind them.
    return apps.get_model(app_label, model_name).objects


# Schema changes: SQLite alters tables only outside a transaction.
@pytest.mark.django_db(transaction=True)
def test_the_migration_turns_stored_sentences_into_codes_and_back():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old = _migrate(BEFORE)
        for app_label, model_name, sentence, _code in SENTENCES:
            _insert_history_row(old, app_label, model_name, sentence)
        new = _migrate(latest)
        by_model = _reasons_by_model(new)
        for app_label, model_name, _sentence, code in SENTENCES:
            assert code in by_model[(app_label, model_name)]
        for app_label, model_name, sentence, _code in SENTENCES:
            if sentence not in (None, "archived", "import", "closed", "A reason typed by hand"):
                assert sentence not in by_model[(app_label, model_name)]
        back = _migrate(BEFORE)
        by_model = _reasons_by_model(back)
        for app_label, model_name, sentence, _code in SENTENCES:
            assert sentence in by_model[(app_label, model_name)]
    finally:
        _migrate(latest)


def _reasons_by_model(apps) -> dict:
    return {
        (app_label, model_name): set(
            _history_rows(apps, app_label, model_name).values_list(
                "history_change_reason", flat=True
            )
        )
        for app_label, model_name, _old, _new in SENTENCES
    }


def _insert_history_row(apps, app_label, model_name, reason) -> None:
    """A bare history row with this reason: raw, because the historical models' tracked fields
    need values that only matter to their own tables."""
    model = apps.get_model(app_label, model_name)
    table = connection.ops.quote_name(model._meta.db_table)
    values = {}
    for field in model._meta.concrete_fields:
        if field.name == "history_id":
            continue
        values[field.column] = _any_value(field, reason)
    columns = ", ".join(connection.ops.quote_name(column) for column in values)
    marks = ", ".join(["%s"] * len(values))
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))


def _any_value(field, reason):
    import datetime

    if field.name == "history_change_reason":
        return reason
    if field.name == "history_type":
        return "~"
    if field.null:
        return None
    if field.get_internal_type() in ("DateTimeField",):
        return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC).isoformat()
    if field.get_internal_type() == "DateField":
        return "2026-01-01"
    if field.get_internal_type() in ("BooleanField",):
        return False
    if field.get_internal_type() in ("JSONField",):
        return "[]"
    if field.get_internal_type() in (
        "IntegerField",
        "BigIntegerField",
        "PositiveSmallIntegerField",
        "PositiveIntegerField",
        "SmallIntegerField",
        "ForeignKey",
        "AutoField",
        "BigAutoField",
    ):
        return 1
    return ""
