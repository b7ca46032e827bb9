"""The tests' quick load of the reference directory (tests/reference_rows.py) writes what the
actions write."""

from django.db import connection, transaction

from tests import reference_rows
from tests.conftest import load_directory_through_actions

# When rows were written, and the menu's version token (random at every change): the rest must
# be the same.
TIME_COLUMNS = {"history_date", "created_at", "updated_at", "token"}


def _state() -> dict[str, list]:
    """Every table's rows, without the times of writing; on PostgreSQL, whose sequences do
    not roll back, only how many rows each table has."""
    state = {}
    for table in sorted(connection.introspection.table_names()):
        if not reference_rows._recordable(table):
            continue
        columns, rows = reference_rows._rows(table)
        if connection.vendor != "sqlite":
            state[table] = len(rows)
            continue
        kept = [position for position, name in enumerate(columns) if name not in TIME_COLUMNS]
        state[table] = sorted(repr(tuple(row[p] for p in kept)) for row in rows)
    return state


def _in_a_savepoint(load) -> dict[str, list]:
    savepoint = transaction.savepoint()
    load()
    state = _state()
    transaction.savepoint_rollback(savepoint)
    return state


def test_rows_written_back_are_the_rows_the_actions_write(db):
    _in_a_savepoint(lambda: reference_rows.load(load_directory_through_actions))
    assert reference_rows._recorded, "the first load recorded nothing to write back"
    assert "directory_body" in reference_rows._recorded
    through_actions = _in_a_savepoint(load_directory_through_actions)
    written_back = _in_a_savepoint(
        lambda: reference_rows.load(lambda: (_ for _ in ()).throw(AssertionError("loaded")))
    )
    assert written_back == through_actions
