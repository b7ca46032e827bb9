"""A search's hits kept per menu version, so that paging, filtering and re-sorting one search
do not search again.

Finding and ranking the practices that hold a very common word reads and ranks nearly the whole
menu (about 150 ms for "and" at 100,000 practices); the facet counts need every hit, not only a
page of them. A person who searched then ticks filters, changes the order or turns the page, and
each of those is a new address asking the same search. The hits, as arrays of the index's
positions and ranks, are kept under the menu's version (which changes with every write the
search index holds, menu/models.py MenuVersion) and the search's words, in each process, within
a bound on their total size.
"""

import numpy as np
from django.db import connection

from arfer.core.kept import Kept

from . import search
from .facets import search_hits
from .menu_index import MenuIndex

# Hits kept in all, summed over the kept searches: 16 bytes each, so at most 32 MB a process.
MOST_KEPT_HITS = 2_000_000

Hits = tuple[np.ndarray, np.ndarray]

_kept = Kept(MOST_KEPT_HITS)
NO_MATCHES = (np.empty(0, dtype=np.int64), np.empty(0))


def hits_for(index: MenuIndex, raw_query: str) -> Hits | None:
    """(positions, ranks) of the published practices matching `raw_query` in `index`; None when
    the query holds no word to search for."""
    terms = search.search_terms(raw_query)
    if not terms:
        return None
    if index.token is None:
        return search_hits(index, *(search.matching(raw_query) or NO_MATCHES))
    key = (connection.alias, str(connection.settings_dict["NAME"]), index.token, tuple(terms))
    hits = _kept.get(key)
    if hits is None:
        hits = search_hits(
            index, *(search.matching(raw_query, menu_version=index.token) or NO_MATCHES)
        )
        _kept.put(key, hits, size=len(hits[0]))
    return hits


def forget_all() -> None:
    _kept.clear()
