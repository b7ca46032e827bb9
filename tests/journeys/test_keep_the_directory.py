"""A programme admin keeps the directory of public bodies: the Torfaen Voluntary Alliance has
merged into GAVO, so GAVO gets its Welsh name, Torfaen among its areas and the date it opened (a
year typed with two digits is refused and corrected), and the alliance is marked as closed. In
both languages, and once on a phone."""

import datetime
import re

import pytest
from django.utils.text import capfirst
from playwright.sync_api import expect

from arfer.directory.reference import AREAS
from tests.journeys.steps import (
    body_name,
    exactly,
    fits_the_screen,
    open_navigation,
    shows_message,
    sign_in,
    words,
)

pytestmark = pytest.mark.browser

GAVO = "gwent-association-of-voluntary-organisations"
ALLIANCE = "torfaen-voluntary-alliance"
GAVO_IN_WELSH = "Cymdeithas Mudiadau Gwirfoddol Gwent"


def area_name(slug: str, language: str) -> str:
    area = next(area for area in AREAS if area["slug"] == slug)
    return area.get(f"name_{language}") or area["name_en"]


def open_third_sector_body(page, language, name, checked):
    """From the service navigation: the public bodies, filtered to the third sector, and one
    of them by its name."""
    main = page.locator("main")
    open_navigation(page, language)
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Public bodies")
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words(language, "Public bodies"))
    page.get_by_label(words(language, "Sector")).select_option(
        label=words(language, "Third sector")
    )
    main.get_by_role("button", name=words(language, "Filter")).click()
    expect(page).to_have_url(re.compile(r"sector=third_sector"))
    checked(page)
    main.get_by_role("link", name=name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
    checked(page)


def keep_the_directory(page, site, language, *, phone=False):
    checked = fits_the_screen if phone else (lambda page: None)
    main = page.locator("main")
    heading = page.get_by_role("heading", level=1)
    sign_in(page, site, site.accounts["programme-admin"], language)

    # GAVO: its Welsh name, Torfaen among its areas and the year it opened, typed short first.
    gavo = body_name(GAVO, language)
    open_third_sector_body(page, language, gavo, checked)
    main.get_by_role("link", name=words(language, "Change the body's details")).click()
    expect(heading).to_have_text(words(language, "Change the body's details"))
    checked(page)
    page.get_by_label(words(language, "Name in Welsh (optional)")).fill(GAVO_IN_WELSH)
    council_areas = page.get_by_role("group", name=words(language, "Local authority areas"))
    expect(council_areas.get_by_label(area_name("newport", language))).to_be_checked()
    council_areas.get_by_label(area_name("torfaen", language)).check()
    opened = page.get_by_role("group", name=words(language, "Date it opened (optional)"))
    opened.get_by_label(words(language, "Day")).fill("1")
    opened.get_by_label(words(language, "Month")).fill("4")
    opened.get_by_label(words(language, "Year")).fill("91")
    main.get_by_role("button", name=words(language, "Save the changes")).click()

    problem = capfirst(
        words(language, "The year of %(name)s must include 4 numbers.")
        % {"name": words(language, "the date it opened")}
    )
    summary = page.locator(".govuk-error-summary")
    expect(summary).to_contain_text(words(language, "There is a problem"))
    checked(page)
    summary.get_by_role("link", name=problem).click()
    year = opened.get_by_label(words(language, "Year"))
    expect(year).to_be_focused()
    # What was typed is still there: only the year needs correcting.
    expect(page.get_by_label(words(language, "Name in Welsh (optional)"))).to_have_value(
        GAVO_IN_WELSH
    )
    expect(council_areas.get_by_label(area_name("torfaen", language))).to_be_checked()
    year.fill("1991")
    main.get_by_role("button", name=words(language, "Save the changes")).click()

    gavo_now = GAVO_IN_WELSH if language == "cy" else gavo
    shows_message(page, words(language, "Changes to %(body)s saved.") % {"body": gavo_now})
    expect(heading).to_have_text(gavo_now)
    areas = main.get_by_role("definition").filter(has_text=area_name("newport", language))
    expect(areas).to_contain_text(area_name("torfaen", language))
    if language == "en":
        expect(main).to_contain_text(GAVO_IN_WELSH)
    checked(page)

    # The alliance has merged into GAVO: marked as closed, after a question, from today.
    alliance = body_name(ALLIANCE, language)
    open_third_sector_body(page, language, alliance, checked)
    main.get_by_role("link", name=words(language, "Mark the body as closed")).click()
    expect(heading).to_have_text(words(language, "Mark the body as closed"))
    closed = page.get_by_role("group", name=words(language, "Date it closed"))
    expect(closed.get_by_label(words(language, "Year"))).to_have_value(
        str(datetime.date.today().year)
    )
    checked(page)
    main.get_by_role("button", name=words(language, "Mark as closed")).click()
    shows_message(page, words(language, "%(body)s is marked as closed.") % {"body": alliance})
    expect(main.locator(".govuk-tag").filter(has_text=exactly(language, "Closed"))).to_be_visible()
    expect(main.get_by_role("link", name=words(language, "Mark the body as closed"))).to_have_count(
        0
    )

    # Still in the directory, marked as closed.
    open_navigation(page, language)
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Public bodies")
    ).click()
    page.get_by_label(words(language, "Sector")).select_option(
        label=words(language, "Third sector")
    )
    main.get_by_role("button", name=words(language, "Filter")).click()
    row = main.get_by_role("row").filter(has=page.get_by_role("link", name=alliance, exact=True))
    expect(row.locator(".govuk-tag")).to_have_text(words(language, "Closed"))
    checked(page)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_programme_admin_keeps_the_directory(site, new_person, language):
    keep_the_directory(new_person(language=language), site, language)


def test_keeping_the_directory_fits_a_phone(site, new_person):
    keep_the_directory(new_person(width=390, height=844), site, "en", phone=True)
