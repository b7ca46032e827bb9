"""The reference directory for tests, loaded through its actions once per test process and put
back from the rows they wrote in every later test.

Most tests start from the real directory of Welsh bodies and the service-area taxonomy; loading
them through `load_reference_directory` takes about 1,300 queries (0.4 s on SQLite, 0.7 s on
PostgreSQL), and thousands of tests do it. The first load in a process records every row it
added; later loads into a database in the same state write those rows back with a few
statements, ids included, so every test sees exactly what the actions would have written.
tests/directory/test_reference_rows.py checks that the two agree.
"""

from django.core.management.color import no_style
from django.db import connection, transaction

# {table: (columns, rows before, rows after)}; "before" is empty for the tables it filled.
_recorded: dict[str, tuple[list[str], set[tuple], list[tuple]]] | None = None


def _tables() -> list[str]:
    return sorted(connection.introspection.table_names(include_views=False))


def _rows(table: str) -> tuple[list[str], set[tuple]]:
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT * FROM {quote(table)}")
        columns = [column[0] for column in cursor.description]
        return columns, set(cursor.fetchall())


def _recordable(table: str) -> bool:
    # FTS5's own tables and SQLite's bookkeeping are written by triggers and SQLite itself.
    return not table.startswith(("sqlite_", "menu_practice_fts"))


def load(load_through_actions) -> None:
    """Load the reference data: through the actions the first time (recording what they
    change), and from the record whenever the database is as it was then."""
    global _recorded
    if _recorded is not None and _as_before(_recorded):
        _write_back(_recorded)
        return
    tables = [table for table in _tables() if _recordable(table)]
    before = {table: _rows(table)[1] for table in tables} if _recorded is None else None
    load_through_actions()
    if before is None:
        return
    changed = {}
    for table in tables:
        columns, rows = _rows(table)
        if rows != before[table]:
            changed[table] = (columns, before[table], list(rows))
    _recorded = changed


def _as_before(recorded) -> bool:
    return all(_rows(table)[1] == before for table, (_c, before, _a) in recorded.items())


def _write_back(recorded) -> None:
    from django.apps import apps

    quote = connection.ops.quote_name
    # Foreign keys are checked at commit on both engines (Django makes them deferred), so
    # inside one transaction the tables can go back in any order.
    with transaction.atomic(), connection.cursor() as cursor:
        for table, (columns, before, after) in recorded.items():
            if before:  # rows it changed in place (the menu's version): put back all of them
                cursor.execute(f"DELETE FROM {quote(table)}")
            cursor.executemany(
                f"INSERT INTO {quote(table)} ({', '.join(quote(c) for c in columns)}) "
                f"VALUES ({', '.join(['%s'] * len(columns))})",
                after,
            )
    if connection.vendor == "postgresql":
        # Rows written with their ids leave the tables' sequences behind them.
        models = [
            model
            for model in apps.get_models(include_auto_created=True)
            if model._meta.db_table in recorded
        ]
        with connection.cursor() as cursor:
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
