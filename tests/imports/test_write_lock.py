"""An import holds SQLite's write lock only for its short writing transactions, and whatever
moves between its check and its write refuses the whole file.

The first test runs an import in a process of its own on a copy of the test database in a
file (an in-memory database has no lock to share), and another connection tries a write,
without waiting, at every step: while the rows are checked, each time something is staged,
inside the writing transaction, and between the batches of search documents made after it. It
gets in everywhere but inside the writing transaction, where the import holds the lock.
"""

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from django.db import connection

from arfer.directory.models import Body
from arfer.menu import bulk as menu_bulk
from arfer.menu.models import Practice
from arfer.menu.search_models import SearchQueue
from arfer.rollout.models import Adoption

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, practices_file, run

IMPORT_WATCHED = """
import json, os, sqlite3, sys
import django

django.setup()
from arfer.core.actors import SYSTEM
from arfer.core.staging import StagedWrite
from arfer.menu.search import indexing
from arfer.imports.importer import import_file

database = os.environ["ARFER_SQLITE_PATH"]
tries = []


def other_write(step):
    db = sqlite3.connect(database, timeout=0, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO other_writes (step) VALUES (?)", [step])
        db.execute("COMMIT")
        tries.append((step, True))
    except sqlite3.OperationalError as error:
        assert "locked" in str(error), error
        tries.append((step, False))
    finally:
        db.close()


def after(owner, name, step):
    original = getattr(owner, name)

    def watched(*args, **kwargs):
        result = original(*args, **kwargs)
        other_write(step)
        return result

    setattr(owner, name, watched)


write = StagedWrite.write


def write_watched(self):
    other_write("writing")  # inside the transaction: the import holds the lock
    write(self)


StagedWrite.write = write_watched
after(StagedWrite, "_stage", "staging")
after(StagedWrite, "id_list", "staging")
after(indexing, "refresh_queued", "indexing")
for name in sys.argv[1:]:
    with open(name, "rb") as file:
        report = import_file(
            "practices", file.read(), name, actor=SYSTEM,
            progress=lambda done, total: other_write("checking"),
        )
    assert report.succeeded and report.written, (report.fatal, report.problems[:3])
    tries.append(("imported", report.created + report.updated))
print(json.dumps(tries))
"""


def published_practices(count: int, *, summary: str) -> bytes:
    header = [*PRACTICE_HEADER, "problem_en", "approach_en", "outcomes_en"]
    return csv_bytes(
        [
            header,
            *(
                [
                    *practice_row(n, summary_en=summary, status="published"),
                    "Waits.",
                    "One team.",
                    "Fewer waits.",
                ]
                for n in range(1, count + 1)
            ),
        ]
    )


def steps(tries: list) -> dict[str, set[bool]]:
    found: dict[str, set[bool]] = {}
    for step, got_in in tries:
        found.setdefault(step, set()).add(got_in)
    return found


