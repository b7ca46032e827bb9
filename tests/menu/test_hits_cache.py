"""A search's hits are kept per menu version and words (arfer/menu/hits_cache.py): the same
search again, however it is written, does not reach the search engine; any change to the menu
searches afresh; what is kept stays within its bound."""

import pytest

from arfer.menu import hits_cache, search
from arfer.menu.menu_index import current_menu_index
from arfer.menu.models import Practice


@pytest.fixture
def searches(monkeypatch):
    """The words each search that reached the engine asked for."""
    hits_cache.forget_all()
    asked = []
    engine = search.matching

    def counted(raw_query, **options):
        asked.append(search.search_terms(raw_query))
        return engine(raw_query, **options)

    monkeypatch.setattr(search, "matching", counted)
    yield asked
    hits_cache.forget_all()


def found_ids(index, hits):
    return sorted(int(pk) for pk in index.ids[hits[0]])


def test_the_same_words_are_searched_once_per_menu_version(practice_factory, searches):
    kept = practice_factory("kept-scheme", title_en="Falls prevention scheme")
    index = current_menu_index()
    first = hits_cache.hits_for(index, "falls prevention")
    again = hits_cache.hits_for(index, "  Falls   PREVENTION ")
    assert found_ids(index, first) == found_ids(index, again) == [kept.pk]
    assert searches == [["falls", "prevention"]]
    assert hits_cache.hits_for(index, "   ") is None


def test_a_change_to_the_menu_searches_afresh(practice_factory, searches):
    practice_factory("kept-scheme", title_en="Falls prevention scheme")
    hits_cache.hits_for(current_menu_index(), "falls")
    newer = practice_factory("newer-scheme", title_en="Falls clinic")
    index = current_menu_index()
    assert newer.pk in found_ids(index, hits_cache.hits_for(index, "falls"))
    Practice.objects.filter(pk=newer.pk).update(title_en="Hospital clinic")
    index = current_menu_index()
    assert newer.pk not in found_ids(index, hits_cache.hits_for(index, "falls"))
    assert len(searches) == 3


def test_what_is_kept_stays_within_its_bound(practice_factory, searches, monkeypatch):
    monkeypatch.setattr(hits_cache._kept, "most", 2)
    for slug in ("one-scheme", "two-scheme", "three-scheme"):
        practice_factory(slug, title_en=f"{slug.split('-')[0].capitalize()} falls scheme")
    index = current_menu_index()
    hits_cache.hits_for(index, "one")
    hits_cache.hits_for(index, "two")
    hits_cache.hits_for(index, "three")  # the oldest kept search gives way
    hits_cache.hits_for(index, "falls")  # three hits: more than may be kept at all
    hits_cache.hits_for(index, "falls")
    hits_cache.hits_for(index, "one")
    hits_cache.hits_for(index, "three")
    assert searches.count(["falls"]) == 2 and searches.count(["one"]) == 2
    assert searches.count(["three"]) == 1


def test_similar_practices_are_worked_out_once_per_menu_version(practice_factory, monkeypatch):
    from arfer.menu.menu_index import menu_version_token
    from arfer.menu.search import postgresql as postgresql_engine
    from arfer.menu.search import sqlite as sqlite_engine

    asked = []
    for engine in (sqlite_engine, postgresql_engine):
        ranked_ids = engine.ranked_ids

        def counted(terms, *, _ranked_ids=ranked_ids, **options):
            asked.append(terms)
            return _ranked_ids(terms, **options)

        monkeypatch.setattr(engine, "ranked_ids", counted)
    subject = practice_factory("subject", title_en="Community falls prevention scheme")
    practice_factory("other", title_en="Community falls clinic")
    published = Practice.objects.published()
    first = search.similar_to(published, subject, menu_version=menu_version_token())
    again = search.similar_to(published, subject, menu_version=menu_version_token())
    assert [p.slug for p in first] == [p.slug for p in again] == ["other"]
    assert len(asked) == 1
    practice_factory("third", title_en="Falls prevention at home")
    after = search.similar_to(published, subject, menu_version=menu_version_token())
    assert len(asked) == 2 and "third" in [p.slug for p in after]
