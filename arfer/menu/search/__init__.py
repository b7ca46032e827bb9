"""Full-text search of practices: one interface, an engine per database.

`matching(raw_query)` returns the ids of every published practice matching what the user typed,
with their ranks (lower is better on both engines), as two arrays; `ranked_matches` the same as
(id, rank) pairs; both `None` when the query holds no searchable word. Both engines index the
same search documents (document.py: a practice's words and their other forms, its bodies,
service areas and tier, and the glossary's translations), which only published practices have,
so drafts, however many share a word, cost a search nothing. A query's words become groups of
forms the same way (`query_groups`). User input never reaches the engine's query language:
`search_terms` keeps only words, which each engine then quotes itself. Callers still filter the
ids by what the reader may see (the menu index, `visible_to`).
"""

import numpy as np
from django.db import connection

from arfer.core.kept import Kept

from .document import query_groups
from .indexing import query_forms, refresh_before_search
from .terms import search_terms, significant_terms

__all__ = ["matching", "ranked_matches", "respelled_query", "search_terms", "similar_to"]

SIMILAR_CANDIDATES = 50


def _engine():
    if connection.vendor == "postgresql":
        from . import postgresql

        return postgresql
    from . import sqlite

    return sqlite


def matching(
    raw_query: str, *, menu_version: int | None = None
) -> tuple[np.ndarray, np.ndarray] | None:
    """(ids, ranks). Given the menu's version (menu_index.menu_version_token), an engine may
    keep what it learns of the words between searches."""
    terms = search_terms(raw_query)
    if not terms:
        return None
    _up_to_date(menu_version)
    return _engine().matches(query_groups(terms, query_forms()), menu_version=menu_version)


# The menu version, per database, at which this process last found the search queue empty.
_refreshed_at: dict[tuple[str, str], int] = {}


def _up_to_date(menu_version: int | None) -> None:
    """Make the documents of practices queued since this process last looked (indexing.py),
    so that what was just published is found. Every change that queues a practice also moves
    the menu's version, so at a version already looked at there is nothing to ask."""
    database = (connection.alias, str(connection.settings_dict["NAME"]))
    if menu_version is not None and _refreshed_at.get(database) == menu_version:
        return
    refresh_before_search()
    if menu_version is not None:
        _refreshed_at[database] = menu_version


def respelled_query(raw_query: str, *, rare: int = 0) -> str | None:
    """The query's words respelled from the index's vocabulary where no more than `rare`
    practices hold them (spelling.py); None when none needed it."""
    from .spelling import respelled_query as respell

    return respell(raw_query, query_forms(), rare=rare)


def ranked_matches(
    raw_query: str, *, menu_version: int | None = None
) -> list[tuple[int, float]] | None:
    found = matching(raw_query, menu_version=menu_version)
    if found is None:
        return None
    ids, ranks = found
    return list(zip(ids.tolist(), ranks.tolist(), strict=True))


# Candidates kept per menu version and practice: ranking every practice that shares any of eight
# words is the dearest part of a practice's page on a large menu, and its answer changes only
# when the menu does. At most this many practices' candidates (50 pairs each) a process.
MOST_KEPT_SIMILAR = 5_000
_similar_kept = Kept(MOST_KEPT_SIMILAR)


def similar_to(queryset, practice, limit: int = 5, *, menu_version: int | None = None) -> list:
    """Practices from `queryset` whose text shares the most distinctive words of this one's
    title and summary, best first. Given the menu's version (menu_index.menu_version_token),
    the candidates are worked out once per version."""
    terms = significant_terms(
        " ".join([practice.title_en, practice.title_cy, practice.summary_en, practice.summary_cy])
    )
    if not terms:
        return []
    key = (
        connection.alias,
        str(connection.settings_dict["NAME"]),
        menu_version,
        practice.pk,
        tuple(terms),
    )
    ranked = _similar_kept.get(key) if menu_version is not None else None
    if ranked is None:
        _up_to_date(menu_version)
        ranked = _engine().ranked_ids(
            [(term,) for term in terms], any_term=True, limit=SIMILAR_CANDIDATES
        )
        if menu_version is not None:
            _similar_kept.put(key, ranked)
    rank_of = {pk: rank for pk, rank in ranked if pk != practice.pk}
    # Which candidates the reader may see is asked by id alone; only the few shown are loaded
    # whole (loading fifty practices' full text to show five was most of the cost).
    visible = queryset.filter(pk__in=list(rank_of)).values_list("pk", flat=True)
    best = sorted(visible, key=lambda pk: (rank_of[pk], pk))[:limit]
    loaded = queryset.in_bulk(best)
    return [loaded[pk] for pk in best]