@pytest.mark.skipif("connection.vendor != 'sqlite'", reason="PostgreSQL locks rows")
@pytest.mark.django_db(transaction=True)  # a copy is taken of the database, between transactions
def test_another_writer_gets_in_everywhere_but_the_writing_transaction(directory, tmp_path):
    database = tmp_path / "arfer.sqlite3"
    with sqlite3.connect(database) as target:
        connection.ensure_connection()
        connection.connection.backup(target)  # the test's database, directory and all
        target.execute("CREATE TABLE other_writes (step text)")
    target.close()
    new, changed = tmp_path / "new.csv", tmp_path / "changed.csv"
    new.write_bytes(published_practices(2_000, summary="Kelp."))
    changed.write_bytes(published_practices(2_000, summary="Wrack."))
    env = {name: value for name, value in os.environ.items() if name != "DATABASE_URL"}
    env |= {"ARFER_SQLITE_PATH": str(database), "DJANGO_SETTINGS_MODULE": "arfer.settings"}
    script = tmp_path / "watched.py"
    script.write_text(IMPORT_WATCHED)
    done = subprocess.run(
        [sys.executable, str(script), str(new), str(changed)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    tries = json.loads(done.stdout.strip().splitlines()[-1])
    assert [count for step, count in tries if step == "imported"] == [2_000, 2_000]
    assert steps(tries) == {
        "checking": {True},
        "staging": {True},
        "writing": {False},
        "indexing": {True},
        "imported": {2_000},
    }
    # One writing transaction per import; the search documents caught up in several.
    assert [step for step, _got_in in tries].count("writing") == 2
    assert [step for step, _got_in in tries].count("indexing") >= 4
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT COUNT(*) FROM other_writes").fetchone()[0] == sum(
            1 for step, got_in in tries if got_in is True
        )
        assert db.execute(
            "SELECT COUNT(*) FROM menu_practice WHERE summary_en = 'Wrack.'"
        ).fetchone() == (2_000,)


@pytest.fixture
def meddling(monkeypatch):
    """Runs a change, as someone else's, once the file is checked and staged and before the
    writing transaction begins."""

    def meddle(change):
        stage = menu_bulk._Plan._stage

        def staged_then_changed(self, staged, created):
            stage(self, staged, created)
            change()

        monkeypatch.setattr(menu_bulk._Plan, "_stage", staged_then_changed)

    return meddle


def test_a_practice_changed_between_check_and_write_refuses_the_whole_file(directory, meddling):
    assert run("practices", practices_file(3)).written
    meddling(lambda: Practice.objects.filter(external_ref="P-000002").update(title_en="Edited"))
    report = run("practices", practices_file(5, summary_en="Shorter."))
    assert not report.written
    assert report.fatal == (
        "Someone changed some of these records while the file was being checked. Nothing "
        "was saved; run the import again."
    )
    assert Practice.objects.count() == 3  # P-000004 and P-000005 not created either
    assert not Practice.objects.filter(summary_en="Shorter.").exists()
    assert Practice.history.filter(history_change_reason="import", history_type="~").count() == 0


def test_a_reference_taken_between_check_and_write_refuses_the_whole_file(directory, meddling):
    from tests.conftest import make_practice

    meddling(lambda: make_practice("taken-meanwhile", external_ref="P-000002"))
    report = run("practices", practices_file(3))
    assert not report.written and "Nothing was saved" in report.fatal
    assert list(Practice.objects.values_list("external_ref", flat=True)) == ["P-000002"]


def test_a_lead_bodys_areas_changed_between_check_and_write_give_the_regions_of_now(
    directory, meddling
):
    lead = Body.objects.get(slug="carmarthenshire-county-council")
    other = Body.objects.get(slug="gwynedd-council")

    def moved():
        lead.areas.set(other.areas.all())

    meddling(moved)
    assert run("practices", practices_file(2)).written
    expected = sorted(
        menu_bulk.Reach().regions(set(), set(other.areas.values_list("pk", flat=True)))
    )
    for practice in Practice.objects.all():
        assert sorted(practice.regions.values_list("pk", flat=True)) == expected


def test_an_adoption_changed_between_check_and_write_refuses_the_whole_file(menu, monkeypatch):
    from arfer.rollout import bulk as rollout_bulk

    from .test_rollout import ADOPTION_HEADER, adoption

    assert run("adoptions", csv_bytes([ADOPTION_HEADER, adoption("A-1")])).written
    check = rollout_bulk.refuse_if_changed

    def saved_just_before(model, versions):
        Adoption.objects.filter(external_ref="A-1").update(contact_name="Someone")
        check(model, versions)

    monkeypatch.setattr(rollout_bulk, "refuse_if_changed", saved_just_before)
    again = [
        ADOPTION_HEADER,
        adoption("A-1", stage="piloting"),
        adoption("A-2", body="isle-of-anglesey-county-council"),
    ]
    report = run("adoptions", csv_bytes(again))
    assert not report.written and "Nothing was saved" in report.fatal
    assert list(Adoption.objects.values_list("external_ref", "stage")) == [("A-1", "exploring")]


def test_a_failure_at_the_end_of_the_write_leaves_nothing_written(directory, monkeypatch):
    assert run("practices", published_practices(3, summary="Kelp.")).written
    before = {
        "practices": list(Practice.objects.order_by("pk").values_list("pk", "summary_en")),
        "history": Practice.history.count(),
        "areas": Practice.service_areas.through.objects.count(),
        "regions": Practice.regions.through.objects.count(),
    }

    def broken(leads):
        raise RuntimeError("disk full")

    # The last step of the writing transaction: every row is copied in by then.
    monkeypatch.setattr(menu_bulk, "refresh_reach_in_bulk", broken)
    with pytest.raises(RuntimeError):
        run("practices", published_practices(5, summary="Shorter."))  # 3 changed, 2 new
    assert {
        "practices": list(Practice.objects.order_by("pk").values_list("pk", "summary_en")),
        "history": Practice.history.count(),
        "areas": Practice.service_areas.through.objects.count(),
        "regions": Practice.regions.through.objects.count(),
    } == before
    assert not SearchQueue.objects.exists()
