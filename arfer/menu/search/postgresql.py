"""PostgreSQL full text: `menu_practice.search_vector` is a stored generated tsvector (the
`simple` configuration: PostgreSQL has no Welsh one) with a GIN index, created by the migration."""

from django.db import connection


def ranked_ids(terms: list[str], *, any_term: bool = False,
               limit: int | None = None) -> list[tuple[int, float]]:
    if any_term:
        # Terms are plain words (see terms.py), each quoted as a lexeme and joined by OR.
        query = "to_tsquery('simple', %s)"
        text = " | ".join("'" + term + "'" for term in terms)
    else:
        # plainto_tsquery treats its input as plain words joined by AND, whatever it contains.
        query = "plainto_tsquery('simple', %s)"
        text = " ".join(terms)
    # Negated so that, as with SQLite's bm25, lower is better.
    sql = (f"SELECT id, -ts_rank_cd(search_vector, {query}, 1) AS rank FROM menu_practice "
           f"WHERE search_vector @@ {query}")
    params: list = [text, text]
    if limit is not None:
        sql += " ORDER BY rank LIMIT %s"
        params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
