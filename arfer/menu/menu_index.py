"""The published menu as numpy arrays, one element per practice, for filtering, facet counts and
ordering in memory.

Reading 100,000 practice rows for every page costs hundreds of milliseconds (each row carries
long texts in two languages); counting over arrays costs well under one. Each process keeps one
index per database and rebuilds it when `MenuVersion.token` changes, which database triggers do
on every write that touches what the index holds (migration menu 0004), so it is never stale.
"""

import threading
from dataclasses import dataclass, field

import numpy as np
from django.db import connection
from django.db.models import FloatField, Func

from arfer.core.bilingual import BilingualNameMixin
from arfer.core.collation import name_sort_key
from arfer.directory.models import Area, Body

from .models import MenuVersion, Practice, PracticePartner, PreventionTier, ServiceArea

TIERS = list(PreventionTier.values)
SECTORS = list(Body.Sector.values)
# The kinds of area the menu can be filtered by, in the order the filter offers them.
FILTER_AREA_KINDS = [Area.Kind.LOCAL_AUTHORITY, Area.Kind.HEALTH_BOARD]


@dataclass(frozen=True)
class LeadBody(BilingualNameMixin):
    """A body that leads at least one published practice: what the lead body filter offers."""

    pk: int
    slug: str
    name_en: str
    name_cy: str


