"""Someone looking for how accessible the service is, or how it treats Welsh: from the footer
of the page they are on, each statement, then the same statement in the other language, on a
phone. And a browser that asks for Welsh first, arriving at the root address."""

import re

import pytest
from playwright.sync_api import expect

from tests.journeys.steps import fits_the_screen, words

pytestmark = pytest.mark.browser

STATEMENTS = ["Accessibility statement", "Welsh language statement"]
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


def switch_language(page, language: str, to: str) -> None:
    page.get_by_role("navigation", name=words(language, "Language")).get_by_role(
        "link", name=LANGUAGE_NAMES[to]
    ).click()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_statement_from_the_footer_on_a_phone(site, new_person, language):
    page = new_person(width=390, height=844, language=language)
    other = "cy" if language == "en" else "en"
    heading = page.get_by_role("heading", level=1)
    for statement in STATEMENTS:
        # From whatever page they are reading: the menu of good practice.
        page.goto(site.address("/practices/", language))
        page.locator("footer").get_by_role("link", name=words(language, statement)).click()
        expect(heading).to_have_text(words(language, statement))
        expect(page.locator("html")).to_have_attribute("lang", language)
        fits_the_screen(page)

        # The same statement in the other language, from the language switch, and back.
        switch_language(page, language, other)
        expect(heading).to_have_text(words(other, statement))
        expect(page.locator("html")).to_have_attribute("lang", other)
        fits_the_screen(page)
        switch_language(page, other, language)
        expect(heading).to_have_text(words(language, statement))

    # Each statement leads to the other.
    page.get_by_role("main").get_by_role("link", name=words(language, STATEMENTS[0])).click()
    expect(heading).to_have_text(words(language, STATEMENTS[0]))


def test_a_welsh_browser_is_offered_welsh_and_may_choose_english(site, new_person):
    page = new_person(width=390, height=844, language="cy")
    page.goto(site.url + "/")
    expect(page).to_have_url(re.compile(r"/cy/$"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    # The switch puts Welsh first on a Welsh page.
    switch = page.get_by_role("navigation", name=words("cy", "Language"))
    expect(switch.locator("li").first).to_have_text("Cymraeg")

    # Choosing English from the switch keeps them in English, though the browser prefers Welsh.
    switch_language(page, "cy", "en")
    expect(page).to_have_url(site.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    switch = page.get_by_role("navigation", name=words("en", "Language"))
    expect(switch.locator("li").first).to_have_text("English")
    fits_the_screen(page)


def test_an_english_browser_gets_the_english_home(site, new_person):
    page = new_person(language="en")
    page.goto(site.url + "/")
    expect(page).to_have_url(site.url + "/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
