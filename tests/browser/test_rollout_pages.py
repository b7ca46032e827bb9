"""The rollout's pages meet the accessibility bar in a real browser, in both languages, and
their forms show errors accessibly."""

import datetime

import pytest
from playwright.sync_api import expect

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout import actions
from arfer.rollout.models import Adoption
from tests.accounts.helpers import give_two_factor
from tests.browser.test_pages_in_a_browser import serious_violations
from tests.browser.test_untrusted_content import signed_in
from tests.conftest import make_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    editor, _ = create_account(
        "editor@example.org",
        role="body-admin",
        body=council,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    moderator, _ = create_account(
        "admin@example.org",
        role="programme-admin",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(moderator)
    theirs = make_practice("their-scheme", title_en="Their scheme", lead="gwynedd-council")
    make_practice("another-scheme", title_en="Another scheme", lead="gwynedd-council")
    adoption = actions.record_adoption(
        theirs,
        council,
        actor=editor,
        stage="piloting",
        changed_on=datetime.date(2024, 5, 1),
        support_requested=["visit"],
        adapted=True,
        adaptations="Welsh first.",
    )
    entry = actions.record_saving(
        actor=editor,
        adoption=adoption,
        values={
            "financial_year": 2024,
            "quarter": 3,
            "kind": "non_cashable",
            "unit": "bed_days",
            "quantity": 12,
            "recurrence": "recurring",
            "certainty": "realised",
            "amount_pence": 480_000,
            "evidence": "Bed days from the ward report.",
        },
    )
    actions.set_target(2024, 100_000_000, actor=SYSTEM)
    return {"editor": editor, "moderator": moderator, "adoption": adoption, "entry": entry}


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200 and page.url == url, (url, page.url)
    return serious_violations(page)


@pytest.mark.parametrize("language", ["", "/cy"])
def test_rollout_pages_have_no_serious_violations(live_server, page, world, language):
    adoption, entry = world["adoption"].pk, world["entry"].pk
    failures = {}
    for path in ["/practices/their-scheme/rollout/", "/bodies/carmarthenshire-county-council/"]:
        failures[path] = visit(page, live_server.url + language + path)
    signed_in(page, live_server, world["editor"])
    for path in [
        "/practices/another-scheme/adopt/",
        "/rollout/adoptions/",
        f"/rollout/adoptions/{adoption}/",
        f"/rollout/adoptions/{adoption}/edit/",
        f"/rollout/adoptions/{adoption}/stage/",
        f"/rollout/adoptions/{adoption}/savings/new/",
        "/rollout/savings/",
        f"/rollout/savings/{entry}/",
        f"/rollout/savings/{entry}/edit/",
    ]:
        failures[path] = visit(page, live_server.url + language + path)
    signed_in(page, live_server, world["moderator"])
    for path in ["/rollout/targets/", f"/rollout/savings/{entry}/"]:
        failures[path] = visit(page, live_server.url + language + path)
    assert {path: found for path, found in failures.items() if found} == {}


def test_adoption_and_saving_errors_are_accessible(live_server, page, world):
    signed_in(page, live_server, world["editor"])
    page.goto(live_server.url + "/practices/another-scheme/adopt/")
    page.get_by_label("Declined: we looked at it and will not adopt it").check()
    page.get_by_role("button", name="Record the adoption").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert "Say why" in page.locator(".govuk-error-summary").inner_text()
    assert serious_violations(page) == []

    page.goto(live_server.url + f"/rollout/adoptions/{world['adoption'].pk}/savings/new/")
    page.fill("#id_amount_pence", "-5")
    page.get_by_role("button", name="Record the saving").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert serious_violations(page) == []


def test_a_half_typed_date_and_the_checkboxes_in_a_browser(live_server, page, world):
    signed_in(page, live_server, world["editor"])
    page.goto(live_server.url + "/practices/another-scheme/adopt/")
    # Several kinds of support can be asked for at once, and "adapted" can be unticked.
    page.get_by_label("A visit", exact=True).check()
    page.get_by_label("Advice", exact=True).check()
    adapted = page.get_by_label("Yes, we adapted it")
    adapted.check()
    adapted.uncheck()
    page.get_by_label("Planning", exact=True).check()
    page.fill("#id_changed_on_day", "")
    page.fill("#id_changed_on_month", "4")
    page.fill("#id_changed_on_year", "2024")
    page.get_by_role("button", name="Record the adoption").click()
    summary = page.locator(".govuk-error-summary")
    link = summary.get_by_role(
        "link", name="The date the body got to this stage must include a day."
    )
    assert link.get_attribute("href") == "#id_changed_on_day"
    assert "govuk-input--error" in page.locator("#id_changed_on_day").get_attribute("class")
    assert "govuk-input--error" not in page.locator("#id_changed_on_year").get_attribute("class")
    assert page.get_by_label("Advice", exact=True).is_checked()
    assert not page.get_by_label("Yes, we adapted it").is_checked()
    assert serious_violations(page) == []
    link.click()
    expect(page.locator("#id_changed_on_day")).to_be_focused()
    page.fill("#id_changed_on_day", "1")
    page.get_by_role("button", name="Record the adoption").click()
    expect(page.locator(".govuk-notification-banner--success")).to_be_visible()
    adoption = Adoption.objects.get(practice__slug="another-scheme")
    assert (adoption.stage_since, sorted(adoption.support_requested), adoption.adapted) == (
        datetime.date(2024, 4, 1),
        ["advice", "visit"],
        False,
    )


def test_the_map_is_drawn_without_script_or_inline_style(live_server, page, world):
    page.goto(live_server.url + "/practices/their-scheme/rollout/")
    hexes = page.locator("svg .arfer-hex")
    assert hexes.count() == 22
    # Gwynedd leads; Carmarthenshire is piloting. Colours come from the stylesheet.
    piloting = page.locator("svg .arfer-hex--piloting polygon").first
    lead = page.locator("svg .arfer-hex--lead polygon").first
    assert piloting.evaluate("e => getComputedStyle(e).fill") != lead.evaluate(
        "e => getComputedStyle(e).fill"
    )
    assert page.locator("svg [style]").count() == 0
