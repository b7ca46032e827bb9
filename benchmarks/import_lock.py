"""How long a big import holds SQLite's write lock, and what that costs everybody else.

Imports a file of realistic practice rows (the rows of benchmarks/imports.py) through
`arfer import practices` into a fresh migrated SQLite database, twice: every row new, then
every row changed (a new summary). Meanwhile another process makes a one-row write every 50 ms
on a connection of its own, as a person saving a page would, and times how long each waited
for the write lock. Reports, for each import:

- its duration and rows a second (the bar: at least 2,000 validated rows a second);
- the longest wait of the other writer;
- the share of the import during which the write lock was taken, from a probe in the same
  process as the other writer that tries for the lock every 10 ms without waiting;
- the import's own write transactions, each timed from its BEGIN IMMEDIATE to its COMMIT
  returning (an upper bound: a commit that grows the WAL past its limit also checkpoints it,
  after the lock is released, before it returns).

Writes benchmarks/results/import_lock.json. Environment: ARFER_BENCH_LOCK_ROWS (default
20000).

    .venv/bin/python benchmarks/import_lock.py
"""

import io
import json
import multiprocessing
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

from imports import (
    TARGET_ROWS_PER_SECOND,
    generate_rows,
    load_reference_data,
    start_django_on,
    write_csv,
)
from search import env_int

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "import_lock.json"
OTHER_WRITER_EVERY = 0.05
PROBE_EVERY = 0.01


def other_writer(database: str, stop, found) -> None:
    """In a process of its own (no share of the import's interpreter lock): a one-row write
    transaction every 50 ms, each wait for the write lock sent back as (started, seconds); and
    beside it a probe that tries for the lock every 10 ms without waiting, each try sent back
    as (at, whether the lock was taken by someone else)."""
    db = sqlite3.connect(database, timeout=3600, isolation_level=None)
    db.execute("PRAGMA synchronous=NORMAL")  # its own commits hold the lock for microseconds
    db.execute("CREATE TABLE IF NOT EXISTS bench_other_writer (at REAL)")
    tries: list[tuple[float, bool]] = []
    probing = threading.Thread(target=_probe, args=(database, stop, tries), daemon=True)
    probing.start()
    waits = []
    while not stop.wait(OTHER_WRITER_EVERY):
        started = time.time()
        db.execute("BEGIN IMMEDIATE")  # waits here while the import holds the lock
        db.execute("INSERT INTO bench_other_writer VALUES (?)", [started])
        db.execute("COMMIT")
        waits.append((started, time.time() - started))
    db.close()
    probing.join()
    found.put((waits, tries))


def _probe(database: str, stop, tries) -> None:
    db = sqlite3.connect(database, timeout=0, isolation_level=None)
    while not stop.wait(PROBE_EVERY):
        at = time.time()
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            tries.append((at, True))
        else:
            db.execute("ROLLBACK")
            tries.append((at, False))
    db.close()


class LockHolds:
    """The import's write transactions, from this process: each from the moment its BEGIN
    IMMEDIATE returned (the lock is taken) to its COMMIT or ROLLBACK."""

    def __init__(self):
        from django.db.backends.sqlite3.base import DatabaseWrapper

        self.wrapper = DatabaseWrapper
        self.holds: list[tuple[float, float]] = []
        self.lock = threading.Lock()
        self._began: float | None = None
        self._originals = {
            name: getattr(DatabaseWrapper, name)
            for name in ("_start_transaction_under_autocommit", "_commit", "_rollback")
        }

    def __enter__(self) -> "LockHolds":
        start, commit, rollback = (
            self._originals[name]
            for name in ("_start_transaction_under_autocommit", "_commit", "_rollback")
        )
        holds = self

        def began(connection):
            start(connection)
            holds._began = time.time()

        def ended(end):
            def run(connection):
                try:
                    return end(connection)
                finally:
                    if holds._began is not None:
                        holds.holds.append((holds._began, time.time()))
                        holds._began = None

            return run

        self.wrapper._start_transaction_under_autocommit = began
        self.wrapper._commit = ended(commit)
        self.wrapper._rollback = ended(rollback)
        return self

    def __exit__(self, *_exc) -> None:
        for name, original in self._originals.items():
            setattr(self.wrapper, name, original)

    def clear(self) -> None:
        self.holds.clear()


