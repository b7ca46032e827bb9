"""Documents a lead body attaches to its practice (a business case, job descriptions,
contracts, an evaluation), checked and stored as evidence files are (core/uploads.py).
Imported by models.py (which stays the app's one place of models)."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from arfer.core.uploads import kind_of

from .querysets import PracticeAttachmentQuerySet

if TYPE_CHECKING:
    from arfer.accounts.models import User


class PracticeAttachment(models.Model):
    class Kind(models.TextChoices):
        BUSINESS_CASE = "business_case", _("Business case")
        JOB_DESCRIPTION = "job_description", _("Job description")
        CONTRACT = "contract", _("Contract")
        EVALUATION = "evaluation", _("Evaluation")
        OTHER = "other", _("Other document")

    practice = models.ForeignKey(
        "menu.Practice",
        on_delete=models.CASCADE,
        related_name="attachments",
        verbose_name=_("practice"),
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind of document"), max_length=20, choices=Kind.choices)
    file = models.FileField(_("file"), upload_to="practices/%Y/")
    file_name = models.CharField(
        _("file name"), max_length=200, help_text=_("The name the file was uploaded with.")
    )
    size = models.PositiveBigIntegerField(_("size in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("uploaded by"),
        help_text=_("Empty when the system added the file (the demo menu, an import)."),
    )
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)

    # Removing an attachment deletes its row; the file stays, so the history still points at it.
    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    objects = PracticeAttachmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("practice attachment")
        verbose_name_plural = _("practice attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.title

    def download_path(self) -> str:
        return reverse(
            "menu:attachment", kwargs={"slug": self.practice.slug, "attachment_id": self.pk}
        )

    @property
    def type_label(self) -> str:
        kind = kind_of(self.file.name)
        return str(kind.label) if kind else ""

    @property
    def size_label(self) -> str:
        """The size as people read it: whole kilobytes below a megabyte (at least 1), then
        megabytes to one decimal place."""
        if self.size < 1024 * 1024:
            kilobytes = max(1, round(self.size / 1024))
            return gettext("%(size)s KB") % {"size": number_format(kilobytes)}
        megabytes = number_format(self.size / (1024 * 1024), decimal_pos=1)
        return gettext("%(size)s MB") % {"size": megabytes}
