"""The full-text index holds published practices only (see arfer/menu/db_triggers.py).

SQLite: the triggers add a practice to `menu_practice_fts` when it is published and remove it
when it stops being, and the index is rebuilt from the published practices. PostgreSQL: the GIN
index over `search_vector` becomes a partial one, `WHERE status = 'published'`, which the
search's own WHERE clause lets the planner use.
"""

from django.db import migrations

from arfer.menu.migrations._search_before_documents import (
    INDEXED_STATUS,
    SEARCHED_COLUMNS,
    indexed_values,
    reinstall_practice_triggers,
)

# A contentless FTS5 table forgets what it holds all at once, whatever text it was given.
FORGET_EVERYTHING = "INSERT INTO menu_practice_fts(menu_practice_fts) VALUES ('delete-all')"
INDEX_PUBLISHED = (f"INSERT INTO menu_practice_fts(rowid, title, summary, body) "
                   f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice "
                   f"WHERE status = {INDEXED_STATUS}")

# The triggers as they were before, indexing every practice whatever its status.
EVERY_PRACTICE_TRIGGERS = {
    "menu_practice_fts_after_insert": f"""AFTER INSERT ON menu_practice BEGIN
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        VALUES (new.id, {indexed_values("new")});
    END""",
    "menu_practice_fts_after_delete": f"""AFTER DELETE ON menu_practice BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        VALUES ('delete', old.id, {indexed_values("old")});
    END""",
    "menu_practice_fts_after_update": f"""AFTER UPDATE OF {SEARCHED_COLUMNS} ON menu_practice
    BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        VALUES ('delete', old.id, {indexed_values("old")});
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        VALUES (new.id, {indexed_values("new")});
    END""",
}
INDEX_EVERY_PRACTICE = (f"INSERT INTO menu_practice_fts(rowid, title, summary, body) "
                        f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice")

POSTGRESQL_PUBLISHED_ONLY = [
    "CREATE INDEX menu_practice_published_search_vector ON menu_practice "
    f"USING GIN (search_vector) WHERE status = {INDEXED_STATUS}",
    "DROP INDEX IF EXISTS menu_practice_search_vector",
]
POSTGRESQL_EVERY_PRACTICE = [
    "CREATE INDEX menu_practice_search_vector ON menu_practice USING GIN (search_vector)",
    "DROP INDEX IF EXISTS menu_practice_published_search_vector",
]


def published_only(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        for statement in POSTGRESQL_PUBLISHED_ONLY:
            schema_editor.execute(statement)
        return
    reinstall_practice_triggers(apps, schema_editor)
    schema_editor.execute(FORGET_EVERYTHING)
    schema_editor.execute(INDEX_PUBLISHED)


def every_practice(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        for statement in POSTGRESQL_EVERY_PRACTICE:
            schema_editor.execute(statement)
        return
    for name, definition in EVERY_PRACTICE_TRIGGERS.items():
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} {definition}")
    schema_editor.execute(FORGET_EVERYTHING)
    schema_editor.execute(INDEX_EVERY_PRACTICE)


class Migration(migrations.Migration):
    dependencies = [("menu", "0008_partner_history")]
    operations = [migrations.RunPython(published_only, every_practice)]
