"""Facet counts for the menu, computed from the same filtered queryset as the results, in three
queries whatever the number of practices: one pass of conditional counts for every facet held on
the practice row (and its lead body), and one grouped count per many-to-many facet."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from arfer.directory.models import Body

from .filters import SAVING_BANDS, MenuCriteria
from .models import EvidenceLevel, PreventionTier


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str  # the query-string parameter
    label: str
    options: list[FacetOption]


@dataclass(frozen=True)
class ResultCount:
    count: int
    cap: int

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap

    @property
    def shown(self) -> int:
        return min(self.count, self.cap)


def _scalar_counts(practices) -> dict[str, int]:
    counts = {"total": Count("pk")}
    for sector in Body.Sector:
        counts[f"sector:{sector.value}"] = Count("pk", filter=Q(lead_body__sector=sector.value))
    for tier in PreventionTier:
        counts[f"tier:{tier.value}"] = Count("pk", filter=Q(prevention_tier=tier.value))
    for level in EvidenceLevel:
        counts[f"evidence:{level.value}"] = Count("pk", filter=Q(evidence_level=level.value))
    for band in SAVING_BANDS:
        counts[f"saving:{band.key}"] = Count("pk", filter=band.condition())
    counts["boundaries:1"] = Count("pk", filter=Q(works_across_boundaries=True))
    return practices.order_by().aggregate(**counts)


def _options(name, choices, counts, selected) -> list[FacetOption]:
    selected = {str(value) for value in selected}
    return [
        FacetOption(str(value), str(label), counts.get(f"{name}:{value}", 0),
                    str(value) in selected)
        for value, label in choices
    ]


def menu_facets(practices, criteria: MenuCriteria, *, service_areas, regions):
    """(ResultCount, [Facet]) for a filtered practice queryset. `service_areas` are the top-level
    service areas and `regions` the Regional Partnership Board footprints, already loaded."""
    counts = _scalar_counts(practices)
    # Grouped from the practices queryset itself (a join, not a subquery), so that a search
    # engine's raw join clauses keep referring to the outer practice table.
    unordered = practices.order_by()
    by_service_area = dict(
        unordered.filter(service_areas__isnull=False)
        .values(root=Coalesce("service_areas__parent_id", "service_areas__id"))
        .annotate(n=Count("pk", distinct=True)).values_list("root", "n")
    )
    by_region = dict(
        unordered.filter(regions__isnull=False)
        .values("regions__id").annotate(n=Count("pk")).values_list("regions__id", "n")
    )
    for area in service_areas:
        counts[f"service_area:{area.slug}"] = by_service_area.get(area.pk, 0)
    for region in regions:
        counts[f"region:{region.slug}"] = by_region.get(region.pk, 0)

    facets = [
        Facet("service_area", _("Service area"), _options(
            "service_area", [(a.slug, a.name) for a in service_areas], counts,
            criteria.service_areas)),
        Facet("sector", _("Sector of the lead body"), _options(
            "sector", Body.Sector.choices, counts, criteria.sectors)),
        Facet("region", _("Region (Regional Partnership Board)"), _options(
            "region", [(r.slug, r.name) for r in regions], counts, criteria.regions)),
        Facet("tier", _("Prevention tier"), _options(
            "tier", PreventionTier.choices, counts, criteria.tiers)),
        Facet("evidence", _("Evidence level"), _options(
            "evidence", [(level.value, _("Level %(level)s") % {"level": level.value})
                         for level in EvidenceLevel],
            counts, criteria.evidence_levels)),
        Facet("saving", _("Recurring saving a year"), _options(
            "saving", [(band.key, band.label) for band in SAVING_BANDS], counts,
            criteria.saving_bands)),
        Facet("boundaries", _("Partnership"), _options(
            "boundaries", [("1", _("Works across organisational boundaries"))], counts,
            ["1"] if criteria.across_boundaries else [])),
    ]
    return ResultCount(counts["total"], settings.ARFER_RESULT_COUNT_CAP), facets

