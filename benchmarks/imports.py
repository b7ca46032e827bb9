"""Bulk import benchmark, run by `make bench`.

Writes 100,000 realistic practice rows as CSV (text drawn from the demo menu's vocabulary, as
`arfer synth` does; lead bodies from the real directory, named by slug, GSS or ODS code), then
imports them into a fresh migrated SQLite database through `arfer import practices`, timing
validation and writing together, and again unchanged (the idempotent re-run). Beside it, the
same rows written by plain `sqlite3` `executemany`: into a table with the same columns, and into
`menu_practice` itself (with its search and menu-version triggers) in a second fresh database.
The bar: at least 2,000 validated rows a second. Writes benchmarks/results/imports.json.

Environment: ARFER_BENCH_IMPORT_ROWS (default 100000) for a quick run at a smaller size.
"""

import csv
import io
import json
import os
import platform
import random
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

from search import env_int

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "imports.json"
TARGET_ROWS_PER_SECOND = 2_000
SEED = 20250401


def generate_rows(count: int) -> tuple[list[str], list[list[str]]]:
    """The header and `count` rows of a practices file, the same for a seed."""
    from arfer.demo.practices import PRACTICES
    from arfer.demo.synth import EVIDENCE_SHARES, TIER_SHARES, TextWriter
    from arfer.directory.models import Body
    from arfer.imports.columns import PRACTICES as COLUMNS
    from arfer.menu.models import ServiceArea

    rng = random.Random(SEED)
    text = TextWriter(rng, PRACTICES, tail_size=min(20_000, max(2_000, count)))
    references = []
    for slug, gss, ods in Body.objects.values_list("slug", "gss_code", "ods_code"):
        references += [slug, gss or slug, ods or slug]
    service_areas = list(ServiceArea.objects.values_list("slug", flat=True))
    header = [column.name for column in COLUMNS.columns]
    rows = []
    for number in range(1, count + 1):
        fields = text.texts("en")
        if rng.random() < 1 / 3:
            fields.update(text.texts("cy"))
        annual = rng.randint(0, 400_000)
        fields.update(
            {
                "external_ref": f"BENCH-{number:06d}",
                "lead_body": rng.choice(references),
                "service_areas": "; ".join(rng.sample(service_areas, rng.randint(1, 3))),
                "prevention_tier": rng.choices(list(TIER_SHARES), list(TIER_SHARES.values()))[0],
                "evidence_level": str(
                    rng.choices(list(EVIDENCE_SHARES), list(EVIDENCE_SHARES.values()))[0]
                ),
                "setup_cost_pounds": f"£{rng.randint(0, 90_000):,}.{rng.randint(0, 99):02d}",
                "annual_cashable_saving_pounds": f"{annual:,}",
                "start_date": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                f"{rng.randint(2012, 2024)}",
                "contact_email": f"team{number}@example.org",
                "status": "published" if rng.random() < 0.7 else "draft",
            }
        )
        for name in ("problem", "approach", "outcomes"):
            fields.setdefault(f"{name}_en", fields.get(f"{name}_en", ""))
        rows.append([str(fields.get(name, "")) for name in header])
    return header, rows


def write_csv(path: Path, header, rows) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


def timed_import(path: Path, *options: str) -> tuple[float, str]:
    from django.core.management import call_command

    out = io.StringIO()
    started = time.perf_counter()
    try:
        call_command(
            "import",
            "practices",
            str(path),
            *options,
            stdout=out,
            stderr=io.StringIO(),
            verbosity=0,
        )
    except SystemExit as stop:
        raise SystemExit(f"The import reported problems:\n{out.getvalue()}") from stop
    return time.perf_counter() - started, out.getvalue()


