"""New and changed practices of an import reach SQLite's search index after the import's
transaction, from two queues (arfer/menu/db_triggers.py: `indexed_after_the_write`,
`index_the_backlog`): the backlog of practices not yet in the index, and the stale queue of
those it holds with their text from before the import. Whatever happens to a queued practice
meanwhile, the index ends up holding each published practice once, with its latest text, and
nothing under words it no longer has; SQLite's own check finds it sound."""

import importlib
from types import SimpleNamespace

import pytest
from django.db import connection

from arfer.core.actors import SYSTEM
from arfer.menu import search
from arfer.menu.bulk import bulk_save_practices, index_queued_practices
from arfer.menu.db_triggers import BACKLOG, STALE, index_the_backlog
from arfer.menu.models import Practice
from arfer.menu.workflow import archive_practice

from .test_search_published_only import LEAD, documents_indexed_under

pytestmark = pytest.mark.skipif(
    "connection.vendor != 'sqlite'", reason="PostgreSQL's index is a generated column: no queue"
)


def practice_rows(count: int, word: str, *, status="published", **values) -> list[dict]:
    return [
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
            "status": status,
            **values,
        }
        for n in range(count)
    ]


def import_published(count: int, word: str = "cordgrass") -> list[Practice]:
    outcome = bulk_save_practices(practice_rows(count, word), actor=SYSTEM)
    assert outcome.created == count and not outcome.errors
    return list(Practice.objects.filter(external_ref__startswith=f"{word}-").order_by("pk"))


def import_indexed(count: int, word: str = "cordgrass") -> list[Practice]:
    """Published practices imported and caught up: in the index, nothing queued."""
    practices = import_published(count, word)
    index_queued_practices()
    assert queued() == [] and stale() == []
    return practices


def reimport(count: int, word: str = "cordgrass", **values) -> None:
    """The same practices again, with `values` changed."""
    outcome = bulk_save_practices(practice_rows(count, word, **values), actor=SYSTEM)
    assert outcome.updated == count and not outcome.errors


def queued(queue: str = BACKLOG) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT practice_id FROM {queue} ORDER BY practice_id")
        return [row[0] for row in cursor.fetchall()]


def stale() -> list[int]:
    return queued(STALE)


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


def test_changed_practices_are_found_by_their_old_text_until_the_index_catches_up(directory):
    practices = import_indexed(5)
    reimport(5, title_en="Samphire scheme")
    assert stale() == [p.pk for p in practices] and queued() == []
    assert found("cordgrass") == [p.pk for p in practices]  # the index holds the old text
    assert found("samphire") == []
    assert index_the_backlog(connection, batch=2) == 5
    assert stale() == []
    assert found("samphire") == [p.pk for p in practices]
    assert found("cordgrass") == [] and documents_indexed_under("cordgrass") == 0
    assert documents_indexed_under("samphire") == 5
    assert_index_sound()


def test_a_change_the_index_does_not_hold_queues_nothing(directory):
    import_indexed(3)
    reimport(3, setup_cost_pence=120_000)
    assert stale() == [] and queued() == []
    assert documents_indexed_under("cordgrass") == 3


def test_a_stale_practice_edited_meanwhile_is_indexed_once_with_its_new_text(directory):
    edited, *others = import_indexed(3)
    reimport(3, summary_en="Glasswort beds.")
    Practice.objects.filter(pk=edited.pk).update(title_en="Samphire renamed")
    assert edited.pk not in stale()  # indexed again by its update, with its text of now
    assert found("samphire") == [edited.pk]
    assert found("glasswort") == [edited.pk]
    index_queued_practices()
    assert found("glasswort") == [edited.pk, *(p.pk for p in others)]
    assert found("cordgrass") == [p.pk for p in others]
    assert documents_indexed_under("samphire") == 1
    assert documents_indexed_under("glasswort") == 3
    assert_index_sound()


def test_a_stale_practice_archived_or_deleted_meanwhile_leaves_the_index(directory):
    archived, deleted, kept = import_indexed(3)
    reimport(3, title_en="Samphire scheme")
    archive_practice(archived, actor=SYSTEM)
    Practice.objects.filter(pk=deleted.pk).delete()
    assert stale() == [kept.pk]
    assert found("cordgrass") == [kept.pk]
    index_queued_practices()
    assert found("samphire") == [kept.pk]
    assert found("cordgrass") == [] and documents_indexed_under("cordgrass") == 0
    assert_index_sound()


def test_a_stored_draft_an_import_publishes_joins_the_backlog(directory):
    outcome = bulk_save_practices(practice_rows(2, "cordgrass", status="draft"), actor=SYSTEM)
    assert outcome.created == 2
    assert queued() == []
    reimport(2, title_en="Samphire scheme")  # published, with a new title
    drafts = list(Practice.objects.order_by("pk").values_list("pk", flat=True))
    assert queued() == drafts and stale() == []
    index_queued_practices()
    assert found("samphire") == drafts
    assert_index_sound()


def test_an_import_rolled_back_leaves_the_index_and_its_triggers_as_they_were(
    directory, monkeypatch
):
    practices = import_indexed(3)
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY 1")
        triggers = cursor.fetchall()

    def broken(leads):
        raise RuntimeError("disk full")

    # The last step of the write: everything else is written by then.
    monkeypatch.setattr("arfer.menu.bulk.refresh_reach_in_bulk", broken)
    with pytest.raises(RuntimeError):
        reimport(3, title_en="Samphire scheme")
    assert stale() == [] and queued() == []
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY 1")
        assert cursor.fetchall() == triggers
    Practice.objects.filter(pk=practices[0].pk).update(title_en="Glasswort renamed")
    assert found("glasswort") == [practices[0].pk]
    assert found("cordgrass") == [p.pk for p in practices[1:]]
    assert_index_sound()


def test_the_stale_queue_migration_indexes_what_is_queued_when_it_is_undone(directory):
    migration = importlib.import_module("arfer.menu.migrations.0011_search_index_stale_queue")
    practices = import_indexed(2)
    reimport(2, title_en="Samphire scheme")
    with connection.cursor() as cursor:
        editor = SimpleNamespace(connection=connection, execute=cursor.execute)
        migration.without_stale_queue(None, editor)
        assert found("samphire") == [p.pk for p in practices]
        assert documents_indexed_under("cordgrass") == 0
        cursor.execute("SELECT name FROM sqlite_master WHERE name = %s", [STALE])
        assert cursor.fetchall() == []
        migration.with_stale_queue(None, editor)
    reimport(2, title_en="Glasswort scheme")
    assert stale() == [p.pk for p in practices]
    index_queued_practices()
    assert found("glasswort") == [p.pk for p in practices]
    assert documents_indexed_under("samphire") == 0
    assert_index_sound()


def test_each_catch_up_batch_moves_the_menus_version(directory):
    """Searches and pages kept under a menu version (menu/hits_cache.py, core/page_cache.py)
    must not outlive the index's catching up on an import."""
    from arfer.menu.menu_index import menu_version_token

    import_indexed(3)
    reimport(3, title_en="Samphire scheme")
    before = menu_version_token()
    assert index_the_backlog(connection, batch=5) == 3
    assert menu_version_token() != before
