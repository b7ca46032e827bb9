"""Search benchmark, run by `make bench`.

Builds (once) a synthetic national-scale database with `arfer synth`, then times the menu's pages
through the whole Django stack (middleware, search, filters, facets, pagination, templates) and
the equivalent raw SQL through sqlite3 on the same file, and checks both against the performance
bars: typical search p95 <= 60 ms, the most common word p95 <= 300 ms, list and facet pages p95 <=
50 ms, and the stack within 2x of the raw SQL. Writes the table to benchmarks/results/search.json.

The last row searches a copy of that database to which many drafts sharing one made-up word have
been added (twice as many drafts as the menu has practices, by default), with that word in a few
published practices: drafts must cost the public's search nothing.

Environment: ARFER_BENCH_PRACTICES and ARFER_BENCH_BODIES (default 100000 and 10000) for a quick
run at a smaller size, and ARFER_BENCH_ADOPTIONS (default 1000000; searches read no adoption, so
fewer set a quick run up sooner); ARFER_BENCH_DRAFTS (default twice the practices) for the last
row; ARFER_BENCH_RUNS (default 50) timed runs per row after a warm-up; ARFER_BENCH_AFRESH=1 to
time every request as the first of its words at this version of the menu (nothing kept).
"""

import json
import os
import platform
import re
import sqlite3
import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "search.json"
FULL_SIZE = {"practices": 100_000, "bodies": 10_000, "adoptions": 1_000_000}
WARM_UP_RUNS = 5
# ARFER_BENCH_AFRESH=1: every request as the first of its words at this version of the menu
# (the public page cache off, the process's kept hits forgotten), which is what a search costs
# when it is not served from what an earlier one kept.
AFRESH = os.environ.get("ARFER_BENCH_AFRESH") == "1"
MAX_RATIO = 2.0
# Below this, the raw SQL is cheaper than any request through Django (about a millisecond for
# a page kept for the public), and the ratio measures that fixed cost, not the search's: the
# ratio applies to searches whose raw SQL takes at least this long.
RATIO_FROM_RAW_MS = 2.0
PAGE_SIZE = 20
# The search's own weights (arfer/menu/search/sqlite.py RANK), one per column of the index.
RANK = "bm25(menu_practice_fts, 10.0, 4.0, 1.0, 3.0, 0.6, 2.0, 0.5, 0.2)"
CARD_COLUMNS = (
    "p.id, p.slug, p.title_en, p.title_cy, p.summary_en, p.summary_cy, "
    "p.annual_saving_pence, p.is_illustrative, b.name_en, b.name_cy"
)
BODY_JOIN = "JOIN directory_body b ON b.id = p.lead_body_id"


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


@dataclass
class Case:
    name: str
    url: str
    target_ms: float
    raw: list[tuple[str, list]] = field(default_factory=list)  # the equivalent SQL statements
    ratio_applies: bool = False


@dataclass
class Timing:
    p50: float
    p95: float


def time_runs(run: Callable[[], object], runs: int) -> Timing:
    for _ in range(WARM_UP_RUNS):
        run()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        samples.append((time.perf_counter() - started) * 1000)
    return Timing(
        statistics.median(samples), statistics.quantiles(samples, n=100, method="inclusive")[94]
    )


def synthetic_database(practices: int, bodies: int) -> Path:
    """The synthetic database, made by `arfer synth` unless it already holds this size. A quick
    run at a smaller size gets a file of its own, so the full-size one is kept."""
    # Read here, so that every benchmark sharing the file asks for the same number.
    adoptions = env_int("ARFER_BENCH_ADOPTIONS", FULL_SIZE["adoptions"])
    # The same rule as arfer/settings.py, read before Django starts so that the benchmark's own
    # settings can then point at the synthetic file.
    data_dir = Path(os.environ.get("ARFER_DATA_DIR") or REPO / "var").resolve()
    name = (
        "synth.sqlite3"
        if {"practices": practices, "bodies": bodies, "adoptions": adoptions} == FULL_SIZE
        else f"synth-{bodies}-{practices}.sqlite3"
    )
    path = data_dir / name
    child_env = {k: v for k, v in os.environ.items() if k != "ARFER_SQLITE_PATH"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "arfer.cli",
            "synth",
            "--bodies",
            str(bodies),
            "--practices",
            str(practices),
            "--adoptions",
            str(adoptions),
            "--database-path",
            str(path),
            "--if-missing",
        ],
        check=True,
        env=child_env,
        cwd=REPO,
    )
    return path


