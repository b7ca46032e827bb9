"""The full-text index of practices, one per database engine (see arfer/menu/search/)."""

from django.db import migrations

TITLE = "{row}.title_en || ' ' || {row}.title_cy"
SUMMARY = "{row}.summary_en || ' ' || {row}.summary_cy"
BODY = " || ' ' || ".join(
    f"{{row}}.{field}_{lang}"
    for field in ("problem", "approach", "outcomes", "adoption_needs")
    for lang in ("en", "cy")
)


def _values(row: str) -> str:
    return ", ".join(part.format(row=row) for part in (TITLE, SUMMARY, BODY))


# Contentless FTS5 (the text already lives in menu_practice); triggers keep it in step inside the
# same transaction as every write, whichever code path makes it.
SQLITE_CREATE = [
    "CREATE VIRTUAL TABLE menu_practice_fts USING fts5("
    "title, summary, body, content='', tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER menu_practice_fts_after_insert AFTER INSERT ON menu_practice BEGIN
        INSERT INTO menu_practice_fts(rowid, title, summary, body) VALUES (new.id, {_values("new")});
    END""",
    f"""CREATE TRIGGER menu_practice_fts_after_delete AFTER DELETE ON menu_practice BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        VALUES ('delete', old.id, {_values("old")});
    END""",
    f"""CREATE TRIGGER menu_practice_fts_after_update AFTER UPDATE OF
        title_en, title_cy, summary_en, summary_cy, problem_en, problem_cy, approach_en,
        approach_cy, outcomes_en, outcomes_cy, adoption_needs_en, adoption_needs_cy
        ON menu_practice BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        VALUES ('delete', old.id, {_values("old")});
        INSERT INTO menu_practice_fts(rowid, title, summary, body) VALUES (new.id, {_values("new")});
    END""",
    f"INSERT INTO menu_practice_fts(rowid, title, summary, body) "
    f"SELECT id, {_values('menu_practice')} FROM menu_practice",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS menu_practice_fts_after_update",
    "DROP TRIGGER IF EXISTS menu_practice_fts_after_delete",
    "DROP TRIGGER IF EXISTS menu_practice_fts_after_insert",
    "DROP TABLE IF EXISTS menu_practice_fts",
]


def _weighted(part: str, weight: str) -> str:
    return f"setweight(to_tsvector('simple'::regconfig, {part.format(row='menu_practice')}), '{weight}')"


POSTGRESQL_CREATE = [
    "ALTER TABLE menu_practice ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    f"{_weighted(TITLE, 'A')} || {_weighted(SUMMARY, 'B')} || {_weighted(BODY, 'C')}) STORED",
    "CREATE INDEX menu_practice_search_vector ON menu_practice USING GIN (search_vector)",
]
POSTGRESQL_DROP = [
    "DROP INDEX IF EXISTS menu_practice_search_vector",
    "ALTER TABLE menu_practice DROP COLUMN IF EXISTS search_vector",
]


def create(apps, schema_editor):
    statements = SQLITE_CREATE if schema_editor.connection.vendor == "sqlite" else POSTGRESQL_CREATE
    for statement in statements:
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    statements = SQLITE_DROP if schema_editor.connection.vendor == "sqlite" else POSTGRESQL_DROP
    for statement in statements:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("menu", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
