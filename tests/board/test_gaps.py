"""The board's gap figures as pure functions: small hand-made inputs, answers worked out by
hand, plus a property test and a scale check for the network."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arfer.board.gaps import (
    PairCoverage,
    SectorParticipation,
    YearShift,
    boundary_gaps,
    collaboration_network,
    coverage,
    prevention_shift,
    shift_comparison,
    with_threshold,
)

# coverage

# Bodies: 1 north; 2 north and south; 3 south; 4 national; 5 in no group.
# So north has 2 bodies (1, 2), south 2 (2, 3), national 1 (4), "empty" none.
BODY_GROUPS = {1: ["north"], 2: ["north", "south"], 3: ["south"], 4: ["national"], 5: []}
GROUPS = ["north", "south", "national", "empty"]


def board_coverage(threshold: float = 0.5):
    return coverage(
        service_areas=["care", "housing"],
        groups=GROUPS,
        body_groups=BODY_GROUPS,
        # care led: north 3 + 1 = 4 (bodies 1, 2), south 1 (body 2); body 5 counts nowhere.
        # housing led: south 2 (body 3). "roads" is not a listed service area.
        led=[("care", 1, 3), ("care", 2, 1), ("care", 5, 4), ("housing", 3, 2), ("roads", 1, 9)],
        # care: body 2 (north, south) 2, body 3 (south) 1, body 4 a zero row: not adopting.
        #   north 2 adoptions, 1 of 2 adopting (0.5); south 3, 2 of 2; national 0 of 1.
        # housing: body 1 on two rows, 1 + 2 = 3, one adopting body.
        #   north 3 adoptions, 1 of 2 adopting (0.5); south 0 of 2; national 0 of 1.
        adopted=[
            ("care", 2, 2),
            ("care", 3, 1),
            ("care", 4, 0),
            ("housing", 1, 1),
            ("housing", 1, 2),
            ("roads", 4, 5),
        ],
        threshold=threshold,
    )


def test_coverage_cells_worked_out_by_hand():
    care, housing = board_coverage().rows
    assert care.service_area == "care"
    assert [c.group for c in care.cells] == GROUPS
    assert [(c.practices_led, c.adoptions, c.bodies, c.bodies_adopting) for c in care.cells] == [
        (4, 2, 2, 1),
        (1, 3, 2, 2),
        (0, 0, 1, 0),
        (0, 0, 0, 0),
    ]
    assert [(c.practices_led, c.adoptions, c.bodies, c.bodies_adopting) for c in housing.cells] == [
        (0, 3, 2, 1),
        (2, 0, 2, 0),
        (0, 0, 1, 0),
        (0, 0, 0, 0),
    ]
    assert [c.share for c in care.cells] == [0.5, 1.0, 0.0, None]


def test_share_exactly_at_threshold_and_empty_group_are_not_gaps():
    result = board_coverage(threshold=0.5)
    north, _, _, empty = result.rows[0].cells
    assert not north.is_gap  # 1 of 2 is exactly the threshold
    assert not empty.is_gap and empty.share is None
    assert result.threshold == 0.5
    assert result.gaps == [("care", "national"), ("housing", "south"), ("housing", "national")]


def test_a_higher_threshold_turns_half_covered_cells_into_gaps():
    assert board_coverage(threshold=0.6).gaps == [
        ("care", "north"),
        ("care", "national"),
        ("housing", "north"),
        ("housing", "south"),
        ("housing", "national"),
    ]


def test_coverage_of_nothing():
    result = coverage(
        service_areas=[], groups=["north"], body_groups={}, led=[], adopted=[], threshold=0.5
    )
    assert result.rows == [] and result.gaps == []
    # Groups without bodies are never gaps, however little is adopted.
    result = coverage(
        service_areas=["care"], groups=["north"], body_groups={}, led=[], adopted=[], threshold=0.5
    )
    assert result.rows[0].cells[0].bodies == 0 and result.gaps == []


# boundary_gaps


def test_boundary_gaps_counts_distinct_shared_practices_in_input_order():
    pairs = [(10, 20), (11, 20), (12, 21)]
    involvement = [
        (100, 10),
        (100, 20),  # shared by 10 and 20
        (101, 10),
        (101, 20),
        (101, 20),  # shared again, duplicated row counted once
        (102, 11),
        (103, 20),  # 11 and 20 are both involved, but never in the same practice
        (104, 12),
        (104, 21),
        (104, 99),  # 99 is in no pair
    ]
    result = boundary_gaps(pairs, involvement)
    assert result == [PairCoverage(10, 20, 2), PairCoverage(11, 20, 0), PairCoverage(12, 21, 1)]
    assert [p.is_gap for p in result] == [False, True, False]


def test_boundary_gaps_of_nothing():
    assert boundary_gaps([], [(1, 2)]) == []
    assert boundary_gaps([(1, 2)], []) == [PairCoverage(1, 2, 0)]


# collaboration_network

SECTORS = {1: "council", 2: "council", 3: "health", 4: "union", 5: "voluntary"}
# Edges: {1, 2} (given three times, once reversed) and {1, 3} (twice, once reversed).
# Self links 3-3 and 4-4 and links to unknown body 99 are ignored, so 4 and 5 are isolated.
LINKS = [(1, 2), (2, 1), (1, 2), (1, 3), (3, 3), (4, 4), (2, 99), (99, 5), (3, 1)]


def test_network_worked_out_by_hand():
    network = collaboration_network(
        SECTORS, LINKS, sector_order=["council", "health", "union", "voluntary", "business"]
    )
    assert (network.bodies, network.edges, network.cross_sector_edges) == (5, 2, 1)
    assert network.cross_sector_share == 0.5
    assert network.isolated == [4, 5]
    assert network.without_cross_sector == [2]  # linked to council 1 only
    assert network.sector_links == {("council", "council"): 1, ("council", "health"): 1}
    assert network.degree == {1: 2, 2: 1, 3: 1, 4: 0, 5: 0}
    # council: edges {1, 2} counted once and {1, 3}; a listed sector without bodies is shown.
    assert network.by_sector == [
        SectorParticipation("council", bodies=2, connected=2, cross_sector=1, edges=2),
        SectorParticipation("health", bodies=1, connected=1, cross_sector=1, edges=1),
        SectorParticipation("union", bodies=1, connected=0, cross_sector=0, edges=0),
        SectorParticipation("voluntary", bodies=1, connected=0, cross_sector=0, edges=0),
        SectorParticipation("business", bodies=0, connected=0, cross_sector=0, edges=0),
    ]
    assert [s.connected_share for s in network.by_sector] == [1.0, 1.0, 0.0, 0.0, None]


def test_sector_links_keys_are_sorted_and_unlisted_sectors_come_after_alphabetically():
    network = collaboration_network(
        {1: "zeta", 2: "alpha", 3: "council"}, [(1, 2)], sector_order=["council", "council"]
    )
    assert network.sector_links == {("alpha", "zeta"): 1}
    assert [s.sector for s in network.by_sector] == ["council", "alpha", "zeta"]


def test_network_of_nothing():
    network = collaboration_network({}, [(1, 2)])
    assert (network.bodies, network.edges, network.cross_sector_share) == (0, 0, None)
    assert network.isolated == [] and network.by_sector == []


def check_consistent(network, sectors: dict[int, str]) -> None:
    n = len(sectors)
    assert network.bodies == n
    assert network.edges <= n * (n - 1) // 2
    assert 0 <= network.cross_sector_edges <= network.edges
    connected = sum(s.connected for s in network.by_sector)
    assert len(network.isolated) + connected == n
    assert sum(s.bodies for s in network.by_sector) == n
    assert sum(network.sector_links.values()) == network.edges
    assert sum(network.degree.values()) == 2 * network.edges
    assert all(a <= b for a, b in network.sector_links)


@given(
    st.dictionaries(st.integers(0, 20), st.sampled_from(["council", "health", "union"])),
    st.lists(st.tuples(st.integers(0, 25), st.integers(0, 25))),
)
def test_network_properties(sectors, links):
    check_consistent(collaboration_network(sectors, links), sectors)


def test_network_at_scale():
    rng = random.Random(2024)
    kinds = ["council", "health", "police", "fire", "union", "voluntary", "academic"]
    sectors = {body: rng.choice(kinds) for body in range(10_000)}
    # A few ids beyond the known bodies, as stale links would be.
    links = [(rng.randrange(10_100), rng.randrange(10_100)) for _ in range(200_000)]
    network = collaboration_network(sectors, links, sector_order=kinds)
    check_consistent(network, sectors)
    expected = {
        frozenset(link)
        for link in links
        if link[0] != link[1] and link[0] in sectors and link[1] in sectors
    }
    assert network.edges == len(expected)
    assert [s.sector for s in network.by_sector] == kinds


# prevention_shift and shift

TIERS = ["primary", "secondary", "tertiary", "acute"]


def board_years():
    return prevention_shift(
        tiers=TIERS,
        # 2022: primary 2 + 1, acute 2. 2023: secondary 4. The unknown tier names no year.
        practices=[
            (2022, "primary", 2),
            (2022, "acute", 2),
            (2022, "primary", 1),
            (2023, "secondary", 4),
            (2025, "unknown", 5),
        ],
        # 2022: 100 of 400 primary (0.25), 300 acute (0.75). 2023: nothing saved.
        # 2024: 300 of 400 primary (0.75), 100 tertiary (0.25), nothing published.
        savings=[
            (2022, "primary", 100),
            (2022, "acute", 300),
            (2024, "primary", 300),
            (2024, "tertiary", 100),
            (2024, "acute", 0),
            (2024, "bogus", 999),
        ],
    )


def test_prevention_shift_worked_out_by_hand():
    y2022, y2023, y2024 = board_years()
    assert [y.year for y in (y2022, y2023, y2024)] == [2022, 2023, 2024]
    assert y2022.practices == {"primary": 3, "secondary": 0, "tertiary": 0, "acute": 2}
    assert y2022.practice_total == 5 and y2022.saving_total == 400
    assert y2022.practice_shares == {
        "primary": 0.6,
        "secondary": 0.0,
        "tertiary": 0.0,
        "acute": 0.4,
    }
    assert y2022.saving_shares == {
        "primary": 0.25,
        "secondary": 0.0,
        "tertiary": 0.0,
        "acute": 0.75,
    }
    # Empty totals give no shares at all rather than misleading zeros.
    assert y2023.saving_shares == dict.fromkeys(TIERS)
    assert y2024.practice_shares == dict.fromkeys(TIERS)
    assert y2024.savings == {"primary": 300, "secondary": 0, "tertiary": 100, "acute": 0}


def test_shift_compares_the_base_year_with_the_latest():
    years = board_years()  # 2023 has no savings; 2022's 400 is a full share of 2024's 400
    comparison = shift_comparison(years)
    assert (comparison.base.year, comparison.latest.year) == (2022, 2024)
    assert comparison.change("primary") == pytest.approx(0.5)
    assert comparison.change("acute") == pytest.approx(-0.75)
    assert comparison.change("secondary") == 0
    assert shift_comparison(years[:2]) is None  # only 2022 has savings


def saved(by_year: dict[int, int]) -> list[YearShift]:
    return [
        YearShift(year, dict.fromkeys(TIERS, 0), {**dict.fromkeys(TIERS, 0), "primary": pence})
        for year, pence in by_year.items()
    ]


def test_the_base_year_is_the_first_with_savings_of_a_stated_share_of_the_latest():
    # 2020's £1,530 is under a quarter of 2024's £100,000; 2021's £30,000 is not; 2022 is
    # larger still but comes later.
    years = saved({2020: 153_000, 2021: 3_000_000, 2022: 9_000_000, 2024: 10_000_000})
    assert shift_comparison(years).base.year == 2021
    assert shift_comparison(years, base_share=0.9).base.year == 2022
    assert shift_comparison(years, base_share=0.01).base.year == 2020
    # Exactly the share counts.
    assert shift_comparison(saved({2020: 25, 2021: 100})).base.year == 2020


def test_no_base_year_when_every_earlier_year_is_too_small():
    assert shift_comparison(saved({2020: 10, 2021: 24, 2022: 100})) is None
    assert shift_comparison(saved({2020: 10, 2021: 24, 2022: 100}), base_share=0.2) is not None


def test_prevention_shift_of_nothing():
    assert prevention_shift(tiers=TIERS, practices=[], savings=[]) == []
    assert shift_comparison([]) is None


def test_with_threshold_flags_the_same_counts_against_another_threshold():
    # One region of four bodies, one of which adopts: a share of 25%.
    table = coverage(
        service_areas=["care"],
        groups=["north"],
        body_groups={1: {"north"}, 2: {"north"}, 3: {"north"}, 4: {"north"}},
        led=[],
        adopted=[("care", 1, 2)],
        threshold=0.2,
    )
    assert table.gaps == []
    stricter = with_threshold(table, 0.3)
    assert stricter.gaps == [("care", "north")] and stricter.threshold == 0.3
    assert stricter.rows[0].cells[0].adoptions == 2
    assert with_threshold(stricter, 0.25).gaps == []  # exactly at the threshold: enough
