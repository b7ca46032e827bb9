"""Financial years (April to March) and their quarters."""

import datetime
from dataclasses import astuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arfer.core.periods import (
    Quarter,
    quarter_of,
    quarter_start,
    selectable_years,
    year_label,
    year_of,
)

date = datetime.date


@pytest.mark.parametrize(
    ("start_year", "label"),
    [
        (2025, "2025-26"),
        (1999, "1999-00"),
        (2009, "2009-10"),
        (2010, "2010-11"),
    ],
)
def test_year_label(start_year, label):
    assert year_label(start_year) == label


@pytest.mark.parametrize(
    ("day", "year", "quarter"),
    [
        (date(2026, 3, 31), 2025, 4),
        (date(2026, 4, 1), 2026, 1),
        (date(2025, 4, 1), 2025, 1),
        (date(2025, 6, 30), 2025, 1),
        (date(2025, 7, 1), 2025, 2),
        (date(2025, 9, 30), 2025, 2),
        (date(2025, 10, 1), 2025, 3),
        (date(2025, 12, 31), 2025, 3),
        (date(2026, 1, 1), 2025, 4),
    ],
)
def test_year_and_quarter_of_a_day(day, year, quarter):
    assert year_of(day) == year
    assert quarter_of(day) == quarter


@pytest.mark.parametrize(
    ("year", "quarter", "starts"),
    [
        (2025, 1, date(2025, 4, 1)),
        (2025, 2, date(2025, 7, 1)),
        (2025, 3, date(2025, 10, 1)),
        (2025, 4, date(2026, 1, 1)),
    ],
)
def test_quarter_start(year, quarter, starts):
    assert quarter_start(year, quarter) == starts


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_quarter_start_refuses_a_fifth_quarter(quarter):
    with pytest.raises(ValueError, match="quarters 1 to 4"):
        quarter_start(2025, quarter)


def test_quarters_order_across_years():
    assert Quarter(2024, 4) < Quarter(2025, 1)
    assert Quarter(2025, 1) < Quarter(2025, 2)
    assert Quarter(2025, 4) > Quarter(2025, 3)
    assert sorted([Quarter(2025, 2), Quarter(2024, 4), Quarter(2025, 1), Quarter(2023, 3)]) == [
        Quarter(2023, 3),
        Quarter(2024, 4),
        Quarter(2025, 1),
        Quarter(2025, 2),
    ]


def test_quarter_label_and_start():
    assert Quarter(2025, 3).label == "2025-26 Q3"
    assert Quarter(1999, 1).label == "1999-00 Q1"
    assert Quarter(2025, 4).starts == date(2026, 1, 1)
    assert Quarter(2025, 1).starts == date(2025, 4, 1)


def test_quarter_containing_a_day():
    assert Quarter.containing(date(2026, 2, 14)) == Quarter(2025, 4)
    assert Quarter.containing(date(2026, 4, 1)) == Quarter(2026, 1)
    assert Quarter.containing(date(2025, 12, 31)) == Quarter(2025, 3)


def test_selectable_years_run_from_ten_years_ahead_down_to_2010():
    years = selectable_years(date(2026, 11, 29))
    assert years[0] == 2036
    assert years[-1] == 2010
    assert len(years) == 27
    assert years == sorted(years, reverse=True)
    assert years[:3] == [2036, 2035, 2034]


def test_selectable_years_follow_the_financial_year():
    # 1 March 2026 is still in 2025-26.
    years = selectable_years(date(2026, 3, 1))
    assert years[0] == 2035
    assert years[-1] == 2010
    assert len(years) == 26


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_a_day_lies_in_its_quarter(day):
    quarter = Quarter.containing(day)
    following = (
        Quarter(quarter.year + 1, 1)
        if quarter.quarter == 4
        else Quarter(quarter.year, quarter.quarter + 1)
    )
    assert quarter_start(*astuple(quarter)) <= day
    assert quarter_start(*astuple(following)) > day
