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


def test_a_server_stopped_by_its_service_manager_stops_its_worker(tmp_path):
    """SIGTERM (systemd stopping the service, `kill`) stops the server and its worker: no
    worker is left running on its own."""
    import os
    import signal
    import socket
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    environment = {**os.environ, "ARFER_DATA_DIR": str(tmp_path)}
    environment.pop("DATABASE_URL", None)  # a database of its own, which the worker polls
    subprocess.run([sys.executable, "-m", "arfer.cli", "migrate", "--verbosity", "0"],
                   env=environment, check=True)
    server = REAL_POPEN([sys.executable, "-m", "arfer.cli", "serve", "--port", str(port)],
                        env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert server.stdout.readline().startswith(b"Arfer is being served")
        assert server.stdout.readline().startswith(b"A task worker runs beside it")
        worker = None
        for _attempt in range(50):
            children = subprocess.run(["pgrep", "-P", str(server.pid)], capture_output=True,
                                      text=True).stdout.split()
            if children:
                worker = int(children[0])
                break
            time.sleep(0.1)
        assert worker is not None
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=40) == 0
        for _attempt in range(50):
            if not os.path.exists(f"/proc/{worker}"):
                break
            time.sleep(0.1)
        assert not os.path.exists(f"/proc/{worker}")
    finally:
        if server.poll() is None:
            server.kill()
        server.stdout.close()
