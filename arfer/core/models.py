"""Tables of the service itself rather than of a domain: the task worker's heartbeat."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """One row per task worker process, touched every few seconds while it runs (core/worker.py).

    Not an audited record: it changes every few seconds and says nothing about the programme's
    data, so it has no history and is written outside the actions.
    """

    worker_id = models.CharField(_("worker id"), max_length=64, unique=True)
    host = models.CharField(_("host"), max_length=255)
    pid = models.PositiveIntegerField(_("process id"))
    started_at = models.DateTimeField(_("started at"))
    beat_at = models.DateTimeField(_("last heartbeat"), db_index=True)

    class Meta:
        verbose_name = _("task worker heartbeat")
        verbose_name_plural = _("task worker heartbeats")

    def __str__(self) -> str:
        return f"{self.host}:{self.pid} ({self.worker_id})"
