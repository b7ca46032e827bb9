"""Search quality benchmark, run by `make bench` after the search benchmark.

Runs the judged query set (tests/menu/judged_queries.csv: queries in English and Welsh, each with
the demo practices a person asking it must find in the first ten results) through the menu
page's own form and listing, as a reader who is not signed in, on the demo menu, once on SQLite
and once on PostgreSQL: each engine in a process of its own, on a fresh database migrated and
loaded with the reference directory and the demo's practices. Prints mean recall@10 and MRR
(over the first ten) overall, per kind of query and per language, for each engine, and the
expected practices each engine found but ranked below the first ten. The target: recall@10 of at
least 0.9 on each engine. Writes benchmarks/results/search_quality.json, every query's first ten
included.

Environment: ARFER_BENCH_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432), the server on
which a database of the benchmark's own, arfer_bench_quality, is made afresh and dropped after;
ARFER_BENCH_QUALITY_ENGINES ("sqlite,postgresql") to run one engine only.
"""

import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from imports import load_reference_data

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "search_quality.json"
JUDGED_QUERIES = REPO / "tests" / "menu" / "judged_queries.csv"
TARGET_RECALL = 0.9
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"
POSTGRES_DATABASE = "arfer_bench_quality"
ENGINES = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/" + name))


def on_postgres_server(server: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(with_database(server, "postgres"), autocommit=True) as connection:
        connection.execute(statement)


def run_engine(engine: str, folder: Path) -> dict:
    """The judged set's results on `engine`, from a process of its own set up on a fresh
    database of that engine."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "ARFER_")) and key != "DATABASE_URL"
    }
    environment.update(ARFER_DATA_DIR=str(folder), ARFER_DEBUG="false", PYTHONUNBUFFERED="1")
    server = os.environ.get("ARFER_BENCH_POSTGRES_URL") or POSTGRES_SERVER
    drop = f'DROP DATABASE IF EXISTS "{POSTGRES_DATABASE}" WITH (FORCE)'
    if engine == "postgresql":
        on_postgres_server(server, drop)
        on_postgres_server(server, f'CREATE DATABASE "{POSTGRES_DATABASE}"')
        environment["DATABASE_URL"] = with_database(server, POSTGRES_DATABASE)
    else:
        environment["ARFER_SQLITE_PATH"] = str(folder / "arfer.sqlite3")
    answer = folder / f"{engine}.json"
    try:
        subprocess.run(
            [sys.executable, __file__, "--measure", str(answer)],
            check=True,
            env=environment,
            cwd=REPO,
        )
    finally:
        if engine == "postgresql":
            on_postgres_server(server, drop)
    return json.loads(answer.read_text())


def measure_here(answer: Path) -> None:
    """In the child: migrate the database Django is set up on, load the demo menu, run every
    judged query and write the results to `answer`."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from django.db import connection

    from arfer.demo.loader import load_demo_practices
    from arfer.demo.practices import PRACTICES
    from arfer.menu.judged_search import measure_judged
    from arfer.menu.models import Practice
    from arfer.menu.search.quality import RESULTS_READ, read_judgements, summarise

    load_reference_data()
    load_demo_practices(PRACTICES)
    published = Practice.objects.published().count()
    judgements = read_judgements(JUDGED_QUERIES)
    started = time.perf_counter()
    # Every practice the search lists, in order, to see where those missing from the first ten
    # were ranked; the measures read the first ten only.
    results = measure_judged(judgements, count=published)
    seconds = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            version = cursor.fetchone()[0]
    else:
        version = sqlite3.sqlite_version
    answer.write_text(
        json.dumps(
            {
                "engine": connection.vendor,
                "version": version,
                "practices": published,
                "seconds": round(seconds, 2),
                "summary": summarise(results),
                "queries": [
                    {
                        "query": result.judgement.query,
                        "language": result.judgement.language,
                        "kind": result.judgement.kind,
                        "expected": list(result.judgement.expected),
                        "recall_at_10": result.recall,
                        "reciprocal_rank": result.reciprocal_rank,
                        "first_ten": list(result.ranked[:RESULTS_READ]),
                        "listed": len(result.ranked),
                        "below_the_first_ten": {
                            slug: result.ranked.index(slug) + 1
                            for slug in result.missing
                            if slug in result.ranked
                        },
                    }
                    for result in results
                ],
            },
            ensure_ascii=False,
        )
    )


def table(by_engine: dict[str, dict]) -> list[str]:
    """Recall@10 and MRR per engine, overall, per kind and per language."""
    engines = list(by_engine)
    first = next(iter(by_engine.values()))["summary"]
    header = f"{'':<16}{'queries':>8}" + "".join(
        f"{ENGINES[engine] + ' recall@10':>22}{'MRR':>7}" for engine in engines
    )
    lines = [header, "-" * len(header)]

    def row(label: str, pick) -> str:
        cells = "".join(
            f"{pick(by_engine[engine]['summary'])['recall_at_10']:>22.3f}"
            f"{pick(by_engine[engine]['summary'])['mrr']:>7.3f}"
            for engine in engines
        )
        return f"{label:<16}{pick(first)['queries']:>8}{cells}"

    lines.append(row("overall", lambda summary: summary))
    for kind in first["by_kind"]:
        lines.append(row(f"  {kind}", lambda summary, kind=kind: summary["by_kind"][kind]))
    for language in first["by_language"]:
        lines.append(
            row(
                f"  {language}", lambda summary, language=language: summary["by_language"][language]
            )
        )
    return lines


def ranked_too_low(by_engine: dict[str, dict]) -> list[str]:
    """The expected practices an engine found, but below the first ten."""
    lines = []
    for engine, measured in by_engine.items():
        for query in measured["queries"]:
            for slug, position in query["below_the_first_ten"].items():
                lines.append(
                    f"  {ENGINES[engine]}: {query['query']!r} ({query['kind']}) lists {slug} "
                    f"at {position} of {query['listed']}"
                )
    return lines


def main() -> int:
    chosen = os.environ.get("ARFER_BENCH_QUALITY_ENGINES") or ",".join(ENGINES)
    engines = [engine.strip() for engine in chosen.split(",") if engine.strip()]
    unknown = [engine for engine in engines if engine not in ENGINES]
    if unknown:
        raise SystemExit(f"ARFER_BENCH_QUALITY_ENGINES: unknown {', '.join(unknown)}")
    by_engine = {}
    with tempfile.TemporaryDirectory(prefix="arfer-search-quality-") as folder:
        for engine in engines:
            by_engine[engine] = run_engine(engine, Path(folder))
    first = next(iter(by_engine.values()))
    languages = first["summary"]["by_language"]
    print(
        f"\n{first['summary']['queries']} judged queries ("
        + ", ".join(f"{figures['queries']} {language}" for language, figures in languages.items())
        + f") on the demo menu ({first['practices']} practices); the first ten results of the "
        "menu page as the public sees it. Target: recall@10 >= "
        f"{TARGET_RECALL} on each engine.\n"
    )
    print("\n".join(table(by_engine)))
    print(
        "\nQueries that list nothing at all: "
        + ", ".join(
            f"{ENGINES[engine]} {sum(not query['listed'] for query in measured['queries'])}"
            for engine, measured in by_engine.items()
        )
        + "."
    )
    too_low = ranked_too_low(by_engine)
    print(
        "Expected practices found, but below the first ten:"
        + ("\n" + "\n".join(too_low) if too_low else " none.")
    )
    passed = {
        engine: measured["summary"]["recall_at_10"] >= TARGET_RECALL
        for engine, measured in by_engine.items()
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "judged_queries": str(JUDGED_QUERIES.relative_to(REPO)),
                "target_recall_at_10": TARGET_RECALL,
                "python": platform.python_version(),
                "engines": {
                    engine: {**measured, "passed": passed[engine]}
                    for engine, measured in by_engine.items()
                },
                "passed": all(passed.values()),
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(
        f"\n{', '.join(ENGINES[e] + (' pass' if ok else ' FAIL') for e, ok in passed.items())}."
        f" Written to {RESULTS.relative_to(REPO)}."
    )
    return 0 if all(passed.values()) else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        measure_here(Path(sys.argv[2]))
    else:
        sys.exit(main())
