"""Search through both engines (SQLite FTS5 and PostgreSQL full text, by the test database)."""

import pytest
from django.db import transaction

from arfer.menu import search
from arfer.menu.models import Practice

pytestmark = pytest.mark.django_db(transaction=False)


def found(query):
    """Slugs of the published practices a query finds, best first."""
    ranked = search.ranked_matches(query)
    if ranked is None:
        return None
    slugs = dict(Practice.objects.published().values_list("pk", "slug"))
    return [slugs[pk] for _rank, pk in sorted((rank, pk) for pk, rank in ranked if pk in slugs)]


def test_finds_english_and_welsh_text(practice_factory):
    practice_factory("reablement", title_en="Reablement at home", title_cy="Ailalluogi gartref")
    practice_factory("procurement", title_en="Shared procurement")
    # The other practice is in the service area "Reablement": found by it, but ranked below.
    assert found("reablement")[0] == "reablement"
    assert found("ailalluogi")[0] == "reablement"
    assert found("procurement") == ["procurement"]


def test_all_words_must_match(practice_factory):
    practice_factory("one", title_en="Falls telecare")
    practice_factory("two", title_en="Falls response")
    assert found("falls telecare") == ["one"]
    assert sorted(found("falls")) == ["one", "two"]


def test_title_ranks_above_body(practice_factory):
    practice_factory("in-body", title_en="Something else", approach_en="Uses telecare widely.")
    practice_factory("in-title", title_en="Telecare for everyone")
    assert found("telecare") == ["in-title", "in-body"]


def test_drafts_are_not_found(practice_factory):
    practice_factory("draft", title_en="Hidden draft idea", publish=False)
    assert found("hidden") == []


def test_welsh_diacritics_are_optional(practice_factory):
    practice_factory("welsh", title_en="Water", title_cy="Dŵr glân i bawb")
    assert found("dwr") == ["welsh"]
    assert found("dŵr") == ["welsh"]


def test_index_follows_edits_in_the_same_transaction(practice_factory):
    practice = practice_factory("edit", title_en="Original wording")
    with transaction.atomic():
        Practice.objects.filter(pk=practice.pk).update(title_en="Replacement wording")
        assert found("replacement") == ["edit"]
        assert found("original") == []


def test_index_unchanged_when_the_transaction_rolls_back(practice_factory):
    practice = practice_factory("rollback", title_en="Steady wording")

    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        Practice.objects.filter(pk=practice.pk).update(title_en="Fleeting wording")
        raise Abort
    assert found("fleeting") == []
    assert found("steady") == ["rollback"]


def test_deleted_practices_leave_the_index(practice_factory):
    practice = practice_factory("gone", title_en="Ephemeral scheme")
    practice.delete()
    assert found("ephemeral") == []


def test_query_without_words_means_no_search():
    assert search.ranked_matches(" !!! ") is None


def test_similar_practices_share_distinctive_words(practice_factory):
    a = practice_factory("a", title_en="Hospital discharge to assess", summary_en="Wards.")
    practice_factory("b", title_en="Discharge to assess in the community", summary_en="Homes.")
    practice_factory("c", title_en="School meal waste", summary_en="Kitchens.")
    similar = [p.slug for p in search.similar_to(Practice.objects.published(), a)]
    assert similar == ["b"]


def test_every_trigger_survives_the_migrations(db):
    """SQLite drops a table's triggers when a migration rebuilds the table; a later migration
    that rebuilds a watched table (menu_practice, directory_body, ...) must recreate them."""
    import importlib

    from django.db import connection

    from arfer.menu.db_triggers import SQLITE_TRIGGERS

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    version_triggers = importlib.import_module("arfer.menu.migrations.0004_menu_version_triggers")
    expected = {
        version_triggers._trigger_name(table, event)
        for table, events in version_triggers.WATCHED
        for event in events
    }
    expected |= {name for triggers in SQLITE_TRIGGERS.values() for name in triggers}
    expected |= {f"menu_practice_fts_after_{event}" for event in ("insert", "update", "delete")}
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        names = {row[0] for row in cursor.fetchall()}
    assert sorted(expected - names) == []


def test_words_in_most_practices_rank_by_where_they_are_without_bm25(practice_factory):
    """On SQLite, a search whose every word is in more than half the practices is not ranked
    by bm25 (which would weigh those words at almost nothing) but by the columns that hold
    them; a rarer word is ranked by bm25 as ever."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL's ts_rank_cd does not weigh words by how rare they are")
    practice_factory("body", title_en="One scheme", approach_en="Shared care at home.")
    practice_factory("summary", title_en="Two scheme", summary_en="Shared care.")
    practice_factory("title", title_en="Shared care")
    practice_factory("both", title_en="Shared care", summary_en="Shared care again.")
    practice_factory("other", title_en="Fleet telematics")

    version = 1
    ranked = dict(search.ranked_matches("shared care", menu_version=version))
    slugs = dict(Practice.objects.values_list("slug", "pk"))
    assert [ranked[slugs[slug]] for slug in ("both", "title", "summary", "body")] == [
        -15.0,
        -11.0,
        -5.0,
        -1.0,
    ]
    # Without the menu's version nothing is kept between searches, and bm25 ranks as before.
    bm25 = dict(search.ranked_matches("shared care"))
    assert set(bm25) == set(ranked) and -1.0 not in bm25.values()
    # "telematics" is in one practice of five: bm25 ranks it.
    assert search.ranked_matches("telematics", menu_version=version)[0][1] != -1.0
