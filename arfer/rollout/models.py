"""The rollout of the menu: who adopted which practice (the adoption register), what it saved
(the savings ledger) and what the programme aims to save (targets)."""

from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from arfer.core.money import MOST_ENTRY_PENCE, MOST_TARGET_PENCE
from arfer.core.periods import year_label
from arfer.core.versioned import VersionedModel

from .querysets import AdoptionQuerySet, LedgerEntryQuerySet

if TYPE_CHECKING:
    from arfer.accounts.models import User

# The largest single ledger entry accepted: £1 billion. Anything larger is a typing error.


class Stage(models.TextChoices):
    EXPLORING = "exploring", _("Exploring")
    PLANNING = "planning", _("Planning")
    PILOTING = "piloting", _("Piloting")
    IMPLEMENTED = "implemented", _("Implemented")
    EMBEDDED = "embedded", _("Embedded")
    DECLINED = "declined", _("Declined")
    STOPPED = "stopped", _("Stopped")


# The open stages in the order an adoption moves through them.
PROGRESS = [Stage.EXPLORING, Stage.PLANNING, Stage.PILOTING, Stage.IMPLEMENTED, Stage.EMBEDDED]
CLOSED = [Stage.DECLINED, Stage.STOPPED]


class DeclineReason(models.TextChoices):
    """Why a body declined a practice, in a few words the register can count ("adopt or
    justify"); the body's own words say the rest (`closed_reason`)."""

    NOT_A_FIT = "not_a_fit", _("It does not fit our services or the people we serve")
    CAPACITY = "capacity", _("We do not have the capacity to take it on now")
    COST = "cost", _("Setting it up would cost us too much")
    ALREADY_DONE = "already_done", _("We already do this, or something that works as well")
    EVIDENCE = "evidence", _("The evidence is not strong enough for us yet")
    OTHER = "other", _("Another reason")


class Support(models.TextChoices):
    ADVICE = "advice", _("Advice")
    VISIT = "visit", _("A visit")
    DOCUMENTS = "documents", _("Documents")
    SECONDMENT = "secondment", _("A secondment")


