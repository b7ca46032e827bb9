"""New practices of a bulk import are queued for the search index and indexed after its
transaction, in short ones (see arfer/menu/db_triggers.py: `indexed_after_the_write`,
`index_the_backlog`). SQLite only: PostgreSQL's index is a generated column."""

from django.db import migrations

from arfer.menu.migrations._search_before_documents import (
    BACKLOG,
    INDEXED_STATUS,
    SEARCHED_COLUMNS,
    indexed_values,
    reinstall_practice_triggers,
)

# The triggers as they were before: no queue to mind.
TRIGGERS_WITHOUT_BACKLOG = {
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
    "menu_practice_fts_after_update": f"""AFTER UPDATE OF {SEARCHED_COLUMNS}, status
    ON menu_practice
    WHEN old.status = {INDEXED_STATUS} OR new.status = {INDEXED_STATUS} BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', old.id, {indexed_values("old")} WHERE old.status = {INDEXED_STATUS};
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        SELECT new.id, {indexed_values("new")} WHERE new.status = {INDEXED_STATUS};
    END""",
}


def with_backlog(apps, schema_editor):
    reinstall_practice_triggers(apps, schema_editor)  # creates the queue first


def without_backlog(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    # Whatever is still queued goes into the index before the queue goes.
    schema_editor.execute(
        "INSERT INTO menu_practice_fts(rowid, title, summary, body) "
        f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice "
        f"WHERE id IN (SELECT practice_id FROM {BACKLOG}) AND status = {INDEXED_STATUS}")
    for name, definition in TRIGGERS_WITHOUT_BACKLOG.items():
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} {definition}")
    schema_editor.execute(f"DROP TABLE IF EXISTS {BACKLOG}")


class Migration(migrations.Migration):
    dependencies = [("menu", "0009_search_index_published_only")]
    operations = [migrations.RunPython(with_backlog, without_backlog)]
