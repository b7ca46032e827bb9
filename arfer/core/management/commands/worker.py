from argparse import ArgumentTypeError

from django.core.management.base import CommandError
from django.utils.autoreload import run_with_reloader
from django_tasks_db.management.commands import db_worker

from arfer.core.worker import HEARTBEAT_SECONDS, ArferWorker, HeartbeatThread


def positive_seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise ArgumentTypeError(f"must be a number of seconds, not {value!r}") from None
    if not 0 < seconds < float("inf"):
        raise ArgumentTypeError(f"must be more than 0 seconds, not {value!r}")
    return seconds


class Command(db_worker.Command):
    help = (
        "Run the task worker (uploaded imports, board figures, open data files): "
        "django-tasks' database worker, recording a heartbeat for /healthz and waiting out "
        "a locked database instead of stopping. Takes db_worker's options."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--heartbeat-seconds",
            type=positive_seconds,
            default=HEARTBEAT_SECONDS,
            help="How often the worker records that it is alive (default: %(default)s).",
        )

    def handle(
        self,
        *,
        verbosity,
        queue_name,
        interval,
        batch,
        backend_name,
        startup_delay,
        reload,
        max_tasks,
        worker_id,
        exclude_queues,
        heartbeat_seconds=HEARTBEAT_SECONDS,
        **options,
    ):
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = ArferWorker(
            queue_names=queue_names,
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=excluded_queue_names,
        )

        def run() -> None:
            worker.configure_signals()
            heartbeat = HeartbeatThread(worker_id, interval=heartbeat_seconds)
            heartbeat.start()
            try:
                worker.run()
            finally:
                heartbeat.stop()

        if reload and not batch:
            run_with_reloader(run)  # runs `run` only in the reloader's child process
        else:
            run()
