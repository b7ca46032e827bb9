"""The directory's search by name (English or Welsh, whatever the case or accents), its order
by name in the page's language (the Welsh alphabet on /cy/) and its selected filters."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.core.collation import name_sort_key
from arfer.directory.models import Body

pytestmark = pytest.mark.django_db


def listed(client, url, params=None) -> list[str]:
    response = client.get(url, params or {})
    assert response.status_code == 200
    return [body.slug for body in response.context["bodies"]]


@pytest.mark.parametrize("prefix", ["", "/cy"])
@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("gwynedd", {"gwynedd-council", "mantell-gwynedd"}),
        ("CYNGOR GWYNEDD", {"gwynedd-council"}),  # the Welsh name, any case
        ("tan ac achub gogledd", {"north-wales-fire-and-rescue-service"}),  # "Tân", unaccented
        ("ynys mon", {"isle-of-anglesey-county-council"}),
        ("medrwn môn", {"medrwn-mon"}),
        ("HDUHB", {"hywel-dda-university-health-board"}),  # the short name
        ("%_'\"", set()),  # no words: no search
    ],
)
def test_search_by_name(client, directory, prefix, typed, found):
    slugs = set(listed(client, f"{prefix}/bodies/", {"q": typed}))
    if found:
        assert slugs == found
    else:
        assert len(slugs) == 50  # the first page of every body


def test_search_keeps_the_other_filters(client, directory):
    assert listed(client, "/bodies/", {"q": "gwynedd", "sector": "third_sector"}) == [
        "mantell-gwynedd"
    ]


def test_english_names_in_english_order_and_welsh_in_welsh_order(client, directory):
    english = listed(client, "/bodies/", {"page": "1"})
    names = dict(Body.objects.values_list("slug", "name_en"))
    assert [names[s] for s in english] == sorted(
        (names[s] for s in english), key=lambda name: name.casefold()
    )
    welsh = listed(client, "/cy/bodies/", {"q": "cyngor"})
    welsh_names = dict(Body.objects.values_list("slug", "name_cy"))
    shown = [welsh_names[s] for s in welsh]
    assert shown == sorted(shown, key=lambda name: name_sort_key(name, "cy"))
    # "Ch" is a letter after "C": Cyngor Sir Ceredigion comes before every "Cyngor ... Ch...".
    assert welsh[0] != english[0]


def test_welsh_alphabet():
    names = ["Llanelli", "Lyn", "Chwarae", "Cymru", "Dŵr", "Ddraig", "Ngwyn", "Gwent", "Bangor"]
    assert sorted(names, key=lambda n: name_sort_key(n, "cy")) == [
        "Bangor",
        "Cymru",
        "Chwarae",
        "Dŵr",
        "Ddraig",
        "Gwent",
        "Ngwyn",
        "Lyn",
        "Llanelli",
    ]
    assert sorted(names, key=lambda n: name_sort_key(n, "en"))[:3] == ["Bangor", "Chwarae", "Cymru"]


def test_sort_by_sector_then_name(client, directory):
    slugs = listed(client, "/bodies/", {"sort": "sector"})
    sectors = dict(Body.objects.values_list("slug", "sector"))
    order = list(Body.Sector.values)
    positions = [order.index(sectors[s]) for s in slugs]
    assert positions == sorted(positions)


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_selected_filters_remove_one_and_keep_the_rest(client, directory, prefix):
    html = client.get(
        f"{prefix}/bodies/", {"q": "cyngor", "sector": "local_government", "sort": "sector"}
    ).content.decode()
    summary = html.split('class="arfer-selected-filters"', 1)[1].split("</div>", 1)[0]
    queries = [
        parse_qs(urlsplit(href.replace("&amp;", "&")).query)
        for href in re.findall(r'href="([^"]*)"', summary)
    ]
    assert queries == [
        {"sector": ["local_government"], "sort": ["sector"]},
        {"q": ["cyngor"], "sort": ["sector"]},
        {"sort": ["sector"]},  # clear filters
    ]


def test_search_adds_no_query(client, directory):
    def count(params):
        with CaptureQueriesContext(connection) as captured:
            client.get("/bodies/", params)
        return len(captured)

    assert count({"q": "council", "sector": "local_government"}) == count({}) <= 4
