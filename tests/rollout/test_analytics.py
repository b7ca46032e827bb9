"""The rollout figures as pure functions: small hand-made inputs, answers worked out by hand."""

from collections import Counter

from arfer.rollout.analytics import (
    PeerSuggestion,
    YearSavings,
    adopted_by_peers,
    map_states,
    savings_by_year,
    savings_total,
    stage_counts,
)

# stage_counts


def test_stage_counts_lists_every_stage_in_order_with_zeros():
    stages = ["piloting", "exploring", "piloting", "declined", "embedded"]
    assert stage_counts(Counter(stages)) == [
        ("exploring", 1),
        ("planning", 0),
        ("piloting", 2),
        ("implemented", 0),
        ("embedded", 1),
        ("declined", 1),
        ("stopped", 0),
    ]


def test_stage_counts_of_nothing_is_all_zeros():
    assert stage_counts({}) == [
        ("exploring", 0),
        ("planning", 0),
        ("piloting", 0),
        ("implemented", 0),
        ("embedded", 0),
        ("declined", 0),
        ("stopped", 0),
    ]


# savings_by_year

ROWS = [
    (2023, "realised", "verified", 50),
    (2024, "forecast", "unverified", 1000),
    (2024, "forecast", "verified", 500),  # a verified forecast is still only a forecast
    (2024, "realised", "verified", 300),
    (2024, "realised", "queried", 200),
    (2024, "realised", "unverified", 100),
    (2023, "forecast", "unverified", 70),
]


def test_savings_by_year_sums_forecast_realised_and_verified_per_year():
    assert savings_by_year(ROWS) == [
        YearSavings(2024, forecast=1500, realised=600, verified=300, target=None),
        YearSavings(2023, forecast=70, realised=50, verified=50, target=None),
    ]


def test_a_verified_forecast_is_not_counted_as_verified():
    assert savings_by_year([(2024, "forecast", "verified", 500)]) == [
        YearSavings(2024, forecast=500, realised=0, verified=0),
    ]


def test_queried_and_unverified_realised_savings_are_realised_but_not_verified():
    rows = [(2024, "realised", "queried", 200), (2024, "realised", "unverified", 100)]
    assert savings_by_year(rows) == [YearSavings(2024, forecast=0, realised=300, verified=0)]


def test_years_come_newest_first():
    rows = [
        (2021, "realised", "verified", 1),
        (2025, "realised", "verified", 2),
        (2023, "realised", "verified", 3),
    ]
    assert [year.financial_year for year in savings_by_year(rows)] == [2025, 2023, 2021]


def test_targets_are_attached_and_a_year_with_only_a_target_is_listed():
    assert savings_by_year(ROWS, {2024: 2000, 2025: 400}) == [
        YearSavings(2025, forecast=0, realised=0, verified=0, target=400),
        YearSavings(2024, forecast=1500, realised=600, verified=300, target=2000),
        YearSavings(2023, forecast=70, realised=50, verified=50, target=None),
    ]


def test_savings_by_year_of_nothing_is_empty():
    assert savings_by_year([]) == []
    assert savings_by_year([], {}) == []


def test_shares_of_target():
    year = YearSavings(2025, forecast=999, realised=50, verified=20, target=200)
    assert year.realised_share_of_target == 0.25
    assert year.verified_share_of_target == 0.1


def test_shares_are_none_without_a_target():
    year = YearSavings(2025, realised=50, verified=20)
    assert year.realised_share_of_target is None
    assert year.verified_share_of_target is None


def test_shares_are_none_for_a_zero_target():
    year = YearSavings(2025, realised=50, verified=20, target=0)
    assert year.realised_share_of_target is None
    assert year.verified_share_of_target is None


# savings_total


def test_savings_total_sums_the_years_and_their_targets():
    years = [
        YearSavings(2025, forecast=0, realised=0, verified=0, target=400),
        YearSavings(2024, forecast=1500, realised=600, verified=300, target=2000),
        YearSavings(2023, forecast=70, realised=50, verified=50, target=None),
    ]
    assert savings_total(years) == YearSavings(
        0, forecast=1570, realised=650, verified=350, target=2400
    )


def test_savings_total_has_no_target_when_no_year_has_one():
    years = [
        YearSavings(2024, forecast=10, realised=20, verified=5),
        YearSavings(2023, forecast=1, realised=2, verified=2),
    ]
    assert savings_total(years) == YearSavings(0, forecast=11, realised=22, verified=7, target=None)


def test_savings_total_accepts_a_generator():
    years = (YearSavings(year, realised=100, target=300) for year in (2023, 2024))
    total = savings_total(years)
    assert total == YearSavings(0, forecast=0, realised=200, verified=0, target=600)
    assert total.realised_share_of_target == 200 / 600


