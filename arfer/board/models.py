"""The programme board's own records: workstreams (with their practices and targets), and
meetings and summits with their papers, decisions and the actions that follow them up."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from arfer.core.bilingual import BilingualNameMixin, LocalisedText, localised
from arfer.core.money import MOST_TARGET_PENCE
from arfer.core.periods import year_label
from arfer.core.versioned import VersionedModel

from .querysets import ActionQuerySet, MeetingQuerySet, WorkstreamQuerySet

if TYPE_CHECKING:
    from arfer.accounts.models import User
    from arfer.menu.models import Practice


class Workstream(BilingualNameMixin, models.Model):
    """A strand of the programme (say, "Integrated community care"), sponsored by one body, to
    which practices and savings targets are assigned."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_cy = models.CharField(_("name (Welsh)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_cy = models.TextField(_("description (Welsh)"), blank=True)
    sponsor = models.ForeignKey(
        "directory.Body",
        on_delete=models.PROTECT,
        related_name="sponsored_workstreams",
        verbose_name=_("sponsoring body"),
    )
    practices: "models.ManyToManyField[Practice, WorkstreamPractice]" = models.ManyToManyField(
        "menu.Practice",
        through="WorkstreamPractice",
        related_name="workstreams",
        verbose_name=_("practices"),
        blank=True,
    )
    is_illustrative = models.BooleanField(_("illustrative example"), default=False)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    objects = WorkstreamQuerySet.as_manager()

    class Meta:
        verbose_name = _("workstream")
        verbose_name_plural = _("workstreams")
        ordering = ["name_en"]

    def get_absolute_url(self) -> str:
        return reverse("board:workstream", kwargs={"slug": self.slug})

    @property
    def description(self) -> LocalisedText:
        return localised(self, "description")


class WorkstreamPractice(models.Model):
    """A practice belongs to at most one workstream, so savings add up across workstreams."""

    workstream = models.ForeignKey(
        Workstream,
        on_delete=models.CASCADE,
        related_name="assignments",
        verbose_name=_("workstream"),
    )
    practice = models.OneToOneField(
        "menu.Practice",
        on_delete=models.CASCADE,
        related_name="workstream_assignment",
        verbose_name=_("practice"),
    )

    # Kept so that a move between workstreams is on the record, and so that the board's figures
    # see that something changed (snapshots.py).
    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    class Meta:
        verbose_name = _("practice in a workstream")
        verbose_name_plural = _("practices in workstreams")


class WorkstreamTarget(models.Model):
    """What a workstream aims to save in a financial year."""

    workstream = models.ForeignKey(
        Workstream, on_delete=models.CASCADE, related_name="targets", verbose_name=_("workstream")
    )
    financial_year = models.PositiveSmallIntegerField(_("financial year"))
    amount_pence = models.BigIntegerField(_("target (pence)"))
    is_illustrative = models.BooleanField(_("illustrative example"), default=False)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    class Meta:
        verbose_name = _("workstream target")
        verbose_name_plural = _("workstream targets")
        ordering = ["workstream", "financial_year"]
        constraints = [
            models.UniqueConstraint(
                fields=["workstream", "financial_year"],
                name="workstream_target_once_a_year",
                violation_error_message=_("This workstream already has a target for this year."),
            ),
            models.CheckConstraint(
                condition=Q(amount_pence__gt=0) & Q(amount_pence__lte=MOST_TARGET_PENCE),
                name="workstream_target_amount_sensible",
                violation_error_message=_(
                    "Enter a target greater than £0 and no more than £100,000,000,000."
                ),
            ),
        ]

    def __str__(self) -> str:
        return year_label(self.financial_year)


