from django.core.management.base import BaseCommand, CommandError

from arfer.board import snapshots
from arfer.board.figures import SNAPSHOTS


class Command(BaseCommand):
    help = (
        "Calculate the board's figures again (dashboard, coverage, councils and health "
        "boards, collaboration network, prevention shift, programme at a glance) and keep "
        "them for the pages and board packs. Run it on a schedule, and before a board "
        "meeting, where the figures take longer than ARFER_FIGURES_INLINE_MS to calculate."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "names",
            nargs="*",
            metavar="FIGURE",
            help=f"Only these figures (of: {', '.join(SNAPSHOTS)}).",
        )

    def handle(self, *args, names, **options):
        unknown = sorted(set(names) - set(SNAPSHOTS))
        if unknown:
            raise CommandError(
                f"No figure called {', '.join(unknown)}; choose from {', '.join(SNAPSHOTS)}."
            )
        for name in names or SNAPSHOTS:
            figures = snapshots.recalculate(name, SNAPSHOTS[name])
            self.stdout.write(
                f"{name:16} calculated in {figures.duration_ms / 1000:.1f} s "
                f"({figures.computed_at:%Y-%m-%d %H:%M:%S})."
            )
