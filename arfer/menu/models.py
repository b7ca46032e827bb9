"""The menu of good practice: practices, their partners and the service-area taxonomy."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from arfer.core.bilingual import BilingualNameMixin, localised
from arfer.core.versioned import VersionedModel
from arfer.directory.models import Area, Body

from .querysets import PracticeQuerySet, ServiceAreaQuerySet, WelshTextRequestQuerySet

if TYPE_CHECKING:
    from arfer.accounts.models import User


class ServiceArea(BilingualNameMixin, models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_cy = models.CharField(_("name (Welsh)"), max_length=120, blank=True)
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("part of"),
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ServiceAreaQuerySet.as_manager()

    class Meta:
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")
        ordering = ["position", "name_en"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(parent=F("pk")),
                name="service_area_not_own_parent",
                violation_error_message=_("A service area cannot be part of itself."),
            ),
        ]

    @property
    def root_id(self) -> int:
        return self.parent_id or self.pk


class PreventionTier(models.TextChoices):
    """The Welsh Government's definitions of preventative spend."""

    PRIMARY = "primary", _("Primary prevention")
    SECONDARY = "secondary", _("Secondary prevention")
    TERTIARY = "tertiary", _("Tertiary prevention")
    ACUTE = "acute", _("Acute (remedial) spending")


PREVENTION_TIER_DESCRIPTIONS = {
    PreventionTier.PRIMARY: _(
        "Stops problems arising in the first place, across the whole population."
    ),
    PreventionTier.SECONDARY: _(
        "Targets people at high risk, to stop a problem that is starting from growing."
    ),
    PreventionTier.TERTIARY: _(
        "Works with people who already have a problem, to reduce its harm and stop it recurring."
    ),
    PreventionTier.ACUTE: _(
        "Responds to a problem that has fully developed, to manage or treat it."
    ),
}


class EvidenceLevel(models.IntegerChoices):
    """Nesta Standards of Evidence."""

    DESCRIBED = 1, _("Level 1: we can describe what we do and why it matters")
    DATA = 2, _("Level 2: we capture data that shows positive change")
    CAUSALITY = 3, _("Level 3: we can show causality with a comparison or control group")
    REPLICATED = 4, _("Level 4: independent replication confirms the results")
    AT_SCALE = (
        5,
        _("Level 5: manuals and systems ensure consistent replication and impact at scale"),
    )


