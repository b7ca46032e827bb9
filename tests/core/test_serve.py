"""`arfer serve` as a service manager runs it: several web worker processes and a task worker,
the task worker started again when it stops, and nothing left running when the server stops,
whether it is asked to (SIGTERM) or killed outright."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.core.management import CommandError, call_command

from arfer.core import supervisor

# Runs on a SQLite database of its own whatever the suite runs on: the SQLite run covers it.
pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="runs on a SQLite database of its own; the SQLite run covers it",
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def children(pid: int) -> dict[int, str]:
    """The child processes of `pid`, with their command lines."""
    found = {}
    listed = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    for child in map(int, listed.split()):
        try:
            with open(f"/proc/{child}/cmdline", "rb") as cmdline:
                found[child] = cmdline.read().replace(b"\0", b" ").decode()
        except FileNotFoundError:
            continue
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_for(condition, seconds: float = 30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("waited in vain")


def environment_for(data_dir) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("ARFER_", "DJANGO_"))}
    environment.pop("DATABASE_URL", None)
    environment["ARFER_DATA_DIR"] = str(data_dir)
    return environment


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("migrated")
    subprocess.run(
        [sys.executable, "-m", "arfer.cli", "migrate", "--verbosity", "0"],
        env=environment_for(data_dir),
        check=True,
    )
    return data_dir / "arfer.sqlite3"


@pytest.fixture
def server(tmp_path, migrated):
    """`arfer serve` on a migrated database of its own, with two web workers."""
    port = free_port()
    shutil.copy(migrated, tmp_path / "arfer.sqlite3")
    environment = environment_for(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "arfer.cli", "serve", "--port", str(port), "--workers", "2"],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert process.stdout.readline().startswith(
            f"Arfer is being served on http://127.0.0.1:{port}/ by 2 web worker processes"
        )
        wait_for(lambda: _answers(port), 60)
        process.port = port
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            return response.status == 200
    except OSError:
        return False


def web_and_task_worker(server) -> tuple[int, int]:
    def both():
        found = children(server.pid)
        web = [pid for pid, line in found.items() if "gunicorn" in line]
        task = [pid for pid, line in found.items() if " worker " in line]
        return (web[0], task[0]) if web and task else None

    return wait_for(both)


def test_several_web_workers_answer_beside_one_task_worker(server):
    web, _task = web_and_task_worker(server)
    assert len(wait_for(lambda: len(children(web)) == 2 and children(web))) == 2
    assert _answers(server.port)


def test_stopping_the_server_stops_every_process(server):
    web, task = web_and_task_worker(server)
    web_workers = list(wait_for(lambda: len(children(web)) == 2 and children(web)))
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=60) == 0
    for pid in [web, task, *web_workers]:
        wait_for(lambda pid=pid: not alive(pid))


def test_a_task_worker_that_stops_is_started_again(server):
    web, task = web_and_task_worker(server)
    os.kill(task, signal.SIGKILL)
    replacement = wait_for(
        lambda: web_and_task_worker(server)[1] != task and web_and_task_worker(server)[1]
    )
    assert alive(replacement)
    # The server's own lines are mixed with the log's (a line per request, the check above's).
    said: list[str] = []
    while len(said) < 20 and not any(line.startswith("The task worker stopped") for line in said):
        said.append(server.stdout.readline())
    assert any(line.startswith("The task worker stopped") for line in said), said
    assert alive(web)


def test_a_server_killed_outright_leaves_nothing_running(server):
    """No task worker carries on with an import beside a restarted server."""
    web, task = web_and_task_worker(server)
    web_workers = list(wait_for(lambda: len(children(web)) == 2 and children(web)))
    server.kill()
    server.wait()
    for pid in [task, web, *web_workers]:
        wait_for(lambda pid=pid: not alive(pid))


def test_a_task_worker_that_keeps_failing_waits_longer_each_time(monkeypatch):
    said = []
    keeper = supervisor.Supervisor(
        web=[], task_worker=[sys.executable, "-c", "exit(3)"], say=said.append
    )
    monkeypatch.setattr(supervisor.time, "monotonic", lambda: 1000.0)
    keeper._start_task_worker()
    keeper.task_worker.wait()
    keeper._keep_task_worker_running()
    keeper.restart_at = 0  # the pause is over
    keeper._keep_task_worker_running()
    keeper.task_worker.wait()
    keeper._keep_task_worker_running()
    assert said == [
        "The task worker stopped (status 3); starting it again in 1 s.",
        "The task worker stopped (status 3); starting it again in 2 s.",
    ]


def test_a_task_worker_that_will_not_stop_is_stopped_outright(monkeypatch):
    monkeypatch.setattr(supervisor, "WORKER_GRACE_SECONDS", 0.5)
    monkeypatch.setattr(supervisor, "WORKER_KILL_SECONDS", 0.5)
    stubborn = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import signal, time; "
            "signal.signal(signal.SIGTERM, signal.SIG_IGN); print('ready', "
            "flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
    )
    assert stubborn.stdout.readline() == b"ready\n"
    supervisor.stop_task_worker(stubborn)
    stubborn.stdout.close()
    assert stubborn.poll() is not None


@pytest.mark.parametrize("arguments", [["--workers", "0"], ["--threads", "0"], ["--port", "70000"]])
def test_impossible_numbers_are_refused(arguments):
    with pytest.raises(CommandError):
        call_command("serve", *arguments)


def test_a_mistyped_number_of_web_workers_is_refused(monkeypatch):
    monkeypatch.setenv("ARFER_WEB_WORKERS", "two")
    with pytest.raises(CommandError, match="ARFER_WEB_WORKERS must be a whole number"):
        call_command("serve")
