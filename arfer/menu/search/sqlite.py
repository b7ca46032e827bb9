"""SQLite FTS5: `menu_practice_fts` holds the title, summary and body text in both languages of
every published practice, and of no other. Triggers on `menu_practice` (menu/db_triggers.py) add
a practice when it is published, follow its edits and remove it when it stops being published, in
the same transaction as the write, so every write path, admin included, keeps it in step; a bulk
import queues its practices instead and the index catches up after its transaction
(`db_triggers.indexed_after_the_write`). Drafts never enter it: a search reads and ranks only
what the public may see."""

from django.db import connection

FTS_TABLE = "menu_practice_fts"
# bm25 weights per column: title, summary, body. Lower is better.
RANK = f"bm25({FTS_TABLE}, 10.0, 4.0, 1.0)"


def match_expression(terms: list[str], *, any_term: bool) -> str:
    # Each word becomes a quoted FTS5 string; terms hold no quote characters (see terms.py).
    return (" OR " if any_term else " ").join(f'"{term}"' for term in terms)


def ranked_ids(
    terms: list[str], *, any_term: bool = False, limit: int | None = None
) -> list[tuple[int, float]]:
    sql = f"SELECT rowid, {RANK} FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s"
    params: list = [match_expression(terms, any_term=any_term)]
    if limit is not None:
        sql += f" ORDER BY {RANK} LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
