"""SQLite FTS5: `menu_practice_fts` holds title, summary and body text in both languages, kept in
step with `menu_practice` by triggers (see the migration), so every write path, admin and import
included, updates the index in the same transaction."""

FTS_TABLE = "menu_practice_fts"
# bm25 weights per column: title, summary, body.
RANK = f"bm25({FTS_TABLE}, 10.0, 4.0, 1.0)"


def match_expression(terms: list[str]) -> str:
    # Each word becomes a quoted FTS5 string; terms hold no quote characters (see terms.py).
    return " ".join(f'"{term}"' for term in terms)


def matching(queryset, terms: list[str]):
    return queryset.extra(  # noqa: S610 - user words travel as bound parameters
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = menu_practice.id", f"{FTS_TABLE} MATCH %s"],
        params=[match_expression(terms)],
        select={"search_rank": RANK},
    )


def matching_any(queryset, terms: list[str]):
    return queryset.extra(  # noqa: S610 - user words travel as bound parameters
        tables=[FTS_TABLE],
        where=[f"{FTS_TABLE}.rowid = menu_practice.id", f"{FTS_TABLE} MATCH %s"],
        params=[" OR ".join(f'"{term}"' for term in terms)],
        select={"search_rank": RANK},
    )
