"""The published menu as numpy arrays, one element per practice, for filtering, facet counts and
ordering in memory.

Reading 100,000 practice rows for every page costs hundreds of milliseconds (each row carries
long texts in two languages); counting over arrays costs well under one. Each process keeps one
index per database and rebuilds it when `MenuVersion.token` changes, which database triggers do
on every write that touches what the index holds (migration menu 0004), so it is never stale.
"""

import threading
from dataclasses import dataclass

import numpy as np
from django.db import connection
from django.db.models import FloatField, Func

from arfer.directory.models import Area, Body

from .models import MenuVersion, Practice, PreventionTier, ServiceArea

TIERS = list(PreventionTier.values)
SECTORS = list(Body.Sector.values)


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
    token, rows, region_links, service_area_links, region_slugs, service_area_roots
) -> MenuIndex:
    """Build the index from plain data (a pure function, tested on small hand-made inputs).

    rows: (id, published_at seconds, saving pence, evidence, tier, sector, across) per practice;
    region_links: (practice id, region slug); service_area_links: (practice id, root slug);
    region_slugs, service_area_roots: the slugs that get a bit each, in order.
    """
    rows = sorted(rows)
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    published_at = np.array([r[1] for r in rows], dtype=np.float64)
    saving = np.array([r[2] for r in rows], dtype=np.int64)
    region_bits = {slug: 1 << n for n, slug in enumerate(region_slugs)}
    service_area_bits = {slug: 1 << n for n, slug in enumerate(service_area_roots)}
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
    )
    _set_bits(index, index.regions, region_links, region_bits)
    _set_bits(index, index.service_areas, service_area_links, service_area_bits)
    return index


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
    """Read the published menu from the database, in four queries whatever its size."""
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
    region_slugs = [area.slug for area in Area.objects.regions().order_by("name_en")]
    root_slugs = [area.slug for area in roots.values() if area.parent_id is None]
    return build_index(
        token, rows, list(region_links), service_area_links, region_slugs, root_slugs
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
