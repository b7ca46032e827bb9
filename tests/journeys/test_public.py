"""A member of the public, a researcher or a journalist: from the home page to a practice, who is
adopting it, the body behind it, the programme's figures, the open data and the API."""

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.journeys.steps import (
    INTEGRATED_SERVICES,
    INTEGRATED_SERVICES_TITLE,
    exactly,
    fits_the_screen,
    open_navigation,
    search_menu,
    words,
)

pytestmark = pytest.mark.browser


def browse_as_the_public(page, site, language, *, phone=False):
    checked = fits_the_screen if phone else (lambda page: None)
    heading = page.get_by_role("heading", level=1)
    main = page.locator("main")

    # Home: search the menu from the search box.
    page.goto(site.address("/", language))
    checked(page)
    search_menu(page, "integrated community services", language)
    expect(heading).to_have_text(words(language, "Menu of good practice"))
    checked(page)
    title = INTEGRATED_SERVICES_TITLE[language]
    main.get_by_role("link", name=title).click()

    # The practice: the illustrative notice, its lead body, its partners, its figures.
    expect(heading).to_contain_text(title)
    expect(main).to_contain_text(words(language, "Illustrative example"))
    expect(main).to_contain_text(
        "Carmarthenshire County Council" if language == "en" else "Cyngor Sir Caerfyrddin"
    )
    expect(main).to_contain_text("£1,450,000")
    checked(page)

    # Its rollout: who is at which stage, on a map with a table beside it.
    main.get_by_role(
        "link", name=words(language, "See the rollout: who is at which stage, on a map")
    ).click()
    page.wait_for_url(f"**/practices/{INTEGRATED_SERVICES}/rollout/")
    expect(main.locator("svg").first).to_be_visible()
    expect(main.get_by_role("table").first).to_be_visible()
    checked(page)

    # The lead body's page, from the practice.
    page.go_back()
    main.get_by_role(
        "link",
        name="Hywel Dda University Health Board"
        if language == "en"
        else "Bwrdd Iechyd Prifysgol Hywel Dda",
    ).first.click()
    expect(heading).to_contain_text("Hywel Dda")
    expect(main.get_by_role("link", name=title)).to_be_visible()
    checked(page)

    # The programme at a glance, from the navigation.
    open_navigation(page, language)
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Programme")
    ).click()
    expect(heading).to_have_text(words(language, "Programme at a glance"))
    expect(main.get_by_role("table").first).to_be_visible()
    checked(page)

    # Open data, from the footer: the published menu as CSV.
    page.locator("footer").get_by_role("link", name=words(language, "Open data")).click()
    checked(page)
    with page.expect_download() as waiting:
        main.locator("a[href$='.csv']").first.click()
    download = waiting.value
    rows = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8-sig"))))
    assert len(rows) > 10 and len(rows[0]) > 3, rows[:2]

    # The API's reference, from the footer; an operation's address answers with data.
    page.locator("footer").get_by_role("link", name=words(language, "JSON API")).click()
    expect(heading).to_contain_text("API")
    checked(page)
    # Its links work: the machine-readable description, and each section's operations.
    with page.expect_navigation() as navigation:
        main.get_by_role("link", name="/api/v1/openapi.json").click()
    description = navigation.value.json()
    assert "/api/v1/practices" in description["paths"], list(description["paths"])[:5]
    page.go_back()
    contents = main.get_by_role("navigation", name=words(language, "Contents"))
    sections = contents.get_by_role("link")
    expect(sections.first).to_be_visible()
    for link in sections.all():
        name = link.text_content().strip()
        link.click()
        expect(main.get_by_role("heading", level=3, name=name, exact=True)).to_be_in_viewport()
    # An operation's address, pasted into the address bar, answers with data.
    path = main.locator("h4 code", has_text="/api/v1/practices").first.text_content().strip()
    response = page.goto(site.url + path)
    assert response.status == 200, (path, response.status)
    assert "items" in response.json()
    expect(page.locator("body")).to_contain_text('"items"')


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_public_browse_the_menu_and_its_data(site, new_person, language):
    browse_as_the_public(new_person(language=language), site, language)


def test_the_public_journey_fits_a_phone(site, new_person):
    browse_as_the_public(new_person(width=390, height=844), site, "en", phone=True)


def follow_a_broken_link(page, site, language, *, phone=False):
    """Someone follows a broken link, reads the page not found in the other language, and finds
    the menu from it."""
    other = "cy" if language == "en" else "en"
    heading = page.get_by_role("heading", level=1)
    response = page.goto(site.address("/no-such-practice-list/?from=email", language))
    assert response.status == 404
    expect(heading).to_have_text(words(language, "Page not found"))
    if phone:
        fits_the_screen(page)
    page.get_by_role("navigation", name=words(language, "Language")).get_by_role(
        "link", name="Cymraeg" if other == "cy" else "English"
    ).click()
    page.wait_for_url(site.address("/no-such-practice-list/?from=email", other))
    expect(heading).to_have_text(words(other, "Page not found"))
    expect(page.locator("html")).to_have_attribute("lang", other)
    page.locator("main").get_by_role(
        "link", name=words(other, "Search the menu of good practice")
    ).click()
    expect(heading).to_have_text(words(other, "Menu of good practice"))
    if phone:
        fits_the_screen(page)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_broken_link_leads_to_the_menu_in_either_language(site, new_person, language):
    follow_a_broken_link(new_person(language=language), site, language)


def test_a_broken_link_on_a_phone(site, new_person):
    follow_a_broken_link(new_person(width=390, height=844), site, "cy", phone=True)
