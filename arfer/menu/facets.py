"""Filtering, facet counts and ordering of the menu: pure functions over a MenuIndex.

Facet counts come from the same filtered set as the results. Filters OR the values chosen within
one facet and AND across facets.
"""

from dataclasses import dataclass, replace

import numpy as np
from django.conf import settings
from django.utils.translation import gettext as _

from arfer.core.pagination import ResultCount
from arfer.directory.models import Body

from .filters import SAVING_BAND_BY_KEY, SAVING_BANDS, MenuCriteria
from .menu_index import SECTORS, TIERS, MenuIndex
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
class OptionGroup:
    label: str  # empty for options outside any group
    options: list[FacetOption]


@dataclass(frozen=True)
class ChoiceFilter:
    """A filter of which one value is chosen, drawn as a select: lead body, area."""

    name: str  # the query-string parameter
    label: str
    everything: str  # the label of the option that sets no filter
    groups: list[OptionGroup]
    hint: str = ""

    @property
    def options(self) -> list[FacetOption]:
        return [option for group in self.groups for option in group.options]


# A select of thousands of bodies is no help to anyone and a heavy page; beyond this many, the
# bodies leading the most practices of the results are offered.
LEAD_BODY_OPTIONS_CAP = 200


def _any_bit(values: np.ndarray, bits: dict[str, int], chosen: list[str]) -> np.ndarray:
    wanted = 0
    for slug in chosen:
        wanted |= bits.get(slug, 0)
    return (values & wanted) != 0


def filter_mask(index: MenuIndex, criteria: MenuCriteria) -> np.ndarray:
    """True for each practice of the index that passes every filter of the criteria."""
    mask = np.ones(len(index), dtype=bool)
    if criteria.service_areas:
        mask &= _any_bit(index.service_areas, index.service_area_bits, criteria.service_areas)
    if criteria.regions:
        mask &= _any_bit(index.regions, index.region_bits, criteria.regions)
    if criteria.sectors:
        mask &= np.isin(index.sector, [SECTORS.index(s) for s in criteria.sectors])
    if criteria.tiers:
        mask &= np.isin(index.tier, [TIERS.index(t) for t in criteria.tiers])
    if criteria.evidence_levels:
        mask &= np.isin(index.evidence, criteria.evidence_levels)
    if criteria.saving_bands:
        in_bands = np.zeros(len(index), dtype=bool)
        for key in criteria.saving_bands:
            in_bands |= _in_band(index.saving, SAVING_BAND_BY_KEY[key])
        mask &= in_bands
    if criteria.across_boundaries:
        mask &= index.across
    if criteria.lead_body:
        mask &= index.lead_body == _lead_body_id(index, criteria.lead_body)
    if criteria.area:
        mask &= (index.footprint & index.area_masks.get(criteria.area, 0)) != 0
    return mask


def _lead_body_id(index: MenuIndex, slug: str) -> int:
    """The id of a lead body, or -1 (no practice's) for a body that leads no published one."""
    body = index.lead_bodies.get(slug)
    return body.pk if body is not None else -1


def choice_counts(index: MenuIndex, criteria: MenuCriteria, found: np.ndarray) -> dict[str, int]:
    """Counts for the options of the lead body and area filters, keyed "lead_body:slug" and
    "area:slug". One picks a single value of each, so each is counted over the practices that
    pass every other filter (and the search, `found`): the counts say what choosing another
    value would find, not only what is left of the one chosen."""
    counts: dict[str, int] = {}
    without_lead = filter_mask(index, replace(criteria, lead_body="")) & found
    body_ids, body_counts = np.unique(index.lead_body[without_lead], return_counts=True)
    per_body = dict(zip(body_ids.tolist(), body_counts.tolist(), strict=True))
    for slug, body in index.lead_bodies.items():
        counts[f"lead_body:{slug}"] = per_body.get(body.pk, 0)
    footprint = index.footprint[filter_mask(index, replace(criteria, area="")) & found]
    for slug, area_mask in index.area_masks.items():
        counts[f"area:{slug}"] = int(np.count_nonzero(footprint & area_mask))
    return counts


