"""Board benchmark, run by `make bench` after the rollout benchmark.

On the synthetic national-scale database (`arfer synth`: 10,000 bodies, 100,000 practices,
1,000,000 adoptions and their ledger entries), with five workstreams sharing the practices and a
year of board meetings added here once:

1. how long each of the board's figures takes to calculate (`arfer boardfigures`: what a
   schedule, or a page after a change on a small programme, pays);
2. the board's pages through the whole Django stack, reading those figures (target: p95 within
   500 ms for the dashboard and each gap page);
3. the board pack as a PDF, in English and in Welsh (target: within 10 s).

Writes benchmarks/results/board.json. Environment: as for search.py (ARFER_BENCH_PRACTICES,
ARFER_BENCH_BODIES, ARFER_BENCH_RUNS).
"""

import datetime
import json
import os
import platform
import sqlite3
import statistics
import sys
import time
import warnings
from pathlib import Path

from rollout import Case, measure, prepare_people
from search import FULL_SIZE, WARM_UP_RUNS, env_int, synthetic_database

from arfer.core.actors import SYSTEM

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "board.json"
PAGE_TARGET_MS = 500
PACK_TARGET_S = 10
PACK_RUNS = 3
WORKSTREAMS = [
    "Integrated care",
    "Prevention",
    "Shared services",
    "Workforce and digital",
    "Community resilience",
]


def prepare_board() -> None:
    """Workstreams (every practice in one of them, with yearly targets) and a year of board
    meetings with actions, added once to the synthetic database."""
    from django.db import transaction

    from arfer.board import actions
    from arfer.board.models import Meeting, Workstream, WorkstreamPractice
    from arfer.directory.models import Body
    from arfer.menu.models import Practice

    if Meeting.objects.exists():
        return
    sponsor = Body.objects.order_by("pk").first()
    with transaction.atomic():
        streams = [
            Workstream.objects.filter(name_en=name).first()
            or actions.save_workstream({"name_en": name, "sponsor": sponsor}, actor=SYSTEM)
            for name in WORKSTREAMS
        ]
        # In bulk, as `arfer synth` writes the rest: a hundred thousand rows through the
        # action one by one would take minutes and prove nothing more.
        WorkstreamPractice.objects.bulk_create(
            [
                WorkstreamPractice(workstream=streams[pk % len(streams)], practice_id=pk)
                for pk in Practice.objects.values_list("pk", flat=True)
            ],
            batch_size=5_000,
            ignore_conflicts=True,
        )
        for stream in streams:
            for year in range(2010, 2028):
                actions.set_workstream_target(
                    stream, year, 2_000_000_000 * (year - 2009), actor=SYSTEM
                )
        start = datetime.date.today() - datetime.timedelta(days=360)
        bodies = list(Body.objects.order_by("pk")[:40])
        for number in range(7):
            meeting = actions.save_meeting(
                {
                    "kind": "board",
                    "title_en": f"Board meeting {number + 1}",
                    "date": start + datetime.timedelta(days=60 * number),
                    "place": "Cardiff",
                    "agenda_en": "Savings\nGaps\nActions",
                },
                actor=SYSTEM,
                attending=bodies[:20],
            )
            actions.add_decision(
                meeting, {"text_en": "Drive adoption where the gaps are."}, actor=SYSTEM
            )
            for i in range(4):
                actions.add_action(
                    meeting,
                    {
                        "text_en": f"Action {i + 1} of meeting {number + 1}",
                        "owner_body": bodies[(number * 4 + i) % len(bodies)],
                        "owner_name": "Director",
                        "rag": "amber",
                        "due_date": meeting.date + datetime.timedelta(days=45),
                    },
                    actor=SYSTEM,
                )


def calculate_figures() -> list[dict]:
    from arfer.board import snapshots
    from arfer.board.figures import SNAPSHOTS

    rows = []
    for name, compute in SNAPSHOTS.items():
        figures = snapshots.recalculate(name, compute)
        rows.append({"figure": name, "seconds": round(figures.duration_ms / 1000, 2)})
        print(f"  {name:<20} {figures.duration_ms / 1000:>6.1f} s", flush=True)
    return rows


def time_pack() -> list[dict]:
    from arfer.board.models import Meeting
    from arfer.board.pdf import render_pack_pdf

    meeting = Meeting.objects.order_by("-date").first()
    rows = []
    for language in ("en", "cy"):
        samples, size = [], 0
        for _ in range(PACK_RUNS):
            started = time.perf_counter()
            size = len(render_pack_pdf(meeting, language=language))
            samples.append(time.perf_counter() - started)
        median = statistics.median(samples)
        rows.append(
            {
                "language": language,
                "median_s": round(median, 2),
                "max_s": round(max(samples), 2),
                "bytes": size,
                "target_s": PACK_TARGET_S,
                "passed": max(samples) <= PACK_TARGET_S,
            }
        )
        print(
            f"  board pack PDF ({language}): median {median:.2f} s, slowest "
            f"{max(samples):.2f} s, {size:,} bytes",
            flush=True,
        )
    return rows


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
    from arfer.rollout.models import Adoption

    prepare_board()
    clients, _busiest = prepare_people()
    print(
        f"{practices:,} practices, {bodies:,} bodies, {Adoption.objects.count():,} "
        f"adoptions; SQLite {sqlite3.sqlite_version}; {os.cpu_count()} CPUs.\n"
    )
    print("Calculating the board's figures (arfer boardfigures):")
    calculated = calculate_figures()

    print(f"\nPages, {runs} runs per row after {WARM_UP_RUNS} warm-up runs:")
    print(f"{'case':<52} {'who':>9} {'SQL':>4} {'p50 ms':>8} {'p95 ms':>8} {'target':>6}  result")
    cases = [
        Case("dashboard", "/board/", "programme", PAGE_TARGET_MS),
        Case("coverage by region", "/board/gaps/coverage/", "programme", PAGE_TARGET_MS),
        Case(
            "coverage by sector",
            "/board/gaps/coverage/?by=sector&threshold=40",
            "programme",
            PAGE_TARGET_MS,
        ),
        Case("councils and health boards", "/board/gaps/boundaries/", "programme", PAGE_TARGET_MS),
        Case("collaboration network", "/board/gaps/network/", "programme", PAGE_TARGET_MS),
        Case("prevention shift", "/board/gaps/prevention/", "programme", PAGE_TARGET_MS),
        Case("programme at a glance", "/programme/", "anonymous", PAGE_TARGET_MS),
        Case("action log", "/board/actions/", "programme", PAGE_TARGET_MS),
    ]
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
    print()
    packs = time_pack()
    passed = all(row["passed"] for row in rows + packs)
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
                "figures_calculated": calculated,
                "pages": rows,
                "board_pack": packs,
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
