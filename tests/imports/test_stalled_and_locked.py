"""A run's worker may be killed, and on SQLite another writer may hold the database past the
busy timeout: a stopped run is shown as stopped, never "running" for ever, and a locked
database makes the task wait and try again instead of failing the run."""

import datetime

import pytest
from django.db import OperationalError, connection
from django.utils import timezone

from arfer.imports import runs, tasks
from arfer.imports.models import ImportRun
from arfer.menu.models import Practice

from .conftest import practices_file

STALLED = "The import stopped before it finished: nothing was written. Upload the file again."


def running(person, *, heard_minutes_ago):
    heard = timezone.now() - datetime.timedelta(minutes=heard_minutes_ago)
    return ImportRun.objects.create(
        kind="adoptions",
        file_path="x.csv",
        original_name="x.csv",
        uploaded_by=person,
        status="running",
        started_at=heard,
        heartbeat_at=heard,
        rows_total=200,
        rows_done=50,
    )


def test_a_run_silent_past_the_limit_is_shown_as_stopped(client, people, settings):
    settings.ARFER_IMPORT_STALLED_MINUTES = 10
    stalled = running(people["editor"], heard_minutes_ago=11)
    client.force_login(people["editor"])
    page = client.get(f"/imports/{stalled.pk}/").content.decode()
    assert "Nothing was imported" in page and STALLED in page
    assert "hx-get" not in page and "rows checked" not in page
    assert "Stopped with an error" in client.get("/imports/").content.decode()


def test_a_run_heard_from_recently_is_still_running(client, people, settings):
    settings.ARFER_IMPORT_STALLED_MINUTES = 10
    alive = running(people["editor"], heard_minutes_ago=9)
    client.force_login(people["editor"])
    page = client.get(f"/imports/{alive.pk}/").content.decode()
    assert "hx-get" in page and "25% done: 50 of 200 rows checked." in page
    assert STALLED not in page
    listing = client.get("/imports/").content.decode()
    assert "Running" in listing and "Stopped with an error" not in listing


@pytest.fixture
def uploaded(directory, people, settings, tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "PROGRESS_SECONDS", 0)
    (tmp_path / "imports").mkdir()
    (tmp_path / "imports" / "p.csv").write_bytes(practices_file(1_200))
    return ImportRun.objects.create(
        kind="practices", file_path="p.csv", original_name="p.csv", uploaded_by=people["moderator"]
    )


@pytest.fixture
def pauses(monkeypatch):
    waited = []
    monkeypatch.setattr(tasks, "sleep", waited.append)
    return waited


def test_the_heartbeat_is_written_as_the_run_goes(uploaded, monkeypatch):
    beats = []
    record = runs.record_progress

    def spy(run, done, total):
        record(run, done, total)
        beats.append(ImportRun.objects.get(pk=run.pk).heartbeat_at)

    monkeypatch.setattr(runs, "record_progress", spy)
    tasks.run_import.call(uploaded.pk)
    assert len(beats) >= 3 and beats == sorted(beats) and beats[0] < beats[-1]
    uploaded.refresh_from_db()
    assert uploaded.status == "done" and not uploaded.has_stalled


def test_a_locked_database_is_waited_for_and_the_import_tried_again(uploaded, pauses, monkeypatch):
    attempts = []
    real = tasks.import_file

    def locked_once(*args, **kwargs):
        attempts.append(1)
        if len(attempts) == 1:
            raise OperationalError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(tasks, "import_file", locked_once)
    tasks.run_import.call(uploaded.pk)
    uploaded.refresh_from_db()
    assert (uploaded.status, uploaded.created_count) == ("done", 1_200)
    assert pauses == [5] and len(attempts) == 2
    assert Practice.objects.count() == 1_200


def test_a_database_locked_through_every_attempt_fails_the_run_clearly(
    uploaded, pauses, monkeypatch
):
    def always_locked(*args, **kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(tasks, "import_file", always_locked)
    tasks.run_import.call(uploaded.pk)
    uploaded.refresh_from_db()
    assert uploaded.status == "failed"
    assert uploaded.report["fatal"] == (
        "The import could not be saved because the database stayed busy with other changes. "
        "Nothing was saved. Upload the file again later."
    )
    assert pauses == [5, 15, 30, 60]


def test_any_other_database_error_is_not_retried(uploaded, pauses, monkeypatch):
    def broken(*args, **kwargs):
        raise OperationalError("disk I/O error")

    monkeypatch.setattr(tasks, "import_file", broken)
    tasks.run_import.call(uploaded.pk)
    uploaded.refresh_from_db()
    assert uploaded.status == "failed" and "error in Arfer" in uploaded.report["fatal"]
    assert pauses == []


@pytest.mark.django_db(transaction=True)  # progress is written outside any transaction
def test_progress_that_meets_a_lock_is_skipped_and_the_import_goes_on(uploaded, pauses):
    refused = []

    def progress_locked(execute, sql, params, many, context):
        if (
            sql.startswith('UPDATE "imports_importrun"')
            and '"rows_done"' in sql
            and '"status"' not in sql
        ):
            refused.append(sql)
            raise OperationalError("database is locked")
        return execute(sql, params, many, context)

    with connection.execute_wrapper(progress_locked):
        tasks.run_import.call(uploaded.pk)
    uploaded.refresh_from_db()
    assert refused and uploaded.status == "done" and uploaded.created_count == 1_200
    assert pauses == []