DRAFTED_WORD = "kelpwort"  # in no practice of the synthetic menu
PUBLISHED_WITH_DRAFTED_WORD = 20
BENCH_DRAFT_SLUG = "bench-draft-"


def applied_migrations(db: sqlite3.Connection) -> set[tuple[str, str]]:
    return set(db.execute("SELECT app, name FROM django_migrations").fetchall())


def crowded_by_drafts(path: Path, drafts: int) -> Path:
    """A copy of the synthetic database with `drafts` more drafts, all with DRAFTED_WORD in their
    title, and the word added to the titles of a few published practices. Made once, and again
    when the synthetic database has been migrated since. The rows go in through plain SQL, so
    the copy's own triggers index them, whichever the code that migrated it."""
    copy = path.with_name(f"{path.stem}-drafts-{drafts}.sqlite3")
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as source:
        if copy.exists():
            with closing(sqlite3.connect(copy)) as made:
                if (
                    applied_migrations(made) == applied_migrations(source)
                    and made.execute(
                        "SELECT COUNT(*) FROM menu_practice WHERE slug LIKE ?",
                        [BENCH_DRAFT_SLUG + "%"],
                    ).fetchone()[0]
                    == drafts
                ):
                    return copy
            copy.unlink()
        started = time.perf_counter()
        partial = copy.with_name(copy.name + ".partial")
        partial.unlink(missing_ok=True)
        with closing(sqlite3.connect(partial)) as target:
            source.backup(target)
    with closing(sqlite3.connect(partial)) as db, db:
        columns = [row[1] for row in db.execute("PRAGMA table_info(menu_practice)")]
        # Each new draft copies the text of an unpublished practice of the synthetic menu.
        chosen = {
            "id": "highest.id + seq.n",
            "slug": f"'{BENCH_DRAFT_SLUG}' || seq.n",
            "external_ref": f"'{BENCH_DRAFT_SLUG}' || seq.n",
            "status": "'draft'",
            "published_at": "NULL",
            "revision_of_id": "NULL",
            "title_en": f"'{DRAFTED_WORD.capitalize()} ' || t.title_en",
        }
        values = ", ".join(chosen.get(column, f"t.{column}") for column in columns)
        db.execute(
            f"""INSERT INTO menu_practice ({", ".join(columns)})
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?),
            templates AS (SELECT row_number() OVER (ORDER BY id) - 1 AS k, *
                          FROM menu_practice WHERE status != 'published'),
            highest AS (SELECT MAX(id) AS id FROM menu_practice)
            SELECT {values} FROM seq, highest
            JOIN templates t ON t.k = seq.n % (SELECT COUNT(*) FROM templates)""",
            [drafts],
        )
        db.execute(
            "UPDATE menu_practice SET title_en = title_en || ' ' || ? WHERE id IN "
            "(SELECT id FROM menu_practice WHERE status = 'published' "
            "ORDER BY id LIMIT ?)",
            [DRAFTED_WORD, PUBLISHED_WITH_DRAFTED_WORD],
        )
    with closing(sqlite3.connect(partial)) as db:
        db.execute("ANALYZE")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    partial.rename(copy)
    print(
        f"{drafts:,} drafts added to a copy of the synthetic database in "
        f"{time.perf_counter() - started:.0f} s: {copy}",
        flush=True,
    )
    return copy


def drafts_case(drafts: int) -> Case:
    return Case(
        f"{DRAFTED_WORD}: {PUBLISHED_WITH_DRAFTED_WORD} published, {drafts:,} drafts",
        "/practices/?" + urlencode({"q": DRAFTED_WORD}),
        60,
        search_sql(quoted(DRAFTED_WORD)),
        ratio_applies=True,
    )


