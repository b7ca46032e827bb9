"""SQLite FTS5: `menu_practice_fts` indexes the search documents (document.py) of the published
practices, and of no others, read from their table (`menu_practicesearchdocument`), whose
triggers keep it in step in the same transaction as every change to a document (migration menu
0017). Drafts have no document: a search reads and ranks only what the public may see."""

import numpy as np
from django.db import connection

from arfer.core.kept import Kept

# A search's hits: their ids, and their ranks in the same order (lower is better).
Matches = tuple[np.ndarray, np.ndarray]
# A query's words, each as the forms any of which a practice may hold (document.query_groups).
Groups = list[tuple[str, ...]]

FTS_TABLE = "menu_practice_fts"
# bm25 weights per column (lower is better): title, summary, body, the other forms of the title's
# and summary's words, of the body's, the lead body's names, the rest of the context
# (partners, service areas, tier) and the glossary's translations. A form as written weighs
# more than the same word as a variant, and a body's own practices more than those it partners.
RANK = f"bm25({FTS_TABLE}, 10.0, 4.0, 1.0, 3.0, 0.6, 2.0, 0.5, 0.2)"

# Words' document frequencies kept per menu version, at most this many words a process.
MOST_KEPT_FREQUENCIES = 50_000
_kept_frequencies = Kept(MOST_KEPT_FREQUENCIES)


def match_expression(groups: Groups, *, any_term: bool) -> str:
    """Each form becomes a quoted FTS5 string (forms hold no quote characters: see terms.py);
    the forms of one word are joined by OR, the words by AND (OR for `any_term`)."""

    def either(forms: tuple[str, ...]) -> str:
        quoted = " OR ".join(f'"{form}"' for form in forms)
        return f"({quoted})" if len(forms) > 1 else quoted

    return (" OR " if any_term else " AND ").join(either(forms) for forms in groups)


def ranked_ids(
    groups: Groups, *, any_term: bool = False, limit: int | None = None
) -> list[tuple[int, float]]:
    sql = f"SELECT rowid, {RANK} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
    params: list = [match_expression(groups, any_term=any_term)]
    if limit is not None:
        sql += f" ORDER BY {RANK} LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


# bm25 read as a whole number of these, so that every rank travels in one string (below).
RANK_SCALE = 1e12


def matches(groups: Groups, *, menu_version: int | None = None) -> Matches:
    """Every hit of a search for all of `groups`, as (ids, ranks). The hits come back as one
    comma-separated string per column rather than a row each: making a Python row of each of
    60,000 hits cost more than finding them."""
    match = match_expression(groups, any_term=False)
    if menu_version is not None and not _rare_enough_to_rank(groups, menu_version):
        return _placed_by_column(match)
    # MATERIALIZED keeps bm25 in a query of its own: FTS5 refuses it inside an aggregate.
    sql = (
        f"WITH hits AS MATERIALIZED (SELECT rowid AS id, CAST({RANK} * {RANK_SCALE} AS INTEGER)"
        f" AS rank FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s) "
        "SELECT group_concat(id), group_concat(rank) FROM hits"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [match])
        ids, ranks = cursor.fetchone()
    return _numbers(ids), _numbers(ranks) / RANK_SCALE


def _rare_enough_to_rank(groups: Groups, menu_version: int) -> bool:
    """Whether bm25 is worth its cost for a search for all of `groups`. bm25 weighs each word
    by how rare it is, and FTS5 weighs a word found in more than half the indexed practices
    at almost nothing (1e-6): when every word is that common, the ranks differ only by where
    and how often the words occur, yet working them out for each hit was most of the cost of
    a search for common words (60,000 hits: 100 to 160 ms)."""
    indexed, *frequencies = _frequencies([None, *groups], menu_version)
    return any(frequency * 2 <= indexed for frequency in frequencies)


def _placed_by_column(match: str) -> Matches:
    """Every hit of `match`, ranked by the columns that hold all its words, with bm25's column
    weights: title and summary -15, title -11, summary -5, the rest -1 (lower is better; the
    newest first among equals). A sixth of the cost of bm25 or less for common words."""
    ids = _hit_ids(match)
    ranks = np.full(len(ids), -1.0)
    ranks[np.isin(ids, _hit_ids(f"{{title}} : ({match})"))] -= 10.0
    ranks[np.isin(ids, _hit_ids(f"{{summary}} : ({match})"))] -= 4.0
    return ids, ranks


def _hit_ids(match: str) -> np.ndarray:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT group_concat(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match]
        )
        return _numbers(cursor.fetchone()[0])


def _numbers(joined: str | None) -> np.ndarray:
    """Whole numbers from group_concat's comma-separated string (None when there were none)."""
    if not joined:
        return np.empty(0, dtype=np.int64)
    return np.fromstring(joined, dtype=np.int64, sep=",")


def _frequencies(groups: list[tuple[str, ...] | None], menu_version: int) -> list[int]:
    """How many indexed practices hold some form of each of `groups` (all of them for None),
    kept per menu version; those not yet kept are counted in one query, each reading its
    forms' lists of documents once."""
    database = (connection.alias, str(connection.settings_dict["NAME"]), menu_version)
    found = [_kept_frequencies.get((*database, group)) for group in groups]
    missing = [i for i, frequency in enumerate(found) if frequency is None]
    if missing:
        counts, params = [], []
        for i in missing:
            group = groups[i]
            if group is None:
                counts.append(f"(SELECT COUNT(*) FROM {FTS_TABLE}_docsize)")
            else:
                counts.append(f"(SELECT COUNT(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s)")
                params.append(match_expression([group], any_term=False))
        with connection.cursor() as cursor:
            cursor.execute("SELECT " + ", ".join(counts), params)
            for i, frequency in zip(missing, cursor.fetchone(), strict=True):
                found[i] = frequency
                _kept_frequencies.put((*database, groups[i]), frequency)
    return [int(frequency or 0) for frequency in found]