class OtherWriter(threading.Thread):
    """Someone else writing while the import runs: a one-row write transaction every 100 ms,
    from a connection of its own, timing how long each waited for SQLite's write lock. The
    longest wait is about the longest stretch the import held the lock."""

    def __init__(self, database: Path):
        super().__init__(daemon=True)
        self.database, self.longest, self.writes = database, 0.0, 0
        self.stopping = threading.Event()

    def run(self) -> None:
        db = sqlite3.connect(self.database, timeout=3600, isolation_level=None)
        db.execute("CREATE TABLE IF NOT EXISTS bench_other_writer (at REAL)")
        while not self.stopping.wait(0.1):
            started = time.perf_counter()
            db.execute("BEGIN IMMEDIATE")  # waits here while the import holds the lock
            db.execute("INSERT INTO bench_other_writer VALUES (?)", [started])
            db.execute("COMMIT")
            self.longest = max(self.longest, time.perf_counter() - started)
            self.writes += 1
        db.close()

    def stop(self) -> float:
        self.stopping.set()
        self.join()
        return self.longest


def raw_plain_table(folder: Path, header, rows) -> float:
    """The rows into a table with the same columns, nothing else: SQLite's own speed."""
    db = sqlite3.connect(folder / "plain.sqlite3")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute(f"CREATE TABLE practice (id INTEGER PRIMARY KEY, {', '.join(header)})")
    started = time.perf_counter()
    with db:
        db.executemany(
            f"INSERT INTO practice ({', '.join(header)}) VALUES ({', '.join('?' * len(header))})",
            rows,
        )
    seconds = time.perf_counter() - started
    db.close()
    return seconds


def raw_menu_practice(database: Path, header, rows) -> float:
    """The rows, as pence and ids, into menu_practice of a fresh database, its triggers (search
    index, menu version) firing row by row. (The import fills the search index in one
    statement at the end instead, which FTS5 does about three times as fast.)"""
    db = sqlite3.connect(database)
    db.execute("PRAGMA synchronous=FULL")
    bodies = {}
    for pk, slug, gss, ods in db.execute("SELECT id, slug, gss_code, ods_code FROM directory_body"):
        for key in (slug, gss, ods):
            if key:
                bodies.setdefault(key, pk)
    at = {name: position for position, name in enumerate(header)}
    texts = [name for name in header if name.endswith(("_en", "_cy"))]
    columns = [
        "slug",
        "external_ref",
        "status",
        "lead_body_id",
        "prevention_tier",
        "evidence_level",
        "is_illustrative",
        "works_across_boundaries",
        "version",
        "setup_cost_pence",
        "one_off_cashable_saving_pence",
        "one_off_non_cashable_saving_pence",
        "annual_cashable_saving_pence",
        "annual_non_cashable_saving_pence",
        "contact_name",
        "contact_email",
        "created_at",
        "updated_at",
        *texts,
    ]
    values = []
    for row in rows:
        values.append(
            [
                row[at["external_ref"]].lower(),
                row[at["external_ref"]],
                row[at["status"]],
                bodies[row[at["lead_body"]]],
                row[at["prevention_tier"]],
                int(row[at["evidence_level"]]),
                0,
                0,
                1,
                0,
                0,
                0,
                0,
                0,
                row[at["contact_name"]],
                row[at["contact_email"]],
                "2025-04-01 00:00:00",
                "2025-04-01 00:00:00",
                *(row[at[name]] for name in texts),
            ]
        )
    started = time.perf_counter()
    with db:
        db.executemany(
            f"INSERT INTO menu_practice ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})",
            values,
        )
    seconds = time.perf_counter() - started
    db.close()
    return seconds


def start_django_on(database: Path) -> None:
    """Django set up on a new SQLite file at `database` (production-like: no debug query log)."""
    os.environ.pop("DATABASE_URL", None)
    os.environ["ARFER_SQLITE_PATH"] = str(database)
    os.environ["ARFER_DEBUG"] = "false"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "arfer.settings")
    warnings.filterwarnings("ignore", message="No directory at")
    import django

    django.setup()