class Practice(VersionedModel):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted for review")
        CHANGES_REQUESTED = "changes", _("Changes requested")
        PUBLISHED = "published", _("Published")
        ARCHIVED = "archived", _("Archived")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
    )
    is_illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("Demonstration content, shown to everyone as an illustrative example."),
    )
    external_ref = models.CharField(
        _("external reference"),
        max_length=100,
        blank=True,
        help_text=_("Identifier in the source system, so that imports are idempotent."),
    )

    title_en = models.CharField(_("title (English)"), max_length=200)
    title_cy = models.CharField(_("title (Welsh)"), max_length=200, blank=True)
    summary_en = models.TextField(_("summary (English)"), max_length=1000)
    summary_cy = models.TextField(_("summary (Welsh)"), max_length=1000, blank=True)
    problem_en = models.TextField(_("the problem (English)"), blank=True)
    problem_cy = models.TextField(_("the problem (Welsh)"), blank=True)
    approach_en = models.TextField(_("what was done (English)"), blank=True)
    approach_cy = models.TextField(_("what was done (Welsh)"), blank=True)
    outcomes_en = models.TextField(_("outcomes (English)"), blank=True)
    outcomes_cy = models.TextField(_("outcomes (Welsh)"), blank=True)
    adoption_needs_en = models.TextField(_("what you need to adopt this (English)"), blank=True)
    adoption_needs_cy = models.TextField(_("what you need to adopt this (Welsh)"), blank=True)

    lead_body = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        related_name="led_practices",
        verbose_name=_("lead body"),
    )
    partners: "models.ManyToManyField[Body, PracticePartner]" = models.ManyToManyField(
        Body,
        through="PracticePartner",
        related_name="partner_practices",
        verbose_name=_("partners"),
        blank=True,
    )
    service_areas = models.ManyToManyField(
        ServiceArea,
        related_name="practices",
        verbose_name=_("service areas"),
        blank=True,
    )
    areas = models.ManyToManyField(
        Area,
        related_name="practices",
        verbose_name=_("areas covered"),
        blank=True,
        help_text=_("Leave empty to use the areas the lead body and partners cover."),
    )
    regions = models.ManyToManyField(
        Area,
        related_name="regional_practices",
        verbose_name=_("regions"),
        blank=True,
        editable=False,
        help_text=_("Regional Partnership Board footprints the practice reaches; derived."),
    )
    works_across_boundaries = models.BooleanField(
        _("works across organisational boundaries"),
        default=False,
        editable=False,
        help_text=_("Derived: true when at least one other body is a partner."),
    )

    prevention_tier = models.CharField(
        _("prevention tier"),
        max_length=12,
        choices=PreventionTier.choices,
    )
    evidence_level = models.PositiveSmallIntegerField(
        _("evidence level"),
        choices=EvidenceLevel.choices,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )

    setup_cost_pence = models.BigIntegerField(_("set-up cost (pence)"), default=0)
    one_off_cashable_saving_pence = models.BigIntegerField(
        _("one-off cashable saving (pence)"), default=0
    )
    one_off_non_cashable_saving_pence = models.BigIntegerField(
        _("one-off non-cashable saving (pence)"), default=0
    )
    annual_cashable_saving_pence = models.BigIntegerField(
        _("recurring cashable saving per year (pence)"), default=0
    )
    annual_non_cashable_saving_pence = models.BigIntegerField(
        _("recurring non-cashable saving per year (pence)"), default=0
    )
    annual_saving_pence = models.GeneratedField(
        expression=F("annual_cashable_saving_pence") + F("annual_non_cashable_saving_pence"),
        output_field=models.BigIntegerField(),
        db_persist=True,
        verbose_name=_("recurring saving per year (pence)"),
    )
    non_cashable_note_en = models.CharField(
        _("what the non-cashable saving is (English)"),
        max_length=300,
        blank=True,
        help_text=_("For example: 4,000 bed days a year."),
    )
    non_cashable_note_cy = models.CharField(
        _("what the non-cashable saving is (Welsh)"),
        max_length=300,
        blank=True,
    )

    start_date = models.DateField(_("start date"), null=True, blank=True)
    contact_name = models.CharField(_("contact name or team"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True, db_index=True)
    revision_of = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="revisions",
        verbose_name=_("revision of"),
        help_text=_(
            "A proposed new version of a published practice: it goes through review "
            "while the published version stays on the menu."
        ),
    )

    # Every change, with who made it and the values before and after (django-simple-history).
    history = HistoricalRecords(excluded_fields=["annual_saving_pence"])
    _history_user: "User | None"  # set by an action before it saves: the record's author

    objects = PracticeQuerySet.as_manager()
    # Recomputed from partners by `refresh_practice_reach`, without moving the version: the
    # change to the partners moved it already.
    derived_fields = frozenset({"works_across_boundaries"})

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "-published_at"], name="practice_status_newest"),
            models.Index(fields=["status", "-annual_saving_pence"], name="practice_status_saving"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(evidence_level__gte=1) & Q(evidence_level__lte=5),
                name="practice_evidence_level_1_to_5",
                violation_error_message=_("The evidence level must be between 1 and 5."),
            ),
            models.CheckConstraint(
                condition=Q(setup_cost_pence__gte=0)
                & Q(one_off_cashable_saving_pence__gte=0)
                & Q(one_off_non_cashable_saving_pence__gte=0)
                & Q(annual_cashable_saving_pence__gte=0)
                & Q(annual_non_cashable_saving_pence__gte=0),
                name="practice_money_not_negative",
                violation_error_message=_("Costs and savings cannot be negative."),
            ),
            models.UniqueConstraint(
                fields=["revision_of"],
                condition=Q(revision_of__isnull=False),
                name="practice_one_open_revision",
                violation_error_message=_("This practice already has a revision in progress."),
            ),
            models.UniqueConstraint(
                fields=["external_ref"],
                condition=~Q(external_ref=""),
                name="practice_external_ref_unique",
                violation_error_message=_("Another practice already has this external reference."),
            ),
        ]

    def __str__(self) -> str:
        return self.title.text

    def get_absolute_url(self) -> str:
        return reverse("menu:practice", kwargs={"slug": self.slug})

    @property
    def title(self):
        return localised(self, "title")


