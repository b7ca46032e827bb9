"""PostgreSQL full text: `menu_practice.search_vector` is a stored generated tsvector (the
`simple` configuration: PostgreSQL has no Welsh one) with a GIN index, created by the migration."""

QUERY = "plainto_tsquery('simple', %s)"


def matching(queryset, terms: list[str]):
    # plainto_tsquery treats its input as plain words joined by AND, whatever it contains.
    text = " ".join(terms)
    return queryset.extra(  # noqa: S610 - user words travel as bound parameters
        where=[f"menu_practice.search_vector @@ {QUERY}"],
        params=[text],
        select={"search_rank": f"-ts_rank_cd(menu_practice.search_vector, {QUERY}, 1)"},
        select_params=[text],
    )


def matching_any(queryset, terms: list[str]):
    # Terms are plain words (see terms.py); each is quoted as a tsquery lexeme and joined by OR.
    text = " | ".join("'" + term + "'" for term in terms)
    query = "to_tsquery('simple', %s)"
    return queryset.extra(  # noqa: S610 - user words travel as bound parameters
        where=[f"menu_practice.search_vector @@ {query}"],
        params=[text],
        select={"search_rank": f"-ts_rank_cd(menu_practice.search_vector, {query}, 1)"},
        select_params=[text],
    )