def test_savings_total_of_nothing_is_zero_without_target():
    assert savings_total([]) == YearSavings(0, forecast=0, realised=0, verified=0, target=None)


# adopted_by_peers

# Dict order puts 4 before 1 so that the tie on peers and evidence is broken by id, not by
# the order of the input.
PEER_COUNTS = {4: 3, 1: 3, 2: 5, 3: 3, 5: 0, 6: 7, 7: 4, 8: 2}
CONSIDERED = {6}  # e.g. declined by this body: it has made its choice
EVIDENCE = {1: 2, 2: 1, 3: 4, 4: 2, 5: 5, 6: 5, 8: 1}  # 7 missing: unpublished or the body's own


def test_adopted_by_peers_ranks_by_peers_then_evidence_then_id():
    assert adopted_by_peers(PEER_COUNTS, CONSIDERED, EVIDENCE) == [
        PeerSuggestion(practice_id=2, peers_adopting=5, evidence_level=1),
        PeerSuggestion(practice_id=3, peers_adopting=3, evidence_level=4),
        PeerSuggestion(practice_id=1, peers_adopting=3, evidence_level=2),
        PeerSuggestion(practice_id=4, peers_adopting=3, evidence_level=2),
        PeerSuggestion(practice_id=8, peers_adopting=2, evidence_level=1),
    ]


def test_adopted_by_peers_excludes_practices_already_considered():
    suggested = adopted_by_peers({6: 7, 1: 1}, {6}, {1: 1, 6: 5})
    assert suggested == [PeerSuggestion(practice_id=1, peers_adopting=1, evidence_level=1)]


def test_adopted_by_peers_excludes_practices_without_evidence_entry():
    suggested = adopted_by_peers({7: 4, 1: 1}, set(), {1: 1})
    assert suggested == [PeerSuggestion(practice_id=1, peers_adopting=1, evidence_level=1)]


def test_adopted_by_peers_excludes_zero_counts():
    suggested = adopted_by_peers({5: 0, 1: 1}, set(), {1: 1, 5: 5})
    assert suggested == [PeerSuggestion(practice_id=1, peers_adopting=1, evidence_level=1)]


def test_adopted_by_peers_respects_limit():
    assert adopted_by_peers(PEER_COUNTS, CONSIDERED, EVIDENCE, limit=2) == [
        PeerSuggestion(practice_id=2, peers_adopting=5, evidence_level=1),
        PeerSuggestion(practice_id=3, peers_adopting=3, evidence_level=4),
    ]


def test_adopted_by_peers_default_limit_is_ten():
    counts = {practice_id: 1 for practice_id in range(1, 13)}
    evidence = {practice_id: 1 for practice_id in range(1, 13)}
    suggested = adopted_by_peers(counts, set(), evidence)
    assert [s.practice_id for s in suggested] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]


def test_adopted_by_peers_of_nothing_is_empty():
    assert adopted_by_peers({}, set(), {}) == []
    assert adopted_by_peers({}, {1}, {1: 3}) == []


# map_states


def test_map_state_is_the_most_advanced_open_stage_in_the_area():
    adoptions = [
        ("A", "exploring"),
        ("A", "piloting"),
        ("A", "planning"),
        ("B", "embedded"),
        ("B", "implemented"),
        ("C", "implemented"),
        ("C", "embedded"),
    ]
    assert map_states(adoptions) == {"A": "piloting", "B": "embedded", "C": "embedded"}


def test_an_open_stage_beats_declined_and_stopped_in_any_order():
    adoptions = [
        ("A", "declined"),
        ("A", "exploring"),
        ("B", "exploring"),
        ("B", "declined"),
        ("C", "stopped"),
        ("C", "planning"),
        ("D", "planning"),
        ("D", "stopped"),
    ]
    assert map_states(adoptions) == {
        "A": "exploring",
        "B": "exploring",
        "C": "planning",
        "D": "planning",
    }


def test_an_area_with_only_closed_adoptions_shows_them():
    assert map_states([("A", "declined"), ("A", "declined"), ("B", "stopped")]) == {
        "A": "declined",
        "B": "stopped",
    }


def test_lead_areas_overwrite_and_empty_areas_are_absent():
    adoptions = [("A", "embedded"), ("B", "piloting"), ("C", "declined")]
    assert map_states(adoptions, lead_areas=["A", "D"]) == {
        "A": "lead",
        "B": "piloting",
        "C": "declined",
        "D": "lead",
    }


def test_map_states_of_nothing_is_empty():
    assert map_states([]) == {}
