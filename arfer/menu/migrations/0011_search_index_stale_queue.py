"""Practices an import changes keep their place in the search index, with their old text, until
after its transaction, when they are indexed again in short ones (see
arfer/menu/db_triggers.py: `STALE`, `indexed_after_the_write`, `index_the_backlog`). SQLite
only: PostgreSQL's index is a generated column."""

from django.db import migrations

from arfer.menu.migrations._search_before_documents import (
    BACKLOG,
    INDEXED_STATUS,
    SEARCHED_COLUMNS,
    STALE,
    indexed_values,
    reinstall_practice_triggers,
)

_NOT_QUEUED = f"NOT EXISTS (SELECT 1 FROM {BACKLOG} WHERE practice_id = old.id)"

# The triggers as they were before: a backlog to mind, no stale queue.
TRIGGERS_WITHOUT_STALE = {
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
}


def with_stale_queue(apps, schema_editor):
    reinstall_practice_triggers(apps, schema_editor)  # creates the queue first


def without_stale_queue(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    # What is still queued is indexed again before the queue goes.
    schema_editor.execute(
        "INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body) "
        f"SELECT 'delete', practice_id, title, summary, body FROM {STALE}")
    schema_editor.execute(
        "INSERT INTO menu_practice_fts(rowid, title, summary, body) "
        f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice "
        f"WHERE id IN (SELECT practice_id FROM {STALE}) AND status = {INDEXED_STATUS}")
    for name, definition in TRIGGERS_WITHOUT_STALE.items():
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} {definition}")
    schema_editor.execute(f"DROP TABLE IF EXISTS {STALE}")


class Migration(migrations.Migration):
    dependencies = [("menu", "0010_search_index_backlog")]
    operations = [migrations.RunPython(with_stale_queue, without_stale_queue)]
