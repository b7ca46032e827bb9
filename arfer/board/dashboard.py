"""The dashboard's figures, charts and headlines, kept in each process per state of the data.

They are drawn from snapshots (snapshots.py) that change only when the data or the snapshots
do, yet turning them into the page's figures, five charts and the four gap headlines cost about
two thirds of a dashboard view (13 of 17 ms on the national-scale synthetic data), for every
board member on every view. What is kept is keyed by the data's fingerprint, the identity of
each snapshot read (a snapshot recalculated by the task worker is a new one, though the data is
the same), the language and the coverage threshold; the page still reads the next meeting, and
whether the person runs meetings, afresh.
"""

from django.conf import settings
from django.db import connection
from django.utils.translation import get_language

from arfer.core.kept import Kept

from . import figures, pictures, snapshots
from .models import FiguresSnapshot

# The snapshots the dashboard reads, directly or through its headlines.
READ = ["dashboard", "coverage-region", "boundaries", "network", "prevention"]
# Kept states: a few languages and thresholds of the current data are all a process needs.
MOST_KEPT = 16
_kept = Kept(MOST_KEPT)


def dashboard_figures() -> dict:
    """What the dashboard shows of the programme's figures (the page's context, less the
    person's own)."""
    threshold = settings.ARFER_COVERAGE_GAP_SHARE
    kept = _kept.get(_state(threshold))
    if kept is not None:
        return kept
    found = figures.dashboard()
    drawn = {
        **found,
        "savings_chart": pictures.savings_chart(found["savings_by_year"]),
        "workstream_chart": pictures.workstream_chart(found["by_workstream"]),
        "pipeline_chart": pictures.pipeline_chart(found["pipeline"]),
        "spread_chart": pictures.spread_chart(found["furthest_spread"]),
        "leaders_chart": pictures.leaders_chart(found["leading_bodies"]),
        "headlines": figures.gap_headlines(threshold=threshold),
    }
    # Read after drawing: a snapshot calculated again on the way is part of the state drawn.
    _kept.put(_state(threshold), drawn)
    return drawn


def _state(threshold: float) -> tuple:
    identities = sorted(
        FiguresSnapshot.objects.filter(name__in=READ).values_list(
            "name", "fingerprint", "computed_at"
        )
    )
    return (
        connection.alias,
        str(connection.settings_dict["NAME"]),
        get_language(),
        threshold,
        snapshots.fingerprint(),
        tuple(identities),
    )


def forget_all() -> None:
    _kept.clear()
