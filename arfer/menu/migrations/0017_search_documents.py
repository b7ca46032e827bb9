"""Search documents: what each published practice is found by, made in Python
(arfer/menu/search/document.py) and indexed by each engine from its columns, with the queue of
practices whose document is to be made again, filled by triggers (arfer/menu/db_triggers.py).

The index of the practices' own columns goes: SQLite's contentless `menu_practice_fts`, its
triggers and its two queues; PostgreSQL's `menu_practice.search_vector`. Every published
practice is queued, and its document made once the migration is done (menu/apps.py).
"""

import django.db.models.deletion
from django.db import migrations, models

from arfer.menu.db_triggers import install_search_queue, remove_search_queue
from arfer.menu.migrations import _search_before_documents as before

COLUMNS = (
    "title", "summary", "body", "variants", "body_variants", "lead", "context", "translated"
)
DOCUMENTS = "menu_practicesearchdocument"
FTS_COLUMNS = ", ".join(COLUMNS)

SQLITE_INDEX = [
    # External content: the documents' table holds the words, FTS5 their index. Accents are
    # kept, since the document holds every form without them as a variant of its own.
    f"CREATE VIRTUAL TABLE menu_practice_fts USING fts5({FTS_COLUMNS}, content='{DOCUMENTS}', "
    "content_rowid='practice_id', tokenize='unicode61 remove_diacritics 0')",
    f"""CREATE TRIGGER menu_practice_fts_after_insert AFTER INSERT ON {DOCUMENTS} BEGIN
        INSERT INTO menu_practice_fts(rowid, {FTS_COLUMNS})
        VALUES (new.practice_id, {", ".join("new." + c for c in COLUMNS)});
    END""",
    f"""CREATE TRIGGER menu_practice_fts_after_delete AFTER DELETE ON {DOCUMENTS} BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.practice_id, {", ".join("old." + c for c in COLUMNS)});
    END""",
    f"""CREATE TRIGGER menu_practice_fts_after_update AFTER UPDATE ON {DOCUMENTS} BEGIN
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, {FTS_COLUMNS})
        VALUES ('delete', old.practice_id, {", ".join("old." + c for c in COLUMNS)});
        INSERT INTO menu_practice_fts(rowid, {FTS_COLUMNS})
        VALUES (new.practice_id, {", ".join("new." + c for c in COLUMNS)});
    END""",
]
SQLITE_OLD_INDEX = [
    "DROP TRIGGER IF EXISTS menu_practice_fts_after_insert",
    "DROP TRIGGER IF EXISTS menu_practice_fts_after_delete",
    "DROP TRIGGER IF EXISTS menu_practice_fts_after_update",
    "DROP TABLE IF EXISTS menu_practice_fts",
    f"DROP TABLE IF EXISTS {before.BACKLOG}",
    f"DROP TABLE IF EXISTS {before.STALE}",
]


def _weighted(columns: tuple[str, ...], weight: str) -> str:
    text = " || ' ' || ".join(columns)
    return f"setweight(to_tsvector('simple'::regconfig, {text}), '{weight}')"


# PostgreSQL has four weights: the title; the summary; the rest of the text, the title's and
# summary's other forms and the lead body's names; everything else.
POSTGRESQL_INDEX = [
    f"ALTER TABLE {DOCUMENTS} ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    f"{_weighted(('title',), 'A')} || {_weighted(('summary',), 'B')} || "
    f"{_weighted(('body', 'variants', 'lead'), 'C')} || "
    f"{_weighted(('body_variants', 'context', 'translated'), 'D')}) STORED",
    f"CREATE INDEX menu_practicesearchdocument_search_vector ON {DOCUMENTS} "
    "USING GIN (search_vector)",
]
POSTGRESQL_OLD_INDEX = [
    "DROP INDEX IF EXISTS menu_practice_published_search_vector",
    "ALTER TABLE menu_practice DROP COLUMN IF EXISTS search_vector",
]
QUEUE_PUBLISHED = (
    "INSERT INTO menu_searchqueue (practice_id) SELECT id FROM menu_practice "
    "WHERE status = 'published'"
)


def index_documents(apps, schema_editor):
    sqlite = schema_editor.connection.vendor == "sqlite"
    for statement in SQLITE_OLD_INDEX + SQLITE_INDEX if sqlite else (
        POSTGRESQL_OLD_INDEX + POSTGRESQL_INDEX
    ):
        schema_editor.execute(statement)
    install_search_queue(schema_editor)
    schema_editor.execute(QUEUE_PUBLISHED)


def index_practices(apps, schema_editor):
    """Back to the index of the practices' own columns, as migration 0016 left it."""
    remove_search_queue(schema_editor)
    if schema_editor.connection.vendor != "sqlite":
        schema_editor.execute(
            "ALTER TABLE menu_practice ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
            + " || ".join(
                f"setweight(to_tsvector('simple'::regconfig, {part.format(row='menu_practice')}), "
                f"'{weight}')"
                for part, weight in ((before.TITLE, "A"), (before.SUMMARY, "B"), (before.BODY, "C"))
            )
            + ") STORED"
        )
        schema_editor.execute(
            "CREATE INDEX menu_practice_published_search_vector ON menu_practice "
            f"USING GIN (search_vector) WHERE status = {before.INDEXED_STATUS}"
        )
        return
    for statement in SQLITE_OLD_INDEX:
        schema_editor.execute(statement)
    schema_editor.execute(
        "CREATE VIRTUAL TABLE menu_practice_fts USING fts5("
        "title, summary, body, content='', tokenize='unicode61 remove_diacritics 2')"
    )
    before.reinstall_practice_triggers(apps, schema_editor)
    schema_editor.execute(
        "INSERT INTO menu_practice_fts(rowid, title, summary, body) "
        f"SELECT id, {before.indexed_values('menu_practice')} FROM menu_practice "
        f"WHERE status = {before.INDEXED_STATUS}"
    )


class Migration(migrations.Migration):

    dependencies = [
        ('menu', '0016_practice_questions_and_attachments'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchQueue',
            fields=[
                ('practice_id', models.BigIntegerField(primary_key=True, serialize=False, verbose_name='practice')),
            ],
            options={
                'verbose_name': 'practice waiting for its search document',
                'verbose_name_plural': 'practices waiting for their search documents',
                'db_table': 'menu_searchqueue',
                'managed': False,
            },
        ),
        migrations.CreateModel(
            name='PracticeSearchDocument',
            fields=[
                ('practice', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, primary_key=True, related_name='search_document', serialize=False, to='menu.practice', verbose_name='practice')),
                ('title', models.TextField(verbose_name='words of the title')),
                ('summary', models.TextField(verbose_name='words of the summary')),
                ('body', models.TextField(verbose_name='words of the text')),
                ('variants', models.TextField(verbose_name='other forms of the words of the title and summary')),
                ('body_variants', models.TextField(verbose_name='other forms of the words of the text')),
                ('lead', models.TextField(verbose_name="words of the lead body's names")),
                ('context', models.TextField(verbose_name='words of the partners, service areas and tier')),
                ('translated', models.TextField(verbose_name='glossary terms in the other language')),
            ],
            options={
                'verbose_name': 'search document',
                'verbose_name_plural': 'search documents',
            },
        ),
        migrations.RunPython(index_documents, index_practices),
    ]
