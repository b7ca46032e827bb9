"""`arfer synth`: a separate synthetic database, deterministic for a seed, searchable, and never a
write to the main database."""

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction

from arfer.demo import synth
from arfer.demo.management.commands.synth import (
    default_connection_as,
    main_database_path,
    synthetic_database,
)
from arfer.directory.reference import BODIES
from arfer.menu.actions import refresh_practice_reach
from arfer.menu.models import Practice

SIZE = {"bodies": 30, "practices": 200, "adoptions": 600}
REPO = Path(__file__).resolve().parents[2]


def run_synth(django_db_blocker, path: Path, **options) -> str:
    out = StringIO()
    with django_db_blocker.unblock():
        call_command("synth", database_path=path, stdout=out, **{**SIZE, **options})
    return out.getvalue()


def rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        return db.execute(sql).fetchall()


def content(path: Path) -> dict[str, list[tuple]]:
    """Everything the generator decides, leaving out the creation timestamps."""
    return {
        "bodies": rows(
            path, "SELECT id, slug, name_en, name_cy, sector, kind FROM directory_body ORDER BY id"
        ),
        "body_areas": rows(path, "SELECT body_id, area_id FROM directory_body_areas ORDER BY 1, 2"),
        "practices": rows(
            path,
            "SELECT id, slug, status, title_en, title_cy, summary_en, "
            "approach_cy, lead_body_id, prevention_tier, evidence_level, "
            "annual_saving_pence, setup_cost_pence, published_at, "
            "works_across_boundaries FROM menu_practice ORDER BY id",
        ),
        "partners": rows(
            path, "SELECT practice_id, body_id, role FROM menu_practicepartner ORDER BY 1, 2"
        ),
        "service_areas": rows(
            path,
            "SELECT practice_id, servicearea_id FROM menu_practice_service_areas ORDER BY 1, 2",
        ),
        "regions": rows(
            path, "SELECT practice_id, area_id FROM menu_practice_regions ORDER BY 1, 2"
        ),
        "adoptions": rows(
            path,
            "SELECT id, practice_id, body_id, stage, stage_since FROM rollout_adoption ORDER BY id",
        ),
        "ledger": rows(
            path,
            "SELECT adoption_id, financial_year, quarter, amount_pence, "
            "verification FROM rollout_ledgerentry ORDER BY id",
        ),
    }


@pytest.fixture(scope="module")
def synth_database(tmp_path_factory, django_db_blocker) -> Path:
    path = tmp_path_factory.mktemp("synth") / "synth.sqlite3"
    run_synth(django_db_blocker, path)
    return path


def test_adoptions_follow_the_registers_rules(synth_database):
    assert rows(synth_database, "SELECT COUNT(*) FROM rollout_adoption") == [(SIZE["adoptions"],)]
    # Never a body's own practice, never an unpublished one, never twice.
    assert rows(
        synth_database,
        "SELECT COUNT(*) FROM rollout_adoption a JOIN menu_practice p "
        "ON p.id = a.practice_id WHERE p.lead_body_id = a.body_id "
        "OR p.status != 'published'",
    ) == [(0,)]
    assert rows(
        synth_database,
        "SELECT COUNT(*) FROM (SELECT 1 FROM rollout_adoption "
        "GROUP BY practice_id, body_id HAVING COUNT(*) > 1)",
    ) == [(0,)]
    stages = {
        stage for (stage,) in rows(synth_database, "SELECT DISTINCT stage FROM rollout_adoption")
    }
    assert stages == {
        "exploring",
        "planning",
        "piloting",
        "implemented",
        "embedded",
        "declined",
        "stopped",
    }
    assert rows(
        synth_database,
        "SELECT COUNT(*) FROM rollout_adoption WHERE stage IN "
        "('declined', 'stopped') AND closed_reason = ''",
    ) == [(0,)]
    # Every adoption's timeline ends at its stage; savings belong to their adoption's body.
    assert rows(
        synth_database,
        "SELECT COUNT(*) FROM rollout_adoption a WHERE a.stage != "
        "(SELECT to_stage FROM rollout_stagechange c WHERE "
        "c.adoption_id = a.id ORDER BY c.id DESC LIMIT 1)",
    ) == [(0,)]
    assert rows(
        synth_database,
        "SELECT COUNT(*) FROM rollout_ledgerentry e JOIN "
        "rollout_adoption a ON a.id = e.adoption_id WHERE "
        "e.body_id != a.body_id OR e.practice_id != a.practice_id",
    ) == [(0,)]
    [(entries,)] = rows(synth_database, "SELECT COUNT(*) FROM rollout_ledgerentry")
    assert entries > SIZE["adoptions"] // 3
    # Only realised savings are verified, as verify_saving has it.
    assert rows(
        synth_database,
        "SELECT COUNT(*) FROM rollout_ledgerentry WHERE "
        "verification = 'verified' AND certainty != 'realised'",
    ) == [(0,)]
    assert rows(
        synth_database, "SELECT COUNT(*) FROM rollout_ledgerentry WHERE verification = 'verified'"
    ) != [(0,)]


