"""The upload task on SQLite: its progress is written in short transactions of its own, before
the import's one writing transaction takes the database's write lock, so it never waits on it."""

import pytest
from django.db import connection

from arfer.imports import runs, tasks
from arfer.imports.models import ImportRun
from arfer.menu.models import Practice

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, practices_file


@pytest.mark.django_db(transaction=True)
def test_progress_is_recorded_outside_the_writing_transaction(
    directory, people, settings, tmp_path, monkeypatch
):
    monkeypatch.setattr(tasks, "PROGRESS_SECONDS", 0)
    (tmp_path / "imports").mkdir()
    (tmp_path / "imports" / "p.csv").write_bytes(practices_file(1_200))
    run = ImportRun.objects.create(
        kind="practices", file_path="p.csv", original_name="p.csv", uploaded_by=people["moderator"]
    )
    seen = []
    record = runs.record_progress

    def spy(run, done, total):
        seen.append((done, total, connection.in_atomic_block))
        record(run, done, total)
        # Another connection (the web page's) reads it at once: it is committed.
        assert ImportRun.objects.get(pk=run.pk).rows_done == done

    monkeypatch.setattr(runs, "record_progress", spy)
    tasks.run_import.call(run.pk)
    run.refresh_from_db()
    assert run.status == "done" and run.created_count == 1_200
    assert Practice.objects.count() == 1_200
    assert len(seen) >= 3 and seen[-1][:2] == (1_200, 1_200)
    assert not any(in_transaction for _d, _t, in_transaction in seen)
    # Run twice (a worker restarted): the second does nothing.
    tasks.run_import.call(run.pk)
    assert Practice.history.count() == 1_200


@pytest.mark.django_db(transaction=True)
def test_a_run_whose_uploader_is_gone_does_not_run_as_the_system(
    directory, people, settings, tmp_path
):
    run = ImportRun.objects.create(
        kind="practices", file_path="p.csv", original_name="p.csv", uploaded_by=None
    )
    tasks.run_import.call(run.pk)
    run.refresh_from_db()
    assert run.status == "failed"
    assert run.report["fatal"] == "The account that uploaded this file no longer exists."


@pytest.mark.django_db(transaction=True)
def test_the_search_index_catches_up_after_the_run_is_recorded_as_done(
    directory, people, settings, tmp_path, monkeypatch
):
    from arfer.menu import search

    (tmp_path / "imports").mkdir()
    header = [*PRACTICE_HEADER, "problem_en", "approach_en", "outcomes_en"]
    rows = [
        [
            *practice_row(n, title=f"Sea purslane scheme {n}", status="published"),
            "Waits.",
            "One team.",
            "Fewer waits.",
        ]
        for n in range(1, 4)
    ]
    (tmp_path / "imports" / "p.csv").write_bytes(csv_bytes([header, *rows]))
    run = ImportRun.objects.create(
        kind="practices", file_path="p.csv", original_name="p.csv", uploaded_by=people["moderator"]
    )
    statuses = []
    catch_up = tasks.catch_up

    def recorded(kind):
        statuses.append(ImportRun.objects.get(pk=run.pk).status)
        catch_up(kind)

    monkeypatch.setattr(tasks, "catch_up", recorded)
    tasks.run_import.call(run.pk)
    # A worker stopped while the index catches up leaves a run that says what it wrote.
    assert statuses == ["done"]
    assert len(search.ranked_matches("purslane")) == 3
