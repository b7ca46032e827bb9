"""Areas (geographies with official codes) and the public bodies that serve them."""

from typing import TYPE_CHECKING

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from arfer.core.bilingual import BilingualNameMixin

from .querysets import AreaQuerySet, BodyQuerySet

if TYPE_CHECKING:
    from arfer.accounts.models import User


class Area(BilingualNameMixin, models.Model):
    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", _("Local authority area")
        HEALTH_BOARD = "health_board", _("Health board area")
        POLICE = "police", _("Police force area")
        FIRE = "fire", _("Fire and rescue service area")
        REGIONAL_PARTNERSHIP = "regional_partnership", _("Regional Partnership Board footprint")
        NATIONAL_PARK = "national_park", _("National park")
        NATION = "nation", _("Nation")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    code = models.CharField(
        _("GSS code"),
        max_length=9,
        blank=True,
        help_text=_("Official Government Statistical Service code; blank where there is none."),
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices, db_index=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_cy = models.CharField(_("name (Welsh)"), max_length=200, blank=True)
    local_authority_areas = models.ManyToManyField(
        "self",
        symmetrical=False,
        blank=True,
        related_name="covering_areas",
        verbose_name=_("local authority areas covered"),
        help_text=_(
            "The local authority areas this area covers in whole or in part. "
            "A local authority area covers itself."
        ),
    )

    objects = AreaQuerySet.as_manager()

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["kind", "name_en"]
        constraints = [
            models.UniqueConstraint(
                fields=["code"],
                condition=~Q(code=""),
                name="area_code_unique",
                violation_error_message=_("Another area already has this GSS code."),
            ),
        ]


class Body(BilingualNameMixin, models.Model):
    class Sector(models.TextChoices):
        LOCAL_GOVERNMENT = "local_government", _("Local government")
        NHS = "nhs", _("NHS")
        EMERGENCY_SERVICES = "emergency_services", _("Police and fire and rescue")
        NATIONAL_PARKS = "national_parks", _("National parks")
        GOVERNMENT = "government", _("Government and national bodies")
        TRADE_UNIONS = "trade_unions", _("Trade unions")
        THIRD_SECTOR = "third_sector", _("Third sector")

    class Kind(models.TextChoices):
        LOCAL_AUTHORITY = "local_authority", _("Local authority")
        HEALTH_BOARD = "health_board", _("Local health board")
        NHS_TRUST = "nhs_trust", _("NHS trust")
        SPECIAL_HEALTH_AUTHORITY = "special_health_authority", _("Special health authority")
        POLICE_FORCE = "police_force", _("Police force")
        FIRE_AND_RESCUE = "fire_and_rescue", _("Fire and rescue service")
        NATIONAL_PARK_AUTHORITY = "national_park_authority", _("National park authority")
        GOVERNMENT = "government", _("Government")
        NATIONAL_BODY = "national_body", _("National public body")
        TRADE_UNION_CONGRESS = "trade_union_congress", _("Trade union congress")
        TRADE_UNION = "trade_union", _("Trade union")
        NATIONAL_VOLUNTARY_COUNCIL = "national_voluntary_council", _("National voluntary council")
        COUNTY_VOLUNTARY_COUNCIL = "county_voluntary_council", _("County voluntary council")

    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_cy = models.CharField(_("name (Welsh)"), max_length=200, blank=True)
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices, db_index=True)
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    gss_code = models.CharField(_("GSS code"), max_length=9, blank=True)
    ods_code = models.CharField(
        _("NHS ODS code"),
        max_length=10,
        blank=True,
        help_text=_("NHS Organisation Data Service code, for NHS bodies."),
    )
    areas = models.ManyToManyField(
        Area,
        blank=True,
        related_name="bodies",
        verbose_name=_("areas covered"),
    )
    website = models.URLField(_("website"), blank=True)
    external_ref = models.CharField(
        _("external reference"),
        max_length=100,
        blank=True,
        help_text=_("Identifier in the source system, so that imports are idempotent."),
    )
    active_from = models.DateField(_("active from"), null=True, blank=True)
    active_to = models.DateField(
        _("active to"),
        null=True,
        blank=True,
        help_text=_("Set when the body closed or merged into another."),
    )

    # Every change to a body's record, with who made it (django-simple-history).
    history = HistoricalRecords()
    _history_user: "User | None"  # set by an action before it saves: the record's author

    objects = BodyQuerySet.as_manager()

    class Meta:
        verbose_name = _("public body")
        verbose_name_plural = _("public bodies")
        ordering = ["name_en"]
        constraints = [
            models.CheckConstraint(
                condition=Q(active_to__isnull=True)
                | Q(active_from__isnull=True)
                | Q(active_to__gte=models.F("active_from")),
                name="body_active_dates_in_order",
                violation_error_message=_("A body cannot close before it opened."),
            ),
            models.UniqueConstraint(
                fields=["external_ref"],
                condition=~Q(external_ref=""),
                name="body_external_ref_unique",
                violation_error_message=_("Another body already has this external reference."),
            ),
        ]

    def get_absolute_url(self) -> str:
        return reverse("directory:body", kwargs={"slug": self.slug})

    @property
    def is_active(self) -> bool:
        from django.utils import timezone

        return self.active_to is None or self.active_to >= timezone.localdate()
