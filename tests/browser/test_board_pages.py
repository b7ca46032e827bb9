"""The board's pages meet the accessibility bar in a real browser, in both languages: the
dashboard and gap analyses with their charts, meetings, actions, workstreams, the pack and the
public pages."""

import datetime

import pytest
from playwright.sync_api import expect

from arfer.accounts.actions import create_account
from arfer.board import actions as board
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout import actions as rollout
from tests.accounts.helpers import give_two_factor
from tests.browser.test_pages_in_a_browser import serious_violations
from tests.browser.test_untrusted_content import signed_in
from tests.conftest import make_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    health_board = Body.objects.get(slug="hywel-dda-university-health-board")
    admin, _ = create_account(
        "admin@example.org",
        role="programme-admin",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(admin)
    practice = make_practice(
        "joint-discharge",
        title_en="Joint discharge team",
        partners=[("hywel-dda-university-health-board", "joint_lead")],
    )
    adoption = rollout.record_adoption(
        practice,
        Body.objects.get(slug="gwynedd-council"),
        actor=SYSTEM,
        stage="piloting",
        changed_on=datetime.date(2024, 5, 1),
    )
    rollout.record_saving(
        actor=SYSTEM,
        adoption=adoption,
        values={
            "financial_year": 2024,
            "quarter": 2,
            "kind": "cashable",
            "recurrence": "recurring",
            "certainty": "realised",
            "amount_pence": 2_500_000,
            "evidence": "Budget report.",
        },
    )
    rollout.set_target(2024, 10_000_000, actor=SYSTEM)
    workstream = board.save_workstream(
        {"name_en": "Integrated care", "sponsor": health_board}, actor=SYSTEM
    )
    board.assign_practice(workstream, practice, actor=SYSTEM)
    meeting = board.save_meeting(
        {
            "kind": "board",
            "title_en": "Board meeting",
            "date": datetime.date(2024, 6, 1),
            "place": "Cardiff",
            "agenda_en": "Savings\nGaps",
        },
        actor=SYSTEM,
        attending=[council, health_board],
    )
    decision = board.add_decision(meeting, {"text_en": "Spread the discharge team."}, actor=SYSTEM)
    action = board.add_action(
        meeting,
        {
            "text_en": "Write to every council",
            "owner_body": council,
            "owner_name": "Chair",
            "due_date": datetime.date(2024, 7, 1),
            "rag": "red",
        },
        actor=SYSTEM,
    )
    summit = board.save_meeting(
        {
            "kind": "summit",
            "title_en": "Summit",
            "date": datetime.date(2024, 2, 26),
            "summary_en": "Agreed.",
            "summary_published": True,
        },
        actor=SYSTEM,
    )
    return {
        "admin": admin,
        "meeting": meeting,
        "action": action,
        "summit": summit,
        "workstream": workstream,
        "decision": decision,
    }


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200 and page.url == url, (url, page.url)
    return serious_violations(page)


@pytest.mark.parametrize("language", ["", "/cy"])
def test_board_pages_have_no_serious_violations(live_server, page, world, language):
    failures = {}
    for path in ["/programme/", f"/programme/summits/{world['summit'].pk}/"]:
        failures[path] = visit(page, live_server.url + language + path)
    signed_in(page, live_server, world["admin"])
    meeting, action = world["meeting"].pk, world["action"].pk
    for path in [
        "/board/",
        "/board/gaps/coverage/",
        "/board/gaps/boundaries/",
        "/board/gaps/network/",
        "/board/gaps/prevention/",
        "/board/meetings/",
        "/board/meetings/new/",
        f"/board/meetings/{meeting}/",
        f"/board/meetings/{meeting}/edit/",
        f"/board/meetings/{meeting}/actions/new/",
        f"/board/meetings/{meeting}/attendance/",
        f"/board/meetings/{meeting}/pack/",
        "/board/actions/",
        f"/board/actions/{action}/",
        "/board/workstreams/",
        f"/board/workstreams/{world['workstream'].slug}/",
        f"/board/workstreams/{world['workstream'].slug}/practices/?q=discharge",
        f"/board/workstreams/{world['workstream'].slug}/practices/joint-discharge/remove/",
        f"/board/meetings/{meeting}/decisions/{world['decision'].pk}/remove/",
    ]:
        failures[path] = visit(page, live_server.url + language + path)
    assert {path: found for path, found in failures.items() if found} == {}


def test_charts_are_drawn_without_script_or_inline_style(live_server, page, world):
    signed_in(page, live_server, world["admin"])
    page.goto(live_server.url + "/board/")
    charts = page.locator("svg.arfer-chart")
    assert charts.count() >= 3
    assert page.locator("svg.arfer-chart [style]").count() == 0
    assert page.locator("svg.arfer-chart title").first.text_content()


def test_action_errors_are_accessible(live_server, page, world):
    signed_in(page, live_server, world["admin"])
    page.goto(live_server.url + f"/board/meetings/{world['meeting'].pk}/actions/new/")
    page.fill("#id_due_date_day", "1")
    page.fill("#id_due_date_month", "1")
    page.fill("#id_due_date_year", "2020")
    page.get_by_role("button", name="Record the action").click()
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text("Say what is to be done.")
    assert serious_violations(page) == []
