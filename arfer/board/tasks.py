"""Background work of the board: a figure found stale by a page is calculated again by the task
worker (`arfer serve` runs one), so the page shows it dated only until then, not until the next
`arfer boardfigures`."""

from django_tasks import task

from . import snapshots
from .figures import SNAPSHOTS
from .models import FiguresSnapshot


@task()
def recalculate_figure(name: str) -> None:
    compute = SNAPSHOTS.get(name)
    if compute is None:
        return
    current = snapshots.fingerprint()
    stored = FiguresSnapshot.objects.filter(name=name).values_list("fingerprint", flat=True).first()
    if stored == current:
        return  # another run of this task, or `arfer boardfigures`, got there first
    snapshots.recalculate(name, compute, current)


def queue_recalculation(sender, *, name: str, **kwargs) -> None:
    """Receives snapshots.figure_went_stale."""
    recalculate_figure.enqueue(name)
