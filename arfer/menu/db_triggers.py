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
SEARCHED_COLUMNS = ("title_en, title_cy, summary_en, summary_cy, problem_en, problem_cy, "
                    "approach_en, approach_cy, outcomes_en, outcomes_cy, adoption_needs_en, "
                    "adoption_needs_cy")


def indexed_values(row: str) -> str:
    """The title, summary and body text of a `menu_practice` row, as the index's columns."""
    return ", ".join(part.format(row=row) for part in (TITLE, SUMMARY, BODY))


# The one status the index holds (Practice.Status.PUBLISHED), as an SQL literal.
INDEXED_STATUS = "'published'"

_BUMP = "UPDATE menu_menuversion SET token = random() WHERE id = 1;"

PRACTICE_TRIGGERS = {
    "menu_practice_fts_after_insert": f"""AFTER INSERT ON menu_practice
    WHEN new.status = {INDEXED_STATUS} BEGIN
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        VALUES (new.id, {indexed_values("new")});
    END""",
    "menu_practice_fts_after_delete": f"""AFTER DELETE ON menu_practice
    WHEN old.status = {INDEXED_STATUS} BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        VALUES ('delete', old.id, {indexed_values("old")});
    END""",
    # Publishing, withdrawing and editing a published practice all pass here. A contentless
    # FTS5 table forgets a row only when told the very text it was given, so a row leaves the
    # index only if it is there (it was published), with its old text.
    "menu_practice_fts_after_update": f"""AFTER UPDATE OF {SEARCHED_COLUMNS}, status
    ON menu_practice
    WHEN old.status = {INDEXED_STATUS} OR new.status = {INDEXED_STATUS} BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', old.id, {indexed_values("old")} WHERE old.status = {INDEXED_STATUS};
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        SELECT new.id, {indexed_values("new")} WHERE new.status = {INDEXED_STATUS};
    END""",
    "menu_version_after_insert_menu_practice": f"AFTER INSERT ON menu_practice BEGIN {_BUMP} END",
    "menu_version_after_update_menu_practice": f"AFTER UPDATE ON menu_practice BEGIN {_BUMP} END",
    "menu_version_after_delete_menu_practice": f"AFTER DELETE ON menu_practice BEGIN {_BUMP} END",
}


# A body's sector is in the menu's index, so `directory_body` carries one trigger of the menu's.
BODY_TRIGGERS = {
    "menu_version_after_update_directory_body":
        f"AFTER UPDATE ON directory_body BEGIN {_BUMP} END",
}


def _reinstall(schema_editor, triggers: dict[str, str]) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return  # PostgreSQL keeps triggers when a table is altered
    for name, definition in triggers.items():
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} {definition}")


def reinstall_practice_triggers(apps, schema_editor) -> None:
    _reinstall(schema_editor, PRACTICE_TRIGGERS)


def reinstall_body_triggers(apps, schema_editor) -> None:
    """For every migration that rebuilds `directory_body`."""
    _reinstall(schema_editor, BODY_TRIGGERS)


@contextmanager
def indexed_once_at_the_end(connection):
    """Many practices inserted at once (a bulk import) are added to the search index (those
    published) by one
    statement at the end rather than by the insert trigger row by row: FTS5 writes its index
    once per statement, so row by row it cost three times as much (100,000 practices: about
    25 s of 35). Must run inside the transaction that inserts them: dropping the trigger, the
    inserts and putting it back commit (or roll back) together, so no other connection ever
    sees the table without it. Practices inserted meanwhile must get ids above the highest
    stored (as `core.bulk.insert_records` gives them)."""
    if connection.vendor != "sqlite":
        yield  # PostgreSQL's index is a generated column: nothing to defer
        return
    if not connection.in_atomic_block:
        raise RuntimeError("indexed_once_at_the_end must run inside a transaction")
    name = "menu_practice_fts_after_insert"
    with connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM menu_practice")
        highest_before = cursor.fetchone()[0]
        cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO menu_practice_fts(rowid, title, summary, body) "
                f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice "
                f"WHERE id > %s AND status = {INDEXED_STATUS}",
                [highest_before])
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {PRACTICE_TRIGGERS[name]}")
