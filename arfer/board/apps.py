from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BoardConfig(AppConfig):
    name = "arfer.board"
    label = "board"
    verbose_name = _("Programme board")

    def ready(self):
        from . import my_work
        from .snapshots import figure_went_stale
        from .tasks import queue_recalculation

        figure_went_stale.connect(queue_recalculation, dispatch_uid="board-recalculate-figure")
        my_work.add_sections()
