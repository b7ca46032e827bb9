"""API benchmark, run by `make bench` after the board benchmark.

On the synthetic national-scale database (`arfer synth`: 10,000 bodies, 100,000 practices,
1,000,000 adoptions), the JSON API's lists through the whole Django stack, called with a
personal token as a script would: the published menu (first page, a page deep into it by its
cursor, filtered, sorted by saving, searched for a typical and for the most common word), and
the register, ledger and directory lists. Targets as for the pages they mirror: p95 within
50 ms for a list, 60 ms for a typical search, 300 ms for the most common word.

Writes benchmarks/results/api.json. Environment: as for search.py (ARFER_BENCH_PRACTICES,
ARFER_BENCH_BODIES, ARFER_BENCH_RUNS).
"""

import json
import os
import platform
import sqlite3
import sys
import warnings
from pathlib import Path
from urllib.parse import urlencode

from rollout import Case, measure, prepare_people
from search import FULL_SIZE, WARM_UP_RUNS, env_int, synthetic_database

from arfer.core.actors import SYSTEM

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "api.json"
LIST_TARGET_MS = 50
SEARCH_TARGET_MS = 60
COMMON_WORD_TARGET_MS = 300
PAGE = 20
DEEP_PAGES = 100


def token_clients():
    """Clients sending the tokens of the rollout benchmark's programme admin and editor of the
    busiest body (made once in the synthetic database), and one sending none."""
    from django.test import Client

    from arfer.accounts.models import ApiToken, User
    from arfer.accounts.tokens import create_api_token

    _session_clients, busiest = prepare_people()
    clients = {"anonymous": Client()}
    for who, email in [
        ("programme", "bench-admin@example.org"),
        ("member", "bench-editor@example.org"),
    ]:
        user = User.objects.get(email=email)
        ApiToken.objects.filter(user=user).delete()
        raw = create_api_token(user, name="Benchmark", scope="read", actor=SYSTEM)[1]
        clients[who] = Client(headers={"Authorization": f"Bearer {raw}"})
    return clients, busiest


def deep_cursor(client, url: str) -> str:
    """The cursor of page DEEP_PAGES of a list, found by walking to it."""
    cursor = None
    for _page in range(DEEP_PAGES - 1):
        address = url + (f"&cursor={cursor}" if cursor else "")
        cursor = client.get(address).json()["next"]
        if cursor is None:
            break
    return cursor or ""


def main() -> int:
    practices = env_int("ARFER_BENCH_PRACTICES", FULL_SIZE["practices"])
    bodies = env_int("ARFER_BENCH_BODIES", FULL_SIZE["bodies"])
    runs = env_int("ARFER_BENCH_RUNS", 50)
    path = synthetic_database(practices, bodies)
    queries = json.loads(path.with_suffix(".json").read_text())["queries"]

    os.environ.pop("DATABASE_URL", None)
    os.environ["ARFER_SQLITE_PATH"] = str(path)
    os.environ["ARFER_DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from arfer.directory.models import Area

    clients, busiest = token_clients()
    region = Area.objects.regions().order_by("name_en").first()
    first = f"/api/v1/practices?limit={PAGE}"
    deep = deep_cursor(clients["member"], first)
    typical, common = queries["typical"]["query"], queries["most_common"]["query"]
    cases = [
        Case("menu, first page", first, "member", LIST_TARGET_MS),
        Case(
            f"menu, page {DEEP_PAGES} by its cursor",
            f"{first}&cursor={deep}",
            "member",
            LIST_TARGET_MS,
        ),
        Case(
            "menu, tier and region",
            f"{first}&tier=primary&region={region.slug}",
            "member",
            LIST_TARGET_MS,
        ),
        Case("menu, largest saving first", f"{first}&sort=saving", "anonymous", LIST_TARGET_MS),
        Case(
            f"menu, typical search: {typical}",
            f"{first}&{urlencode({'q': typical})}",
            "member",
            SEARCH_TARGET_MS,
        ),
        Case(
            f"menu, most common word: {common}",
            f"{first}&{urlencode({'q': common})}",
            "member",
            COMMON_WORD_TARGET_MS,
        ),
        Case(
            "adoptions (the register, all)",
            f"/api/v1/adoptions?limit={PAGE}",
            "programme",
            LIST_TARGET_MS,
        ),
        Case(
            "adoptions declined (public stages)",
            f"/api/v1/adoptions?limit={PAGE}&stage=declined",
            "anonymous",
            LIST_TARGET_MS,
        ),
        Case(
            "adoptions of the busiest body",
            f"/api/v1/adoptions?limit={PAGE}&body={busiest.slug}",
            "member",
            LIST_TARGET_MS,
        ),
        Case("ledger (a body's entries)", f"/api/v1/ledger?limit={PAGE}", "member", LIST_TARGET_MS),
        Case(
            "bodies in the NHS",
            f"/api/v1/bodies?limit={PAGE}&sector=nhs",
            "anonymous",
            LIST_TARGET_MS,
        ),
    ]
    print(
        f"{practices:,} practices, {bodies:,} bodies; {runs} runs per row after "
        f"{WARM_UP_RUNS} warm-up runs; SQLite {sqlite3.sqlite_version}; {os.cpu_count()} "
        f"CPUs.\n"
    )
    print(f"{'case':<52} {'who':>9} {'SQL':>4} {'p50 ms':>8} {'p95 ms':>8} {'target':>6}  result")
    rows = []
    for case in cases:
        rows.append(measure(case, clients[case.who], runs))
        row = rows[-1]
        print(
            f"{case.name:<52.52} {case.who:>9} {row['sql_queries']:>4} {row['p50_ms']:>8.1f} "
            f"{row['p95_ms']:>8.1f} {case.target_ms:>6.0f}  "
            f"{'pass' if row['passed'] else 'FAIL'}",
            flush=True,
        )
    passed = all(row["passed"] for row in rows)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "database": str(path),
                "practices": practices,
                "bodies": bodies,
                "runs": runs,
                "sqlite": sqlite3.sqlite_version,
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "rows": rows,
                "passed": passed,
            },
            indent=2,
            ensure_ascii=False,
        )
        + "\n"
    )
    print(f"\nWritten to {RESULTS.relative_to(REPO)}.")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
