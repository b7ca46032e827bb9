"""A member of the public searching the menu on a phone, in their language: a misspelt word is
searched as the word the menu holds, and the page says so; Welsh is found as it is written in a
sentence (mutated, without its accents), a body by its name, and an English-only practice by
Welsh words through the glossary.

"Did you mean ...?" is not met here: the menu offers it only when the words typed find one or
two practices yet one of them is unknown to the index, and a search finds only practices that
hold every word in some form, so each word that found something is known (listing.py,
search/spelling.py)."""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from arfer.demo.practices import PRACTICES
from tests.journeys.steps import INTEGRATED_SERVICES_TITLE, exactly, fits_the_screen, words

pytestmark = pytest.mark.browser

# What each language's reader mistypes, the word of the menu searched instead, and a practice
# holding that word.
MISSPELT = {
    "en": ("pharmasy", "pharmacy", "community-pharmacy-common-ailments-service"),
    "cy": (
        "digartrefydd",
        "digartrefedd",
        "hospital-housing-coordinators-to-prevent-discharge-into-homelessness",
    ),
}
# Led by Cardiff Council, "Cyngor Caerdydd": found by its lead body's name, mutated after "yng".
CARDIFF_LEADS = "reducing-food-waste-from-school-meals"
# Its Welsh title says "caffael" (procurement), which no practice writes mutated as "gaffael".
PROCUREMENT = "national-collaborative-procurement-frameworks-for-councils"
# Its Welsh title begins "Tîm ymateb": found when "tîm" is typed without its circumflex.
RESPONSE_TEAM = "falls-response-team-with-a-paramedic-and-an-occupational-therapist"
# Written in English only: found by "gwastraff bwyd" through the glossary's "food waste".
FOOD_WASTE_ROUNDS = "route-optimisation-for-food-waste-and-recycling-collections"


def listed_title(slug: str, language: str) -> str:
    """A demo practice's title as the menu lists it in `language`: its Welsh title where it has
    one, its English title otherwise."""
    practice = next(practice for practice in PRACTICES if practice["slug"] == slug)
    return practice[f"title_{language}"] or practice["title_en"]


def search_for(page: Page, language: str, terms: str, *, with_the_button: bool = False) -> None:
    """Type `terms` in the menu's search box and search, by Enter or by the button, waiting
    until the address holds them: the results are swapped in as the address changes, so what
    is read next is this search's results, not the last one's."""
    box = page.get_by_label(words(language, "Search the menu"), exact=True)
    box.fill(terms)
    if with_the_button:
        page.locator("main").get_by_role("button", name=exactly(language, "Search")).click()
    else:
        box.press("Enter")
    page.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("q") == [terms])


@pytest.mark.parametrize("language", ["en", "cy"])
def test_search_the_menu_on_a_phone(site, new_person, language):
    page = new_person(width=390, height=844, language=language)
    main = page.locator("main")

    def lists(slug: str):
        link = main.get_by_role("link", name=listed_title(slug, language), exact=True)
        expect(link).to_be_visible()
        return link

    page.goto(site.address("/practices/", language))
    fits_the_screen(page)

    # A misspelt word finds nothing as typed: the page says which word it searched instead.
    typed, respelled, practice = MISSPELT[language]
    search_for(page, language, typed)
    expect(main.locator("#searched-instead")).to_have_text(
        words(language, "No practices match “%(typed)s”. Showing practices for “%(instead)s”.")
        % {"typed": typed, "instead": respelled}
    )
    lists(practice)
    fits_the_screen(page)

    # Welsh as written in a sentence: mutated after "yng" and "ei", and without its accents.
    search_for(page, language, "yng Nghaerdydd", with_the_button=True)
    lists(CARDIFF_LEADS)
    expect(main.locator("#searched-instead")).to_have_count(0)
    search_for(page, language, "ei gaffael")
    lists(PROCUREMENT)
    search_for(page, language, "tim ymateb")
    lists(RESPONSE_TEAM)
    fits_the_screen(page)

    # A body by its name, and an English-only practice by the Welsh for what it is about.
    search_for(page, language, "Hywel Dda")
    expect(
        main.get_by_role("link", name=INTEGRATED_SERVICES_TITLE[language], exact=True)
    ).to_be_visible()
    search_for(page, language, "gwastraff bwyd")
    in_english = lists(FOOD_WASTE_ROUNDS)
    if language == "cy":
        expect(in_english).to_have_attribute("lang", "en")
    fits_the_screen(page)
