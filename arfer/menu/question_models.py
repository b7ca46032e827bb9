"""Questions another body asks a practice's lead body through Arfer, kept with the practice
with their answers. Imported by models.py (which stays the app's one place of models)."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from arfer.directory.models import Body

from .querysets import PracticeQuestionQuerySet

if TYPE_CHECKING:
    from arfer.accounts.models import User

# Long enough for a question with its context, short enough to read in an e-mail.
QUESTION_MAX_LENGTH = 2000
ANSWER_MAX_LENGTH = 5000


class PracticeQuestion(models.Model):
    """A question from a member of one body to the lead body of a published practice, and the
    lead body's answer. Seen only by the two bodies' members and the programme team."""

    practice = models.ForeignKey(
        "menu.Practice",
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("practice"),
    )
    asking_body = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        related_name="questions_asked",
        verbose_name=_("asked for"),
    )
    asked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("asked by"),
    )
    asked_at = models.DateTimeField(_("asked"), default=timezone.now)
    question = models.TextField(_("question"), max_length=QUESTION_MAX_LENGTH)
    answer = models.TextField(_("answer"), max_length=ANSWER_MAX_LENGTH, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    objects = PracticeQuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question to the lead body")
        verbose_name_plural = _("questions to the lead body")
        ordering = ["asked_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(answered_at__isnull=True, answer="")
                | (Q(answered_at__isnull=False) & ~Q(answer="")),
                name="practice_question_answer_has_its_time",
                violation_error_message=_("An answer needs its text and the time it was given."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.practice}: {self.asked_at:%Y-%m-%d}"

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None
