import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.accounts.helpers import sign_in_with_two_factor
from tests.search_support import MAKING_SEARCH_DOCUMENTS


def test_detail_shows_everything_a_reader_needs(client, practice_factory):
    practice_factory(
        "integrated",
        title_en="Integrated community services",
        summary_en="One team.",
        problem_en="People waited.",
        approach_en="- joined teams\n- shared records",
        outcomes_en="Fewer **delays**.",
        adoption_needs_en="A shared budget.",
        lead="hywel-dda-university-health-board",
        partners=[
            ("carmarthenshire-county-council", "joint_lead"),
            ("unison-cymru-wales", "workforce"),
        ],
        service_areas=["district-nursing"],
        evidence_level=3,
        prevention_tier="tertiary",
        setup_cost_pence=12_000_000,
        annual_cashable_saving_pence=45_000_000,
        annual_non_cashable_saving_pence=10_000_000,
        non_cashable_note_en="900 bed days",
        contact_name="Community team",
        contact_email="team@example.org",
    )
    html = client.get("/practices/integrated/").content.decode()
    for expected in [
        "Integrated community services",
        "People waited.",
        "<li>joined teams</li>",
        "<strong>delays</strong>",
        "A shared budget.",
        "Hywel Dda University Health Board",
        "Carmarthenshire County Council",
        "Joint lead",
        "Workforce and trade union partner",
        "Level 3: we can show causality",
        "Tertiary prevention",
        "£120,000",
        "£450,000",
        "£100,000",
        "900 bed days",
        "team@example.org",
        "District nursing",
        "Carmarthenshire",
        "West Wales",
        "Last updated",
        "Similar practices",
    ]:
        assert expected in html, expected


def test_user_content_is_rendered_inert(client, practice_factory):
    practice_factory(
        "xss",
        title_en="<script>alert(1)</script>",
        approach_en="<img src=x onerror=alert(1)> [x](javascript:alert(1))",
    )
    html = client.get("/practices/xss/").content.decode()
    assert "<script>alert(1)" not in html
    assert "<img" not in html
    assert 'href="javascript' not in html


def test_drafts_answer_404_to_the_public(client, practice_factory):
    practice_factory("draft", publish=False)
    assert client.get("/practices/draft/").status_code == 404
    assert client.get("/practices/does-not-exist/").status_code == 404


def test_programme_staff_see_drafts(client, practice_factory, django_user_model):
    practice_factory("draft", publish=False)
    staff = django_user_model.objects.create_user(
        "staff@example.org", password="x-long-password", programme_role="moderator"
    )
    sign_in_with_two_factor(client, staff)
    assert client.get("/practices/draft/").status_code == 200


def test_welsh_page_flags_missing_welsh_text_in_welsh(client, practice_factory):
    practice_factory("english-only", title_en="English only")
    html = client.get("/cy/practices/english-only/").content.decode()
    assert 'lang="en"' in html
    assert 'id="welsh-missing"' in html


def test_welsh_page_uses_welsh_text(client, practice_factory):
    practice_factory(
        "both",
        title_en="Reablement",
        title_cy="Ailalluogi",
        summary_cy="Crynodeb",
        approach_en="Done",
        approach_cy="Gwnaed",
    )
    html = client.get("/cy/practices/both/").content.decode()
    assert "Ailalluogi" in html and "Gwnaed" in html
    assert 'id="welsh-missing"' not in html


@pytest.mark.parametrize("partners", [1, 12])
def test_detail_runs_a_fixed_number_of_queries(client, practice_factory, partners):
    from arfer.directory.models import Body

    bodies = list(
        Body.objects.exclude(slug="carmarthenshire-county-council").values_list("slug", flat=True)[
            :partners
        ]
    )
    practice_factory(
        "subject",
        partners=[(slug, "delivery") for slug in bodies],
        service_areas=["reablement", "care-homes", "recycling"],
    )
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/practices/subject/").status_code == 200
    # Includes one count of the adoptions, for the link to the rollout page, and the menu's
    # version, under which similar practices are worked out once; and both again, as the
    # version the page is kept under for the public (core/page_cache.py), and the practice's
    # documents; and, the practice being just written, its search document is made first.
    assert len(captured) == 13 + MAKING_SEARCH_DOCUMENTS