def _in_band(saving: np.ndarray, band) -> np.ndarray:
    inside = saving >= band.lower_pence
    if band.upper_pence is not None:
        inside &= saving < band.upper_pence
    return inside


def facet_counts(index: MenuIndex, mask: np.ndarray) -> dict[str, int]:
    """Counts per facet value, keyed "facet:value", plus "total", over the masked practices."""
    counts = {"total": int(mask.sum())}
    for name, codes, values in (
        ("sector", index.sector[mask], SECTORS),
        ("tier", index.tier[mask], TIERS),
    ):
        for value, count in zip(values, np.bincount(codes, minlength=len(values)), strict=True):
            counts[f"{name}:{value}"] = int(count)
    by_level = np.bincount(index.evidence[mask], minlength=6)
    for level in EvidenceLevel:
        counts[f"evidence:{level.value}"] = int(by_level[level.value])
    saving = index.saving[mask]
    for band in SAVING_BANDS:
        counts[f"saving:{band.key}"] = int(_in_band(saving, band).sum())
    counts["boundaries:1"] = int(index.across[mask].sum())
    for name, values, bits in (
        ("region", index.regions[mask], index.region_bits),
        ("service_area", index.service_areas[mask], index.service_area_bits),
    ):
        for slug, bit in bits.items():
            counts[f"{name}:{slug}"] = int(np.count_nonzero(values & bit))
    return counts


