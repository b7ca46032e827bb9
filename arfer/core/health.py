"""What /healthz reports: the database, the task worker, the task queue and the disk.

Every check only reads (a monitor may call it every few seconds), reports a number with its unit
and the limit it is held to, and never raises: a failure is a check that is not ok. Nothing in
the answer is secret; an error is named by its class, never by its message (which may carry a
host name or a path).
"""

import shutil
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Case, F, Max, Min, When
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from arfer.core.models import WorkerHeartbeat


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    value: float | int | None
    unit: str
    limit: int | None = None
    expected: bool | None = None
    error: str | None = None

    def as_json(self) -> dict:
        return {
            key: value for key, value in asdict(self).items() if value is not None or key == "value"
        }


def database_check() -> Check:
    started = time.perf_counter()
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return Check("database", False, None, "ms", error=type(error).__name__)
    return Check("database", True, round((time.perf_counter() - started) * 1000, 1), "ms")


def seconds_since(moment: datetime | None, now: datetime) -> int | None:
    return None if moment is None else max(0, int((now - moment).total_seconds()))


def worker_check(now: datetime) -> Check:
    """The age of the newest heartbeat of any task worker. Without one, the check fails only
    where a worker is expected (ARFER_HEALTH_WORKER_EXPECTED); it is reported either way."""
    limit = settings.ARFER_HEALTH_WORKER_STALE_SECONDS
    expected = settings.ARFER_HEALTH_WORKER_EXPECTED
    try:
        newest = WorkerHeartbeat.objects.aggregate(newest=Max("beat_at"))["newest"]
    except DatabaseError as error:
        return Check(
            "worker", not expected, None, "seconds", limit, expected, error=type(error).__name__
        )
    age = seconds_since(newest, now)
    healthy = age is not None and age <= limit
    return Check("worker", healthy or not expected, age, "seconds", limit, expected)


def queue_check(now: datetime) -> Check:
    """How long the oldest task that is due has waited: counted from when it was queued, or
    from the time it was due if it was queued to run later. 0 when nothing waits."""
    limit = settings.ARFER_HEALTH_QUEUE_STALE_SECONDS
    due_since = Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
    try:
        oldest = DBTaskResult.objects.ready().aggregate(oldest=Min(due_since))["oldest"]
    except DatabaseError as error:
        return Check("queue", False, None, "seconds", limit, error=type(error).__name__)
    age = seconds_since(oldest, now) or 0
    return Check("queue", age <= limit, age, "seconds", limit)


def disk_check(folder: Path) -> Check:
    """Free space where the database, uploads and backups are written."""
    limit = settings.ARFER_HEALTH_MIN_FREE_MB
    try:
        free_mb = shutil.disk_usage(folder).free // (1024 * 1024)
    except OSError as error:
        return Check("disk", False, None, "MB", limit, error=type(error).__name__)
    return Check("disk", free_mb >= limit, free_mb, "MB", limit)


def run_checks() -> list[Check]:
    checks = [database_check()]
    now = timezone.now()
    if checks[0].ok:
        checks += [worker_check(now), queue_check(now)]
    else:
        # Asking a database that is down again would only make the monitor wait longer.
        expected = settings.ARFER_HEALTH_WORKER_EXPECTED
        checks += [
            Check(
                "worker",
                not expected,
                None,
                "seconds",
                settings.ARFER_HEALTH_WORKER_STALE_SECONDS,
                expected,
                error="database",
            ),
            Check(
                "queue",
                False,
                None,
                "seconds",
                settings.ARFER_HEALTH_QUEUE_STALE_SECONDS,
                error="database",
            ),
        ]
    checks.append(disk_check(settings.DATA_DIR))
    return checks
