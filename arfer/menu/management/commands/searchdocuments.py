import time

from django.core.management.base import BaseCommand

from arfer.menu.search.indexing import queue_every_practice, refresh_all_queued


class Command(BaseCommand):
    help = (
        "Make the search documents of the practices waiting for them (what search finds a "
        "practice by: menu/search/document.py). With --all, make every published practice's "
        "again: after a change to docs/glossary.md, or to how documents are made."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            help="Queue every practice first, so that every document is made again.",
        )

    def handle(self, *args, all=False, **options):
        started = time.monotonic()
        if all:
            queued = queue_every_practice()
            self.stdout.write(f"{queued:,} practices queued.")
        # With --all the work is large and wanted now: in the largest batches, at the cost of
        # other writers waiting a few seconds at a time.
        made = refresh_all_queued(alone=all)
        self.stdout.write(
            f"{made:,} practices' search documents made in {time.monotonic() - started:.1f} s."
        )
