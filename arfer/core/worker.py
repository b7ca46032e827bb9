"""The task worker: django-tasks-db's worker with a heartbeat, and patient with a busy database.

`arfer worker` runs it (core/management/commands/worker.py). It differs from `db_worker` in two
ways:

- A thread records a heartbeat every few seconds (`WorkerHeartbeat`), which /healthz reads. It
  keeps beating while a long task runs, so an old heartbeat means the process is gone or hung,
  not merely busy; a queue that is not moving shows in /healthz's own check.
- "database is locked" while claiming or finishing a task is waited out. django-tasks-db only
  catches it around the claim's query, but SQLite reports it at the BEGIN EXCLUSIVE that opens
  the claim's transaction, so the worker exited; and it gives up recording a finished task after
  three tries, which left the task "running" for ever, or a task that worked recorded as failed.
"""

import logging
import os
import socket
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import wraps
from typing import TypeVar

from django.db import DatabaseError, OperationalError, connection
from django.utils import timezone
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from django_tasks_db.utils import is_locked_database_exception

from arfer.core.models import WorkerHeartbeat

logger = logging.getLogger("arfer.worker")

HEARTBEAT_SECONDS = 15.0
# A worker that stopped beating this long ago is gone for good; its row is removed.
FORGET_HEARTBEATS_AFTER = timedelta(days=1)
# The busy timeout (20 s on SQLite) already waits for the lock; this only paces the retries.
LOCKED_PAUSE_SECONDS = 1.0

T = TypeVar("T")


def record_heartbeat(worker_id: str, *, started_at: datetime) -> None:
    now = timezone.now()
    if not WorkerHeartbeat.objects.filter(worker_id=worker_id).update(beat_at=now):
        WorkerHeartbeat.objects.create(
            worker_id=worker_id,
            host=socket.gethostname()[:255],
            pid=os.getpid(),
            started_at=started_at,
            beat_at=now,
        )


def forget_old_heartbeats() -> int:
    """Workers are restarted with a new id each time; their old rows would pile up."""
    cutoff = timezone.now() - FORGET_HEARTBEATS_AFTER
    deleted, _ = WorkerHeartbeat.objects.filter(beat_at__lt=cutoff).delete()
    return deleted


class HeartbeatThread(threading.Thread):
    """Beats at once, then every `interval` seconds until stopped, when it removes its row. A
    beat that fails (the database locked by a long import, or restarting) is logged and tried
    again next time: the heartbeat must never stop the worker."""

    def __init__(self, worker_id: str, *, interval: float = HEARTBEAT_SECONDS):
        super().__init__(name="arfer-worker-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.interval = interval
        self.started_at = timezone.now()
        self._stopping = threading.Event()

    def run(self) -> None:
        first = True
        try:
            while True:
                try:
                    if first:
                        forget_old_heartbeats()
                    record_heartbeat(self.worker_id, started_at=self.started_at)
                    first = False
                except DatabaseError as error:
                    logger.warning("The task worker could not record its heartbeat: %s", error)
                    connection.close_if_unusable_or_obsolete()
                if self._stopping.wait(self.interval):
                    return
        finally:
            # Stopped, the worker says so at once: `arfer restore` need not wait for its
            # heartbeat to grow old. A worker killed outright leaves its row to age.
            try:
                WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
            except DatabaseError as error:
                logger.warning("The task worker could not remove its heartbeat: %s", error)
            # This thread's own database connection; the worker's is another.
            connection.close()

    def stop(self, timeout: float = 30.0) -> None:
        self._stopping.set()
        self.join(timeout)


def waiting_out_locks(action: Callable[..., T], doing: str) -> Callable[..., T]:
    """`action`, tried again for as long as the database answers that it is locked. Any other
    error is raised as before."""

    @wraps(action)
    def patient(*args, **kwargs) -> T:
        while True:
            try:
                return action(*args, **kwargs)
            except OperationalError as error:
                if not is_locked_database_exception(error):
                    raise
                logger.warning("The database is locked while %s; trying again.", doing)
                time.sleep(LOCKED_PAUSE_SECONDS)

    return patient


class ArferWorker(Worker):
    def run(self) -> None:
        # A lock reported by the claim ends django-tasks-db's loop before any task was taken,
        # so starting the loop again is safe: nothing was claimed, nothing is half-recorded.
        waiting_out_locks(super().run, "claiming a task")()

    def run_task(self, db_task_result: DBTaskResult) -> None:
        db_task_result.set_successful = waiting_out_locks(
            db_task_result.set_successful, "recording a finished task"
        )
        db_task_result.set_failed = waiting_out_locks(
            db_task_result.set_failed, "recording a failed task"
        )
        super().run_task(db_task_result)
