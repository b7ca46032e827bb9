import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from arfer.menu.models import Practice
from tests.search_support import MAKING_SEARCH_DOCUMENTS

NASTY_QUERIES = [
    "",
    " ",
    "!!!",
    "'",
    '"',
    '"unbalanced',
    "NEAR(",
    "NEAR(a b",
    "a*",
    "*",
    "^start",
    "col:term",
    "title:care",
    "a OR",
    "AND",
    "NOT x",
    "(",
    ")",
    "{}",
    "-x",
    "+x",
    "a & b | !c",
    "x" * 10_000,
    "care " * 3000,
    "\x00",
    "care\x00home",
    "ŵ ŷ â",
    "Dŵr",
    "😀",
    "%",
    "_",
    "\\",
    "'; DROP TABLE menu_practice; --",
    "<script>alert(1)</script>",
]


@pytest.mark.parametrize("query", NASTY_QUERIES)
def test_any_query_string_gives_a_normal_page(client, practice_factory, query):
    practice_factory("care", title_en="Care at home")
    response = client.get("/practices/", {"q": query})
    assert response.status_code == 200
    assert b"Menu of good practice" in response.content


@pytest.mark.parametrize(
    "params",
    [
        {"page": "-1"},
        {"page": "abc"},
        {"page": "999999999999999999999"},
        {"sort": "nonsense"},
        {"evidence": "9"},
        {"evidence": "x"},
        {"tier": "bogus"},
        {"region": "nowhere"},
        {"service_area": ["reablement", "not-a-slug"]},
        {"saving": "lots"},
    ],
)
def test_malformed_filters_are_ignored(client, practice_factory, params):
    practice_factory("care", title_en="Care at home")
    response = client.get("/practices/", params)
    assert response.status_code == 200
    assert b"Care at home" in response.content


def test_facet_counts_come_from_the_filtered_results(client, practice_factory):
    practice_factory("a", title_en="Falls one", prevention_tier="primary", evidence_level=1)
    practice_factory(
        "b",
        title_en="Falls two",
        prevention_tier="primary",
        evidence_level=3,
        partners=[("hywel-dda-university-health-board", "joint_lead")],
    )
    practice_factory("c", title_en="Other", prevention_tier="acute", evidence_level=3)
    response = client.get("/practices/", {"q": "falls"})
    facets = {f.name: {o.value: o.count for o in f.options} for f in response.context["facets"]}
    assert response.context["result_count"].count == 2
    assert facets["tier"] == {"primary": 2, "secondary": 0, "tertiary": 0, "acute": 0}
    assert facets["evidence"]["1"] == 1 and facets["evidence"]["3"] == 1
    assert facets["boundaries"] == {"1": 1}
    assert facets["sector"]["local_government"] == 2
    assert facets["region"]["west-wales-rpb"] == 2
    assert facets["service_area"]["adult-social-care"] == 2


def test_filters_combine(client, practice_factory):
    practice_factory("a", prevention_tier="primary", evidence_level=1)
    practice_factory("b", prevention_tier="primary", evidence_level=3)
    practice_factory("c", prevention_tier="acute", evidence_level=3)
    response = client.get("/practices/", {"tier": "primary", "evidence": ["3", "1"]})
    assert sorted(p.slug for p in response.context["results"]) == ["a", "b"]
    response = client.get("/practices/", {"tier": "primary", "evidence": "3"})
    assert [p.slug for p in response.context["results"]] == ["b"]


def test_service_area_filter_includes_children(client, practice_factory):
    practice_factory("child", service_areas=["reablement"])
    practice_factory("other", service_areas=["recycling"])
    response = client.get("/practices/", {"service_area": "adult-social-care"})
    assert [p.slug for p in response.context["results"]] == ["child"]


def test_region_filter_uses_partnership_board_footprints(client, practice_factory):
    practice_factory("west", lead="carmarthenshire-county-council")
    practice_factory("north", lead="gwynedd-council")
    response = client.get("/practices/", {"region": "north-wales-rpb"})
    assert [p.slug for p in response.context["results"]] == ["north"]


