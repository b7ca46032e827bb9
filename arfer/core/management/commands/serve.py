import os
import sys

from django.core.management.base import BaseCommand, CommandError

from arfer.core.supervisor import Supervisor


def default_web_workers() -> int:
    configured = os.environ.get("ARFER_WEB_WORKERS")
    if configured:
        try:
            return int(configured)
        except ValueError:
            raise CommandError(
                f"ARFER_WEB_WORKERS must be a whole number, not {configured!r}."
            ) from None
    return os.cpu_count() or 1


class Command(BaseCommand):
    help = (
        "Serve Arfer over HTTP: several web worker processes (gunicorn, one per core by "
        "default) and the task worker, each restarted if it stops."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("ARFER_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Web worker processes (default: ARFER_WEB_WORKERS, or one per core).",
        )
        parser.add_argument(
            "--threads", type=int, default=4, help="Threads in each web worker process."
        )
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not run a task worker beside the server (run `arfer "
            "worker --no-reload` separately instead).",
        )

    def handle(self, *args, host, port, workers, threads, no_worker, **options):
        workers = default_web_workers() if workers is None else workers
        if not 0 < port < 65536:
            raise CommandError(f"--port must be between 1 and 65535, not {port}.")
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1.")
        supervisor = Supervisor(
            web=web_command(host, port, workers, threads),
            task_worker=None if no_worker else task_worker_command(),
            say=lambda line: self.stdout.write(line),
        )
        self.stdout.write(
            f"Arfer is being served on http://{host}:{port}/ by {workers} web "
            f"worker process{'es' if workers > 1 else ''} (Ctrl+C stops it)"
        )
        if not no_worker:
            self.stdout.write(
                "A task worker runs beside it for uploaded imports and other "
                "background work (--no-worker leaves it out)."
            )
        self.stdout.flush()
        status = supervisor.run()
        if status:
            raise CommandError(f"The web server stopped with status {status}.", returncode=status)


def web_command(host: str, port: int, workers: int, threads: int) -> list[str]:
    """gunicorn, with threads in each process. Proxy headers are left to Arfer's own middleware
    (arfer/core/proxy.py), so that one place decides which proxies are believed."""
    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "arfer.wsgi:application",
        "--config",
        "python:arfer.core.gunicorn_hooks",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--worker-class",
        "gthread",
        "--threads",
        str(threads),
        # A process takes a new connection only when a thread is free for it, and keeps none
        # alive: a kept-alive connection stays with one process, and a few busy clients could
        # leave one process (on one core) doing all the work while another sat idle.
        "--worker-connections",
        str(threads),
        "--keep-alive",
        "0",
        "--preload",
        "--no-control-socket",
        "--forwarded-allow-ips",
        "",
        "--timeout",
        "120",
        "--graceful-timeout",
        "30",
        "--log-level",
        "warning",
    ]


def task_worker_command() -> list[str]:
    return [sys.executable, "-m", "arfer.cli", "worker", "--no-reload", "--verbosity", "0"]