class Adoption(VersionedModel):
    """One body's adoption of one practice, from first look to embedded (or declined)."""

    practice = models.ForeignKey(
        "menu.Practice",
        on_delete=models.PROTECT,
        related_name="adoptions",
        verbose_name=_("practice"),
    )
    body = models.ForeignKey(
        "directory.Body",
        on_delete=models.PROTECT,
        related_name="adoptions",
        verbose_name=_("adopting body"),
    )
    stage = models.CharField(
        _("stage"), max_length=12, choices=Stage.choices, default=Stage.EXPLORING
    )
    stage_since = models.DateField(_("at this stage since"))
    closed_reason = models.TextField(
        _("reason"),
        blank=True,
        help_text=_("Why the practice was declined or stopped."),
    )
    decline_reason = models.CharField(
        _("why declined"),
        max_length=20,
        choices=DeclineReason.choices,
        blank=True,
        help_text=_("Chosen from the list when the body declines; the reason says the rest."),
    )
    adapted = models.BooleanField(_("adapted"), default=False)
    adaptations = models.TextField(_("what was changed"), blank=True)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    contact_name = models.CharField(_("contact name or team"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    support_requested = models.JSONField(
        _("support requested"),
        default=list,
        blank=True,
        help_text=_("What the adopting body asked of the body that leads the practice."),
    )
    support_details = models.TextField(_("support details"), blank=True)
    is_illustrative = models.BooleanField(_("illustrative example"), default=False)
    external_ref = models.CharField(
        _("external reference"),
        max_length=100,
        blank=True,
        help_text=_("Identifier in the source system, so that imports are idempotent."),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author
    _change_reason: str  # and why, as a code (core/reasons.py)
    objects = AdoptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        ordering = ["-updated_at", "-pk"]
        indexes = [
            models.Index(fields=["body", "stage"], name="adoption_body_stage"),
            # A practice's adoptions counted by stage, and its rollout map drawn (which body is
            # at which stage), without reading the rows.
            models.Index(fields=["practice", "stage", "body"], name="adoption_practice_stage_body"),
            # My work: the adoptions of a body's practices recorded lately, read from the index.
            models.Index(fields=["practice", "created_at"], name="adoption_practice_recorded"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["practice", "body"],
                name="adoption_once_per_body",
                violation_error_message=_(
                    "This body has already recorded an adoption of this practice."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(stage__in=CLOSED) | ~Q(closed_reason=""),
                name="adoption_closed_needs_reason",
                violation_error_message=_("Say why the practice was declined or stopped."),
            ),
            models.CheckConstraint(
                condition=Q(stage=Stage.DECLINED) | Q(decline_reason=""),
                name="adoption_decline_reason_when_declined",
                violation_error_message=_("Only a declined adoption says why it was declined."),
            ),
            models.CheckConstraint(
                condition=Q(adapted=False) | ~Q(adaptations=""),
                name="adoption_adapted_says_what",
                violation_error_message=_("Say what was changed in adapting the practice."),
            ),
            models.UniqueConstraint(
                fields=["external_ref"],
                condition=~Q(external_ref=""),
                name="adoption_external_ref_unique",
                violation_error_message=_("Another adoption already has this external reference."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} · {self.practice}"

    def get_absolute_url(self) -> str:
        return reverse("rollout:adoption", kwargs={"pk": self.pk})

    @property
    def is_closed(self) -> bool:
        return self.stage in CLOSED

    def support_labels(self) -> list[str]:
        return [
            str(Support(value).label) for value in self.support_requested if value in Support.values
        ]


class StageChange(models.Model):
    """One move of an adoption from a stage to another, kept for ever: the register's timeline."""

    adoption = models.ForeignKey(
        Adoption, on_delete=models.CASCADE, related_name="stage_changes", verbose_name=_("adoption")
    )
    from_stage = models.CharField(_("from stage"), max_length=12, choices=Stage.choices, blank=True)
    to_stage = models.CharField(_("to stage"), max_length=12, choices=Stage.choices)
    changed_on = models.DateField(_("date of the change"))
    reason = models.TextField(_("reason"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    recorded_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("stage change")
        verbose_name_plural = _("stage changes")
        ordering = ["changed_on", "pk"]
        # The board's "since the last meeting": the moves from a day on, without reading all.
        indexes = [models.Index(fields=["changed_on"], name="stage_change_on")]


class LedgerEntry(VersionedModel):
    """A saving, forecast or realised, in one quarter of a financial year."""

    class Kind(models.TextChoices):
        CASHABLE = "cashable", _("Cashable")
        NON_CASHABLE = "non_cashable", _("Non-cashable")

    class Unit(models.TextChoices):
        STAFF_HOURS = "staff_hours", _("Staff hours")
        BED_DAYS = "bed_days", _("Bed days")
        APPOINTMENTS = "appointments", _("Appointments")
        JOURNEYS = "journeys", _("Journeys")
        OTHER = "other", _("Other")

    class Recurrence(models.TextChoices):
        ONE_OFF = "one_off", _("One-off")
        RECURRING = "recurring", _("Recurring")

    class Certainty(models.TextChoices):
        FORECAST = "forecast", _("Forecast")
        REALISED = "realised", _("Realised")

    class Verification(models.TextChoices):
        UNVERIFIED = "unverified", _("Unverified")
        VERIFIED = "verified", _("Verified")
        QUERIED = "queried", _("Queried")

    practice = models.ForeignKey(
        "menu.Practice",
        on_delete=models.PROTECT,
        related_name="ledger_entries",
        verbose_name=_("practice"),
    )
    body = models.ForeignKey(
        "directory.Body",
        on_delete=models.PROTECT,
        related_name="ledger_entries",
        verbose_name=_("body that saved"),
    )
    adoption = models.ForeignKey(
        Adoption,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ledger_entries",
        verbose_name=_("adoption"),
        help_text=_("Empty for the savings of the body that leads the practice."),
    )
    financial_year = models.PositiveSmallIntegerField(
        _("financial year"), help_text=_("The calendar year the financial year starts in.")
    )
    quarter = models.PositiveSmallIntegerField(_("quarter"))
    kind = models.CharField(_("kind of saving"), max_length=12, choices=Kind.choices)
    unit = models.CharField(_("unit"), max_length=12, choices=Unit.choices, blank=True)
    quantity = models.DecimalField(
        _("quantity"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    amount_pence = models.BigIntegerField(_("amount (pence)"))
    recurrence = models.CharField(
        _("one-off or recurring"), max_length=10, choices=Recurrence.choices
    )
    certainty = models.CharField(
        _("forecast or realised"), max_length=10, choices=Certainty.choices
    )
    evidence = models.TextField(_("evidence"), blank=True)
    attachment = models.FileField(_("evidence file"), upload_to="evidence/%Y/", blank=True)
    attachment_name = models.CharField(_("evidence file name"), max_length=200, blank=True)
    verification = models.CharField(
        _("verification"),
        max_length=10,
        choices=Verification.choices,
        default=Verification.UNVERIFIED,
    )
    query_reason = models.TextField(_("reason for the query"), blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verification by"),
    )
    verified_at = models.DateTimeField(_("verification date"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    is_illustrative = models.BooleanField(_("illustrative example"), default=False)
    external_ref = models.CharField(
        _("external reference"),
        max_length=100,
        blank=True,
        help_text=_("Identifier in the source system, so that imports are idempotent."),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author
    objects = LedgerEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("ledger entry")
        verbose_name_plural = _("ledger entries")
        ordering = ["-financial_year", "-quarter", "-pk"]
        indexes = [
            # A body's and a practice's savings by year, summed from the index alone.
            models.Index(
                fields=["body", "financial_year", "certainty", "verification", "amount_pence"],
                name="ledger_body_totals",
            ),
            # The body last: the public's figures count the bodies behind each year's sum.
            models.Index(
                fields=[
                    "practice",
                    "financial_year",
                    "certainty",
                    "verification",
                    "amount_pence",
                    "body",
                ],
                name="ledger_practice_body_totals",
            ),
            # The ledger's order (newest period first) without sorting every entry.
            models.Index(fields=["financial_year", "quarter"], name="ledger_period"),
            # Covers the sums by year, certainty and verification without reading the rows.
            models.Index(
                fields=["financial_year", "certainty", "verification", "amount_pence"],
                name="ledger_totals",
            ),
            # My work: the savings waiting to be verified, oldest first (in id order).
            models.Index(fields=["verification", "certainty"], name="ledger_awaiting_check"),
            # My work: savings recorded, and verified, since the board's last meeting.
            models.Index(fields=["created_at"], name="ledger_recorded_at"),
            models.Index(fields=["verified_at"], name="ledger_verified_at"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(quarter__gte=1) & Q(quarter__lte=4),
                name="ledger_quarter_1_to_4",
                violation_error_message=_("A financial year has quarters 1 to 4."),
            ),
            models.CheckConstraint(
                condition=Q(amount_pence__gt=0) & Q(amount_pence__lte=MOST_ENTRY_PENCE),
                name="ledger_amount_sensible",
                violation_error_message=_(
                    "Enter an amount greater than £0 and no more than £1,000,000,000."
                ),
            ),
            models.CheckConstraint(
                condition=Q(kind="cashable", unit="", quantity__isnull=True)
                | (Q(kind="non_cashable") & ~Q(unit="") & Q(quantity__gt=0)),
                name="ledger_non_cashable_has_unit",
                violation_error_message=_(
                    "A non-cashable saving needs a unit and a quantity; a cashable one has neither."
                ),
            ),
            models.CheckConstraint(
                condition=~Q(verification="queried") | ~Q(query_reason=""),
                name="ledger_query_has_reason",
                violation_error_message=_("Say why the saving is queried."),
            ),
            models.UniqueConstraint(
                fields=["external_ref"],
                condition=~Q(external_ref=""),
                name="ledger_external_ref_unique",
                violation_error_message=_(
                    "Another ledger entry already has this external reference."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.body} · {self.practice} · {self.period_label}"

    def get_absolute_url(self) -> str:
        return reverse("rollout:entry", kwargs={"pk": self.pk})

    @property
    def period_label(self) -> str:
        return gettext("%(year)s Q%(quarter)s") % {
            "year": year_label(self.financial_year),
            "quarter": self.quarter,
        }

    @property
    def year_label(self) -> str:
        return year_label(self.financial_year)


class PeerAdoptionCount(models.Model):
    """How many bodies of one kind are adopting a practice (any stage but declined and
    stopped): what "adopted by bodies like this one" ranks by. Kept by the register's actions
    in the same transaction as each adoption; `arfer recount` rebuilds it from the register."""

    body_kind = models.CharField(_("kind of body"), max_length=40)
    practice = models.ForeignKey(
        "menu.Practice",
        on_delete=models.CASCADE,
        related_name="peer_adoption_counts",
        verbose_name=_("practice"),
    )
    adopters = models.PositiveIntegerField(_("bodies adopting"), default=0)

    class Meta:
        verbose_name = _("peer adoption count")
        verbose_name_plural = _("peer adoption counts")
        constraints = [
            models.UniqueConstraint(
                fields=["body_kind", "practice"],
                name="peer_count_once",
                violation_error_message=_("Counted once per kind."),
            ),
        ]
        indexes = [models.Index(fields=["body_kind", "-adopters"], name="peer_count_ranked")]

    def __str__(self) -> str:
        return f"{self.body_kind} · {self.practice_id}: {self.adopters}"


class SavingsTarget(models.Model):
    """What the programme aims to save in a financial year."""

    financial_year = models.PositiveSmallIntegerField(_("financial year"), unique=True)
    amount_pence = models.BigIntegerField(_("target (pence)"))
    is_illustrative = models.BooleanField(_("illustrative example"), default=False)
    updated_at = models.DateTimeField(_("last updated"), auto_now=True)

    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    class Meta:
        verbose_name = _("savings target")
        verbose_name_plural = _("savings targets")
        ordering = ["-financial_year"]
        constraints = [
            models.CheckConstraint(
                condition=Q(amount_pence__gt=0) & Q(amount_pence__lte=MOST_TARGET_PENCE),
                name="target_amount_sensible",
                violation_error_message=_(
                    "Enter a target greater than £0 and no more than £100,000,000,000."
                ),
            ),
        ]

    def __str__(self) -> str:
        return year_label(self.financial_year)
