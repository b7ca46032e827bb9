"""New practices of an import join SQLite's search index after the import's transaction, from
a queue (arfer/menu/db_triggers.py: `indexed_after_the_write`, `index_the_backlog`): whatever
happens to a queued practice meanwhile, the index ends up holding each published practice once,
with its latest text, and SQLite's own check finds it sound."""

import importlib
from types import SimpleNamespace

import pytest
from django.db import connection

from arfer.core.actors import SYSTEM
from arfer.menu import search
from arfer.menu.bulk import bulk_save_practices, index_queued_practices
from arfer.menu.db_triggers import BACKLOG, index_the_backlog
from arfer.menu.models import Practice
from arfer.menu.workflow import archive_practice

from .test_search_published_only import LEAD, documents_indexed_under

pytestmark = pytest.mark.skipif(
    "connection.vendor != 'sqlite'", reason="PostgreSQL's index is a generated column: no queue"
)


def import_published(count: int, word: str = "cordgrass") -> list[Practice]:
    rows = [
        {
            "external_ref": f"{word}-{n}",
            "lead_body": LEAD,
            "title_en": f"{word.title()} {n}",
            "summary_en": "What it does.",
            "problem_en": "Waits.",
            "approach_en": "One team.",
            "outcomes_en": "Fewer waits.",
            "prevention_tier": "secondary",
            "evidence_level": 2,
            "service_areas": ["reablement"],
            "status": "published",
        }
        for n in range(count)
    ]
    outcome = bulk_save_practices(rows, actor=SYSTEM)
    assert outcome.created == count and not outcome.errors
    return list(Practice.objects.filter(external_ref__startswith=f"{word}-").order_by("pk"))


def queued() -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT practice_id FROM {BACKLOG} ORDER BY practice_id")
        return [row[0] for row in cursor.fetchall()]


def assert_index_sound() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO menu_practice_fts(menu_practice_fts, rank) VALUES ('integrity-check', 0)"
        )


def found(word: str) -> list[int]:
    return sorted(pk for pk, _rank in search.ranked_matches(word))


def test_imported_practices_are_queued_then_indexed_in_batches(directory):
    practices = import_published(5)
    assert queued() == [p.pk for p in practices]
    assert found("cordgrass") == []  # on the menu, not yet found by search
    assert index_the_backlog(connection, batch=2) == 5
    assert queued() == []
    assert found("cordgrass") == [p.pk for p in practices]
    assert documents_indexed_under("cordgrass") == 5
    assert index_queued_practices() == 0  # nothing left: nothing done
    assert_index_sound()


def test_a_queued_practice_edited_meanwhile_is_indexed_once_with_its_new_text(directory):
    edited, *others = import_published(3)
    Practice.objects.filter(pk=edited.pk).update(title_en="Samphire renamed")
    assert edited.pk not in queued()  # indexed by its update, with the new text
    assert found("samphire") == [edited.pk]
    index_queued_practices()
    assert found("cordgrass") == [p.pk for p in others]
    assert found("samphire") == [edited.pk]
    assert documents_indexed_under("samphire") == 1
    assert_index_sound()


def test_a_queued_practice_archived_or_deleted_meanwhile_never_enters_the_index(directory):
    archived, deleted, kept = import_published(3)
    archive_practice(archived, actor=SYSTEM)
    Practice.objects.filter(pk=deleted.pk).delete()
    assert queued() == [kept.pk]
    index_queued_practices()
    assert found("cordgrass") == [kept.pk]
    assert_index_sound()


def test_a_practice_made_through_the_pages_skips_the_queue(practice_factory):
    made = practice_factory("saltmarsh-scheme", title_en="Saltmarsh scheme")
    assert queued() == []
    assert found("saltmarsh") == [made.pk]


def test_an_import_that_is_rolled_back_queues_nothing(directory, monkeypatch):
    from arfer.core.staging import StagedWrite

    def broken(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(StagedWrite, "write", broken)
    with pytest.raises(RuntimeError):
        import_published(2)
    assert queued() == [] and not Practice.objects.exists()


def test_a_locked_database_leaves_the_queue_for_next_time(directory, monkeypatch):
    from django.db import OperationalError

    import_published(2)

    def locked(connection):
        raise OperationalError("database is locked")

    monkeypatch.setattr("arfer.menu.bulk.index_the_backlog", locked)
    assert index_queued_practices() == 0
    assert len(queued()) == 2


def test_the_migration_indexes_what_is_queued_when_it_is_undone(directory):
    migration = importlib.import_module("arfer.menu.migrations.0010_search_index_backlog")
    practices = import_published(2)
    with connection.cursor() as cursor:
        editor = SimpleNamespace(connection=connection, execute=cursor.execute)
        migration.without_backlog(None, editor)
        assert found("cordgrass") == [p.pk for p in practices]
        cursor.execute("SELECT name FROM sqlite_master WHERE name = %s", [BACKLOG])
        assert cursor.fetchall() == []
        migration.with_backlog(None, editor)
    assert queued() == []
    made = import_published(1, word="glasswort")
    assert len(queued()) == 1
    index_queued_practices()
    assert found("glasswort") == [made[0].pk]
    assert_index_sound()