def open_raw(path: Path) -> sqlite3.Connection:
    raw = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    # The same page cache and temporary storage as the app's own connections.
    raw.execute("PRAGMA cache_size=-65536")
    raw.execute("PRAGMA temp_store=MEMORY")
    return raw


def serve_from(path: Path) -> None:
    """Point Django's connection at another database file; the next request opens it."""
    from django.db import connection

    connection.close()
    connection.settings_dict["NAME"] = str(path)


def first_page_sql(ranked: str, order: list[str]) -> str:
    """The page's ids ordered on narrow rows, then its cards: the fastest way to write it."""
    inner = ", ".join(order)
    outer = ", ".join(f"page.{term}" for term in order)
    return (
        f"SELECT {CARD_COLUMNS} FROM ({ranked} ORDER BY {inner} LIMIT {PAGE_SIZE}) page "
        f"JOIN menu_practice p ON p.id = page.id {BODY_JOIN} ORDER BY {outer}"
    )


def search_sql(match: str, extra_where: str = "", extra_params=()) -> list[tuple[str, list]]:
    """What a results page needs at the least: the first page by rank, and the count."""
    matching = (
        "FROM menu_practice_fts JOIN menu_practice p ON p.id = menu_practice_fts.rowid "
        "WHERE menu_practice_fts MATCH ? AND p.status = 'published'" + extra_where
    )
    ranked = f"SELECT p.id, {RANK} AS search_rank, p.published_at {matching}"
    params = [match, *extra_params]
    return [
        (first_page_sql(ranked, ["search_rank", "published_at DESC", "id DESC"]), params),
        (f"SELECT COUNT(*) {matching}", params),
    ]


def list_sql(extra_where: str = "", extra_params=()) -> list[tuple[str, list]]:
    published = "FROM menu_practice p WHERE p.status = 'published'" + extra_where
    ranked = f"SELECT p.id, p.published_at {published}"
    return [
        (first_page_sql(ranked, ["published_at DESC", "id DESC"]), list(extra_params)),
        (f"SELECT COUNT(*) {published}", list(extra_params)),
    ]


def quoted(query: str) -> str:
    return " ".join(f'"{word}"' for word in query.split())


