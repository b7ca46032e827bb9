"""Someone looking for what one body has done near them: they filter the menu by a lead body and
an area, read the filters they set above the results, take one off with its own link, choose
another order with the keyboard (the list waits for the button rather than reloading at every
arrow key), and find the body in the directory by typing part of its name."""

import re

import pytest
from playwright.sync_api import expect

from arfer.directory.reference import AREAS
from tests.journeys.steps import (
    INTEGRATED_SERVICES_TITLE,
    body_name,
    exactly,
    open_navigation,
    words,
)

pytestmark = pytest.mark.browser

LEAD = "hywel-dda-university-health-board"
AREA = "carmarthenshire"


def area_name(slug: str, language: str) -> str:
    area = next(area for area in AREAS if area["slug"] == slug)
    return area.get(f"name_{language}") or area["name_en"]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_filter_the_menu_by_body_and_area_then_find_the_body(site, new_person, language):
    page = new_person(language=language)
    main = page.locator("main")
    page.goto(site.address("/practices/", language))

    # Filter by the lead body and by a local authority area, and apply.
    page.get_by_label(words(language, "Lead body"), exact=True).select_option(LEAD)
    page.get_by_label(words(language, "Area"), exact=True).select_option(AREA)
    main.get_by_role("button", name=words(language, "Apply filters")).click()
    expect(page).to_have_url(re.compile(rf"lead_body={LEAD}.*area={AREA}"))
    expect(main.get_by_role("link", name=INTEGRATED_SERVICES_TITLE[language])).to_be_visible()

    # The filters set, each with a link removing it alone.
    summary = main.locator(".arfer-selected-filters")
    expect(summary.get_by_role("heading")).to_have_text(words(language, "Selected filters"))
    expect(summary.get_by_role("link", name=body_name(LEAD, language))).to_have_count(1)
    expect(summary.get_by_role("link", name=exactly(language, "Clear filters"))).to_be_visible()
    summary.get_by_role("link", name=area_name(AREA, language)).click()
    expect(page).to_have_url(re.compile(rf"lead_body={LEAD}"))
    assert "area=" not in page.url
    expect(summary.get_by_role("link", name=area_name(AREA, language))).to_have_count(0)
    expect(summary.get_by_role("link", name=body_name(LEAD, language))).to_have_count(1)

    # Arrow keys move through the orders without reloading the list; the button applies one.
    filtered = page.url
    page.get_by_label(words(language, "Sort by")).focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(300)  # long enough for a submission to have started
    assert page.url == filtered
    expect(page.get_by_label(words(language, "Sort by"))).to_have_value("saving")
    page.keyboard.press("Tab")
    expect(main.get_by_role("button", name=exactly(language, "Sort"))).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"lead_body={LEAD}.*sort=saving"))
    expect(main.get_by_role("link", name=INTEGRATED_SERVICES_TITLE[language])).to_be_visible()

    # The directory: the body found by part of its name, without its capitals.
    open_navigation(page, language)
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Public bodies")
    ).click()
    page.get_by_role("searchbox").fill("hywel dda")
    main.get_by_role("button", name=exactly(language, "Search")).click()
    expect(page).to_have_url(re.compile(r"q=hywel"))
    expect(main.get_by_role("link", name=body_name(LEAD, language), exact=True)).to_be_visible()
    expect(main.locator("tbody tr")).to_have_count(1)
