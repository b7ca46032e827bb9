"""Drafts never cost a public search: the full-text index of both engines holds published
practices only, a practice enters it when published and leaves it when it stops being, and
editors still find their own drafts where they did."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu import search
from arfer.menu.bulk import bulk_save_practices, index_queued_practices
from arfer.menu.models import Practice
from arfer.menu.search.indexing import refresh_all_queued
from arfer.menu.search_models import PracticeSearchDocument
from arfer.menu.workflow import archive_practice, publish_practice

pytestmark = pytest.mark.django_db

WORD = "kelpwort"
DRAFTS = 300
LEAD = "carmarthenshire-county-council"
SEARCH_INDEX = "menu_practicesearchdocument_search_vector"


def add_drafts(count, title, *, lead=LEAD):
    """Many drafts at once (through the ORM, so the database's triggers run for each)."""
    body = Body.objects.get(slug=lead)
    return Practice.objects.bulk_create(
        Practice(
            slug=f"draft-{n}",
            lead_body=body,
            title_en=f"{title} {n}",
            summary_en=f"Draft {n}.",
            prevention_tier="secondary",
            evidence_level=2,
            status=Practice.Status.DRAFT,
        )
        for n in range(count)
    )


def public_search(client, query):
    """Slugs of the practices the public's results page lists for a query, in order."""
    response = client.get("/practices/", {"q": query})
    assert response.status_code == 200
    return [practice.slug for practice in response.context["results"]]


def ranked_slugs(query):
    slugs = dict(Practice.objects.values_list("pk", "slug"))
    return [
        slugs[pk] for _rank, pk in sorted((rank, pk) for pk, rank in search.ranked_matches(query))
    ]


def the_search_statement(query) -> str:
    """The one statement a search runs, once the documents are made (besides asking
    whether any are waiting to be: search/indexing.py)."""
    refresh_all_queued()
    with CaptureQueriesContext(connection) as captured:
        search.ranked_matches(query)
    statements = [q["sql"] for q in captured if "menu_searchqueue" not in q["sql"]]
    assert len(statements) == 1
    return statements[0]


def documents_indexed_under(word) -> int:
    """How many documents SQLite's index holds under a word (what a search for it reads)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.practice_terms "
            "USING fts5vocab(main, menu_practice_fts, row)"
        )
        cursor.execute("SELECT doc FROM temp.practice_terms WHERE term = %s", [word])
        row = cursor.fetchone()
        cursor.execute("DROP TABLE temp.practice_terms")
    return row[0] if row else 0


def settle_deferred_checks(cursor) -> None:
    """PostgreSQL refuses to change a table's indexes while the test's transaction holds
    deferred constraint checks on it: run them now."""
    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def postgresql_plan(sql: str) -> str:
    """The plan of a statement when only the search indexes could serve it."""
    with connection.cursor() as cursor:
        # A few rows are cheaper to scan than to read through a full-text index; what matters
        # is that the plan can use the index at all, as it does when the table is large.
        settle_deferred_checks(cursor)
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(f"EXPLAIN {sql}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute("SET LOCAL enable_seqscan = on")
    return plan


@pytest.fixture
def crowded(practice_factory):
    """Few published practices and many drafts sharing one word."""
    published = [
        practice_factory("in-title", title_en=f"{WORD.capitalize()} for everyone"),
        practice_factory("in-body", title_en="Something else", approach_en=f"Uses {WORD}."),
    ]
    add_drafts(DRAFTS, f"{WORD.capitalize()} draft")
    return published


def test_the_public_search_reads_no_draft(crowded):
    sql = the_search_statement(WORD)
    if connection.vendor == "sqlite":
        assert documents_indexed_under(WORD) == len(crowded)
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM menu_practice_fts_docsize")
            assert cursor.fetchone()[0] == Practice.objects.published().count()
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
            plan = " ".join(str(row[-1]) for row in cursor.fetchall())
        # The search reads the index alone, never the practice table's rows.
        assert "menu_practice_fts" in plan and "menu_practice " not in f"{plan} "
    else:
        assert "menu_practicesearchdocument" in sql and "menu_practice " not in f"{sql} "
        assert SEARCH_INDEX in postgresql_plan(sql)


def test_only_published_practices_have_search_documents(crowded):
    refresh_all_queued()
    assert sorted(PracticeSearchDocument.objects.values_list("practice__slug", flat=True)) == [
        "in-body",
        "in-title",
    ]


def test_drafts_change_neither_the_public_results_nor_their_order(crowded, client):
    assert public_search(client, WORD) == ["in-title", "in-body"]
    assert ranked_slugs(WORD) == ["in-title", "in-body"]


def test_similar_practices_are_not_crowded_out_by_drafts(practice_factory):
    shown = practice_factory("shown", title_en="Hospital discharge to assess", summary_en="Wards.")
    practice_factory(
        "like-it", title_en="Discharge to assess in the community", summary_en="Homes."
    )
    # More drafts with the very same words than the candidates "similar practices" considers.
    add_drafts(search.SIMILAR_CANDIDATES + 10, "Hospital discharge to assess wards")
    similar = search.similar_to(Practice.objects.published(), shown)
    assert [practice.slug for practice in similar] == ["like-it"]


def test_a_practice_is_found_once_published_and_no_longer_once_archived(practice_factory, client):
    practice = practice_factory("drifting", title_en="Seagrass restoration", publish=False)
    assert public_search(client, "seagrass") == []
    assert search.ranked_matches("seagrass") == []

    publish_practice(practice, actor=SYSTEM)
    assert public_search(client, "seagrass") == ["drifting"]
    Practice.objects.filter(pk=practice.pk).update(title_en="Eelgrass restoration")
    assert public_search(client, "eelgrass") == ["drifting"]
    assert public_search(client, "seagrass") == []

    archive_practice(practice, actor=SYSTEM)
    assert public_search(client, "eelgrass") == []
    assert search.ranked_matches("eelgrass") == []
    assert search.ranked_matches("restoration") == []


def test_deleting_a_draft_or_a_published_practice_keeps_the_index_sound(practice_factory):
    draft = practice_factory("draft-gone", title_en="Saltmarsh draft", publish=False)
    published = practice_factory("published-gone", title_en="Saltmarsh scheme")
    draft.delete()
    assert ranked_slugs("saltmarsh") == ["published-gone"]
    published.delete()
    assert search.ranked_matches("saltmarsh") == []
    # A contentless index told to forget a row it never held, or with other text, would be
    # corrupt: SQLite's own check says it is not.
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO menu_practice_fts(menu_practice_fts, rank) "
                "VALUES ('integrity-check', 0)"
            )


def test_an_import_indexes_what_it_publishes_and_not_its_drafts(directory):
    rows = [
        {
            "external_ref": f"P-{n}",
            "lead_body": LEAD,
            "title_en": f"Cordgrass scheme {n}",
            "summary_en": "What it does.",
            "problem_en": "Waits.",
            "approach_en": "One team.",
            "outcomes_en": "Fewer waits.",
            "prevention_tier": "secondary",
            "evidence_level": 2,
            "service_areas": ["reablement"],
            "status": status,
        }
        for n, status in enumerate(["published", "draft", "draft", "published"])
    ]
    outcome = bulk_save_practices(rows, actor=SYSTEM)
    assert (outcome.created, outcome.errors) == (4, {})
    published = Practice.objects.filter(external_ref__in=["P-0", "P-3"])
    assert published.count() == 2
    index_queued_practices()  # as the importer does once the write has committed
    assert sorted(pk for pk, _rank in search.ranked_matches("cordgrass")) == sorted(
        published.values_list("pk", flat=True)
    )
    if connection.vendor == "sqlite":
        assert documents_indexed_under("cordgrass") == 2


# Editors still find their own drafts where they did ------------------------------------------


@pytest.fixture
def editor(directory):
    body = Body.objects.get(slug=LEAD)
    return create_account(
        "kelp-editor@example.org",
        role="editor",
        body=body,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]


def test_editors_find_their_drafts_on_the_share_page_the_api_and_the_draft_itself(
    crowded, editor, client, practice_factory
):
    draft = practice_factory("own-kelpwort-draft", title_en=f"Our {WORD} idea", publish=False)
    client.force_login(editor)

    share_page = client.get("/practices/share/")
    assert draft in share_page.context["drafts"]

    drafts = client.get("/api/v1/practices", {"status": "draft", "limit": 100}).json()["items"]
    assert "own-kelpwort-draft" in {item["slug"] for item in drafts}

    detail = client.get(draft.get_absolute_url())
    assert detail.status_code == 200
    # Its "similar practices" come from the published menu, found through its own words.
    assert [practice.slug for practice in detail.context["similar"]] == ["in-title", "in-body"]
    # And the menu, searched while signed in, stays the published menu.
    assert public_search(client, WORD) == ["in-title", "in-body"]
