"""The menu's lead body and area filters on the page and in the API, and the "Selected filters"
summary whose links each remove one filter and keep the rest, in both languages."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


@pytest.fixture
def menu(practice_factory):
    practice_factory("cardiff-scheme", lead="cardiff-council")
    practice_factory(
        "cardiff-and-gwynedd", lead="cardiff-council", partners=[("gwynedd-council", "delivery")]
    )
    practice_factory("health-board-scheme", lead="cardiff-and-vale-university-health-board")
    practice_factory("gwynedd-scheme", lead="gwynedd-council")
    # Led from Cardiff, but its own areas say where it runs.
    practice_factory("cardiff-led-in-gwynedd", lead="cardiff-council", areas=["gwynedd"])
    practice_factory("cardiff-draft", lead="cardiff-council", publish=False)


def shown(client, url, params=None) -> list[str]:
    response = client.get(url, params or {})
    assert response.status_code == 200
    return sorted(practice.slug for practice in response.context["results"])


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_lead_body_and_area_filters(client, menu, prefix):
    url = f"{prefix}/practices/"
    assert shown(client, url, {"lead_body": "cardiff-council"}) == [
        "cardiff-and-gwynedd",
        "cardiff-led-in-gwynedd",
        "cardiff-scheme",
    ]
    # A local authority area: its own bodies and those covering it, through lead or partner.
    assert shown(client, url, {"area": "cardiff"}) == [
        "cardiff-and-gwynedd",
        "cardiff-scheme",
        "health-board-scheme",
    ]
    assert shown(client, url, {"area": "gwynedd"}) == [
        "cardiff-and-gwynedd",
        "cardiff-led-in-gwynedd",
        "gwynedd-scheme",
    ]
    # A health board area: every practice reaching one of its local authority areas.
    assert shown(client, url, {"area": "cardiff-and-vale-health-board-area"}) == [
        "cardiff-and-gwynedd",
        "cardiff-scheme",
        "health-board-scheme",
    ]
    assert shown(client, url, {"area": "cardiff", "lead_body": "cardiff-council"}) == [
        "cardiff-and-gwynedd",
        "cardiff-scheme",
    ]


@pytest.mark.parametrize(
    ("prefix", "first", "last"),
    [
        ("", "Cardiff and Vale University Health Board", "Gwynedd Council"),
        # Welsh names in Welsh order: "Bwrdd" before "Cyngor", and Caerdydd before Gwynedd.
        ("/cy", "Bwrdd Iechyd Prifysgol Caerdydd a&#x27;r Fro", "Cyngor Gwynedd"),
    ],
)
def test_the_filters_offer_lead_bodies_by_name_and_areas_in_groups(
    client, menu, prefix, first, last
):
    html = client.get(f"{prefix}/practices/").content.decode()
    lead = html.split('name="lead_body"', 1)[1].split("</select>", 1)[0]
    names = [option.split(">", 1)[1].rsplit(" (", 1)[0] for option in lead.split("<option")[2:]]
    assert names[0] == first and names[-1] == last
    assert names.index(first) < names.index(names[1])
    area = html.split('name="area"', 1)[1].split("</select>", 1)[0]
    groups = [group.split('"', 1)[0] for group in area.split('<optgroup label="')[1:]]
    assert len(groups) == 2  # local authority areas, then health board areas
    assert "Caerdydd" in area if prefix else "Cardiff" in area


def summary_links(html: str) -> list[tuple[str, dict]]:
    """The "Selected filters" summary's links: their text without tags, and their query."""
    summary = html.split('class="arfer-selected-filters"', 1)[1].split("</div>", 1)[0]
    links = []
    for part in summary.split('href="')[1:]:
        href, rest = part.split('"', 1)
        text = re.sub(r"<[^>]+>", "", rest.split(">", 1)[1].split("</a>", 1)[0])
        links.append((" ".join(text.split()), parse_qs(urlsplit(href.replace("&amp;", "&")).query)))
    return links


