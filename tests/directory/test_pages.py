import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.core.actors import SYSTEM
from arfer.directory.actions import load_reference_directory
from arfer.directory.models import Area, Body
from arfer.directory.reference import AREAS, BODIES


def test_loading_the_directory_twice_changes_nothing(directory):
    counts = (Area.objects.count(), Body.objects.count())
    load_reference_directory(AREAS, BODIES)
    assert (Area.objects.count(), Body.objects.count()) == counts == (len(AREAS), len(BODIES))


def test_directory_lists_every_body(client, directory):
    response = client.get("/bodies/", {"page": "1"})
    assert response.context["total"] == len(BODIES)


def test_filter_by_sector(client, directory):
    response = client.get("/bodies/", {"sector": "nhs"})
    assert {b.sector for b in response.context["bodies"]} == {"nhs"}
    assert response.context["total"] == 12


def test_filter_by_region_keeps_local_and_national_bodies(client, directory):
    response = client.get("/bodies/", {"region": "west-wales-rpb"})
    slugs = {b.slug for b in response.context["bodies"]}
    assert "carmarthenshire-county-council" in slugs
    assert "hywel-dda-university-health-board" in slugs
    assert "welsh-government" in slugs  # national: covers every area
    assert "gwynedd-council" not in slugs


@pytest.mark.parametrize(
    "params",
    [{"sector": "bogus"}, {"region": "nowhere"}, {"page": "x"}, {"page": "-4"}, {"page": "100000"}],
)
def test_bad_filters_are_ignored(client, directory, params):
    assert client.get("/bodies/", params).status_code == 200


def test_body_page_shows_codes_areas_and_practices(client, practice_factory):
    practice_factory("led", title_en="Led by Hywel Dda", lead="hywel-dda-university-health-board")
    practice_factory(
        "partnered",
        title_en="Partnered by Hywel Dda",
        partners=[("hywel-dda-university-health-board", "joint_lead")],
    )
    html = client.get("/bodies/hywel-dda-university-health-board/").content.decode()
    for expected in [
        "Hywel Dda University Health Board",
        "W11000025",
        "7A2",
        "Led by Hywel Dda",
        "Partnered by Hywel Dda",
        "Bwrdd Iechyd Prifysgol",
    ]:
        assert expected in html, expected


def test_unknown_body_is_404(client, directory):
    assert client.get("/bodies/no-such-body/").status_code == 404


def test_welsh_directory_uses_welsh_names(client, directory):
    html = client.get("/cy/bodies/carmarthenshire-county-council/").content.decode()
    assert "Cyngor Sir Caerfyrddin" in html


def test_list_runs_a_fixed_number_of_queries(client, directory):
    with CaptureQueriesContext(connection) as captured:
        client.get("/bodies/", {"sector": "nhs"})
    few = len(captured)
    with CaptureQueriesContext(connection) as captured:
        client.get("/bodies/")
    assert len(captured) == few <= 4


def test_body_page_runs_a_fixed_number_of_queries(client, practice_factory):
    practice_factory("one", lead="hywel-dda-university-health-board")
    with CaptureQueriesContext(connection) as captured:
        client.get("/bodies/hywel-dda-university-health-board/")
    few = len(captured)
    assert few <= 9, few
    for i in range(10):
        practice_factory(
            f"more{i}",
            lead="hywel-dda-university-health-board",
            service_areas=["reablement", "recycling"],
        )
    with CaptureQueriesContext(connection) as captured:
        client.get("/bodies/hywel-dda-university-health-board/")
    assert len(captured) == few


def test_body_history_for_members_and_the_programme(client, directory):
    from arfer.accounts.actions import create_account
    from tests.accounts.helpers import sign_in_with_two_factor

    council = Body.objects.get(slug="carmarthenshire-county-council")
    member, _ = create_account(
        "member@example.org",
        role="editor",
        body=council,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    outsider, _ = create_account(
        "outsider@example.org",
        role="editor",
        body=Body.objects.get(slug="gwynedd-council"),
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    board, _ = create_account(
        "board@example.org", role="board", password="a-long-unusual-passphrase", actor=SYSTEM
    )
    council.website = "https://www.example.org"
    council._history_user = board
    council.save()
    url = f"/bodies/{council.slug}/history/"
    assert client.get(url).status_code == 302
    client.force_login(outsider)
    assert client.get(url).status_code == 404
    client.force_login(member)
    html = client.get(url).content.decode()
    assert "member@example.org joined as Editor" in html
    assert "https://www.example.org" in html and "board@example.org" in html
    sign_in_with_two_factor(client, board)
    assert client.get(url).status_code == 200
    assert "History of changes" in client.get(f"/bodies/{council.slug}/").content.decode()
