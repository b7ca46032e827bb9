"""Filtering, facet counts and ordering over a small hand-made index with known answers."""

import numpy as np
import pytest

from arfer.menu.facets import facet_counts, filter_mask, hit_mask, ordered_positions, search_hits
from arfer.menu.filters import MenuCriteria
from arfer.menu.menu_index import build_index

POUND = 100
# id, published (seconds), saving (pence), evidence, tier, sector, across, lead body
ROWS = [
    (10, 100.0, 0, 1, "primary", "nhs", False, 1),
    (11, 300.0, 5_000 * POUND, 2, "primary", "local_government", True, 2),
    (12, 200.0, 2_000_000 * POUND, 3, "acute", "local_government", True, 2),
    (13, 300.0, 50_000 * POUND, 3, "secondary", "third_sector", False, 3),
]
REGIONS = [(10, "north"), (11, "west"), (12, "west"), (12, "north")]
SERVICE_AREAS = [(10, "health"), (11, "care"), (12, "care"), (13, "housing")]


@pytest.fixture
def index():
    return build_index(
        7, ROWS, REGIONS, SERVICE_AREAS, ["north", "west"], ["care", "health", "housing"]
    )


def ids(index, positions):
    return [int(pk) for pk in index.ids[positions]]


def test_no_filters_keep_everything(index):
    assert filter_mask(index, MenuCriteria()).tolist() == [True] * 4


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        (MenuCriteria(regions=["west"]), [11, 12]),
        (MenuCriteria(regions=["north", "west"]), [10, 11, 12]),
        (MenuCriteria(service_areas=["care"]), [11, 12]),
        (MenuCriteria(sectors=["local_government"], tiers=["acute"]), [12]),
        (MenuCriteria(evidence_levels=[1, 3]), [10, 12, 13]),
        (MenuCriteria(saving_bands=["none", "over-1m"]), [10, 12]),
        (MenuCriteria(saving_bands=["10k-100k"]), [13]),
        (MenuCriteria(across_boundaries=True, regions=["north"]), [12]),
    ],
)
def test_filters(index, criteria, expected):
    assert ids(index, np.flatnonzero(filter_mask(index, criteria))) == expected


def test_facet_counts_over_the_filtered_set(index):
    counts = facet_counts(index, filter_mask(index, MenuCriteria(tiers=["primary"])))
    assert counts["total"] == 2
    assert counts["sector:nhs"] == 1 and counts["sector:local_government"] == 1
    assert counts["tier:primary"] == 2 and counts["tier:acute"] == 0
    assert counts["evidence:1"] == 1 and counts["evidence:2"] == 1
    assert counts["saving:none"] == 1 and counts["saving:under-10k"] == 1
    assert counts["boundaries:1"] == 1
    assert counts["region:north"] == 1 and counts["region:west"] == 1
    assert counts["service_area:care"] == 1 and counts["service_area:health"] == 1
    assert counts["service_area:housing"] == 0


def hits_of(index, pairs):
    """search_hits of (id, rank) pairs, as the engine's two arrays."""
    return search_hits(
        index, np.array([pk for pk, _rank in pairs]), np.array([rank for _pk, rank in pairs])
    )


def test_orders(index):
    everything = filter_mask(index, MenuCriteria())
    assert ids(index, ordered_positions(index, everything, "newest")) == [13, 11, 12, 10]
    assert ids(index, ordered_positions(index, everything, "saving")) == [12, 13, 11, 10]


def test_search_hits_keep_indexed_practices_and_order_by_rank(index):
    # 99 is not in the index (a draft, say); 11 and 13 tie on rank, so the newer id comes first.
    hits = hits_of(index, [(12, -1.0), (99, -9.0), (11, -3.0), (13, -3.0)])
    mask = filter_mask(index, MenuCriteria()) & hit_mask(index, hits)
    assert ids(index, ordered_positions(index, mask, "relevance", hits)) == [13, 11, 12]
    assert ids(index, ordered_positions(index, mask, "saving", hits)) == [12, 13, 11]
    assert facet_counts(index, mask)["total"] == 3


def test_empty_index():
    empty = build_index(None, [], [], [], ["north"], ["care"])
    mask = filter_mask(empty, MenuCriteria(regions=["north"]))
    assert facet_counts(empty, mask)["total"] == 0
    assert hits_of(empty, [(1, -1.0)])[0].tolist() == []
    assert ordered_positions(empty, mask, "newest").tolist() == []


def test_a_limited_relevance_order_is_the_start_of_the_full_one(index):
    hits = hits_of(index, [(10, -2.0), (11, -3.0), (12, -2.0), (13, -1.0)])
    mask = hit_mask(index, hits)
    full = ids(index, ordered_positions(index, mask, "relevance", hits))
    assert full == [11, 12, 10, 13]
    for limit in range(1, 5):
        assert ids(index, ordered_positions(index, mask, "relevance", hits, limit)) == full[:limit]
    assert ids(index, ordered_positions(index, mask, "newest", limit=2)) == [13, 11]
