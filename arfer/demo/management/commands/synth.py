import copy
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections

from arfer.demo import synth
from arfer.demo.practices import PRACTICES
from arfer.demo.synth_rollout import generate_rollout
from arfer.directory.actions import load_reference_directory
from arfer.directory.reference import AREAS, BODIES
from arfer.menu.actions import load_service_areas
from arfer.menu.taxonomy import SERVICE_AREAS
from arfer.rollout.counts import rebuild_peer_counts

SYNTH_ALIAS = "synth"
SQLITE_ENGINE = "django.db.backends.sqlite3"


def count(value: str) -> int:
    """A whole number of things, zero or more (argparse names this function in its errors)."""
    number = int(value)
    if number < 0:
        raise ValueError(value)
    return number


def main_database_path() -> Path | None:
    default = settings.DATABASES[DEFAULT_DB_ALIAS]
    if default["ENGINE"] != SQLITE_ENGINE:
        return None
    return Path(default["NAME"]).resolve()


def _read_only(path: Path) -> sqlite3.Connection:
    # Outside Django and read-only, so that looking at a file never creates or changes it.
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


def practice_count(path: Path) -> int | None:
    """How many practices a database file holds; None if it is missing or not an Arfer one."""
    if not path.is_file():
        return None
    try:
        with closing(_read_only(path)) as db:
            return db.execute("SELECT COUNT(*) FROM menu_practice").fetchone()[0]
    except sqlite3.Error:
        return None


def is_replaceable(path: Path) -> bool:
    """A file may be replaced if it does not exist yet, or if this command made it (it has its
    summary beside it, written before anything else) and it holds synthetic practices only."""
    if not path.exists():
        return True
    if (synth.read_summary(path) or {}).get("made_by") != synth.MADE_BY:
        return False
    try:
        with closing(_read_only(path)) as db:
            return not db.execute(
                "SELECT EXISTS(SELECT 1 FROM menu_practice WHERE external_ref NOT LIKE ?)",
                [synth.SYNTHETIC_REF_PREFIX + "%"],
            ).fetchone()[0]
    except sqlite3.Error:
        return True  # ours, interrupted before its schema was written


@contextmanager
def synthetic_database(path: Path) -> Iterator[str]:
    """A database alias for `path`, configured like the main SQLite database (WAL, busy timeout)
    and removed again afterwards."""
    database = copy.deepcopy(connections.settings[DEFAULT_DB_ALIAS])
    if database["ENGINE"] != SQLITE_ENGINE:
        database.update(ENGINE=SQLITE_ENGINE, OPTIONS={}, USER="", PASSWORD="", HOST="", PORT="")
    database.update(
        NAME=path,
        TEST={"NAME": None, "MIRROR": None, "CHARSET": None, "COLLATION": None, "MIGRATE": True},
    )
    connections.settings[SYNTH_ALIAS] = database
    try:
        yield SYNTH_ALIAS
    finally:
        connections[SYNTH_ALIAS].close()
        del connections[SYNTH_ALIAS]
        del connections.settings[SYNTH_ALIAS]


@contextmanager
def default_connection_as(alias: str) -> Iterator[None]:
    """Point the default connection at `alias` for a while, so that the directory and taxonomy
    loaders (which write through the default connection) fill the synthetic database with the
    very same code as the main one."""
    previous = connections[DEFAULT_DB_ALIAS]
    connections[DEFAULT_DB_ALIAS] = connections[alias]
    try:
        yield
    finally:
        connections[DEFAULT_DB_ALIAS] = previous


def migrate(alias: str) -> None:
    """Bring the synthetic database's schema up to date. The default connection points at it
    meanwhile: a data migration of django-tasks-db (0016) writes through the default connection
    whatever database is being migrated."""
    with default_connection_as(alias):
        call_command("migrate", database=alias, interactive=False, verbosity=0)


