"""Rollout benchmark, run by `make bench` after the search benchmark.

Times the rollout's pages through the whole Django stack on the synthetic national-scale
database (`arfer synth`: 10,000 bodies, 100,000 practices, 1,000,000 adoptions and their ledger
entries): a practice's rollout map, a body page with its peers' suggestions, the register and
the ledger as the programme sees them (every row) and as a body sees them, filtered pages, the
savings against target, and a filtered export. Writes benchmarks/results/rollout.json.

Environment: as for search.py (ARFER_BENCH_PRACTICES, ARFER_BENCH_BODIES, ARFER_BENCH_RUNS).
"""

import json
import os
import platform
import sqlite3
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

from search import FULL_SIZE, WARM_UP_RUNS, env_int, synthetic_database, time_runs

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "rollout.json"
# List and detail pages: the brief's bar for list pages. Programme-wide totals: the dashboards'.
# A download of tens of thousands of rows: our own bar, since nobody waits on it page by page.
LIST_TARGET_MS = 50
TOTALS_TARGET_MS = 500
EXPORT_TARGET_MS = 5_000


@dataclass
class Case:
    name: str
    url: str
    who: str  # "anonymous", "programme" (a programme admin) or "member" (a body's editor)
    target_ms: float


def prepare_people():
    """A programme admin and an editor of the body with the most adoptions, made once in the
    synthetic database, and their clients (signed in as with their two-factor code)."""
    from django.db.models import Count
    from django.test import Client

    from arfer.accounts import sign_in
    from arfer.accounts.models import Membership, TwoFactorDevice, User
    from arfer.accounts.totp import new_secret
    from arfer.directory.models import Body

    admin, _ = User.objects.get_or_create(
        email="bench-admin@example.org", defaults={"programme_role": "admin"}
    )
    TwoFactorDevice.objects.get_or_create(user=admin, defaults={"secret": new_secret()})
    busiest = Body.objects.annotate(n=Count("adoptions")).order_by("-n").first()
    editor, _ = User.objects.get_or_create(email="bench-editor@example.org")
    Membership.objects.get_or_create(user=editor, body=busiest, defaults={"role": "editor"})
    clients = {"anonymous": Client()}
    for who, user in [("programme", admin), ("member", editor)]:
        client = Client()
        client.force_login(user)
        session = client.session
        session[sign_in.STATE_KEY] = sign_in.VERIFIED
        session.save()
        clients[who] = client
    return clients, busiest


def build_cases(busiest) -> list[Case]:
    from django.db.models import Count

    from arfer.rollout.models import Adoption

    by_practice = list(
        Adoption.objects.values_list("practice__slug")
        .annotate(n=Count("pk"))
        .order_by("-n", "practice__slug")
    )
    widest, typical = by_practice[0][0], by_practice[len(by_practice) // 2][0]
    return [
        Case(
            f"rollout map, most adopted practice ({by_practice[0][1]:,})",
            f"/practices/{widest}/rollout/",
            "anonymous",
            LIST_TARGET_MS,
        ),
        Case(
            f"rollout map, typical practice ({by_practice[len(by_practice) // 2][1]:,})",
            f"/practices/{typical}/rollout/",
            "anonymous",
            LIST_TARGET_MS,
        ),
        Case(
            "body page: council with peers' suggestions",
            "/bodies/carmarthenshire-county-council/",
            "anonymous",
            LIST_TARGET_MS,
        ),
        Case(
            "body page: the busiest body", busiest.get_absolute_url(), "anonymous", LIST_TARGET_MS
        ),
        Case(
            "register, programme, every adoption",
            "/rollout/adoptions/",
            "programme",
            LIST_TARGET_MS,
        ),
        Case(
            "register, programme, declined NHS",
            "/rollout/adoptions/?stage=declined&sector=nhs",
            "programme",
            LIST_TARGET_MS,
        ),
        Case(
            "register, the busiest body's editor", "/rollout/adoptions/", "member", LIST_TARGET_MS
        ),
        Case("ledger, programme, every entry", "/rollout/savings/", "programme", TOTALS_TARGET_MS),
        Case(
            "ledger, programme, realised 2020-21",
            "/rollout/savings/?financial_year=2020&certainty=realised",
            "programme",
            TOTALS_TARGET_MS,
        ),
        Case("ledger, the busiest body's editor", "/rollout/savings/", "member", LIST_TARGET_MS),
        Case("savings against target", "/rollout/targets/", "programme", TOTALS_TARGET_MS),
        Case(
            "register export CSV, declined NHS",
            "/rollout/adoptions/export.csv?stage=declined&sector=nhs",
            "programme",
            EXPORT_TARGET_MS,
        ),
    ]


def measure(case: Case, client, runs: int) -> dict:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(case.url)
    if response.status_code != 200:
        raise SystemExit(f"{case.url} answered {response.status_code} to {case.who}")
    with CaptureQueriesContext(connection) as captured:
        client.get(case.url)
    query_count = len(captured)
    timing = time_runs(lambda: client.get(case.url), runs)
    return {
        "case": case.name,
        "url": case.url,
        "who": case.who,
        "sql_queries": query_count,
        "bytes": len(response.content),
        "p50_ms": round(timing.p50, 2),
        "p95_ms": round(timing.p95, 2),
        "target_p95_ms": case.target_ms,
        "passed": timing.p95 <= case.target_ms,
    }


def main() -> int:
    practices = env_int("ARFER_BENCH_PRACTICES", FULL_SIZE["practices"])
    bodies = env_int("ARFER_BENCH_BODIES", FULL_SIZE["bodies"])
    runs = env_int("ARFER_BENCH_RUNS", 50)
    path = synthetic_database(practices, bodies)

    os.environ.pop("DATABASE_URL", None)
    os.environ["ARFER_SQLITE_PATH"] = str(path)
    os.environ["ARFER_DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()
    from arfer.rollout.models import Adoption, LedgerEntry

    clients, busiest = prepare_people()
    adoptions, entries = Adoption.objects.count(), LedgerEntry.objects.count()
    print(
        f"{practices:,} practices, {bodies:,} bodies, {adoptions:,} adoptions, {entries:,} "
        f"ledger entries; {runs} runs per row after {WARM_UP_RUNS} warm-up runs; SQLite "
        f"{sqlite3.sqlite_version}; {os.cpu_count()} CPUs.\n"
    )
    facts = {"database": str(path), "practices": practices, "bodies": bodies}
    facts |= {"adoptions": adoptions, "ledger_entries": entries, "runs": runs}
    return run_cases(build_cases(busiest), clients, runs, facts=facts, results=RESULTS)


def run_cases(cases: list[Case], clients, runs: int, *, facts: dict, results: Path) -> int:
    """Measure each case, print a line for each, write the table with the run's facts to
    `results`; 0 when every case meets its target."""
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
    results.parent.mkdir(parents=True, exist_ok=True)
    machine = {
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
    }
    summary = {**facts, **machine, "rows": rows, "passed": passed}
    results.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")
    print(f"\nWritten to {results.relative_to(REPO)}.")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