class Meeting(VersionedModel):
    """A board meeting or a summit: who came, what was discussed, decided and to be done."""

    class Kind(models.TextChoices):
        BOARD = "board", _("Board meeting")
        SUMMIT = "summit", _("Summit")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.BOARD)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_cy = models.CharField(_("title (Welsh)"), max_length=200, blank=True)
    date = models.DateField(_("date"), db_index=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    attending = models.ManyToManyField(
        "directory.Body",
        related_name="meetings_attended",
        blank=True,
        verbose_name=_("attending bodies"),
    )
    agenda_en = models.TextField(_("agenda (English)"), blank=True, help_text=_("One item a line."))
    agenda_cy = models.TextField(_("agenda (Welsh)"), blank=True, help_text=_("One item a line."))
    summary_en = models.TextField(
        _("public summary (English)"),
        blank=True,
        help_text=_("For summits: what the public summary page says."),
    )
    summary_cy = models.TextField(_("public summary (Welsh)"), blank=True)
    summary_published = models.BooleanField(
        _("summary published"),
        default=False,
        help_text=_("Summits only: the summary is shown to everyone on the programme pages."),
    )
    is_illustrative = models.BooleanField(_("illustrative example"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-date", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(summary_published=False) | Q(kind="summit"),
                name="meeting_only_summits_publish_summaries",
                violation_error_message=_("Only a summit has a public summary."),
            ),
        ]

    def __str__(self) -> str:
        return self.title.text

    def get_absolute_url(self) -> str:
        return reverse("board:meeting", kwargs={"pk": self.pk})

    @property
    def title(self) -> LocalisedText:
        return localised(self, "title")

    @property
    def agenda(self) -> LocalisedText:
        return localised(self, "agenda")

    @property
    def agenda_items(self) -> list[str]:
        return [line.strip() for line in self.agenda.text.splitlines() if line.strip()]

    @property
    def summary(self) -> LocalisedText:
        return localised(self, "summary")


class Paper(models.Model):
    """A paper put to a meeting, by its title and where it is published."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="papers", verbose_name=_("meeting")
    )
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_cy = models.CharField(_("title (Welsh)"), max_length=200, blank=True)
    link = models.URLField(
        _("link"), blank=True, help_text=_("Where the paper is published, if it is.")
    )

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    class Meta:
        verbose_name = _("paper")
        verbose_name_plural = _("papers")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.title.text

    @property
    def title(self) -> LocalisedText:
        return localised(self, "title")


class Decision(models.Model):
    meeting = models.ForeignKey(
        Meeting, on_delete=models.CASCADE, related_name="decisions", verbose_name=_("meeting")
    )
    text_en = models.TextField(_("decision (English)"))
    text_cy = models.TextField(_("decision (Welsh)"), blank=True)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.text.text

    @property
    def text(self) -> LocalisedText:
        return localised(self, "text")


class Rag(models.TextChoices):
    RED = "red", _("Red")
    AMBER = "amber", _("Amber")
    GREEN = "green", _("Green")


class Action(VersionedModel):
    """Something a meeting asked a body to do, followed up at every later meeting until it is
    closed."""

    meeting = models.ForeignKey(
        Meeting, on_delete=models.PROTECT, related_name="actions", verbose_name=_("raised at")
    )
    text_en = models.TextField(_("action (English)"))
    text_cy = models.TextField(_("action (Welsh)"), blank=True)
    owner_body = models.ForeignKey(
        "directory.Body",
        on_delete=models.PROTECT,
        related_name="board_actions",
        verbose_name=_("owner body"),
    )
    owner_name = models.CharField(
        _("owner"), max_length=200, help_text=_("The person answerable for the action.")
    )
    due_date = models.DateField(_("due"))
    rag = models.CharField(_("RAG status"), max_length=6, choices=Rag.choices, default=Rag.GREEN)
    progress_note = models.TextField(_("latest progress"), blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    objects = ActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("action")
        verbose_name_plural = _("actions")
        ordering = ["due_date", "pk"]
        indexes = [models.Index(fields=["closed_on", "due_date"], name="action_open_due")]

    def __str__(self) -> str:
        return self.reference

    def get_absolute_url(self) -> str:
        return reverse("board:action", kwargs={"pk": self.pk})

    @property
    def reference(self) -> str:
        return f"A{self.pk}"

    @property
    def text(self) -> LocalisedText:
        return localised(self, "text")

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


class FiguresSnapshot(models.Model):
    """One of the board's figures as last calculated, with the state of the data it was
    calculated from. Across a national programme the figures take tens of seconds to add up,
    so pages read them from here; snapshots.py decides when they are recalculated."""

    name = models.CharField(_("figure"), max_length=40, unique=True)
    fingerprint = models.CharField(_("state of the data"), max_length=400)
    computed_at = models.DateTimeField(_("calculated at"))
    duration_ms = models.PositiveIntegerField(_("time taken to calculate (ms)"))
    payload = models.JSONField(_("figures"))

    class Meta:
        verbose_name = _("figures snapshot")
        verbose_name_plural = _("figures snapshots")

    def __str__(self) -> str:
        return self.name