def load_reference_data() -> None:
    """Migrate the database Django is set up on, and load the directory and service areas."""
    from django.core.management import call_command

    from arfer.directory.actions import load_reference_directory
    from arfer.directory.reference import AREAS, BODIES
    from arfer.menu.actions import load_service_areas
    from arfer.menu.taxonomy import SERVICE_AREAS

    call_command("migrate", verbosity=0)
    load_reference_directory(AREAS, BODIES)
    load_service_areas(SERVICE_AREAS)


def main() -> int:
    count = env_int("ARFER_BENCH_IMPORT_ROWS", 100_000)
    folder = Path(tempfile.mkdtemp(prefix="arfer-import-bench-"))
    database = folder / "arfer.sqlite3"
    start_django_on(database)
    from django.db import connection

    from arfer.menu.models import Practice

    try:
        load_reference_data()
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copy(database, folder / "raw.sqlite3")
        header, rows = generate_rows(count)
        path = folder / "practices.csv"
        write_csv(path, header, rows)
        size_mb = path.stat().st_size / 1e6
        print(
            f"{count:,} practice rows ({size_mb:.0f} MB of CSV, {len(header)} columns) into a "
            f"fresh database; SQLite {sqlite3.sqlite_version}; {os.cpu_count()} CPUs.\n"
        )
        checked, _summary = timed_import(path, "--dry-run")
        other = OtherWriter(database)
        other.start()
        first, summary = timed_import(path)
        longest_wait = other.stop()
        imported = Practice.objects.count()
        if imported != count:
            raise SystemExit(f"Imported {imported:,} practices, not {count:,}:\n{summary}")
        again, summary_again = timed_import(path)
        if "unchanged: " + f"{count:,}" not in summary_again:
            raise SystemExit(f"The second import changed something:\n{summary_again}")
        plain = raw_plain_table(folder, header, rows)
        raw = raw_menu_practice(folder / "raw.sqlite3", header, rows)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    measured = [
        ("arfer import --dry-run (check only)", checked, None),
        ("arfer import practices (check + write)", first, TARGET_ROWS_PER_SECOND),
        ("arfer import again, all unchanged", again, TARGET_ROWS_PER_SECOND),
        ("raw executemany into menu_practice", raw, None),
        ("raw executemany into a plain table", plain, None),
    ]
    print(f"{'case':<42} {'seconds':>8} {'rows/s':>9} {'x raw':>6} {'target':>7}  result")
    results = []
    for name, seconds, target in measured:
        rate = count / seconds
        passed = target is None or rate >= target
        results.append(
            {
                "case": name,
                "seconds": round(seconds, 2),
                "rows_per_second": round(rate),
                "times_raw_menu_practice": round(seconds / raw, 1),
                "times_raw_plain_table": round(seconds / plain, 1),
                "target_rows_per_second": target,
                "passed": passed,
            }
        )
        print(
            f"{name:<42} {seconds:>8.1f} {rate:>9,.0f} {seconds / raw:>6.1f} "
            f"{target or '':>7}  {'pass' if passed else ('FAIL' if target else '')}"
        )
    print(
        f"\nAnother writer, writing every 100 ms during the import, waited at most "
        f"{longest_wait:.1f} s for the write lock ({other.writes} writes)."
    )
    passed = all(row["passed"] for row in results)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "rows": count,
                "csv_megabytes": round(size_mb, 1),
                "sqlite": sqlite3.sqlite_version,
                "python": platform.python_version(),
                "cpus": os.cpu_count(),
                "results": results,
                "longest_wait_of_another_writer_seconds": round(longest_wait, 2),
                "writes_of_another_writer": other.writes,
                "passed": passed,
            },
            indent=2,
        )
        + "\n"
    )
    print(
        f"\nWritten to {RESULTS.relative_to(REPO)}. x raw: the time against raw executemany "
        f"into menu_practice; the import also checks every row, writes the history, the "
        f"service areas and the regions."
    )
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
