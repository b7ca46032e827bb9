"""Search documents keep up with every write (arfer/menu/search/indexing.py): database
triggers queue a practice whenever anything it is found by changes, on whatever path the
write takes, and the queue is worked through by the search itself when short, by the importer
after its write, and by the background task. Whatever happens to a queued practice meanwhile,
each published practice ends up with one document, with its words of now, and SQLite's index
stays sound."""

from types import SimpleNamespace

import pytest
from django.db import connection

from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu import search
from arfer.menu.bulk import bulk_save_practices, index_queued_practices
from arfer.menu.menu_index import menu_version_token
from arfer.menu.models import Practice, PracticePartner, ServiceArea
from arfer.menu.search import indexing
from arfer.menu.search_models import PracticeSearchDocument, SearchQueue
from arfer.menu.workflow import archive_practice

pytestmark = pytest.mark.django_db

LEAD = "carmarthenshire-county-council"


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


def import_published(count: int, word: str = "cordgrass", **values) -> list[Practice]:
    outcome = bulk_save_practices(practice_rows(count, word, **values), actor=SYSTEM)
    assert (outcome.created + outcome.updated) == count and not outcome.errors
    return list(Practice.objects.filter(external_ref__startswith=f"{word}-").order_by("pk"))


def queued() -> list[int]:
    return sorted(SearchQueue.objects.values_list("practice_id", flat=True))


def documented(word: str) -> list[int]:
    """The practices whose document holds `word` in its title."""
    return sorted(
        pk
        for pk, title in PracticeSearchDocument.objects.values_list("practice_id", "title")
        if word in title.split()
    )


def found(word: str) -> list[int]:
    return sorted(pk for pk, _rank in search.ranked_matches(word))


def assert_index_sound() -> None:
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO menu_practice_fts(menu_practice_fts, rank) "
                "VALUES ('integrity-check', 1)"
            )


def test_an_imports_practices_are_queued_then_documented_in_batches(directory):
    practices = import_published(5)
    assert queued() == [p.pk for p in practices]
    assert documented("cordgrass") == []  # on the menu, not yet found by search
    assert indexing.refresh_queued(2) == 2
    assert len(queued()) == 3
    assert index_queued_practices() == 3
    assert queued() == []
    assert found("cordgrass") == [p.pk for p in practices]
    assert index_queued_practices() == 0  # nothing left: nothing done
    assert_index_sound()


def test_changed_practices_are_found_by_their_old_words_until_documented_again(directory):
    practices = import_published(3)
    index_queued_practices()
    import_published(3, title_en="Samphire scheme")
    assert queued() == [p.pk for p in practices]
    assert documented("cordgrass") == [p.pk for p in practices]
    index_queued_practices()
    assert documented("samphire") == [p.pk for p in practices]
    assert documented("cordgrass") == []
    assert_index_sound()


def test_a_change_the_documents_do_not_hold_queues_nothing(directory):
    import_published(3)
    index_queued_practices()
    import_published(3, setup_cost_pence=120_000)
    assert queued() == []


def test_a_draft_queues_nothing_until_it_is_published(directory):
    drafts = import_published(2, status="draft")
    assert queued() == []
    Practice.objects.filter(pk=drafts[0].pk).update(title_en="Glasswort draft")
    assert queued() == []
    import_published(2, title_en="Samphire scheme")  # published by the file
    assert queued() == [p.pk for p in drafts]
    index_queued_practices()
    assert found("samphire") == [p.pk for p in drafts]


def test_a_queued_practice_archived_or_deleted_meanwhile_has_no_document(directory):
    archived, deleted, kept = import_published(3)
    index_queued_practices()
    import_published(3, title_en="Samphire scheme")
    archive_practice(Practice.objects.get(pk=archived.pk), actor=SYSTEM)
    Practice.objects.filter(pk=deleted.pk).delete()
    index_queued_practices()
    assert found("samphire") == [kept.pk]
    assert list(PracticeSearchDocument.objects.values_list("practice_id", flat=True)) == [kept.pk]
    assert_index_sound()


def test_every_kind_of_write_queues_what_it_changes(practice_factory):
    """Partners, service areas, a body's name and a service area's name are part of what a
    practice is found by (its document's context), written by raw queries here to show that
    no write path can miss the queue."""
    practice = practice_factory("subject", title_en="Subject")
    other = practice_factory("other", title_en="Other", lead="cardiff-council")
    index_queued_practices()
    partner = Body.objects.get(slug="hywel-dda-university-health-board")

    PracticePartner.objects.create(practice=practice, body=partner, role="delivery")
    assert queued() == [practice.pk]
    index_queued_practices()
    assert found("hduhb") == [practice.pk]

    practice.service_areas.add(ServiceArea.objects.get(slug="recycling"))
    assert queued() == [practice.pk]
    index_queued_practices()

    Body.objects.filter(slug="cardiff-council").update(name_en="Cardiff Kelpwort Council")
    assert queued() == [other.pk]
    index_queued_practices()
    assert found("kelpwort") == [other.pk]

    ServiceArea.objects.filter(slug="recycling").update(name_en="Recycling and eelgrass")
    assert queued() == [practice.pk]
    index_queued_practices()
    assert found("eelgrass") == [practice.pk]

    PracticePartner.objects.filter(practice=practice).delete()
    assert queued() == [practice.pk]
    index_queued_practices()
    assert found("hduhb") == []
    assert_index_sound()


def test_a_search_makes_a_short_queue_itself_and_leaves_a_long_one_to_the_task(
    directory, monkeypatch
):
    practices = import_published(3)
    assert found("cordgrass") == [p.pk for p in practices]  # made by the search itself
    assert queued() == []
    monkeypatch.setattr(indexing, "REFRESHED_BEFORE_SEARCH", 2)
    enqueued = []
    monkeypatch.setattr(
        "arfer.menu.search.indexing.refresh_search_documents",
        SimpleNamespace(enqueue=lambda: enqueued.append(True)),
    )
    import_published(3, title_en="Samphire scheme")
    assert found("samphire") == []  # three queued: more than a search makes itself
    assert enqueued == [True] and len(queued()) == 3


def test_an_import_rolled_back_queues_nothing(directory, monkeypatch):
    from arfer.core.staging import StagedWrite

    def broken(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(StagedWrite, "write", broken)
    with pytest.raises(RuntimeError):
        import_published(2)
    assert queued() == [] and not Practice.objects.exists()


def test_a_locked_database_leaves_the_queue_for_the_task(directory, monkeypatch):
    from django.db import OperationalError

    import_published(2)

    def locked():
        raise OperationalError("database is locked")

    monkeypatch.setattr("arfer.menu.bulk.refresh_all_queued", locked)
    assert index_queued_practices() == 0
    assert len(queued()) == 2


def test_catching_up_moves_the_menus_version(directory):
    """Searches and pages kept under a menu version (menu/hits_cache.py, core/page_cache.py)
    must not outlive the documents' catching up on an import."""
    import_published(3)
    before = menu_version_token()
    assert index_queued_practices() == 3
    assert menu_version_token() != before


def test_the_command_makes_every_document_again(practice_factory):
    from io import StringIO

    from django.core.management import call_command

    practice = practice_factory("subject", title_en="Subject")
    practice_factory("draft", title_en="Draft", publish=False)
    index_queued_practices()
    PracticeSearchDocument.objects.filter(practice=practice).update(title="stale words")
    out = StringIO()
    call_command("searchdocuments", "--all", stdout=out)
    assert "1 practices queued" in out.getvalue()
    assert PracticeSearchDocument.objects.get(practice=practice).title == "subject"
    assert queued() == []