def test_holds_the_requested_numbers(synth_database):
    assert rows(synth_database, "SELECT COUNT(*) FROM menu_practice") == [(SIZE["practices"],)]
    assert rows(synth_database, "SELECT COUNT(*) FROM directory_body") == [
        (len(BODIES) + SIZE["bodies"],)
    ]
    assert rows(
        synth_database, "SELECT COUNT(*) FROM directory_body WHERE slug LIKE 'synthetic-body-%'"
    ) == [(SIZE["bodies"],)]
    [(published,)] = rows(
        synth_database, "SELECT COUNT(*) FROM menu_practice WHERE status = 'published'"
    )
    assert 0.85 * SIZE["practices"] <= published < SIZE["practices"]
    [(welsh,)] = rows(synth_database, "SELECT COUNT(*) FROM menu_practice WHERE title_cy != ''")
    assert 0.2 * SIZE["practices"] <= welsh <= 0.5 * SIZE["practices"]


def test_every_practice_has_service_areas_and_regions(synth_database):
    for table in ("menu_practice_service_areas", "menu_practice_regions"):
        assert rows(synth_database, f"SELECT COUNT(DISTINCT practice_id) FROM {table}") == [
            (SIZE["practices"],)
        ]


def test_full_text_index_finds_the_vocabulary(synth_database):
    summary = synth.read_summary(synth_database)
    assert summary["complete"] is True
    # The index holds the published practices, and only them.
    assert rows(synth_database, "SELECT COUNT(*) FROM menu_practice_fts_docsize") == rows(
        synth_database, "SELECT COUNT(*) FROM menu_practice WHERE status = 'published'"
    )
    for name in ("rare", "typical", "most_common"):
        query = summary["queries"][name]
        expression = " ".join(f'"{word}"' for word in query["query"].split())
        with closing(sqlite3.connect(f"{synth_database.as_uri()}?mode=ro", uri=True)) as db:
            found = db.execute(
                "SELECT COUNT(*) FROM menu_practice_fts WHERE menu_practice_fts MATCH ?",
                [expression],
            ).fetchone()[0]
        assert found == query["matches"] > 0
    assert summary["queries"]["rare"]["matches"] < summary["queries"]["most_common"]["matches"]


def test_derived_fields_agree_with_the_menu_actions(synth_database, django_db_blocker):
    with (
        django_db_blocker.unblock(),
        synthetic_database(synth_database) as alias,
        default_connection_as(alias),
        transaction.atomic(),
    ):
        for practice in Practice.objects.order_by("pk")[:60]:
            regions = set(practice.regions.values_list("pk", flat=True))
            crosses = practice.works_across_boundaries
            refresh_practice_reach(practice)
            assert set(practice.regions.values_list("pk", flat=True)) == regions
            assert practice.works_across_boundaries == crosses
        transaction.set_rollback(True)


def test_the_same_seed_gives_the_same_data(synth_database, tmp_path, django_db_blocker):
    again = tmp_path / "again.sqlite3"
    run_synth(django_db_blocker, again)
    assert content(again) == content(synth_database)
    other_seed = tmp_path / "other.sqlite3"
    run_synth(django_db_blocker, other_seed, seed=2)
    assert content(other_seed)["practices"] != content(synth_database)["practices"]


def test_if_missing_keeps_a_complete_database(synth_database, django_db_blocker):
    modified = synth_database.stat().st_mtime_ns
    output = run_synth(django_db_blocker, synth_database, if_missing=True)
    assert "schema brought up to date" in output
    assert synth_database.stat().st_mtime_ns == modified


def test_refuses_the_main_database(django_db_blocker):
    path = main_database_path()
    if path is None:
        pytest.skip("the main database is not SQLite")
    with pytest.raises(CommandError, match="main database"):
        run_synth(django_db_blocker, path)


def test_refuses_to_replace_a_file_it_did_not_make(tmp_path, django_db_blocker):
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"not ours")
    with pytest.raises(CommandError, match="did not make"):
        run_synth(django_db_blocker, other)
    assert other.read_bytes() == b"not ours"


def test_main_database_is_untouched(tmp_path):
    """Run as people do, from the command line: the synthetic file lands in the data folder and
    the main database file is never even opened (opening would create it)."""
    environment = {**os.environ, "ARFER_DATA_DIR": str(tmp_path)}
    for name in ("ARFER_SQLITE_PATH", "DATABASE_URL", "DJANGO_SETTINGS_MODULE"):
        environment.pop(name, None)
    subprocess.run(
        [sys.executable, "-m", "arfer.cli", "synth", "--bodies", "5", "--practices", "20"],
        check=True,
        env=environment,
        cwd=REPO,
        capture_output=True,
    )
    assert (tmp_path / "synth.sqlite3").is_file()
    assert (tmp_path / "synth.json").is_file()
    assert not (tmp_path / "arfer.sqlite3").exists()
