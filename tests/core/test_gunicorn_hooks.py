"""The web processes move what start-up and warm-up made out of the garbage collector's sight,
once each, so that full collections stop scanning it (arfer/core/gunicorn_hooks.py)."""

import gc

import pytest

from arfer.core import gunicorn_hooks
from arfer.core.management.commands.serve import web_command


@pytest.fixture
def fresh_counter(monkeypatch):
    monkeypatch.setattr(gunicorn_hooks, "_served", 0)
    monkeypatch.setattr(gunicorn_hooks, "WARM_UP_REQUESTS", 3)
    yield
    gc.unfreeze()


def test_the_warm_up_is_frozen_once_after_its_requests(fresh_counter, monkeypatch):
    # Counted rather than read from gc.get_freeze_count(), which other threads' objects move.
    freezes = []
    monkeypatch.setattr(gunicorn_hooks.gc, "freeze", lambda: freezes.append(1))
    for _ in range(2):
        gunicorn_hooks.post_request(None, None, {}, None)
    assert freezes == []
    gunicorn_hooks.post_request(None, None, {}, None)
    assert freezes == [1]
    for _ in range(5):
        gunicorn_hooks.post_request(None, None, {}, None)
    assert freezes == [1]


def test_start_up_is_frozen_before_each_fork(fresh_counter):
    gc.unfreeze()
    gunicorn_hooks.pre_fork(None, None)
    assert gc.get_freeze_count() > 0


def test_arfer_serve_gives_gunicorn_the_hooks():
    command = web_command("127.0.0.1", 8000, workers=2, threads=4)
    assert command[command.index("--config") + 1] == "python:arfer.core.gunicorn_hooks"
    assert "--preload" in command
    # A process takes a connection only with a thread free for it, and keeps none alive: the
    # connections are shared by the processes as they free up (docs/operations.md).
    assert command[command.index("--worker-connections") + 1] == "4"
    assert command[command.index("--keep-alive") + 1] == "0"