@dataclass(frozen=True)
class MenuIndex:
    token: int | None
    ids: np.ndarray  # practice ids, ascending
    published_at: np.ndarray  # seconds since the epoch
    saving: np.ndarray  # recurring annual saving, pence
    evidence: np.ndarray  # 1 to 5
    tier: np.ndarray  # position in TIERS
    sector: np.ndarray  # lead body's sector, position in SECTORS
    across: np.ndarray  # works across organisational boundaries
    regions: np.ndarray  # one bit per region, as in region_bits
    service_areas: np.ndarray  # one bit per top-level service area, as in service_area_bits
    region_bits: dict[str, int]
    service_area_bits: dict[str, int]
    newest: np.ndarray  # positions, newest first
    largest_saving: np.ndarray  # positions, largest saving first
    lead_body: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))  # body ids
    # One bit per local authority area the practice reaches (as in footprint_bits): the areas
    # its page lists as covered, brought down to local authority areas, as for its regions.
    footprint: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    # The local authority and health board areas one can filter by: the bits of the local
    # authority areas each covers.
    area_masks: dict[str, int] = field(default_factory=dict)
    lead_bodies: dict[str, LeadBody] = field(default_factory=dict)  # by slug

    def lead_bodies_by_name(self, language: str) -> list[LeadBody]:
        """The lead bodies in alphabetical order of their names in `language`, worked out once
        per index and language."""
        cache = self._by_name_cache()
        if language not in cache:
            cache[language] = sorted(
                self.lead_bodies.values(),
                key=lambda body: (
                    name_sort_key(body.name_cy or body.name_en, language)
                    if language == "cy"
                    else name_sort_key(body.name_en, language)
                ),
            )
        return cache[language]

    def _by_name_cache(self) -> dict[str, list[LeadBody]]:
        cache = self.__dict__.get("_by_name")
        if cache is None:
            cache = {}
            object.__setattr__(self, "_by_name", cache)
        return cache

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self, practice_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(positions, found) for a batch of ids: `found` marks the ids that are in the index."""
        positions = np.searchsorted(self.ids, practice_ids)
        positions = np.minimum(positions, max(len(self.ids) - 1, 0))
        found = (
            (self.ids[positions] == practice_ids)
            if len(self.ids)
            else np.zeros(len(practice_ids), bool)
        )
        return positions, found


def build_index(
    token,
    rows,
    region_links,
    service_area_links,
    region_slugs,
    service_area_roots,
    *,
    footprint_links=(),
    area_local_authorities=None,
    lead_bodies=(),
) -> MenuIndex:
    """Build the index from plain data (a pure function, tested on small hand-made inputs).

    rows: (id, published_at seconds, saving pence, evidence, tier, sector, across, lead body id)
    per practice; region_links: (practice id, region slug); service_area_links: (practice id,
    root slug); region_slugs, service_area_roots: the slugs that get a bit each, in order;
    footprint_links: (practice id, local authority area slug) of the areas each reaches;
    area_local_authorities: {area slug: [local authority area slugs]} for the areas one can
    filter by (a local authority area covers itself); lead_bodies: LeadBody for each lead body.
    """
    rows = sorted(rows)
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    published_at = np.array([r[1] for r in rows], dtype=np.float64)
    saving = np.array([r[2] for r in rows], dtype=np.int64)
    region_bits = {slug: 1 << n for n, slug in enumerate(region_slugs)}
    service_area_bits = {slug: 1 << n for n, slug in enumerate(service_area_roots)}
    area_local_authorities = area_local_authorities or {}
    # One bit per local authority area; a signed 64-bit integer holds 63 of them (Wales has 22).
    local_authorities = sorted({la for las in area_local_authorities.values() for la in las})
    footprint_bits = {slug: 1 << n for n, slug in enumerate(local_authorities[:63])}
    area_masks = {
        area: _mask_of(footprint_bits, las) for area, las in area_local_authorities.items()
    }
    index = MenuIndex(
        token=token,
        ids=ids,
        published_at=published_at,
        saving=saving,
        evidence=np.array([r[3] for r in rows], dtype=np.int8),
        tier=np.array([TIERS.index(r[4]) for r in rows], dtype=np.int8),
        sector=np.array([SECTORS.index(r[5]) for r in rows], dtype=np.int8),
        across=np.array([bool(r[6]) for r in rows], dtype=bool),
        regions=np.zeros(len(rows), dtype=np.int64),
        service_areas=np.zeros(len(rows), dtype=np.int64),
        region_bits=region_bits,
        service_area_bits=service_area_bits,
        # Ties broken by the newer id first, as the database orders them.
        newest=np.lexsort((-ids, -published_at)),
        largest_saving=np.lexsort((-ids, -saving)),
        lead_body=np.array([r[7] for r in rows], dtype=np.int64),
        footprint=np.zeros(len(rows), dtype=np.int64),
        area_masks=area_masks,
        lead_bodies={body.slug: body for body in lead_bodies},
    )
    _set_bits(index, index.regions, region_links, region_bits)
    _set_bits(index, index.service_areas, service_area_links, service_area_bits)
    _set_bits(index, index.footprint, footprint_links, footprint_bits)
    return index


def _mask_of(bits: dict[str, int], slugs) -> int:
    mask = 0
    for slug in slugs:
        mask |= bits.get(slug, 0)
    return mask


def practice_footprints(
    leads, partner_links, own_area_links, body_area_links, area_kinds, area_local_authorities
) -> list[tuple[int, str]]:
    """(practice id, local authority area slug) for every local authority area each practice
    reaches, by the rule of its page's "areas covered" (actions.effective_areas): its own areas
    if it has any; otherwise the areas its lead and partners serve, the national ones only when
    none is local. A pure function over plain data.

    leads: (practice id, lead body id); partner_links: (practice id, body id); own_area_links:
    (practice id, area id); body_area_links: (body id, area id); area_kinds: {area id: kind};
    area_local_authorities: {area id: [local authority area slugs it covers]}.
    """
    bodies_of: dict[int, set[int]] = {}
    for practice_id, body_id in [*leads, *partner_links]:
        bodies_of.setdefault(practice_id, set()).add(body_id)
    own: dict[int, set[int]] = {}
    for practice_id, area_id in own_area_links:
        own.setdefault(practice_id, set()).add(area_id)
    served: dict[int, set[int]] = {}
    for body_id, area_id in body_area_links:
        served.setdefault(body_id, set()).add(area_id)
    links = []
    for practice_id, bodies in bodies_of.items():
        areas = own.get(practice_id)
        if not areas:
            areas = set().union(*(served.get(body, set()) for body in bodies))
            local = {area for area in areas if area_kinds.get(area) != Area.Kind.NATION}
            areas = local or areas
        reached = {la for area in areas for la in area_local_authorities.get(area, ())}
        links += [(practice_id, la) for la in reached]
    return links


def _set_bits(index: MenuIndex, target: np.ndarray, links, bits: dict[str, int]) -> None:
    links = [(pk, bits[slug]) for pk, slug in links if slug in bits]
    if not links:
        return
    practice_ids = np.array([pk for pk, _bit in links], dtype=np.int64)
    values = np.array([bit for _pk, bit in links], dtype=np.int64)
    positions, found = index.positions(practice_ids)
    np.bitwise_or.at(target, positions[found], values[found])


class SecondsSinceEpoch(Func):
    """A moment as seconds since 1970 (with their fraction), worked out by the database: a
    hundred thousand datetime objects made only to be turned into numbers cost a second."""

    output_field = FloatField()

    def as_sqlite(self, compiler, connection, **extra_context):
        # julianday counts days from noon, 24 November 4714 BC; 2440587.5 of them reach 1970.
        return self.as_sql(
            compiler,
            connection,
            template="((julianday(%(expressions)s) - 2440587.5) * 86400.0)",
            **extra_context,
        )

    def as_postgresql(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="EXTRACT(EPOCH FROM %(expressions)s)::double precision",
            **extra_context,
        )


def load_menu_index(token: int | None) -> MenuIndex:
    """Read the published menu from the database, in nine queries whatever its size."""
    published = Practice.objects.published()
    rows = list(
        published.annotate(published_seconds=SecondsSinceEpoch("published_at"))
        .values_list(
            "pk",
            "published_seconds",
            "annual_saving_pence",
            "evidence_level",
            "prevention_tier",
            "lead_body__sector",
            "works_across_boundaries",
            "lead_body_id",
        )
        .order_by()
    )
    region_links = Practice.regions.through.objects.filter(
        practice__status=Practice.Status.PUBLISHED
    ).values_list("practice_id", "area__slug")
    roots = {area.pk: area for area in ServiceArea.objects.select_related("parent")}
    service_area_links = [
        (practice_id, (roots[area_id].parent or roots[area_id]).slug)
        for practice_id, area_id in Practice.service_areas.through.objects.filter(
            practice__status=Practice.Status.PUBLISHED
        ).values_list("practice_id", "servicearea_id")
    ]
    root_slugs = [area.slug for area in roots.values() if area.parent_id is None]
    # Every area with the local authority areas it covers: one row per pair (one with None for
    # an area covering none).
    areas: dict[int, tuple[str, str, str]] = {}
    area_local_authorities: dict[int, list[str]] = {}
    for pk, slug, kind, name_en, local_authority in Area.objects.values_list(
        "pk", "slug", "kind", "name_en", "local_authority_areas__slug"
    ).order_by():
        areas[pk] = (slug, kind, name_en)
        if local_authority is not None:
            area_local_authorities.setdefault(pk, []).append(local_authority)
    region_slugs = [
        slug
        for slug, kind, name_en in sorted(areas.values(), key=lambda area: area[2])
        if kind == Area.Kind.REGIONAL_PARTNERSHIP
    ]
    footprint_links = practice_footprints(
        leads=[(row[0], row[7]) for row in rows],
        partner_links=PracticePartner.objects.filter(
            practice__status=Practice.Status.PUBLISHED
        ).values_list("practice_id", "body_id"),
        own_area_links=Practice.areas.through.objects.filter(
            practice__status=Practice.Status.PUBLISHED
        ).values_list("practice_id", "area_id"),
        body_area_links=Body.areas.through.objects.values_list("body_id", "area_id"),
        area_kinds={pk: kind for pk, (_slug, kind, _name) in areas.items()},
        area_local_authorities=area_local_authorities,
    )
    lead_bodies = [
        LeadBody(*values)
        for values in Body.objects.filter(led_practices__status=Practice.Status.PUBLISHED)
        .values_list("pk", "slug", "name_en", "name_cy")
        .distinct()
        .order_by()
    ]
    return build_index(
        token,
        rows,
        list(region_links),
        service_area_links,
        region_slugs,
        root_slugs,
        footprint_links=footprint_links,
        area_local_authorities={
            areas[pk][0]: slugs
            for pk, slugs in area_local_authorities.items()
            if areas[pk][1] in FILTER_AREA_KINDS
        },
        lead_bodies=lead_bodies,
    )


_lock = threading.Lock()
_indexes: dict[tuple[str, str], MenuIndex] = {}


def menu_version_token() -> int | None:
    """Changes whenever anything the menu's index, cards or search hold changes (None when the
    database has no version row: nothing may be cached then)."""
    return MenuVersion.objects.filter(pk=1).values_list("token", flat=True).first()


def current_menu_index() -> MenuIndex:
    """The index for the current database, rebuilt when the menu has changed since it was built
    (one small query when it has not)."""
    token = menu_version_token()
    key = (connection.alias, str(connection.settings_dict["NAME"]))
    index = _indexes.get(key)
    if token is not None and index is not None and index.token == token:
        return index
    with _lock:
        index = _indexes.get(key)
        if token is None or index is None or index.token != token:
            # Without a version row (a flushed test database) nothing can be cached safely.
            index = load_menu_index(token)
            _indexes[key] = index
    return index
