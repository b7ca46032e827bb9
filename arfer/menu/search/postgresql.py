"""PostgreSQL full text: `menu_practicesearchdocument.search_vector`, a stored generated tsvector
of the search documents (document.py) of the published practices, weighted A to D (migration
menu 0017), with a GIN index. Only published practices have a document, so drafts are neither
read nor ranked. The `simple` configuration (PostgreSQL has no Welsh one) only lowers case:
every other form of a word is in the document already."""

import numpy as np
from django.db import connection

# A search's hits: their ids, and their ranks in the same order (lower is better).
Matches = tuple[np.ndarray, np.ndarray]
# A query's words, each as the forms any of which a practice may hold (document.query_groups).
Groups = list[tuple[str, ...]]


def matches(groups: Groups, *, menu_version: int | None = None) -> Matches:
    """Every hit of a search for all of `groups`, as (ids, ranks). ts_rank_cd weighs words by
    how close together they are, not by how rare, so every search is ranked alike and nothing
    is kept per menu version."""
    ranked = ranked_ids(groups)
    pairs = np.array(ranked, dtype=np.float64).reshape(-1, 2)
    return pairs[:, 0].astype(np.int64), pairs[:, 1]


def tsquery(groups: Groups, *, any_term: bool) -> str:
    """Each form quoted as a lexeme (forms are plain words: see terms.py), the forms of one word
    joined by |, the words by & (| for `any_term`)."""

    def either(forms: tuple[str, ...]) -> str:
        return "(" + " | ".join(f"'{form}'" for form in forms) + ")"

    return (" | " if any_term else " & ").join(either(forms) for forms in groups)


def ranked_ids(
    groups: Groups, *, any_term: bool = False, limit: int | None = None
) -> list[tuple[int, float]]:
    query = "to_tsquery('simple', %s)"
    text = tsquery(groups, any_term=any_term)
    # Negated so that, as with SQLite's bm25, lower is better.
    sql = (
        f"SELECT practice_id, -ts_rank_cd(search_vector, {query}, 1) AS rank "
        f"FROM menu_practicesearchdocument WHERE search_vector @@ {query}"
    )
    params: list = [text, text]
    if limit is not None:
        sql += " ORDER BY rank LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
