"""`arfer serve` runs the task worker (for uploaded imports) beside the server, and stops it
when the server stops; `--no-worker` leaves it out."""

import subprocess
import sys

import waitress
from django.core.management import call_command

from arfer.core.management.commands import serve

REAL_POPEN = subprocess.Popen


def test_serve_starts_the_worker_and_stops_it_afterwards(monkeypatch):
    started, seen = [], []

    def fake_worker(args, **kwargs):
        assert args[1:] == ["-m", "arfer.cli", "db_worker", "--no-reload", "--verbosity", "0"]
        # A stand-in child that lives until it is stopped.
        started.append(REAL_POPEN([sys.executable, "-c", "import time; time.sleep(60)"]))
        return started[-1]

    monkeypatch.setattr(serve.subprocess, "Popen", fake_worker)
    monkeypatch.setattr(waitress, "serve",
                        lambda *args, **kwargs: seen.append(started[0].poll() is None))
    call_command("serve", "--port", "8123")
    assert seen == [True]
    assert started[0].poll() is not None  # stopped with the server


def test_no_worker_leaves_it_out(monkeypatch):
    monkeypatch.setattr(serve.subprocess, "Popen",
                        lambda *args, **kwargs: (_ for _ in ()).throw(AssertionError))
    monkeypatch.setattr(waitress, "serve", lambda *args, **kwargs: None)
    call_command("serve", "--port", "8123", "--no-worker")


def test_a_worker_that_will_not_stop_is_stopped_outright(monkeypatch):
    monkeypatch.setattr(serve, "WORKER_GRACE_SECONDS", 0.5)
    monkeypatch.setattr(serve, "WORKER_KILL_SECONDS", 0.5)
    stubborn = REAL_POPEN([sys.executable, "-c", "import signal, time; "
                           "signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', "
                           "flush=True); time.sleep(60)"], stdout=subprocess.PIPE)
    assert stubborn.stdout.readline() == b"ready\n"
    serve.stop_worker(stubborn)
    stubborn.stdout.close()
    assert stubborn.poll() is not None
