"""`arfer digest`: send each person their daily digest. Run once a day (cron or a systemd
timer: docs/operations.md)."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from arfer.notifications.delivery import DIGEST_MIN_INTERVAL, send_digests


class Command(BaseCommand):
    help = (
        "Email each person one digest of the events queued for them since their last one. "
        "Safe to run again: items already sent are never sent twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--min-hours",
            type=float,
            default=DIGEST_MIN_INTERVAL.total_seconds() / 3600,
            help="Hold the items of anyone who had a digest less than this many hours ago "
            "(default %(default)s), so a second run on one day sends them nothing.",
        )

    def handle(self, *args, min_hours, **options):
        sent = send_digests(min_interval=timedelta(hours=min_hours))
        self.stdout.write(f"Digests sent: {sent}")