def build_cases(queries: dict) -> list[Case]:
    from django.db.models import Count

    from arfer.directory.models import Area, Body
    from arfer.menu.models import Practice
    from arfer.menu.search import significant_terms

    region = Area.objects.regions().order_by("name_en").first()
    # A practice from the middle of the menu, with Welsh text like a third of them.
    published = Practice.objects.published().exclude(title_cy="").order_by("pk")
    practice = published[published.count() // 2]
    facet_where = (
        " AND p.prevention_tier = 'primary' AND EXISTS (SELECT 1 FROM "
        "menu_practice_regions r WHERE r.practice_id = p.id AND r.area_id = ?)"
    )
    facets = {"tier": "primary", "region": region.slug}
    similar_terms = significant_terms(
        " ".join([practice.title_en, practice.title_cy, practice.summary_en, practice.summary_cy])
    )

    cases = []
    for key, label, target in [
        ("rare", "rare word", 60),
        ("typical", "typical two words", 60),
        ("most_common_distinctive", "most common distinctive word", 300),
        ("most_common", "most common word", 300),
    ]:
        query = queries[key]["query"]
        cases.append(
            Case(
                f"{label}: {query}",
                "/practices/?" + urlencode({"q": query}),
                target,
                search_sql(quoted(query)),
                ratio_applies=True,
            )
        )
    typical = queries["typical"]["query"]
    cases.append(
        Case(
            f"typical + facets: {typical}, tier, region",
            "/practices/?" + urlencode({"q": typical, **facets}),
            60,
            search_sql(quoted(typical), facet_where, [region.pk]),
            ratio_applies=True,
        )
    )
    cases.append(
        Case(
            "facet page: tier, region (no search)",
            "/practices/?" + urlencode(facets),
            50,
            list_sql(facet_where, [region.pk]),
        )
    )
    cases.append(Case("list page (no search)", "/practices/", 50, list_sql()))
    # The body leading the most practices, and a local authority area: the lead body and area
    # filters (the area one reads the footprint each practice's lead and partners give it).
    lead = Body.objects.annotate(led=Count("led_practices")).order_by("-led", "pk").first()
    local_authority = Area.objects.filter(kind="local_authority").order_by("name_en").first()
    cases.append(
        Case(
            "filter page: lead body, area (no search)",
            "/practices/?" + urlencode({"lead_body": lead.slug, "area": local_authority.slug}),
            50,
            list_sql(" AND p.lead_body_id = ?", [lead.pk]),
        )
    )
    cases.append(
        Case(
            "practice detail",
            practice.get_absolute_url(),
            50,
            [
                (
                    "SELECT * FROM menu_practice p JOIN directory_body b ON b.id = p.lead_body_id "
                    "WHERE p.slug = ?",
                    [practice.slug],
                ),
                *search_sql(
                    " OR ".join(f'"{t}"' for t in similar_terms), " AND p.id != ?", [practice.pk]
                )[:1],
            ],
        )
    )
    return cases


RESULT_COUNT = re.compile(r'id="result-count">\s*(.*?)\s*(?:·|</p>)', re.S)


def shown_count(html: str) -> str:
    found = RESULT_COUNT.search(html)
    if not found:
        return "-"
    text = " ".join(found.group(1).split())
    number = re.search(r"[\d,]+", text)
    return (number.group(0) + ("+" if text.startswith("More") else "")) if number else text


# Welsh as people write it, beside the synthetic menu's own queries (its text holds Welsh too).
WELSH_QUERIES = ["yng Nghaerdydd", "gofal cymdeithasol", "ei ofal", "pobl hyn"]


def time_the_search_alone(queries: dict, runs: int) -> list[dict]:
    """The search itself (`search.matching`: words to ranked ids, forms and all), without the
    page around it. Its hits are not kept between runs; what the search keeps per version of
    the menu (how many practices hold each word, on SQLite) is."""
    from arfer.menu import search
    from arfer.menu.menu_index import current_menu_index

    token = current_menu_index().token
    timed = []
    for text in [*(queries[key]["query"] for key in queries), *WELSH_QUERIES]:
        found = search.matching(text, menu_version=token)
        hits = 0 if found is None else len(found[0])
        timing = time_runs(lambda text=text: search.matching(text, menu_version=token), runs)
        timed.append(
            {
                "query": text,
                "hits": hits,
                "p50_ms": round(timing.p50, 2),
                "p95_ms": round(timing.p95, 2),
            }
        )
    return timed


def print_the_search_alone(timed: list[dict]) -> None:
    print("\nThe search alone (words to ranked ids), p50 / p95 ms:")
    for row in timed:
        timing = f"{row['p50_ms']:6.1f} / {row['p95_ms']:6.1f}"
        print(f"  {row['query']:30} {row['hits']:>7,} hits  {timing}")


def get(client, url: str):
    if AFRESH:
        from arfer.menu import hits_cache

        hits_cache.forget_all()
    return client.get(url)


def measure(case: Case, client, raw: sqlite3.Connection, runs: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(case.url)
    if response.status_code != 200:
        raise SystemExit(f"{case.url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as captured:
        client.get(case.url)
    query_count = len(captured)  # read now: every later request clears the query log
    stack = time_runs(lambda: get(client, case.url), runs)
    raw_timing = time_runs(
        lambda: [raw.execute(sql, params).fetchall() for sql, params in case.raw], runs
    )
    ratio = stack.p50 / raw_timing.p50 if raw_timing.p50 else float("inf")
    missed = [
        name
        for name, missed in [
            ("p95", stack.p95 > case.target_ms),
            (
                "ratio",
                case.ratio_applies and raw_timing.p50 >= RATIO_FROM_RAW_MS and ratio > MAX_RATIO,
            ),
        ]
        if missed
    ]
    return {
        "query": case.name,
        "url": case.url,
        "hits": shown_count(response.content.decode()),
        "sql_queries": query_count,
        "p50_ms": round(stack.p50, 2),
        "p95_ms": round(stack.p95, 2),
        "target_p95_ms": case.target_ms,
        "raw_p50_ms": round(raw_timing.p50, 2),
        "raw_p95_ms": round(raw_timing.p95, 2),
        "stack_raw_ratio": round(ratio, 2),
        "stack_over_raw_ms": round(stack.p50 - raw_timing.p50, 2),
        "ratio_target": MAX_RATIO if case.ratio_applies else None,
        "passed": not missed,
        "missed": missed,
    }


COLUMNS = [
    ("query", 50, "{:<50.50}"),
    ("hits", 8, "{:>8}"),
    ("SQL", 4, "{:>4}"),
    ("p50 ms", 8, "{:>8.1f}"),
    ("p95 ms", 8, "{:>8.1f}"),
    ("target", 6, "{:>6.0f}"),
    ("raw p50", 8, "{:>8.1f}"),
    ("ratio", 6, "{:>5.1f}x"),
    ("+ms", 7, "{:>7.1f}"),
    ("result", 0, "{}"),
]


def table_line(row: dict) -> str:
    values = [
        row["query"],
        row["hits"],
        row["sql_queries"],
        row["p50_ms"],
        row["p95_ms"],
        row["target_p95_ms"],
        row["raw_p50_ms"],
        row["stack_raw_ratio"],
        row["stack_over_raw_ms"],
        "pass" if row["passed"] else "FAIL (" + ", ".join(row["missed"]) + ")",
    ]
    return " ".join(
        form.format(value) for (_n, _w, form), value in zip(COLUMNS, values, strict=True)
    )


def main() -> int:
    practices = env_int("ARFER_BENCH_PRACTICES", FULL_SIZE["practices"])
    bodies = env_int("ARFER_BENCH_BODIES", FULL_SIZE["bodies"])
    runs = env_int("ARFER_BENCH_RUNS", 50)
    path = synthetic_database(practices, bodies)
    summary = json.loads(path.with_suffix(".json").read_text())
    drafts = env_int("ARFER_BENCH_DRAFTS", 2 * practices)
    crowded = crowded_by_drafts(path, drafts)

    # Django reads these when it starts: the synthetic file, production-like (no debug query log).
    os.environ.pop("DATABASE_URL", None)
    os.environ["ARFER_SQLITE_PATH"] = str(path)
    os.environ["ARFER_DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    # The static folder only exists once collectstatic has run; pages do not need it here.
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from django.test import Client

    if AFRESH:
        # Every run searches as the first search of its words at this version of the menu:
        # no page kept for the public, no hits kept by the process.
        from django.conf import settings

        settings.CACHES["public_pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

    client = Client()
    raw = open_raw(path)

    print(
        f"{practices:,} practices, {bodies:,} bodies; {runs} runs per row after "
        f"{WARM_UP_RUNS} warm-up runs; SQLite {sqlite3.sqlite_version}; {os.cpu_count()} CPUs.\n"
    )
    header = " ".join(
        f"{name:{'<' if form.startswith('{:<') else '>'}{width}}" for name, width, form in COLUMNS
    )
    print(header)
    print("-" * len(header))
    rows = []
    for case in build_cases(summary["queries"]):
        rows.append(measure(case, client, raw, runs))
        print(table_line(rows[-1]), flush=True)
    engine = time_the_search_alone(summary["queries"], runs)
    serve_from(crowded)
    with closing(open_raw(crowded)) as raw_crowded:
        rows.append(measure(drafts_case(drafts), client, raw_crowded, runs))
    print(table_line(rows[-1]), flush=True)
    print_the_search_alone(engine)

    passed = all(row["passed"] for row in rows)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "database": str(path),
                "practices": practices,
                "bodies": bodies,
                "drafts": drafts,
                "drafts_database": str(crowded),
                "runs": runs,
                "warm_up_runs": WARM_UP_RUNS,
                "search_alone": engine,
                "sqlite": sqlite3.sqlite_version,
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "queries": summary["queries"],
                "rows": rows,
                "passed": passed,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(
        f"\nWritten to {RESULTS.relative_to(REPO)}. A row passes when its p95 is within the "
        f"target and, for searches whose raw SQL takes {RATIO_FROM_RAW_MS:.0f} ms or more, the "
        f"stack's p50 is within {MAX_RATIO:.0f}x of the raw "
        "SQL's (+ms: what the stack adds to the raw SQL)."
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
