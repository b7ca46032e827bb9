"""`arfer backup` and `arfer restore` on SQLite, run as an operator runs them: the console entry
point, in a process of its own, against a database file that another process keeps writing to."""

import os
import sqlite3
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="SQLite only")

# Every transaction adds one row to the ledger and adds it to the totals, so a copy that holds a
# consistent state has totals matching its ledger exactly.
SCHEMA = """
PRAGMA journal_mode=WAL;
CREATE TABLE django_migrations (id INTEGER PRIMARY KEY, app TEXT, name TEXT, applied TEXT);
INSERT INTO django_migrations (app, name, applied) VALUES ('core', '0001_initial', '2025-01-01');
CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL, padding TEXT NOT NULL);
CREATE TABLE totals (id INTEGER PRIMARY KEY CHECK (id = 1), entries INTEGER, amount INTEGER);
INSERT INTO totals VALUES (1, 0, 0);
"""

WRITER = """
import sqlite3, sys, time
database = sqlite3.connect(sys.argv[1], timeout=20, isolation_level=None)
database.execute("PRAGMA synchronous=FULL")
n = 0
while True:
    n += 1
    database.execute("BEGIN IMMEDIATE")
    database.execute("INSERT INTO ledger (amount, padding) VALUES (?, ?)", (n % 97, "x" * 300))
    database.execute("UPDATE totals SET entries = entries + 1, amount = amount + ?", (n % 97,))
    database.execute("COMMIT")
    if n % 50 == 0:
        print(n, flush=True)
"""


def make_live_database(path: Path, entries: int = 0) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path, isolation_level=None) as database:
        database.executescript(SCHEMA)
        add_entries(database, entries)
    database.close()
    return path


def add_entries(database: sqlite3.Connection, count: int, amount: int = 1) -> None:
    database.execute("BEGIN IMMEDIATE")
    database.executemany(
        "INSERT INTO ledger (amount, padding) VALUES (?, ?)", [(amount, "y" * 300)] * count
    )
    database.execute(
        "UPDATE totals SET entries = entries + ?, amount = amount + ?", (count, count * amount)
    )
    database.execute("COMMIT")


def state(path: Path) -> tuple[int, int, int, int]:
    """(entries, their sum, the recorded entries, the recorded sum) of a database file."""
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as database:
        counted = database.execute("SELECT count(*), coalesce(sum(amount), 0) FROM ledger")
        recorded = database.execute("SELECT entries, amount FROM totals")
        result = (*counted.fetchone(), *recorded.fetchone())
    database.close()
    return result