class Command(BaseCommand):
    help = (
        "Fill a separate SQLite database with synthetic bodies, practices, adoptions and "
        "savings for benchmarks (the real directory and taxonomy first). The main database "
        "is never touched."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--bodies",
            type=count,
            default=10_000,
            help="Synthetic bodies to add to the real directory (default 10000).",
        )
        parser.add_argument(
            "--practices", type=count, default=100_000, help="Synthetic practices (default 100000)."
        )
        parser.add_argument(
            "--adoptions",
            type=count,
            default=1_000_000,
            help="Synthetic adoptions, with their stage changes and ledger "
            "entries (default 1000000).",
        )
        parser.add_argument(
            "--seed",
            type=int,
            default=1,
            help="The same seed always gives the same data (default 1).",
        )
        parser.add_argument(
            "--database-path",
            type=Path,
            default=None,
            help="The SQLite file to fill (default: synth.sqlite3 in the data "
            "folder). Replaced if it already holds synthetic data.",
        )
        parser.add_argument(
            "--if-missing",
            action="store_true",
            help="Do nothing if the file already holds this seed and size.",
        )

    def handle(
        self, *args, bodies, practices, adoptions, seed, database_path, if_missing, **options
    ):
        started = time.perf_counter()
        path = (
            database_path.expanduser() if database_path else settings.DATA_DIR / "synth.sqlite3"
        ).resolve()
        if path == main_database_path():
            raise CommandError(
                f"{path} is the main database; synthetic data goes in a separate file. "
                "Choose another --database-path."
            )
        wanted = {
            "seed": seed,
            "bodies": bodies,
            "practices": practices,
            "adoptions_asked": adoptions,
        }
        if if_missing and self._already_holds(path, wanted):
            # Kept data still follows the current schema (later migrations, new triggers).
            with synthetic_database(path) as alias:
                migrate(alias)
            self.stdout.write(
                f"{path} already holds {practices:,} synthetic practices "
                f"(seed {seed}); schema brought up to date."
            )
            return
        if not is_replaceable(path):
            raise CommandError(
                f"{path} holds data that `arfer synth` did not make; it will not replace it. "
                "Choose another --database-path or delete the file."
            )
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written first: it marks the file as ours, so an interrupted run can be replaced.
        synth.write_summary(path, {"made_by": synth.MADE_BY, **wanted, "complete": False})

        def progress(message: str) -> None:
            self.stdout.write(f"[{time.perf_counter() - started:6.1f} s] {message}")

        with synthetic_database(path) as alias:
            migrate(alias)
            with default_connection_as(alias):
                load_reference_directory(AREAS, BODIES)
                load_service_areas(SERVICE_AREAS)
            progress(f"schema, reference directory and taxonomy in {path}")
            summary = synth.generate(
                alias,
                bodies=bodies,
                practices=practices,
                seed=seed,
                demo_practices=PRACTICES,
                progress=progress,
            )
            summary |= generate_rollout(alias, adoptions=adoptions, seed=seed, progress=progress)
            rebuild_peer_counts(alias)
            synth.finish(alias)
        summary["queries"] = synth.choose_queries(
            path, practices, language=synth.english_words(PRACTICES)
        )
        summary["adoptions_asked"] = adoptions
        summary["elapsed_seconds"] = round(time.perf_counter() - started, 1)
        synth.write_summary(path, {"made_by": synth.MADE_BY, **summary, "complete": True})
        progress(f"benchmark queries written to {synth.summary_path(path)}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{bodies:,} bodies, {practices:,} practices and {summary['adoptions']:,} "
                "adoptions "
                f"in {summary['elapsed_seconds']} s."
            )
        )

    @staticmethod
    def _already_holds(path: Path, wanted: dict) -> bool:
        summary = synth.read_summary(path) or {}
        return (
            summary.get("complete") is True
            and all(summary.get(key) == value for key, value in wanted.items())
            and practice_count(path) == wanted["practices"]
        )
