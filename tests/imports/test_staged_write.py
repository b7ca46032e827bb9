"""An import's writing transaction is short: its rows are staged before it (core/staging.py),
and the transaction only copies them in, with the same statements whatever the file's size."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.core.staging import StagedWrite, reserve_ids
from arfer.menu.models import Practice

from .conftest import practices_file, run


@pytest.fixture
def statements_inside(monkeypatch):
    """The statements each StagedWrite.write ran (inside the writing transaction)."""
    runs: list[list[str]] = []
    write = StagedWrite.write

    def recorded(self):
        with CaptureQueriesContext(connection) as captured:
            write(self)
        runs.append([query["sql"] for query in captured.captured_queries])

    monkeypatch.setattr(StagedWrite, "write", recorded)
    return runs


def _shape(statements: list[str]) -> list[str]:
    return [sql.split(" VALUES ")[0].split(" WHERE ")[0][:80] for sql in statements]


def test_the_writing_transaction_is_the_same_for_ten_rows_and_six_hundred(
    directory, statements_inside
):
    small = run("practices", practices_file(10))
    large = run("practices", practices_file(600, start=11))
    assert small.created == 10 and large.created == 600
    assert Practice.objects.count() == 610
    ten, six_hundred = statements_inside
    assert _shape(ten) == _shape(six_hundred)
    if connection.vendor == "sqlite":
        # No row values go in inside the transaction (an executemany shows as "N times:"),
        # only copies of what was staged.
        assert not [sql for sql in six_hundred if " times: " in sql]
        assert all(
            sql.startswith(("INSERT INTO main.", "UPDATE ", "DELETE ", "SELECT "))
            for sql in six_hundred
        ), six_hundred


def test_changed_rows_are_written_with_one_statement_and_their_history(
    directory, statements_inside
):
    run("practices", practices_file(5))
    report = run("practices", practices_file(5, summary_en="Shorter."))
    assert report.updated == 5
    assert set(Practice.objects.values_list("summary_en", flat=True)) == {"Shorter."}
    assert Practice.history.filter(history_type="~").count() == 5
    if connection.vendor == "sqlite":
        updates = [sql for sql in statements_inside[-1] if sql.startswith("UPDATE")]
        assert len(updates) == 1 and " FROM temp." in updates[0]


def test_reserved_ids_are_never_given_to_anyone_else(directory):
    from tests.conftest import make_practice

    reserved = list(reserve_ids(Practice, 3))
    made = make_practice("made-meanwhile")
    assert made.pk > max(reserved)
    if connection.vendor == "sqlite":
        assert reserved == list(range(reserved[0], reserved[0] + 3))


def test_nothing_staged_is_left_behind(directory):
    run("practices", practices_file(3))
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_temp_master WHERE type = 'table'")
            assert cursor.fetchall() == []
