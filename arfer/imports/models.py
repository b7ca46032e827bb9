"""Bulk imports uploaded on the web: each upload is an ImportRun, run in the background by a
task worker, with its progress and its report. The run is itself the record of who imported
what and when; the records it writes carry their own history.

A worker that is stopped or killed mid-run cannot say so: its run is known to have stopped by
its heartbeat, written with its progress, falling silent for ARFER_IMPORT_STALLED_MINUTES."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from .querysets import ImportRunQuerySet


class ImportKind(models.TextChoices):
    PRACTICES = "practices", _("Practices")
    ADOPTIONS = "adoptions", _("Adoptions")
    LEDGER = "ledger", _("Savings ledger")
    BODIES = "bodies", _("Public bodies")


class ImportRun(models.Model):
    class Mode(models.TextChoices):
        ALL_OR_NOTHING = "all_or_nothing", _("All or nothing")
        SKIP_INVALID = "skip_invalid", _("Skip invalid rows")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Finished")
        FAILED = "failed", _("Stopped with an error")

    kind = models.CharField(_("kind of records"), max_length=12, choices=ImportKind.choices)
    file_path = models.CharField(
        _("stored file"),
        max_length=200,
        help_text=_("Where the uploaded file is kept, under the data folder."),
    )
    original_name = models.CharField(_("file name"), max_length=200)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="import_runs",
        verbose_name=_("uploaded by"),
    )
    mode = models.CharField(
        _("mode"), max_length=16, choices=Mode.choices, default=Mode.ALL_OR_NOTHING
    )
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    language = models.CharField(
        _("language of the report"),
        max_length=5,
        default="en",
        help_text=_("The language of the page the file was uploaded from."),
    )
    rows_total = models.PositiveIntegerField(_("rows in the file"), default=0)
    rows_done = models.PositiveIntegerField(_("rows checked"), default=0)
    created_count = models.PositiveIntegerField(_("records created"), default=0)
    updated_count = models.PositiveIntegerField(_("records updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("records unchanged"), default=0)
    invalid_count = models.PositiveIntegerField(_("invalid rows"), default=0)
    report = models.JSONField(_("report"), default=dict, blank=True)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    heartbeat_at = models.DateTimeField(
        _("last heard from"),
        null=True,
        blank=True,
        help_text=_("Written every few seconds while the run reads and checks rows."),
    )
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    objects = ImportRunQuerySet.as_manager()

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["uploaded_by", "-created_at"], name="import_run_person_newest")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.original_name}"

    def get_absolute_url(self) -> str:
        return reverse("imports:run", kwargs={"pk": self.pk})

    @property
    def has_stalled(self) -> bool:
        """Running, but silent for longer than a live worker ever is: its worker was stopped
        or killed, and the import's transaction was rolled back with it."""
        if self.status != self.Status.RUNNING:
            return False
        last_heard = self.heartbeat_at or self.started_at or self.created_at
        return last_heard < timezone.now() - timedelta(
            minutes=settings.ARFER_IMPORT_STALLED_MINUTES
        )

    @property
    def shown_status(self) -> StrOrPromise:
        return self.Status.FAILED.label if self.has_stalled else self.get_status_display()

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED) or self.has_stalled

    @property
    def percent_done(self) -> int:
        if self.is_finished:
            return 100
        return int(100 * self.rows_done / self.rows_total) if self.rows_total else 0
