"""How people hear of events: their choice for each kind (an email now, the daily digest, or
never), and the events waiting for the digest. delivery.py sends them."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class NotificationKind(models.TextChoices):
    """The events Arfer emails people about. Each kind is a column of NotificationPreference."""

    PRACTICE_SUBMITTED = "practice_submitted", _("A practice is submitted for review")
    PRACTICE_REVIEWED = "practice_reviewed", _("A decision on your body's practice")
    ADOPTION_RECORDED = "adoption_recorded", _("Another body adopts your body's practice")
    PRACTICE_FOLLOWED = "practice_followed", _("News of a practice you follow")
    QUESTION_ASKED = "question_asked", _("A question to your body about its practice")
    QUESTION_ANSWERED = "question_answered", _("An answer to your question about a practice")


class Delivery(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately, one email each time")
    DIGEST = "digest", _("In a daily digest")
    NEVER = "never", _("Never")


class NotificationPreference(models.Model):
    """How a person wants to hear of each kind of event. A person without a row gets the
    defaults: every email, immediately."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name=_("person"),
    )
    practice_submitted = models.CharField(
        _("practice submitted for review"),
        max_length=12,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATELY,
    )
    practice_reviewed = models.CharField(
        _("decision on your body's practice"),
        max_length=12,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATELY,
    )
    adoption_recorded = models.CharField(
        _("another body adopts your body's practice"),
        max_length=12,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATELY,
    )
    practice_followed = models.CharField(
        _("news of a practice you follow"),
        max_length=12,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATELY,
    )
    question_asked = models.CharField(
        _("question to your body about its practice"),
        max_length=12,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATELY,
    )
    question_answered = models.CharField(
        _("answer to your question about a practice"),
        max_length=12,
        choices=Delivery.choices,
        default=Delivery.IMMEDIATELY,
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self) -> str:
        return str(self.user)

    def delivery(self, kind: str) -> str:
        return getattr(self, NotificationKind(kind).value)


class DigestItem(models.Model):
    """An event waiting for a person's daily digest, rendered in both languages when it
    happened. `sent_at` and `batch` are set together, in one statement, by the digest run that
    claims the item: an item is claimed once, so it is never sent twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="digest_items",
        verbose_name=_("person"),
    )
    kind = models.CharField(_("kind of event"), max_length=24, choices=NotificationKind.choices)
    # Named, not imported: the menu sits above notifications, and calls notify() itself.
    practice = models.ForeignKey(
        "menu.Practice",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("practice"),
    )
    subject_en = models.CharField(_("subject (English)"), max_length=300)
    subject_cy = models.CharField(_("subject (Welsh)"), max_length=300)
    text_en = models.TextField(_("text (English)"))
    text_cy = models.TextField(_("text (Welsh)"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    batch = models.UUIDField(_("digest run"), null=True, blank=True)

    class Meta:
        verbose_name = _("digest item")
        verbose_name_plural = _("digest items")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["sent_at", "user"], name="digest_item_pending"),
            models.Index(fields=["batch"], name="digest_item_batch"),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.subject_en}"