def timed_import(path: Path) -> tuple[float, str]:
    from django.core.management import call_command

    out = io.StringIO()
    started = time.perf_counter()
    try:
        call_command("import", "practices", str(path), stdout=out, stderr=io.StringIO())
    except SystemExit as stop:
        raise SystemExit(f"The import reported problems:\n{out.getvalue()}") from stop
    return time.perf_counter() - started, out.getvalue()


def measured_import(name: str, path: Path, database: Path, holds: LockHolds, count: int) -> dict:
    context = multiprocessing.get_context("spawn")
    stop, found = context.Event(), context.Queue()
    writer = context.Process(target=other_writer, args=(str(database), stop, found))
    writer.start()
    time.sleep(1)  # the other writer is writing before the import starts
    holds.clear()
    started = time.time()
    seconds, summary = timed_import(path)
    ended = time.time()
    stop.set()
    waits, tries = found.get()
    writer.join()
    during = [wait for at, wait in waits if started <= at <= ended]
    probed = [busy for at, busy in tries if started <= at <= ended]
    held = [end - begin for begin, end in holds.holds]
    result = {
        "case": name,
        "seconds": round(seconds, 2),
        "rows_per_second": round(count / seconds),
        "target_rows_per_second": TARGET_ROWS_PER_SECOND,
        "longest_wait_of_another_writer_seconds": round(max(during, default=0.0), 3),
        "writes_of_another_writer": len(during),
        "write_lock_held_share": round(sum(probed) / max(len(probed), 1), 3),
        "longest_write_transaction_seconds": round(max(held, default=0.0), 3),
        "write_transactions_seconds": [round(hold, 3) for hold in held],
        "summary": summary.strip().splitlines(),
    }
    result["passed"] = result["rows_per_second"] >= TARGET_ROWS_PER_SECOND
    return result


def main() -> int:
    count = env_int("ARFER_BENCH_LOCK_ROWS", 20_000)
    folder = Path(tempfile.mkdtemp(prefix="arfer-lock-bench-"))
    database = folder / "arfer.sqlite3"
    start_django_on(database)
    from arfer.menu.models import Practice

    try:
        load_reference_data()
        header, rows = generate_rows(count)
        new = folder / "new.csv"
        write_csv(new, header, rows)
        summary = header.index("summary_en")
        changed = folder / "changed.csv"
        revised = [[*r[:summary], f"{r[summary]} Revised.", *r[summary + 1 :]] for r in rows]
        write_csv(changed, header, revised)
        print(
            f"{count:,} practice rows into a fresh database, another process writing one row "
            f"every {OTHER_WRITER_EVERY * 1000:.0f} ms; SQLite {sqlite3.sqlite_version}; "
            f"{os.cpu_count()} CPUs.\n"
        )
        with LockHolds() as holds:
            results = [
                measured_import("every row new", new, database, holds, count),
                measured_import("every row changed", changed, database, holds, count),
            ]
        if Practice.objects.count() != count:
            raise SystemExit(f"Imported {Practice.objects.count():,} practices, not {count:,}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    print(
        f"{'import':<18} {'seconds':>8} {'rows/s':>7} {'longest wait':>13} {'lock held':>10} "
        f"{'longest transaction':>20} {'transactions':>13}  result"
    )
    for result in results:
        print(
            f"{result['case']:<18} {result['seconds']:>8.1f} {result['rows_per_second']:>7,} "
            f"{result['longest_wait_of_another_writer_seconds']:>12.2f}s "
            f"{100 * result['write_lock_held_share']:>9.0f}% "
            f"{result['longest_write_transaction_seconds']:>19.2f}s "
            f"{len(result['write_transactions_seconds']):>13}  "
            f"{'pass' if result['passed'] else 'FAIL'}"
        )
    passed = all(result["passed"] for result in results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "rows": count,
                "sqlite": sqlite3.sqlite_version,
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "other_writer_every_seconds": OTHER_WRITER_EVERY,
                "probe_every_seconds": PROBE_EVERY,
                "results": results,
                "passed": passed,
            },
            indent=2,
        )
        + "\n"
    )
    print(f"\nWritten to {RESULTS.relative_to(REPO)}.")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
