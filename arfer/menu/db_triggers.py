"""The SQLite triggers on `menu_practice`, as they stand today, for migrations to reinstall.

SQLite drops a table's triggers when Django rebuilds the table (as it does to add a column with a
default, or to alter one). Every migration that rebuilds `menu_practice` must end with
`RunPython(reinstall_practice_triggers, ...)`, and one that rebuilds `directory_body` with
`RunPython(reinstall_body_triggers, ...)`; tests/menu/test_search.py checks they exist.

The search index holds published practices only: the public searches nothing else, and drafts
that shared a word with the menu made that word's search read (and rank) every one of them. A
practice enters the index when it is published and leaves it when it stops being published.
"""

from contextlib import contextmanager

TITLE = "{row}.title_en || ' ' || {row}.title_cy"
SUMMARY = "{row}.summary_en || ' ' || {row}.summary_cy"
BODY = " || ' ' || ".join(
    f"{{row}}.{field}_{lang}"
    for field in ("problem", "approach", "outcomes", "adoption_needs")
    for lang in ("en", "cy")
)
SEARCHED_COLUMNS = (
    "title_en, title_cy, summary_en, summary_cy, problem_en, problem_cy, "
    "approach_en, approach_cy, outcomes_en, outcomes_cy, adoption_needs_en, "
    "adoption_needs_cy"
)


def indexed_values(row: str) -> str:
    """The title, summary and body text of a `menu_practice` row, as the index's columns."""
    return ", ".join(part.format(row=row) for part in (TITLE, SUMMARY, BODY))


# The one status the index holds (Practice.Status.PUBLISHED), as an SQL literal.
INDEXED_STATUS = "'published'"

_BUMP = "UPDATE menu_menuversion SET token = random() WHERE id = 1;"

# Practices published but not yet in the index: a bulk import queues its new ones here inside
# its transaction, and `index_the_backlog` adds them in short transactions of their own after it
# (see `indexed_after_the_write`). The triggers never take out of the index a practice that is
# still queued (a contentless index must never be told to forget text it was not given).
BACKLOG = "menu_practice_unindexed"
CREATE_BACKLOG = f"CREATE TABLE IF NOT EXISTS {BACKLOG} (practice_id integer PRIMARY KEY)"
_NOT_QUEUED = f"NOT EXISTS (SELECT 1 FROM {BACKLOG} WHERE practice_id = old.id)"

PRACTICE_TRIGGERS = {
    "menu_practice_fts_after_insert": f"""AFTER INSERT ON menu_practice
    WHEN new.status = {INDEXED_STATUS} BEGIN
        DELETE FROM {BACKLOG} WHERE practice_id = new.id;
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        VALUES (new.id, {indexed_values("new")});
    END""",
    "menu_practice_fts_after_delete": f"""AFTER DELETE ON menu_practice
    WHEN old.status = {INDEXED_STATUS} BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', old.id, {indexed_values("old")} WHERE {_NOT_QUEUED};
        DELETE FROM {BACKLOG} WHERE practice_id = old.id;
    END""",
    # Publishing, withdrawing and editing a published practice all pass here. A contentless
    # FTS5 table forgets a row only when told the very text it was given, so a row leaves the
    # index only if it is there (it was published, and not still queued), with its old text.
    # A queued practice edited meanwhile is indexed here, with its new text, and leaves the
    # queue.
    "menu_practice_fts_after_update": f"""AFTER UPDATE OF {SEARCHED_COLUMNS}, status
    ON menu_practice
    WHEN old.status = {INDEXED_STATUS} OR new.status = {INDEXED_STATUS} BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', old.id, {indexed_values("old")}
        WHERE old.status = {INDEXED_STATUS} AND {_NOT_QUEUED};
        DELETE FROM {BACKLOG} WHERE practice_id = old.id;
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        SELECT new.id, {indexed_values("new")} WHERE new.status = {INDEXED_STATUS};
    END""",
    "menu_version_after_insert_menu_practice": f"AFTER INSERT ON menu_practice BEGIN {_BUMP} END",
    "menu_version_after_update_menu_practice": f"AFTER UPDATE ON menu_practice BEGIN {_BUMP} END",
    "menu_version_after_delete_menu_practice": f"AFTER DELETE ON menu_practice BEGIN {_BUMP} END",
}


# A body's sector is in the menu's index, so `directory_body` carries one trigger of the menu's.
BODY_TRIGGERS = {
    "menu_version_after_update_directory_body": f"AFTER UPDATE ON directory_body BEGIN {_BUMP} END",
}


def _reinstall(schema_editor, triggers: dict[str, str]) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return  # PostgreSQL keeps triggers when a table is altered
    for name, definition in triggers.items():
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} {definition}")


def reinstall_practice_triggers(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(CREATE_BACKLOG)  # the triggers name it
    _reinstall(schema_editor, PRACTICE_TRIGGERS)


def reinstall_body_triggers(apps, schema_editor) -> None:
    """For every migration that rebuilds `directory_body`."""
    _reinstall(schema_editor, BODY_TRIGGERS)


@contextmanager
def indexed_after_the_write(connection, first_id: int, last_id: int):
    """Practices inserted at once by a bulk import (ids from first_id to last_id, reserved
    beforehand by `core.staging.reserve_ids`) are queued for the search index rather than
    indexed by the insert trigger: FTS5's work is most of the cost of writing a practice, and
    inside the import's transaction it would hold SQLite's write lock for all of it. The
    published ones are queued in one statement; call `index_the_backlog` once the transaction
    has committed. Must run inside that transaction: dropping the trigger, the inserts,
    queueing and putting the trigger back commit (or roll back) together, so no other
    connection ever sees the table without its trigger."""
    if connection.vendor != "sqlite":
        yield  # PostgreSQL's index is a generated column: nothing to defer
        return
    if not connection.in_atomic_block:
        raise RuntimeError("indexed_after_the_write must run inside a transaction")
    name = "menu_practice_fts_after_insert"
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
        with connection.cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {BACKLOG} (practice_id) SELECT id FROM menu_practice "
                f"WHERE id BETWEEN %s AND %s AND status = {INDEXED_STATUS}",
                [first_id, last_id],
            )
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {PRACTICE_TRIGGERS[name]}")


# Practices indexed per transaction when the backlog is worked through: under two seconds of
# SQLite's write lock each on a two-core machine (a smaller batch makes more, smaller index
# segments for FTS5 to merge, and the whole takes longer).
BACKLOG_BATCH = 5_000


def index_the_backlog(connection, batch: int = BACKLOG_BATCH) -> int:
    """Add the queued practices to the search index, `batch` at a time, each batch in a short
    transaction of its own so that other writers get in between; returns how many it took
    from the queue. Until then they are on the menu but not found by search. Safe to run at
    any time, by several processes at once."""
    from django.db import transaction

    if connection.vendor != "sqlite":
        return 0
    done = 0
    while True:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(
                f"SELECT practice_id FROM {BACKLOG} ORDER BY practice_id LIMIT %s", [batch]
            )
            ids = [row[0] for row in cursor.fetchall()]
            if not ids:
                return done
            queued = f"SELECT practice_id FROM {BACKLOG} WHERE practice_id BETWEEN %s AND %s"
            cursor.execute(
                "INSERT INTO menu_practice_fts(rowid, title, summary, body) "
                f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice "
                f"WHERE id IN ({queued}) AND status = {INDEXED_STATUS}",
                [ids[0], ids[-1]],
            )
            cursor.execute(
                f"DELETE FROM {BACKLOG} WHERE practice_id BETWEEN %s AND %s", [ids[0], ids[-1]]
            )
        done += len(ids)
