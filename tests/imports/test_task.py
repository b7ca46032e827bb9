"""The upload task on SQLite: its progress is written in short transactions of its own, before
the import's one writing transaction takes the database's write lock, so it never waits on it."""

import pytest
from django.db import connection

from arfer.imports import actions, tasks
from arfer.imports.models import ImportRun
from arfer.menu.models import Practice

from .conftest import practices_file


@pytest.mark.django_db(transaction=True)
def test_progress_is_recorded_outside_the_writing_transaction(directory, people, settings,
                                                             tmp_path, monkeypatch):
    monkeypatch.setattr(tasks, "PROGRESS_SECONDS", 0)
    (tmp_path / "imports").mkdir()
    (tmp_path / "imports" / "p.csv").write_bytes(practices_file(1_200))
    run = ImportRun.objects.create(kind="practices", file_path="p.csv", original_name="p.csv",
                                   uploaded_by=people["moderator"])
    seen = []
    record = actions.record_progress

    def spy(run, done, total):
        seen.append((done, total, connection.in_atomic_block))
        record(run, done, total)
        # Another connection (the web page's) reads it at once: it is committed.
        assert ImportRun.objects.get(pk=run.pk).rows_done == done

    monkeypatch.setattr(actions, "record_progress", spy)
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
def test_a_run_whose_uploader_is_gone_does_not_run_as_the_system(directory, people, settings,
                                                                 tmp_path):
    run = ImportRun.objects.create(kind="practices", file_path="p.csv", original_name="p.csv",
                                   uploaded_by=None)
    tasks.run_import.call(run.pk)
    run.refresh_from_db()
    assert run.status == "failed"
    assert run.report["fatal"] == "The account that uploaded this file no longer exists."