class PracticePartner(models.Model):
    class Role(models.TextChoices):
        JOINT_LEAD = "joint_lead", _("Joint lead")
        DELIVERY = "delivery", _("Delivery partner")
        FUNDER = "funder", _("Funder")
        WORKFORCE = "workforce", _("Workforce and trade union partner")
        COMMUNITY = "community", _("Community and voluntary partner")
        EVALUATION = "evaluation", _("Evaluation partner")

    practice = models.ForeignKey(
        Practice,
        on_delete=models.CASCADE,
        related_name="partnerships",
        verbose_name=_("practice"),
    )
    body = models.ForeignKey(
        Body,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("body"),
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    # Partners joining, changing role or leaving a practice are part of its audit trail.
    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["role", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "body"],
                name="practice_partner_once",
                violation_error_message=_("This body is already a partner in this practice."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} ({self.get_role_display()})"

    def clean(self):
        if self.body_id is not None and self.body_id == self.practice.lead_body_id:
            raise ValidationError({"body": _("The lead body cannot also be listed as a partner.")})


class MenuVersion(models.Model):
    """One row whose token changes, through database triggers, whenever anything the menu's
    in-memory facet index holds changes (practices, their service areas and regions, body
    sectors, the taxonomy, the regions). A process compares the token to the one its index was
    built from, so every write path, bulk and raw SQL included, invalidates the index."""

    token = models.BigIntegerField(_("token"), default=0)

    class Meta:
        verbose_name = _("menu version")
        verbose_name_plural = _("menu versions")

    def __str__(self) -> str:
        return str(self.token)


class ReviewCriterion(models.TextChoices):
    """What a reviewer checks before a practice goes on the menu."""

    EVIDENCE = "evidence", _("Evidence is given")
    SAVINGS = "savings", _("Savings are substantiated")
    TRANSFERABILITY = "transferability", _("Transferability is described")
    CONTACT = "contact", _("A contact is given")
    WELSH = "welsh", _("Welsh text is present or has been requested")


class Review(models.Model):
    """A programme moderator's decision on a submitted practice, with reasons."""

    class Decision(models.TextChoices):
        PUBLISH = "publish", _("Publish")
        REQUEST_CHANGES = "changes", _("Request changes")

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("practice")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="reviews",
        verbose_name=_("reviewer"),
    )
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    criteria_met = models.JSONField(
        _("criteria met"),
        default=list,
        blank=True,
        help_text=_("The review criteria the practice meets."),
    )
    reasons = models.TextField(_("reasons"), blank=True)
    created_at = models.DateTimeField(_("decided"), auto_now_add=True)

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(decision="publish") | ~Q(reasons=""),
                name="review_changes_need_reasons",
                violation_error_message=_("Say what needs to change."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.practice}: {self.get_decision_display()}"


# The texts whose Welsh the page's notice looks for: a practice lacks its Welsh text while any of
# these has English and no Welsh (menu/practice_detail.html shows the notice on the same test).
WELSH_TEXT_FIELDS = ("title", "summary", "approach")


def lacks_welsh_text(practice: Practice) -> bool:
    return any(
        (getattr(practice, f"{name}_en") or "").strip()
        and not (getattr(practice, f"{name}_cy") or "").strip()
        for name in WELSH_TEXT_FIELDS
    )


def has_welsh_text_condition(prefix: str = "") -> Q:
    """`lacks_welsh_text`'s opposite in SQL, for practices reached through `prefix`."""
    condition = Q()
    for name in WELSH_TEXT_FIELDS:
        condition &= Q(**{f"{prefix}{name}_en": ""}) | ~Q(**{f"{prefix}{name}_cy": ""})
    return condition


class WelshTextRequest(models.Model):
    """The programme team asked for a practice's Welsh text: the review criterion "Welsh text is
    present or has been requested" met by a request, with who made it and when. It waits in the
    translation queue until the Welsh text is saved, which fulfils it."""

    practice = models.ForeignKey(
        Practice,
        on_delete=models.CASCADE,
        related_name="welsh_requests",
        verbose_name=_("practice"),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("requested by"),
        help_text=_("Empty when the system made the request (the demo menu, an import)."),
    )
    requested_at = models.DateTimeField(_("requested"), default=timezone.now)
    fulfilled_at = models.DateTimeField(
        _("Welsh text supplied"),
        null=True,
        blank=True,
        help_text=_("When the Welsh text was saved; empty while the request waits."),
    )

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author
    _change_reason: str  # and why, as a code (core/reasons.py)

    objects = WelshTextRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("request for Welsh text")
        verbose_name_plural = _("requests for Welsh text")
        ordering = ["requested_at", "pk"]
        indexes = [
            models.Index(
                fields=["requested_at", "id"],
                condition=Q(fulfilled_at__isnull=True),
                name="welsh_request_waiting",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["practice"],
                condition=Q(fulfilled_at__isnull=True),
                name="welsh_request_one_waiting",
                violation_error_message=_("The Welsh text of this practice is already requested."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.practice}: {self.requested_at:%Y-%m-%d}"


class PracticeFollow(models.Model):
    """A person following a practice: they hear of its new adoptions, its new published
    revisions and the answers to questions on it (notifications.notify_followers), as their
    notification preferences say. Like those preferences, a follow is the person's own choice
    about their emails, not a change to the register, so it keeps no audit history."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="follows", verbose_name=_("practice")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="practice_follows",
        verbose_name=_("person"),
    )
    created_at = models.DateTimeField(_("followed since"), default=timezone.now)

    class Meta:
        verbose_name = _("follow of a practice")
        verbose_name_plural = _("follows of practices")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "user"],
                name="practice_follow_once",
                violation_error_message=_("You already follow this practice."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user}: {self.practice}"


# Questions and attachments are kept in modules of their own (this one is long enough),
# imported here so that Django finds them with the app's other models.
from . import (  # noqa: E402, F401
    attachment_models,
    question_models,
    search_models,
)
