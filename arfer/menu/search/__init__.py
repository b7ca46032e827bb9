"""Full-text search of practices: one interface, an engine per database.

`ranked_matches(raw_query)` returns the ids of every published practice matching what the user
typed, with a rank (lower is better on both engines); `None` when the query holds no searchable
word. Both engines index published practices only, so drafts, however many share a word, cost a
search nothing. User input never reaches the engine's query language: `search_terms` keeps only
words, which each engine then quotes itself. Callers still filter the ids by what the reader may
see (the menu index, `visible_to`).
"""

from django.db import connection

from .terms import search_terms, significant_terms

__all__ = ["ranked_matches", "search_terms", "similar_to"]

SIMILAR_CANDIDATES = 50


def _engine():
    if connection.vendor == "postgresql":
        from . import postgresql

        return postgresql
    from . import sqlite

    return sqlite


def ranked_matches(raw_query: str) -> list[tuple[int, float]] | None:
    terms = search_terms(raw_query)
    if not terms:
        return None
    return _engine().ranked_ids(terms)


def similar_to(queryset, practice, limit: int = 5) -> list:
    """Practices from `queryset` whose text shares the most distinctive words of this one's
    title and summary, best first."""
    terms = significant_terms(
        " ".join([practice.title_en, practice.title_cy, practice.summary_en, practice.summary_cy])
    )
    if not terms:
        return []
    ranked = _engine().ranked_ids(terms, any_term=True, limit=SIMILAR_CANDIDATES)
    rank_of = {pk: rank for pk, rank in ranked if pk != practice.pk}
    candidates = queryset.filter(pk__in=list(rank_of))
    return sorted(candidates, key=lambda other: (rank_of[other.pk], other.pk))[:limit]
