"""The task worker (`arfer worker`): its heartbeat, and a locked database waited out."""

import time
from contextlib import contextmanager
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import OperationalError
from django.utils import timezone
from django_tasks import task
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from arfer.core import worker as worker_module
from arfer.core.models import WorkerHeartbeat
from arfer.core.worker import (
    ArferWorker,
    HeartbeatThread,
    forget_old_heartbeats,
    record_heartbeat,
)


@task()
def add(a, b):
    return a + b


def make_worker(cls=ArferWorker):
    return cls(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )


@pytest.fixture
def no_pauses(monkeypatch):
    monkeypatch.setattr(worker_module, "LOCKED_PAUSE_SECONDS", 0)


@pytest.fixture
def claims_locked_twice(monkeypatch):
    """SQLite reports a busy database at BEGIN EXCLUSIVE, as the claim's transaction opens."""
    real = db_worker.exclusive_transaction
    failures = []

    @contextmanager
    def locked_at_first(using=None):
        if len(failures) < 2:
            failures.append(using)
            raise OperationalError("database is locked")
        with real(using):
            yield

    monkeypatch.setattr(db_worker, "exclusive_transaction", locked_at_first)
    return failures


# The worker closes a connection left outside autocommit, as a test's transaction would leave it:
# the tests that run it use transactional_db.


def test_a_locked_database_at_the_claim_stops_django_tasks_own_worker(
    transactional_db, claims_locked_twice
):
    """Why `arfer worker` exists: db_worker's worker exits on the first lock."""
    add.enqueue(1, 2)
    with pytest.raises(OperationalError, match="database is locked"):
        make_worker(db_worker.Worker).run()


def test_the_worker_waits_out_a_locked_database_and_runs_the_task(
    transactional_db, claims_locked_twice, no_pauses
):
    result = add.enqueue(1, 2)
    make_worker().run()
    assert len(claims_locked_twice) == 2
    row = DBTaskResult.objects.get(pk=result.id)
    assert (row.status, row.return_value) == ("SUCCESSFUL", 3)


def test_the_worker_records_a_finished_task_however_long_the_database_stays_locked(
    transactional_db, monkeypatch, no_pauses
):
    real = DBTaskResult.set_successful
    attempts = []

    def locked_five_times(self, return_value):
        attempts.append(return_value)
        if len(attempts) <= 5:  # more than django-tasks-db's own three tries
            raise OperationalError("database is locked")
        return real(self, return_value)

    monkeypatch.setattr(DBTaskResult, "set_successful", locked_five_times)
    result = add.enqueue(2, 3)
    make_worker().run()
    row = DBTaskResult.objects.get(pk=result.id)
    assert (row.status, row.return_value) == ("SUCCESSFUL", 5)
    assert len(attempts) == 6


def test_other_database_errors_are_not_swallowed(transactional_db, monkeypatch, no_pauses):
    @contextmanager
    def broken(using=None):
        raise OperationalError("no such table: django_tasks_database_dbtaskresult")
        yield

    monkeypatch.setattr(db_worker, "exclusive_transaction", broken)
    with pytest.raises(OperationalError, match="no such table"):
        make_worker().run()


def test_a_heartbeat_is_one_row_per_worker_moved_on_each_beat(db):
    started = timezone.now()
    record_heartbeat("w1", started_at=started)
    first = WorkerHeartbeat.objects.get(worker_id="w1")
    record_heartbeat("w1", started_at=started)
    again = WorkerHeartbeat.objects.get(worker_id="w1")
    assert WorkerHeartbeat.objects.count() == 1
    assert again.beat_at > first.beat_at and again.started_at == started and again.pid > 0


def test_heartbeats_of_workers_gone_a_day_are_forgotten(db):
    now = timezone.now()
    for worker_id, age in [("gone", timedelta(days=2)), ("recent", timedelta(hours=3))]:
        WorkerHeartbeat.objects.create(
            worker_id=worker_id, host="h", pid=1, started_at=now - age, beat_at=now - age
        )
    assert forget_old_heartbeats() == 1
    assert list(WorkerHeartbeat.objects.values_list("worker_id", flat=True)) == ["recent"]


def wait_for(condition, seconds=10.0):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_the_heartbeat_thread_keeps_beating_after_a_failed_beat(transactional_db, monkeypatch):
    beats = []
    real = worker_module.record_heartbeat

    def fails_once(worker_id, *, started_at):
        beats.append(worker_id)
        if len(beats) == 1:
            raise OperationalError("database is locked")
        real(worker_id, started_at=started_at)

    monkeypatch.setattr(worker_module, "record_heartbeat", fails_once)
    heartbeat = HeartbeatThread("beating", interval=0.01)
    heartbeat.start()
    try:
        wait_for(lambda: len(beats) >= 3)
        assert WorkerHeartbeat.objects.filter(worker_id="beating").exists()
    finally:
        heartbeat.stop()
    assert not heartbeat.is_alive()


def test_a_stopped_heartbeat_removes_its_row_and_leaves_others(transactional_db):
    record_heartbeat("another", started_at=timezone.now())
    heartbeat = HeartbeatThread("stopping", interval=0.01)
    heartbeat.start()
    wait_for(lambda: WorkerHeartbeat.objects.filter(worker_id="stopping").exists())
    heartbeat.stop()
    assert list(WorkerHeartbeat.objects.values_list("worker_id", flat=True)) == ["another"]


def test_arfer_worker_runs_queued_tasks_and_beats_while_it_runs(transactional_db, monkeypatch):
    # The beats themselves are written by record_heartbeat (tested above); here, that the
    # command starts them with its own id and stops them when it stops.
    beats = []
    monkeypatch.setattr(
        worker_module, "record_heartbeat", lambda worker_id, *, started_at: beats.append(worker_id)
    )
    monkeypatch.setattr(worker_module, "forget_old_heartbeats", lambda: 0)
    result = add.enqueue(20, 22)
    call_command(
        "worker",
        "--batch",
        "--no-reload",
        "--no-startup-delay",
        "--interval",
        "0",
        "--worker-id",
        "cli-worker",
        "--heartbeat-seconds",
        "0.05",
        verbosity=0,
    )
    assert DBTaskResult.objects.get(pk=result.id).return_value == 42
    assert beats and set(beats) == {"cli-worker"}
    count = len(beats)
    time.sleep(0.2)
    assert len(beats) == count, "the heartbeat went on after the worker stopped"


@pytest.mark.parametrize("value", ["0", "-1", "soon", "inf"])
def test_a_heartbeat_interval_that_is_not_a_positive_number_is_refused(value):
    with pytest.raises(CommandError, match="--heartbeat-seconds: must be"):
        call_command("worker", "--batch", "--heartbeat-seconds", value)