def integrity(path: Path) -> list[str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as database:
        rows = [row[0] for row in database.execute("PRAGMA integrity_check")]
    database.close()
    return rows


@pytest.fixture
def site(tmp_path):
    """The environment of an installation whose data folder does not exist yet."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        ARFER_DATA_DIR=str(tmp_path / "data"),
        ARFER_SQLITE_PATH=str(tmp_path / "db" / "arfer.sqlite3"),
    )
    return env


def live(site) -> Path:
    return Path(site["ARFER_SQLITE_PATH"])


def arfer(site, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "arfer.cli", *args],
        env=site,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def private(path: Path) -> bool:
    return stat.S_IMODE(path.stat().st_mode) & 0o077 == 0


def test_a_backup_taken_while_another_process_writes_is_whole_and_consistent(site, tmp_path):
    make_live_database(live(site), entries=30_000)  # about 10 MB: the copy takes a while
    copies = tmp_path / "copies"
    copies.mkdir()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(live(site))],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline(), "the writer did not start"
        before = state(live(site))[0]
        started = time.monotonic()
        result = arfer(site, "backup", str(copies), timeout=90)
        took = time.monotonic() - started
        for _ in range(3):  # and the writer carries on after the copy
            assert writer.stdout.readline()
        after = state(live(site))[0]
    finally:
        writer.kill()
        writer.wait()
    assert result.returncode == 0, result.stderr
    assert took < 60
    copy = Path(result.stdout.strip())
    assert copy.parent == copies and copy.name.startswith("arfer-") and copy.suffix == ".sqlite3"
    assert integrity(copy) == ["ok"]
    entries, total, recorded_entries, recorded_total = state(copy)
    assert (entries, total) == (recorded_entries, recorded_total)
    assert before <= entries < after, "the copy is a snapshot taken while the writes went on"
    assert sorted(p.name for p in copies.iterdir()) == [copy.name], "no temporary file left"
    assert not Path(f"{copy}-wal").exists()


def test_the_default_backup_goes_to_a_private_folder_in_the_data_folder(site):
    make_live_database(live(site), entries=10)
    result = arfer(site, "backup")
    assert result.returncode == 0, result.stderr
    copy = Path(result.stdout.strip())
    data = Path(site["ARFER_DATA_DIR"])
    assert copy.parent == data / "backups"
    stamp = copy.name.removeprefix("arfer-").removesuffix(".sqlite3")
    taken = datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    assert abs((datetime.now(UTC) - taken).total_seconds()) < 120
    assert private(data) and private(data / "backups") and private(copy)
    assert state(copy)[:2] == (10, 10)


def test_files_arfer_makes_in_the_data_folder_are_private(site):
    """The `arfer` entry point sets a umask, so files it does not chmod itself (SQLite's
    database and its -wal and -shm files here) are private too."""
    del site["ARFER_SQLITE_PATH"]  # the database in the data folder, as by default
    data = Path(site["ARFER_DATA_DIR"])
    result = arfer(
        site,
        "shell",
        "-c",
        "from django.db import connection; "
        "connection.ensure_connection(); connection.cursor().execute('SELECT 1')",
    )
    assert result.returncode == 0, result.stderr
    made = list(data.iterdir())
    assert data / "arfer.sqlite3" in made and all(private(path) for path in made), made
    assert private(data)


def test_a_backup_never_overwrites_and_needs_an_existing_folder(site, tmp_path):
    make_live_database(live(site))
    existing = tmp_path / "kept.sqlite3"
    existing.write_text("an earlier backup")
    result = arfer(site, "backup", str(existing))
    assert result.returncode == 1
    assert "already exists" in result.stderr
    assert existing.read_text() == "an earlier backup"
    result = arfer(site, "backup", str(tmp_path / "no-such-folder" / "copy.sqlite3"))
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_backup_without_a_database_says_so(site):
    result = arfer(site, "backup")
    assert result.returncode == 1
    assert "There is no database at" in result.stderr
    assert not live(site).exists(), "no empty database was made in its place"
    assert list((Path(site["ARFER_DATA_DIR"]) / "backups").iterdir()) == []


def test_restore_asks_for_yes_then_puts_the_copy_back_and_keeps_what_it_replaced(site):
    make_live_database(live(site), entries=100)
    copy = Path(arfer(site, "backup").stdout.strip())
    with sqlite3.connect(live(site), isolation_level=None) as database:
        add_entries(database, 25, amount=3)
    database.close()
    changed = state(live(site))
    assert changed[:2] == (125, 175)

    asked = arfer(site, "restore", str(copy))
    assert asked.returncode == 1
    assert "is a sound Arfer database (1 migrations applied)" in asked.stdout
    assert "Nothing was changed" in asked.stderr and "--yes" in asked.stderr
    assert state(live(site)) == changed

    restored = arfer(site, "restore", str(copy), "--yes")
    assert restored.returncode == 0, restored.stderr
    assert state(live(site)) == (100, 100, 100, 100)
    assert integrity(live(site)) == ["ok"] and private(live(site))
    kept = Path(restored.stdout.split("was kept as ")[1].split(".sqlite3")[0] + ".sqlite3")
    assert kept.parent == Path(site["ARFER_DATA_DIR"]) / "backups"
    assert state(kept) == changed, "the database it replaced is kept whole"
    assert sorted(p.name for p in live(site).parent.iterdir()) == ["arfer.sqlite3"]


def test_restore_refuses_a_database_in_use(site):
    make_live_database(live(site), entries=5)
    copy = Path(arfer(site, "backup").stdout.strip())
    reader = sqlite3.connect(live(site), isolation_level=None)
    try:
        reader.execute("SELECT count(*) FROM ledger").fetchone()
        result = arfer(site, "restore", str(copy), "--yes")
    finally:
        reader.close()
    assert result.returncode == 1
    assert "is in use" in result.stderr and "Nothing was changed" in result.stderr


def test_restore_refuses_while_a_task_worker_beats(site):
    make_live_database(live(site), entries=5)
    with sqlite3.connect(live(site), isolation_level=None) as database:
        database.execute(
            "CREATE TABLE core_workerheartbeat (id INTEGER PRIMARY KEY, worker_id "
            "TEXT, host TEXT, pid INTEGER, started_at TEXT, beat_at TEXT)"
        )
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
        database.execute(
            "INSERT INTO core_workerheartbeat VALUES (1, 'w', 'h', 1, ?, ?)", (now, now)
        )
    database.close()
    copy = Path(arfer(site, "backup").stdout.strip())
    result = arfer(site, "restore", str(copy), "--yes")
    assert result.returncode == 1
    assert "A task worker is still running" in result.stderr


@pytest.mark.parametrize("kind", ["text", "not arfer", "damaged"])
def test_restore_refuses_a_file_that_is_not_a_sound_arfer_database(site, tmp_path, kind):
    make_live_database(live(site), entries=5)
    before = state(live(site))
    bad = tmp_path / "bad.sqlite3"
    if kind == "text":
        bad.write_text("name,amount\nA,1\n")
        expected = "is not a SQLite database"
    elif kind == "not arfer":
        with sqlite3.connect(bad) as other:
            other.execute("CREATE TABLE notes (body TEXT)")
        other.close()
        expected = "not Arfer's"
    else:
        copy = Path(arfer(site, "backup").stdout.strip())
        data = bytearray(copy.read_bytes())
        data[8192:12288] = b"\xff" * 4096  # pages of the ledger overwritten
        bad.write_bytes(bytes(data))
        expected = "is damaged"
    result = arfer(site, "restore", str(bad), "--yes")
    assert result.returncode == 1
    assert expected in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert state(live(site)) == before


def test_restore_over_a_damaged_database_moves_it_aside(site):
    make_live_database(live(site), entries=5)
    copy = Path(arfer(site, "backup").stdout.strip())
    live(site).write_bytes(b"\x00" * 4096)
    result = arfer(site, "restore", str(copy), "--yes")
    assert result.returncode == 0, result.stderr
    assert state(live(site)) == (5, 5, 5, 5)
    [damaged] = live(site).parent.glob("arfer.sqlite3.damaged-*")
    assert damaged.read_bytes() == b"\x00" * 4096


def test_restore_onto_a_machine_without_a_database_yet(site, tmp_path):
    copy = make_live_database(tmp_path / "from-the-old-machine.sqlite3", entries=7)
    result = arfer(site, "restore", str(copy), "--yes")
    assert result.returncode == 0, result.stderr
    assert state(live(site)) == (7, 7, 7, 7)
    assert "was kept as" not in result.stdout


def test_a_copy_that_fails_its_check_leaves_nothing_behind(tmp_path, monkeypatch):
    from arfer.core import backups

    source = make_live_database(tmp_path / "live.sqlite3", entries=3)

    def failing(path):
        raise backups.BackupRefused(f"{path} fails SQLite's integrity check: page 3.")

    monkeypatch.setattr(backups, "check_sqlite", failing)
    target = tmp_path / "copies" / "copy.sqlite3"
    target.parent.mkdir()
    with pytest.raises(backups.BackupRefused, match="integrity check"):
        backups.back_up_sqlite(source, target)
    assert list(target.parent.iterdir()) == []


def test_uploaded_files_are_private(tmp_path):
    from django.core.files.base import ContentFile
    from django.core.files.storage import FileSystemStorage

    storage = FileSystemStorage(location=tmp_path / "uploads")
    name = storage.save("evidence/2025/report.pdf", ContentFile(b"%PDF-1.4"))
    assert private(Path(storage.path(name)))
    assert private(tmp_path / "uploads" / "evidence")