def hit_mask(index: MenuIndex, hits: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """True for each practice of the index that a search found."""
    mask = np.zeros(len(index), dtype=bool)
    mask[hits[0]] = True
    return mask


def ordered_positions(
    index: MenuIndex,
    mask: np.ndarray,
    sort: str,
    hits: tuple[np.ndarray, np.ndarray] | None = None,
    limit: int | None = None,
) -> np.ndarray:
    """Positions of the masked practices in display order, the first `limit` of them (all when
    None): "relevance" (by the search's rank, then newest; needs `hits`), "saving" (largest
    first) or "newest"."""
    if sort == "relevance" and hits is not None:
        positions, ranks = hits
        keep = mask[positions]
        positions, ranks = positions[keep], ranks[keep]
        if limit is not None and len(ranks) > limit:
            # Only the best `limit` ranks (and any tied with the last of them) need sorting.
            threshold = np.partition(ranks, limit - 1)[limit - 1]
            best = ranks <= threshold
            positions, ranks = positions[best], ranks[best]
        order = np.lexsort((-index.ids[positions], -index.published_at[positions], ranks))
        return positions[order][:limit]
    order = index.largest_saving if sort == "saving" else index.newest
    return order[mask[order]][:limit]


def search_hits(
    index: MenuIndex, ids: np.ndarray, ranks: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(positions, ranks) of a search engine's hits (ids and ranks, search.matching) that are in
    the index (published)."""
    positions, found = index.positions(ids)
    return positions[found], ranks[found]


def menu_facets(counts: dict[str, int], criteria: MenuCriteria, *, service_areas, regions):
    """(ResultCount, [Facet]) to display, from facet_counts. `service_areas` are the top-level
    service areas and `regions` the Regional Partnership Board footprints, already loaded."""

    def options(name, choices, selected):
        chosen = {str(value) for value in selected}
        return [
            FacetOption(
                str(value), str(label), counts.get(f"{name}:{value}", 0), str(value) in chosen
            )
            for value, label in choices
        ]

    facets = [
        Facet(
            "service_area",
            _("Service area"),
            options(
                "service_area", [(a.slug, a.name) for a in service_areas], criteria.service_areas
            ),
        ),
        Facet(
            "sector",
            _("Sector of the lead body"),
            options("sector", Body.Sector.choices, criteria.sectors),
        ),
        Facet(
            "region",
            _("Region (Regional Partnership Board)"),
            options("region", [(r.slug, r.name) for r in regions], criteria.regions),
        ),
        Facet(
            "tier", _("Prevention tier"), options("tier", PreventionTier.choices, criteria.tiers)
        ),
        Facet(
            "evidence",
            _("Evidence level"),
            options(
                "evidence",
                [
                    (level.value, _("Level %(level)s") % {"level": level.value})
                    for level in EvidenceLevel
                ],
                criteria.evidence_levels,
            ),
        ),
        Facet(
            "saving",
            _("Recurring saving a year"),
            options(
                "saving", [(band.key, band.label) for band in SAVING_BANDS], criteria.saving_bands
            ),
        ),
        Facet(
            "boundaries",
            _("Partnership"),
            options(
                "boundaries",
                [("1", _("Works across organisational boundaries"))],
                ["1"] if criteria.across_boundaries else [],
            ),
        ),
    ]
    return ResultCount(counts["total"], settings.ARFER_RESULT_COUNT_CAP), facets


def menu_choices(counts, criteria: MenuCriteria, *, lead_bodies, area_groups):
    """[ChoiceFilter] to display, from choice_counts: `lead_bodies` in name order, and
    `area_groups` as (group label, [Area]) in order. An option is offered when choosing it
    would find something, and always when chosen."""

    def offered(name, choices, chosen):
        return [
            FacetOption(value, str(label), counts.get(f"{name}:{value}", 0), value == chosen)
            for value, label in choices
            if value == chosen or counts.get(f"{name}:{value}", 0)
        ]

    bodies = offered("lead_body", [(b.slug, b.name) for b in lead_bodies], criteria.lead_body)
    hint = ""
    if len(bodies) > LEAD_BODY_OPTIONS_CAP:
        busiest = sorted(bodies, key=lambda option: (not option.selected, -option.count))
        kept = {option.value for option in busiest[:LEAD_BODY_OPTIONS_CAP]}
        bodies = [option for option in bodies if option.value in kept]
        hint = _(
            "The %(count)s bodies that lead the most of these practices. "
            "Filter by sector or area to find others."
        ) % {"count": LEAD_BODY_OPTIONS_CAP}
    return [
        ChoiceFilter(
            "lead_body",
            _("Lead body"),
            _("All lead bodies"),
            [OptionGroup("", bodies)],
            hint,
        ),
        ChoiceFilter(
            "area",
            _("Area"),
            _("All areas"),
            [
                OptionGroup(
                    str(label),
                    offered("area", [(a.slug, a.name) for a in areas], criteria.area),
                )
                for label, areas in area_groups
            ],
            _(
                "The areas listed as covered on a practice page: its own list, or else the "
                "areas its lead body and partners serve."
            ),
        ),
    ]


def sort_keys(
    index: MenuIndex, positions: np.ndarray, sort: str, ranks: np.ndarray | None = None
) -> list[np.ndarray]:
    """The columns that order `positions` for a sort, most significant first, each arranged so
    that a smaller value comes later: (published, id) for "newest", (saving, id) for "saving",
    (-rank, published, id) for "relevance" (a lower rank is a better match)."""
    ids, published = index.ids[positions], index.published_at[positions]
    if sort == "relevance" and ranks is not None:
        return [-ranks, published, ids]
    if sort == "saving":
        return [index.saving[positions], ids]
    return [published, ids]


def after_key(keys: list[np.ndarray], key: list) -> np.ndarray:
    """True for each position that comes strictly after the one whose sort key is `key` (the
    keyset behind cursor pagination: a page starts after the last item of the one before,
    whatever was added or removed in between)."""
    later = np.zeros(len(keys[0]), dtype=bool)
    tied = np.ones(len(keys[0]), dtype=bool)
    for column, value in zip(keys, key, strict=True):
        later |= tied & (column < value)
        tied &= column == value
    return later
