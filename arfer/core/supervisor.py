"""`arfer serve` keeps two processes running: the web server (gunicorn, which in turn keeps its
web worker processes running) and the task worker.

- The task worker is started again whenever it stops while the site runs, after a pause that
  grows while it keeps failing (so a worker that cannot start does not spin).
- Both stop with the server: on Ctrl+C or SIGTERM (a service manager stopping it) the web
  server finishes its requests and the task worker its current task. If `arfer serve` itself is
  killed outright, the kernel stops both children (Linux's parent-death signal), so no task worker
  is left behind to finish an import beside a restarted server.
- If the web server stops on its own, the task worker is stopped and `arfer serve` exits with the
  web server's status, for the service manager to restart the whole.
"""

import ctypes
import signal
import subprocess
import sys
import time
from collections.abc import Callable

# How long a stopping task worker may take to finish the task it is running (an import of a large
# file) before it is stopped in the middle; its transaction then rolls back.
WORKER_GRACE_SECONDS = 30
WORKER_KILL_SECONDS = 5
WEB_STOP_SECONDS = 40
# The pause before starting a stopped task worker again, doubled at each quick failure.
RESTART_FIRST_PAUSE = 1.0
RESTART_LONGEST_PAUSE = 60.0
# A worker that ran this long before stopping is starting afresh, not failing repeatedly.
RESTART_HEALTHY_SECONDS = 60.0
POLL_SECONDS = 0.2

PR_SET_PDEATHSIG = 1


def dies_with_parent(signum: int) -> Callable[[], None]:
    """A preexec function asking the kernel to send `signum` to the child when its parent dies."""

    def arrange() -> None:
        if sys.platform.startswith("linux"):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)

    return arrange


class Supervisor:
    def __init__(
        self, *, web: list[str], task_worker: list[str] | None, say: Callable[[str], None]
    ):
        self.web_command = web
        self.task_worker_command = task_worker
        self.say = say
        self.stopping = False
        self.web: subprocess.Popen | None = None
        self.task_worker: subprocess.Popen | None = None
        self.worker_started_at = 0.0
        self.restart_pause = RESTART_FIRST_PAUSE
        self.restart_at: float | None = None

    def run(self) -> int:
        previous = {
            sig: signal.signal(sig, self._ask_to_stop) for sig in (signal.SIGTERM, signal.SIGINT)
        }
        try:
            # The web server finishes its requests when asked (SIGTERM); a task worker left alone
            # would carry on with an import, so it is killed outright (its transaction rolls back).
            self.web = subprocess.Popen(  # noqa: S603 (our own command line)
                self.web_command,
                preexec_fn=dies_with_parent(signal.SIGTERM),
            )
            if self.task_worker_command:
                self._start_task_worker()
            while not self.stopping:
                if self.web.poll() is not None:
                    self.say(f"The web server stopped (status {self.web.returncode}).")
                    break
                self._keep_task_worker_running()
                time.sleep(POLL_SECONDS)
        finally:
            self._stop_all()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        return 0 if self.stopping else (self.web.returncode or 1)

    def _ask_to_stop(self, signum, frame) -> None:
        self.stopping = True

    def _start_task_worker(self) -> None:
        assert self.task_worker_command is not None  # started only when there is one
        self.task_worker = subprocess.Popen(  # noqa: S603 (our own command line)
            self.task_worker_command, preexec_fn=dies_with_parent(signal.SIGKILL)
        )
        self.worker_started_at = time.monotonic()
        self.restart_at = None

    def _keep_task_worker_running(self) -> None:
        if self.task_worker is None or self.task_worker.poll() is None:
            return
        now = time.monotonic()
        if self.restart_at is None:
            if now - self.worker_started_at >= RESTART_HEALTHY_SECONDS:
                self.restart_pause = RESTART_FIRST_PAUSE
            self.say(
                f"The task worker stopped (status {self.task_worker.returncode}); starting "
                f"it again in {self.restart_pause:g} s."
            )
            self.restart_at = now + self.restart_pause
            self.restart_pause = min(self.restart_pause * 2, RESTART_LONGEST_PAUSE)
        elif now >= self.restart_at:
            self._start_task_worker()

    def _stop_all(self) -> None:
        if self.web is not None and self.web.poll() is None:
            self.web.terminate()
        if self.task_worker is not None:
            stop_task_worker(self.task_worker)
        if self.web is not None:
            try:
                self.web.wait(timeout=WEB_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                self.web.kill()
                self.web.wait()


def stop_task_worker(worker: subprocess.Popen) -> None:
    """Ask the worker to stop after its current task; stop it outright if that takes long."""
    if worker.poll() is not None:
        return
    worker.terminate()
    try:
        worker.wait(timeout=WORKER_GRACE_SECONDS)
    except subprocess.TimeoutExpired:
        worker.terminate()  # a second request stops the task in the middle
        try:
            worker.wait(timeout=WORKER_KILL_SECONDS)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