@pytest.mark.parametrize(("prefix", "body"), [("", "Cardiff Council"), ("/cy", "Cyngor Caerdydd")])
def test_each_selected_filter_has_a_link_removing_it_alone(client, menu, prefix, body):
    kept = {"q": ["scheme"], "sort": ["newest"]}
    params = {
        "lead_body": "cardiff-council",
        "area": "gwynedd",
        "tier": "secondary",
        **kept,
        "page": "2",
    }
    html = client.get(f"{prefix}/practices/", params).content.decode()
    links = summary_links(html)
    assert len(links) == 4  # three filters, then "Clear filters"
    (
        (lead_text, without_lead),
        (area_text, without_area),
        (_tier, without_tier),
        (_clear, cleared),
    ) = links
    assert body in lead_text and "Gwynedd" in area_text
    assert without_lead == {"area": ["gwynedd"], "tier": ["secondary"], **kept}
    assert without_area == {"lead_body": ["cardiff-council"], "tier": ["secondary"], **kept}
    assert without_tier == {"lead_body": ["cardiff-council"], "area": ["gwynedd"], **kept}
    assert cleared == kept
    assert (
        'lang="en"' not in html.split('class="arfer-selected-filters"', 1)[1].split("</div>", 1)[0]
    )
    without_lead.pop("q")
    assert shown(client, f"{prefix}/practices/", without_lead) == [
        "cardiff-and-gwynedd",
        "cardiff-led-in-gwynedd",
        "gwynedd-scheme",
    ]


def test_no_summary_without_filters(client, menu):
    assert (
        "arfer-selected-filters" not in client.get("/practices/", {"q": "scheme"}).content.decode()
    )


def test_unknown_values_are_dropped_on_the_page(client, menu):
    response = client.get("/practices/", {"lead_body": "nobody", "area": "atlantis"})
    assert response.status_code == 200
    assert len(response.context["results"]) == 5
    assert not response.context["chosen_filters"]


def api_slugs(client, params) -> list[str]:
    response = client.get("/api/v1/practices", params)
    assert response.status_code == 200, response.content
    return sorted(item["slug"] for item in response.json()["items"])


@pytest.mark.parametrize(
    "params",
    [
        {"lead_body": "cardiff-council"},
        {"area": "gwynedd"},
        {"area": "cardiff-and-vale-health-board-area", "lead_body": "cardiff-council"},
        {"area": "cardiff", "q": "scheme"},
    ],
)
def test_the_api_filters_like_the_page(client, menu, params):
    assert api_slugs(client, params) == shown(client, "/practices/", params)


def test_the_api_refuses_unknown_values_and_finds_nothing_for_a_body_leading_nothing(client, menu):
    response = client.get("/api/v1/practices", {"area": "atlantis"})
    assert response.status_code == 400
    assert response.json()["fields"] == {"area": ["Unknown: atlantis."]}
    response = client.get("/api/v1/practices", {"lead_body": "nobody"})
    assert response.json()["fields"] == {"lead_body": ["Unknown: nobody."]}
    # Not a slug: refused before any query (PostgreSQL cannot even read a NUL).
    response = client.get("/practices/", {"lead_body": "no\x00body", "area": "no\x00where"})
    assert response.status_code == 200 and not response.context["chosen_filters"]
    # Leads only a draft: known, and nothing published to list.
    assert api_slugs(client, {"lead_body": "powys-county-council"}) == []
    assert shown(client, "/practices/", {"lead_body": "powys-county-council"}) == []


def test_a_change_of_partners_or_areas_reaches_the_filters(client, menu):
    from arfer.directory.models import Area, Body

    assert "gwynedd-scheme" not in shown(client, "/practices/", {"area": "cardiff"})
    Body.objects.get(slug="gwynedd-council").areas.add(Area.objects.get(slug="cardiff"))
    assert "gwynedd-scheme" in shown(client, "/practices/", {"area": "cardiff"})


def count_queries(client, params) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/practices/", params).status_code == 200
    return len(captured)


def test_the_filters_add_no_query(client, menu, practice_factory):
    params = {"lead_body": "cardiff-council", "area": "cardiff-and-vale-health-board-area"}
    count_queries(client, {})  # builds the index
    plain = count_queries(client, {})
    assert count_queries(client, params) == plain
    for n in range(10):
        practice_factory(
            f"more-{n}", lead="cardiff-council", partners=[("gwynedd-council", "delivery")]
        )
    count_queries(client, params)
    assert count_queries(client, params) == plain
