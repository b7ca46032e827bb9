"""No page scrolls sideways on a phone (WCAG 1.4.10, reflow): at 390 by 844 CSS pixels, in both
languages, the public pages and those of an editor and of the programme team fit the screen's
width. A table wider than the screen scrolls inside its own region instead, which keyboard
users can focus and screen readers announce by name (the table's caption).

The world holds the long unbroken words that real records have (addresses of evidence, email
addresses, token names), since those are what push a page wider than a phone."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from arfer.accounts.actions import create_account
from arfer.accounts.invitations import invite_member
from arfer.accounts.tokens import create_api_token
from arfer.board import actions as board
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.imports.models import ImportRun
from arfer.rollout import actions as rollout
from tests.accounts.helpers import give_two_factor
from tests.browser.test_pages_in_a_browser import serious_violations
from tests.browser.test_untrusted_content import signed_in
from tests.conftest import make_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
LONG_ADDRESS = (
    "https://www.example.gov.wales/reports/2024/evaluation-of-the-joint-discharge-"
    "team-across-hywel-dda-and-carmarthenshire-final-report-v3.pdf"
)
LONG_WORD = "discharge-to-assess-pathway-one-reablement-evaluation-2024-25"

# Everything that a page draws outside the screen's width, for the failure message: read only.
OVERFLOW = """() => {
  const width = window.innerWidth;
  const wide = [];
  for (const element of document.body.querySelectorAll("*")) {
    const box = element.getBoundingClientRect();
    if (box.right > width + 0.5 && !element.parentElement?.closest(".arfer-table-scroll")) {
      wide.push(`${element.tagName.toLowerCase()}.${element.className}: ${Math.round(box.right)}`);
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width,
          wide: wide.slice(0, 5)};
}"""

PUBLIC_PAGES = [
    "/",
    "/practices/",
    "/practices/joint-discharge/",
    "/practices/joint-discharge/rollout/",
    "/bodies/",
    "/bodies/carmarthenshire-county-council/",
    "/bodies/hywel-dda-university-health-board/",
    "/programme/",
    "/data/",
    "/data/practices/",
    "/api/",
]


@pytest.fixture
def world(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    health_board = Body.objects.get(slug="hywel-dda-university-health-board")
    editor, _ = create_account(
        "editor@example.org",
        role="body-admin",
        body=council,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(editor)
    admin, _ = create_account(
        "admin@example.org",
        role="programme-admin",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(admin)
    create_api_token(
        editor, name="finance-system-nightly-export-" + LONG_WORD, scope="read", actor=editor
    )
    invite_member(
        council,
        "someone.with.a.long.address.in.finance@carmarthenshire.gov.wales",
        "editor",
        actor=editor,
    )
    ours = make_practice(
        "joint-discharge",
        title_en="Joint discharge team",
        partners=[("hywel-dda-university-health-board", "joint_lead")],
        outcomes_en=f"Fewer delayed discharges: {LONG_ADDRESS}",
        contact_email="joint.discharge.team.enquiries@carmarthenshire.gov.wales",
        annual_cashable_saving_pence=45_000_000,
    )
    theirs = make_practice("their-scheme", title_en="Their scheme", lead="gwynedd-council")
    adoption = rollout.record_adoption(
        theirs,
        council,
        actor=editor,
        stage="piloting",
        changed_on=datetime.date(2024, 5, 1),
        reason=f"Pilot on one ward: {LONG_WORD}",
    )
    entry_values = {
        "financial_year": 2024,
        "quarter": 2,
        "kind": "cashable",
        "recurrence": "recurring",
        "certainty": "realised",
        "amount_pence": 2_500_000,
        "evidence": f"Budget report, {LONG_ADDRESS}",
    }
    rollout.record_saving(actor=editor, adoption=adoption, values=entry_values)
    rollout.record_adoption(
        ours,
        Body.objects.get(slug="gwynedd-council"),
        actor=SYSTEM,
        stage="implemented",
        changed_on=datetime.date(2024, 4, 1),
    )
    rollout.set_target(2024, 100_000_000, actor=SYSTEM)
    workstream = board.save_workstream(
        {"name_en": "Integrated care", "sponsor": health_board}, actor=SYSTEM
    )
    board.assign_practice(workstream, ours, actor=SYSTEM)
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
    board.add_decision(
        meeting, {"text_en": f"Spread the discharge team: {LONG_ADDRESS}"}, actor=SYSTEM
    )
    action = board.add_action(
        meeting,
        {
            "text_en": f"Write to every council about {LONG_WORD}",
            "owner_body": council,
            "owner_name": "Chair",
            "due_date": datetime.date(2024, 7, 1),
            "rag": "red",
        },
        actor=SYSTEM,
    )
    run = ImportRun.objects.create(
        kind="practices",
        file_path="b.csv",
        original_name=f"{LONG_WORD}.csv",
        uploaded_by=admin,
        status="done",
        rows_total=3,
        rows_done=3,
        created_count=2,
        invalid_count=1,
        report={
            "kind": "practices",
            "rows_total": 3,
            "created": 2,
            "invalid": 1,
            "encoding": "UTF-8",
            "problems_total": 1,
            "problems": [
                {"row": 3, "column": "evidence_url", "message": f"Not an address: {LONG_WORD}"}
            ],
        },
    )
    editor_pages = [
        "/account/",
        "/account/tokens/",
        "/account/bodies/carmarthenshire-county-council/members/",
        "/rollout/adoptions/",
        "/rollout/savings/",
        f"/rollout/adoptions/{adoption.pk}/",
        "/practices/joint-discharge/history/",
        "/bodies/carmarthenshire-county-council/history/",
    ]
    board_pages = [
        "/board/",
        "/board/gaps/coverage/",
        "/board/gaps/boundaries/",
        "/board/gaps/network/",
        "/board/gaps/prevention/",
        "/board/meetings/",
        f"/board/meetings/{meeting.pk}/",
        f"/board/meetings/{meeting.pk}/pack/",
        "/board/actions/",
        f"/board/actions/{action.pk}/",
        "/board/workstreams/",
        f"/board/workstreams/{workstream.slug}/",
        "/rollout/targets/",
        "/imports/",
        f"/imports/{run.pk}/",
        "/bodies/",
        "/bodies/new/",
        "/bodies/carmarthenshire-county-council/edit/",
        "/bodies/carmarthenshire-county-council/retire/",
    ]
    return {
        "editor": editor,
        "admin": admin,
        "editor_pages": editor_pages,
        "board_pages": board_pages,
    }


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    yield page
    context.close()


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200 and page.url == url, (url, page.url)
    # What a <details> holds (the hex map as a table, say) counts once someone opens it.
    closed = page.locator("details:not([open]) > summary:visible")
    for _ in range(20):
        if not closed.count():
            break
        closed.first.click()


def overflows(page, url):
    """What makes the page wider than the screen, or None when it fits."""
    visit(page, url)
    measured = page.evaluate(OVERFLOW)
    if measured["scrollWidth"] <= measured["innerWidth"]:
        return None
    return measured


def check_table_regions(page):
    """Every scrolling table region is focusable and named by its table's caption."""
    regions = page.locator(".arfer-table-scroll")
    assert page.locator("table.govuk-table").count() == regions.count(), page.url
    for region in regions.all():
        expect(region).to_have_attribute("role", "region")
        expect(region).to_have_attribute("tabindex", "0")
        expect(region).to_have_accessible_name(re.compile(r"\S"))
        expect(region.locator(":scope > table.govuk-table")).to_have_count(1)
        region.focus()
        expect(region).to_be_focused()


def check_pages(page, live_server, language, paths):
    wide = {}
    for path in paths:
        url = live_server.url + language + path
        if measured := overflows(page, url):
            wide[path] = measured
        check_table_regions(page)
    assert wide == {}


@pytest.mark.parametrize("language", ["", "/cy"])
def test_public_pages_fit_a_phone(live_server, phone, world, language):
    check_pages(phone, live_server, language, PUBLIC_PAGES)


@pytest.mark.parametrize("language", ["", "/cy"])
def test_an_editors_pages_fit_a_phone(live_server, phone, world, language):
    signed_in(phone, live_server, world["editor"])
    check_pages(phone, live_server, language, world["editor_pages"])


@pytest.mark.parametrize("language", ["", "/cy"])
def test_the_programme_teams_pages_fit_a_phone(live_server, phone, world, language):
    signed_in(phone, live_server, world["admin"])
    check_pages(phone, live_server, language, world["board_pages"])


@pytest.mark.parametrize("language", ["", "/cy"])
def test_scrolling_tables_raise_no_serious_violations_on_a_phone(
    live_server, phone, world, language
):
    """axe checks, among others, that a scrolling region can be reached by keyboard
    (scrollable-region-focusable) and that every region landmark has a name."""
    failures = {}
    for path in ["/bodies/", "/api/", "/practices/joint-discharge/rollout/"]:
        visit(phone, live_server.url + language + path)
        failures[path] = serious_violations(phone)
    signed_in(phone, live_server, world["admin"])
    for path in ["/board/gaps/coverage/", "/board/meetings/", "/rollout/adoptions/"]:
        visit(phone, live_server.url + language + path)
        failures[path] = serious_violations(phone)
    assert {path: found for path, found in failures.items() if found} == {}


def test_a_wide_table_scrolls_inside_its_region_by_keyboard(live_server, phone, world):
    visit(phone, live_server.url + "/bodies/")
    region = phone.get_by_role("region", name="Public bodies")
    scroll_width, client_width = region.evaluate(
        "region => [region.scrollWidth, region.clientWidth]"
    )
    assert scroll_width > client_width
    region.focus()
    phone.keyboard.press("ArrowRight")
    phone.keyboard.press("ArrowRight")
    expect(region).not_to_have_js_property("scrollLeft", 0)
