"""PostgreSQL full text: `menu_practice.search_vector` is a stored generated tsvector (the
`simple` configuration: PostgreSQL has no Welsh one). Its GIN index is partial, over published
practices only (migration menu 0009), and the search names that status in its WHERE clause so
that the planner can use it: drafts are neither read nor ranked."""

import numpy as np
from django.db import connection

from arfer.menu.db_triggers import INDEXED_STATUS

# A search's hits: their ids, and their ranks in the same order (lower is better).
Matches = tuple[np.ndarray, np.ndarray]


def matches(terms: list[str], *, menu_version: int | None = None) -> Matches:
    """Every hit of a search for all of `terms`, as (ids, ranks). ts_rank_cd weighs words by how
    close together they are, not by how rare, so every search is ranked alike and nothing is
    kept per menu version."""
    ranked = ranked_ids(terms)
    pairs = np.array(ranked, dtype=np.float64).reshape(-1, 2)
    return pairs[:, 0].astype(np.int64), pairs[:, 1]


def ranked_ids(
    terms: list[str], *, any_term: bool = False, limit: int | None = None
) -> list[tuple[int, float]]:
    if any_term:
        # Terms are plain words (see terms.py), each quoted as a lexeme and joined by OR.
        query = "to_tsquery('simple', %s)"
        text = " | ".join("'" + term + "'" for term in terms)
    else:
        # plainto_tsquery treats its input as plain words joined by AND, whatever it contains.
        query = "plainto_tsquery('simple', %s)"
        text = " ".join(terms)
    # Negated so that, as with SQLite's bm25, lower is better. The status is written into the
    # statement rather than passed as a parameter: the planner uses a partial index only for a
    # WHERE clause it can see implies the index's own.
    sql = (
        f"SELECT id, -ts_rank_cd(search_vector, {query}, 1) AS rank FROM menu_practice "
        f"WHERE status = {INDEXED_STATUS} AND search_vector @@ {query}"
    )
    params: list = [text, text]
    if limit is not None:
        sql += " ORDER BY rank LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
