"""Full-text search of practices: one interface, an engine per database.

`matching(queryset, raw_query)` narrows a practice queryset to the matches of what the user typed
and annotates `search_rank` (lower is better on both engines). User input never reaches the
engine's query language: `search_terms` keeps only words, which each engine then quotes itself.
"""

from django.db import connection

from .terms import search_terms, significant_terms

__all__ = ["matching", "search_terms", "similar_to"]


def _engine():
    if connection.vendor == "postgresql":
        from . import postgresql as engine
    else:
        from . import sqlite as engine
    return engine


def matching(queryset, raw_query: str):
    """The practices matching `raw_query`, annotated with `search_rank`; `None` when the query
    holds no searchable word (the caller then shows the unsearched menu)."""
    terms = search_terms(raw_query)
    if not terms:
        return None
    return _engine().matching(queryset, terms)


def similar_to(queryset, practice, limit: int = 5):
    """Practices whose text shares the most distinctive words of this one's title and summary."""
    terms = significant_terms(" ".join([practice.title_en, practice.title_cy, practice.summary_en,
                                        practice.summary_cy]))
    if not terms:
        return queryset.none()
    return (_engine().matching_any(queryset.exclude(pk=practice.pk), terms)
            .order_by("search_rank", "pk")[:limit])
