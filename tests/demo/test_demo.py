import pytest
from django.core.management import call_command

from arfer.demo.practices import PRACTICES
from arfer.directory.models import Body
from arfer.menu.models import Practice, ServiceArea


@pytest.fixture
def demo(db, monkeypatch):
    # The demo rollout takes seconds to build, and the demo board builds on it; each has its
    # own test (test_demo_rollout.py, test_demo_board.py).
    monkeypatch.setattr("arfer.demo.management.commands.demo.load_demo_rollout", lambda: (0, 0, 0))
    monkeypatch.setattr("arfer.demo.management.commands.demo.load_demo_board", lambda: (0, 0, 0))
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_demo_loads_about_sixty_published_illustrative_practices(demo):
    practices = Practice.objects.all()
    assert 55 <= practices.count() == len(PRACTICES) <= 70
    assert not practices.exclude(status="published").exists()
    assert not practices.filter(is_illustrative=False).exists()


def test_demo_is_idempotent(demo):
    before = (
        Practice.objects.count(),
        Body.objects.count(),
        Practice.partners.through.objects.count(),
    )
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("demo", "--if-empty", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (
        Practice.objects.count(),
        Body.objects.count(),
        Practice.partners.through.objects.count(),
    ) == before


def test_at_least_a_third_have_welsh_text(demo):
    welsh = Practice.objects.exclude(title_cy="").exclude(summary_cy="").count()
    assert welsh * 3 >= Practice.objects.count()


def test_every_sector_leads_and_every_service_area_is_used(demo):
    assert set(Practice.objects.values_list("lead_body__sector", flat=True)) == set(Body.Sector)
    used = set()
    for area in ServiceArea.objects.filter(practices__isnull=False):
        used.add(area.parent_id or area.pk)
    assert used == set(ServiceArea.objects.top_level().values_list("pk", flat=True))


def test_unions_and_voluntary_bodies_are_partners(demo):
    partner_sectors = Practice.partners.through.objects.values_list("body__sector", flat=True)
    assert {"trade_unions", "third_sector"} <= set(partner_sectors)


def test_hywel_dda_and_carmarthenshire_integrate_community_services(demo):
    practice = Practice.objects.get(
        lead_body__slug="hywel-dda-university-health-board",
        partnerships__body__slug="carmarthenshire-county-council",
    )
    assert practice.works_across_boundaries
    assert practice.title_cy
    assert practice.regions.filter(slug="west-wales-rpb").exists()


def test_demo_menu_is_searchable_in_both_languages(client, demo):
    assert client.get("/practices/", {"q": "reablement"}).context["result_count"].count >= 1
    assert client.get("/cy/practices/", {"q": "ailalluogi"}).context["result_count"].count >= 1


def test_every_demo_page_renders(client, demo):
    for slug in Practice.objects.values_list("slug", flat=True):
        assert client.get(f"/practices/{slug}/").status_code == 200
        assert client.get(f"/cy/practices/{slug}/").status_code == 200


def test_carmarthenshire_and_hywel_dda_share_integrated_care_in_the_demo(demo):
    from arfer.board import figures

    pairs = {
        (council.slug, board.slug): result
        for council, board, result in figures.boundary_gaps()["pairs"]
    }
    assert not pairs["carmarthenshire-county-council", "hywel-dda-university-health-board"].is_gap


def test_the_translation_queue_has_a_few_requests_by_the_demo_moderator(demo):
    from arfer.menu.models import WelshTextRequest, lacks_welsh_text

    waiting = list(WelshTextRequest.objects.for_queue())
    assert 3 <= len(waiting) <= 6
    assert {request.requested_by.email for request in waiting} == {"demo-moderator@example.org"}
    assert all(lacks_welsh_text(request.practice) for request in waiting)
    ages = [request.requested_at for request in waiting]
    assert ages == sorted(ages) and ages[0] < ages[-1]
    call_command("demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert WelshTextRequest.objects.count() == len(waiting)
