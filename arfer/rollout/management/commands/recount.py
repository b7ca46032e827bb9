from django.core.management.base import BaseCommand

from arfer.rollout.counts import rebuild_peer_counts


class Command(BaseCommand):
    help = (
        "Rebuild the rollout's precomputed counts (bodies of each kind adopting each "
        "practice) from the adoption register. Run it after changing a body's kind in the "
        "back office, or after writing adoptions outside Arfer's own pages and commands."
    )

    def handle(self, *args, **options):
        rows = rebuild_peer_counts()
        self.stdout.write(f"Peer adoption counts rebuilt: {rows:,} rows.")
