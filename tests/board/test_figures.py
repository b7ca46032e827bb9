"""The board's query layer on the real directory: what it reads, and how it pages."""

import pytest

from arfer.board import figures
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db


def test_councils_and_health_boards_are_paged_with_the_gaps_first(directory):
    # Carmarthenshire's reablement practice with Hywel Dda as joint lead: that pair is covered.
    make_practice(
        "joint-reablement", partners=[("hywel-dda-university-health-board", "joint_lead")]
    )
    first = figures.boundary_gaps(per_page=5)
    assert (first["pair_count"], first["gap_count"]) == (22, 21)
    assert len(first["pairs"]) == 5 and all(result.is_gap for *_b, result in first["pairs"])
    last = figures.boundary_gaps(page=5, per_page=5)  # 22 pairs: the fifth page holds two
    assert [(council.slug, result.shared_practices) for council, _board, result in last["pairs"]][
        -1
    ] == ("carmarthenshire-county-council", 1)
    assert [result.is_gap for *_b, result in last["pairs"]] == [True, False]
    # Past the last page: the last page.
    assert figures.boundary_gaps(page=99, per_page=5)["window"].page == 5
