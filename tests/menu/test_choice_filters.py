"""The lead body and area filters over small hand-made data with known answers: which local
authority areas a practice reaches, filtering by them and by the lead body, and the counts of
the filters' options."""

import pytest

from arfer.menu.facets import LEAD_BODY_OPTIONS_CAP, choice_counts, filter_mask, menu_choices
from arfer.menu.filters import MenuCriteria
from arfer.menu.menu_index import LeadBody, build_index, practice_footprints

# Areas: 1 and 2 local authority areas, 3 a health board area covering both, 9 the nation.
AREA_KINDS = {1: "local_authority", 2: "local_authority", 3: "health_board", 9: "nation"}
AREA_LOCAL_AUTHORITIES = {
    1: ["cardiff"],
    2: ["vale"],
    3: ["cardiff", "vale"],
    9: ["cardiff", "vale", "gwynedd"],
}
# Bodies: 100 serves Cardiff, 200 the Vale, 300 the health board area, 900 the nation.
BODY_AREAS = [(100, 1), (200, 2), (300, 3), (900, 9)]


def reached(practice_id, **data):
    links = practice_footprints(
        leads=data.get("leads", []),
        partner_links=data.get("partners", []),
        own_area_links=data.get("own", []),
        body_area_links=BODY_AREAS,
        area_kinds=AREA_KINDS,
        area_local_authorities=AREA_LOCAL_AUTHORITIES,
    )
    return sorted(la for pk, la in links if pk == practice_id)


def test_a_practice_reaches_the_areas_of_its_lead_and_partners():
    assert reached(1, leads=[(1, 100)]) == ["cardiff"]
    assert reached(1, leads=[(1, 100)], partners=[(1, 200)]) == ["cardiff", "vale"]
    assert reached(1, leads=[(1, 300)]) == ["cardiff", "vale"]


def test_a_national_body_adds_nothing_to_local_partners_but_makes_a_lone_practice_national():
    assert reached(1, leads=[(1, 900)], partners=[(1, 200)]) == ["vale"]
    assert reached(1, leads=[(1, 900)]) == ["cardiff", "gwynedd", "vale"]


def test_a_practice_s_own_areas_replace_its_bodies():
    assert reached(1, leads=[(1, 300)], own=[(1, 2)]) == ["vale"]


POUND = 100
ROWS = [
    (10, 100.0, 0, 1, "primary", "nhs", False, 300),
    (11, 300.0, 5_000 * POUND, 2, "primary", "local_government", True, 100),
    (12, 200.0, 2_000_000 * POUND, 3, "acute", "local_government", True, 100),
    (13, 300.0, 50_000 * POUND, 3, "secondary", "third_sector", False, 200),
]
FOOTPRINTS = [(10, "cardiff"), (10, "vale"), (11, "cardiff"), (12, "cardiff"), (13, "vale")]
BODIES = [
    LeadBody(100, "cardiff-council", "Cardiff Council", "Cyngor Caerdydd"),
    LeadBody(200, "vale-council", "Vale of Glamorgan Council", "Cyngor Bro Morgannwg"),
    LeadBody(300, "cav-uhb", "Cardiff and Vale University Health Board", ""),
]


@pytest.fixture
def index():
    return build_index(
        7,
        ROWS,
        [],
        [],
        [],
        [],
        footprint_links=FOOTPRINTS,
        area_local_authorities={
            "cardiff": ["cardiff"],
            "vale": ["vale"],
            "cav-hb": ["cardiff", "vale"],
        },
        lead_bodies=BODIES,
    )


def ids(index, mask):
    return [int(pk) for pk in index.ids[mask]]


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        (MenuCriteria(lead_body="cardiff-council"), [11, 12]),
        (MenuCriteria(lead_body="nobody-leads-this"), []),
        (MenuCriteria(area="vale"), [10, 13]),
        (MenuCriteria(area="cav-hb"), [10, 11, 12, 13]),
        (MenuCriteria(area="cardiff", lead_body="cav-uhb"), [10]),
        (MenuCriteria(area="vale", tiers=["primary"]), [10]),
    ],
)
def test_lead_body_and_area_filters(index, criteria, expected):
    assert ids(index, filter_mask(index, criteria)) == expected


def test_each_choice_is_counted_without_its_own_filter(index):
    everything = filter_mask(index, MenuCriteria()) | True
    counts = choice_counts(
        index, MenuCriteria(lead_body="vale-council", area="cardiff"), everything
    )
    # Lead bodies counted in Cardiff (any lead), areas counted for the Vale's council (any area).
    assert counts["lead_body:cardiff-council"] == 2
    assert counts["lead_body:cav-uhb"] == 1
    assert counts["lead_body:vale-council"] == 0
    assert counts["area:vale"] == 1
    assert counts["area:cardiff"] == 0
    assert counts["area:cav-hb"] == 1


def test_the_bodies_offered_are_capped_keeping_the_chosen_one():
    bodies = [
        LeadBody(n, f"body-{n:04}", f"Body {n:04}", "") for n in range(LEAD_BODY_OPTIONS_CAP + 5)
    ]
    counts = {f"lead_body:{body.slug}": 1 + body.pk for body in bodies}
    chosen = MenuCriteria(lead_body="body-0000")
    lead, _area = menu_choices(counts, chosen, lead_bodies=bodies, area_groups=[])
    offered = [option.value for option in lead.options]
    assert len(offered) == LEAD_BODY_OPTIONS_CAP
    assert offered[0] == "body-0000"  # the fewest practices, but chosen
    assert "body-0001" not in offered  # the fewest practices of the others
    assert offered == sorted(offered)  # still in name order
    assert lead.hint
