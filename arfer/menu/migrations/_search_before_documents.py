"""The search index's definitions as they stood before the search documents (migration 0017),
kept here for the migrations that made and changed that index, so that they do what they did
then. Django loads no migration from a module whose name starts with an underscore."""

TITLE = "{row}.title_en || ' ' || {row}.title_cy"
SUMMARY = "{row}.summary_en || ' ' || {row}.summary_cy"
BODY = " || ' ' || ".join(
    f"{{row}}.{field}_{lang}"
    for field in ("problem", "approach", "outcomes", "adoption_needs")
    for lang in ("en", "cy")
)
SEARCHED_FIELDS = tuple(
    f"{field}_{lang}"
    for field in ("title", "summary", "problem", "approach", "outcomes", "adoption_needs")
    for lang in ("en", "cy")
)
SEARCHED_COLUMNS = ", ".join(SEARCHED_FIELDS)
INDEXED_STATUS = "'published'"
BACKLOG = "menu_practice_unindexed"
STALE = "menu_practice_index_stale"


def indexed_values(row: str) -> str:
    return ", ".join(part.format(row=row) for part in (TITLE, SUMMARY, BODY))


_BUMP = "UPDATE menu_menuversion SET token = random() WHERE id = 1;"

# Two queues let a bulk import leave the search index's work until after its transaction (see
# `indexed_after_the_write`); `index_the_backlog` empties both in short transactions of their own.
# Practices published but not yet in the index: an import's new ones, and those it published.
# Published practices an import changed, with the text the index still holds for them (their text
# before the import): a contentless FTS5 index forgets a row only when told the very text it was
# given, and by then the row holds its new text.
CREATE_QUEUES = (
    f"CREATE TABLE IF NOT EXISTS {BACKLOG} (practice_id integer PRIMARY KEY)",
    f"CREATE TABLE IF NOT EXISTS {STALE} (practice_id integer PRIMARY KEY, "
    "title text NOT NULL, summary text NOT NULL, body text NOT NULL)",
)
# The triggers never tell the index to forget a practice still in the backlog (it was never
# given its text), and tell it to forget a stale one with the text it was given.
_NOT_QUEUED = (
    f"NOT EXISTS (SELECT 1 FROM {BACKLOG} WHERE practice_id = old.id) "
    f"AND NOT EXISTS (SELECT 1 FROM {STALE} WHERE practice_id = old.id)"
)
_FORGET_OLD = f"""INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', practice_id, title, summary, body FROM {STALE}
        WHERE practice_id = old.id;
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', old.id, {indexed_values("old")}
        WHERE old.status = {INDEXED_STATUS} AND {_NOT_QUEUED};
        DELETE FROM {BACKLOG} WHERE practice_id = old.id;
        DELETE FROM {STALE} WHERE practice_id = old.id;"""

PRACTICE_TRIGGERS = {
    "menu_practice_fts_after_insert": f"""AFTER INSERT ON menu_practice
    WHEN new.status = {INDEXED_STATUS} BEGIN
        DELETE FROM {BACKLOG} WHERE practice_id = new.id;
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        VALUES (new.id, {indexed_values("new")});
    END""",
    "menu_practice_fts_after_delete": f"""AFTER DELETE ON menu_practice
    WHEN old.status = {INDEXED_STATUS} BEGIN
        {_FORGET_OLD}
    END""",
    # Publishing, withdrawing and editing a published practice all pass here. A row leaves the
    # index only if it is there (it was published, and not still in the backlog), with the
    # text the index was given: its old text, or the one kept for it in the stale queue. A
    # queued practice edited meanwhile is indexed here, with its new text, and leaves its queue.
    "menu_practice_fts_after_update": f"""AFTER UPDATE OF {SEARCHED_COLUMNS}, status
    ON menu_practice
    WHEN old.status = {INDEXED_STATUS} OR new.status = {INDEXED_STATUS} BEGIN
        {_FORGET_OLD}
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
        for statement in CREATE_QUEUES:  # the triggers name them
            schema_editor.execute(statement)
    _reinstall(schema_editor, PRACTICE_TRIGGERS)


def reinstall_body_triggers(apps, schema_editor) -> None:
    """For every migration that rebuilds `directory_body`."""
    _reinstall(schema_editor, BODY_TRIGGERS)
