"""/healthz: the database, the task worker's heartbeat, the queue and the disk, for monitors."""

from datetime import timedelta

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from arfer.core import health
from arfer.core.models import WorkerHeartbeat
from tests.core.test_worker import add


def checks_of(response) -> dict[str, dict]:
    return {check["name"]: check for check in response.json()["checks"]}


def beat(seconds_ago: float, worker_id="w") -> None:
    moment = timezone.now() - timedelta(seconds=seconds_ago)
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={"beat_at": moment},
        create_defaults={"beat_at": moment, "started_at": moment, "host": "h", "pid": 1},
    )


@pytest.fixture
def worker_expected(settings):
    settings.ARFER_HEALTH_WORKER_EXPECTED = True
    settings.ARFER_HEALTH_WORKER_STALE_SECONDS = 120


def test_all_well_answers_200_with_every_check_named(client, db, worker_expected):
    beat(5)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    checks = checks_of(response)
    assert list(checks) == ["database", "worker", "queue", "disk"]
    assert all(check["ok"] for check in checks.values())
    assert 5 <= checks["worker"]["value"] <= 10 and checks["worker"]["limit"] == 120
    assert checks["queue"]["value"] == 0
    assert checks["disk"]["value"] > 0 and checks["disk"]["unit"] == "MB"
    assert isinstance(checks["database"]["value"], float)


def test_it_only_reads_in_a_fixed_number_of_queries_and_sets_no_cookie(client, db, worker_expected):
    for n in range(5):
        beat(n, worker_id=f"w{n}")
        add.enqueue(n, n)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")
    assert response.status_code == 200
    assert len(queries) == 3
    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in queries)
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


def test_no_heartbeat_fails_where_a_worker_is_expected(client, db, worker_expected):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "failing"
    worker = checks_of(response)["worker"]
    assert worker["ok"] is False and worker["value"] is None and worker["expected"] is True


def test_a_stale_heartbeat_fails_where_a_worker_is_expected(client, db, worker_expected):
    beat(300, "gone")
    beat(200, "also-gone")
    response = client.get("/healthz")
    assert response.status_code == 503
    worker = checks_of(response)["worker"]
    assert worker["ok"] is False and 200 <= worker["value"] < 210


def test_the_newest_heartbeat_counts(client, db, worker_expected):
    beat(3000, "old")
    beat(10, "new")
    assert client.get("/healthz").status_code == 200


def test_without_an_expected_worker_its_heartbeat_is_reported_but_does_not_fail(
    client, db, settings
):
    settings.ARFER_HEALTH_WORKER_EXPECTED = False
    beat(5000)
    response = client.get("/healthz")
    assert response.status_code == 200
    worker = checks_of(response)["worker"]
    assert worker["ok"] is True and worker["value"] >= 5000 and worker["expected"] is False


def test_a_task_waiting_too_long_fails(client, db, settings):
    settings.ARFER_HEALTH_QUEUE_STALE_SECONDS = 600
    waiting = add.enqueue(1, 1)
    DBTaskResult.objects.filter(pk=waiting.id).update(
        enqueued_at=timezone.now() - timedelta(seconds=700)
    )
    response = client.get("/healthz")
    assert response.status_code == 503
    queue = checks_of(response)["queue"]
    assert queue["ok"] is False and 700 <= queue["value"] < 710 and queue["limit"] == 600


def test_a_finished_or_later_task_is_not_waiting(client, db, settings):
    settings.ARFER_HEALTH_QUEUE_STALE_SECONDS = 600
    long_ago = timezone.now() - timedelta(hours=5)
    finished, later, due = add.enqueue(1, 1), add.enqueue(2, 2), add.enqueue(3, 3)
    DBTaskResult.objects.filter(pk=finished.id).update(enqueued_at=long_ago, status="SUCCESSFUL")
    DBTaskResult.objects.filter(pk=later.id).update(
        enqueued_at=long_ago, run_after=timezone.now() + timedelta(hours=1)
    )
    # Queued long ago to run a minute ago: it has waited a minute, not five hours.
    DBTaskResult.objects.filter(pk=due.id).update(
        enqueued_at=long_ago, run_after=timezone.now() - timedelta(seconds=60)
    )
    response = client.get("/healthz")
    assert response.status_code == 200
    assert 60 <= checks_of(response)["queue"]["value"] < 70


def test_little_free_disk_fails(client, db, settings):
    settings.ARFER_HEALTH_MIN_FREE_MB = 10**12
    response = client.get("/healthz")
    assert response.status_code == 503
    disk = checks_of(response)["disk"]
    assert disk["ok"] is False and disk["value"] < disk["limit"]


def test_a_missing_data_folder_fails_the_disk_check(client, db, settings, tmp_path):
    settings.DATA_DIR = tmp_path / "not-there"
    response = client.get("/healthz")
    assert response.status_code == 503
    disk = checks_of(response)["disk"]
    assert disk == {
        "name": "disk",
        "ok": False,
        "value": None,
        "unit": "MB",
        "limit": settings.ARFER_HEALTH_MIN_FREE_MB,
        "error": "FileNotFoundError",
    }


class DatabaseDown:
    def cursor(self):
        raise OperationalError('connection to server at "db.internal" failed: password wrong')


def test_a_database_that_is_down_answers_503_without_its_message(client, db, monkeypatch, settings):
    settings.ARFER_HEALTH_WORKER_EXPECTED = True
    monkeypatch.setattr(health, "connection", DatabaseDown())
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/healthz")
    assert response.status_code == 503
    checks = checks_of(response)
    assert checks["database"] == {
        "name": "database",
        "ok": False,
        "value": None,
        "unit": "ms",
        "error": "OperationalError",
    }
    assert not checks["worker"]["ok"] and not checks["queue"]["ok"]
    assert checks["disk"]["ok"]
    assert len(queries) == 0, "a database that is down is not asked again"
    assert b"db.internal" not in response.content and b"password" not in response.content


def test_no_secret_or_path_in_the_answer(client, db, settings):
    content = client.get("/healthz").content.decode()
    assert settings.SECRET_KEY not in content
    assert str(settings.DATA_DIR) not in content


def test_only_get(client, db):
    assert client.post("/healthz").status_code == 405


@pytest.mark.parametrize("value", ["two minutes", "-5"])
def test_a_malformed_limit_is_refused_clearly(tmp_path, value):
    from tests.core.test_settings import run_check

    result = run_check(
        {"ARFER_HEALTH_WORKER_STALE_SECONDS": value, "ARFER_DATA_DIR": str(tmp_path)}
    )
    assert result.returncode != 0
    assert "ARFER_HEALTH_WORKER_STALE_SECONDS must be a whole number" in result.stderr