def test_saving_bands_and_sorting(client, practice_factory):
    practice_factory("small", annual_cashable_saving_pence=500_000)  # £5,000
    practice_factory("big", annual_cashable_saving_pence=200_000_000)  # £2m
    practice_factory("none")
    response = client.get("/practices/", {"saving": "over-1m"})
    assert [p.slug for p in response.context["results"]] == ["big"]
    response = client.get("/practices/", {"sort": "saving"})
    assert [p.slug for p in response.context["results"]] == ["big", "small", "none"]
    response = client.get("/practices/", {"sort": "newest"})
    assert next(p.slug for p in response.context["results"]) == "none"


def test_pagination(client, practice_factory, settings):
    settings.ARFER_PAGE_SIZE = 2
    for i in range(5):
        practice_factory(f"p{i}")
    response = client.get("/practices/", {"page": "3"})
    assert len(response.context["results"]) == 1
    assert response.context["last_page"] == 3
    response = client.get("/practices/", {"page": "50"})
    assert response.context["page"] == 3


def test_huge_counts_are_capped(client, practice_factory, settings):
    settings.ARFER_RESULT_COUNT_CAP = 2
    for i in range(3):
        practice_factory(f"p{i}")
    response = client.get("/practices/")
    assert response.context["result_count"].is_capped
    assert b"More than 2 practices" in response.content


def test_empty_state(client, directory):
    response = client.get("/practices/", {"q": "nothingmatchesthis"})
    assert b"No practices match" in response.content


def test_illustrative_practices_are_labelled(client, practice_factory):
    practice_factory("demo", is_illustrative=True)
    assert b"Illustrative example" in client.get("/practices/").content


def _queries(client, url, params=None):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params or {}).status_code == 200
    return len(captured)


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "scheme"},
        {"q": "scheme", "tier": "secondary", "service_area": "adult-social-care"},
    ],
)
def test_list_runs_a_fixed_number_of_queries(client, practice_factory, params):
    for i in range(2):
        practice_factory(
            f"few{i}",
            title_en=f"Scheme {i}",
            partners=[("hywel-dda-university-health-board", "delivery")],
        )
    few = _queries(client, "/practices/", params)
    for i in range(25):
        practice_factory(
            f"many{i}",
            title_en=f"Scheme many {i}",
            service_areas=["reablement", "care-homes"],
            partners=[("hywel-dda-university-health-board", "delivery")],
        )
    # Choices (service areas; regions and areas), the menu version (twice: for the page kept for
    # the public, and for the index), the page and its service areas; the first request after a
    # write also runs the search (if any) and rebuilds the in-memory index (nine queries), whose
    # hits are then kept for this version of the menu. Neither number grows with the number of
    # practices. The search is one query on PostgreSQL; on SQLite the words' practices are
    # counted first, and "scheme", in every practice, is placed by column (every hit, those in
    # titles, those in summaries).
    # A search also makes the search documents of the practices just written.
    usual = 6
    searching = (4 if connection.vendor == "sqlite" else 1) if "q" in params else 0
    searching += MAKING_SEARCH_DOCUMENTS if "q" in params else 0
    first = usual + searching + 9
    assert _queries(client, "/practices/", params) == few == first
    assert _queries(client, "/practices/", params) == usual


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.text(max_size=300), tier=st.text(max_size=20), page=st.text(max_size=12))
def test_fuzzed_query_strings_never_fail(client, practice_factory, query, tier, page):
    if not Practice.objects.exists():
        practice_factory("care", title_en="Care at home")
    response = client.get("/practices/", {"q": query, "tier": tier, "page": page})
    assert response.status_code == 200


def test_the_list_follows_every_kind_of_write(client, practice_factory):
    """The in-memory index is rebuilt after writes that bypass the ORM's save()."""
    from arfer.directory.models import Body

    practice = practice_factory("p", prevention_tier="primary")
    assert client.get("/practices/", {"tier": "primary"}).context["result_count"].count == 1
    Practice.objects.filter(pk=practice.pk).update(prevention_tier="acute")
    assert client.get("/practices/", {"tier": "primary"}).context["result_count"].count == 0
    Body.objects.filter(pk=practice.lead_body_id).update(sector="nhs")
    assert client.get("/practices/", {"sector": "nhs"}).context["result_count"].count == 1
    practice.service_areas.clear()
    response = client.get("/practices/", {"service_area": "adult-social-care"})
    assert response.context["result_count"].count == 0
    Practice.objects.filter(pk=practice.pk).update(status="archived")
    assert client.get("/practices/").context["result_count"].count == 0
