import os
import signal
import subprocess
import sys

from django.core.management.base import BaseCommand, CommandError

# How long a stopping worker may take to finish the task it is running (an import of a large
# file) before it is stopped in the middle; its transaction then rolls back.
WORKER_GRACE_SECONDS = 30
WORKER_KILL_SECONDS = 5


class Command(BaseCommand):
    help = "Serve Arfer over HTTP with a production-grade WSGI server (waitress)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("ARFER_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-worker", action="store_true",
                            help="Do not run a task worker beside the server (run `arfer "
                                 "db_worker` separately instead).")

    def handle(self, *args, host, port, threads, no_worker, **options):
        from waitress import serve

        from arfer.wsgi import application

        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        self.stdout.write(f"Arfer is being served on http://{host}:{port}/ (Ctrl+C stops it)")
        worker = None if no_worker else self.start_worker()
        # Stopped by a service manager (SIGTERM), the server unwinds as on Ctrl+C, so that the
        # worker is stopped too rather than left running without it.
        signal.signal(signal.SIGTERM, _exit_on_terminate)
        try:
            serve(application, host=host, port=port, threads=threads, ident="arfer")
        finally:
            if worker is not None:
                stop_worker(worker)

    def start_worker(self) -> subprocess.Popen:
        """The background task worker (uploaded imports), as a child process of its own."""
        self.stdout.write("A task worker runs beside it for uploaded imports (--no-worker "
                          "leaves it out).")
        return subprocess.Popen([sys.executable, "-m", "arfer.cli", "db_worker", "--no-reload",
                                 "--verbosity", "0"])


def _exit_on_terminate(signum, frame):
    raise SystemExit(0)


def stop_worker(worker: subprocess.Popen) -> None:
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
