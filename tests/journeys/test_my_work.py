"""My work, where people land after signing in: an editor sees what needs their body, with
counts, and follows a line to where it is done; a moderator, a board member and a programme
admin (on a phone) each land there and see their own groups."""

import re

import pytest
from playwright.sync_api import expect

from tests.journeys.steps import fits_the_screen, sign_in, words

pytestmark = pytest.mark.browser


def lands_on_my_work(page, language):
    expect(page.get_by_role("heading", level=1)).to_have_text(words(language, "My work"))
    assert page.url.endswith("/cy/my-work/" if language == "cy" else "/my-work/")


def group(page, language, heading):
    return page.locator("main").get_by_role("heading", level=2, name=words(language, heading))


def list_heading(page, language, heading):
    return page.locator("main").get_by_role("heading", level=3, name=words(language, heading))


@pytest.mark.parametrize("language", ["en", "cy"])
def test_each_person_lands_on_what_needs_them(site, new_person, language):
    # An editor of Carmarthenshire's council: the body's lists, each with its count.
    page = new_person(language=language)
    sign_in(page, site, site.accounts["editor"], language)
    lands_on_my_work(page, language)
    expect(group(page, language, "For your bodies")).to_be_visible()
    expect(list_heading(page, language, "Drafts")).to_contain_text("0")
    stalled = list_heading(page, language, "Adoptions with no change for six months")
    expect(stalled).to_contain_text("1")
    expect(list_heading(page, language, "Your practices adopted by other bodies")).to_contain_text(
        "5"
    )
    # The stalled adoption's line leads to where its stage is changed.
    page.locator("main section[aria-labelledby=stalled-adoptions]").get_by_role(
        "link"
    ).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words(language, "Change the stage"))
    # My work is a link of the header's, wherever the person is.
    page.get_by_role("navigation", name=words(language, "Your account")).get_by_role(
        "link", name=words(language, "My work")
    ).click()
    lands_on_my_work(page, language)

    # A moderator: the savings waiting to be verified.
    page = new_person(language=language)
    sign_in(page, site, site.accounts["moderator"], language)
    lands_on_my_work(page, language)
    expect(group(page, language, "Reviewing and verifying")).to_be_visible()
    expect(group(page, language, "For your bodies")).to_have_count(0)
    # The demo's realised savings run up to the quarter just ended, so their number grows
    # with the date: the count must be the ledger's own, which "See all" leads to.
    heading = words(language, "Realised savings awaiting verification, oldest first")
    awaiting = page.locator("main").get_by_role("heading", level=3, name=heading)
    waiting = int(re.search(r"\d+", awaiting.inner_text().replace(",", "")).group())
    assert waiting > 10
    # "See all", named for its list (the heading is in the link, hidden but for screen readers).
    page.locator("main section[aria-labelledby=awaiting-verification]").get_by_role(
        "link", name=re.compile(re.escape(heading) + "$")
    ).click()
    expect(page.locator("#ledger-caption")).to_contain_text(str(waiting))

    # A board member: the next meeting and what has changed since the last.
    page = new_person(language=language)
    sign_in(page, site, site.accounts["board"], language)
    lands_on_my_work(page, language)
    expect(group(page, language, "For the board")).to_be_visible()
    expect(list_heading(page, language, "Next meeting")).to_be_visible()
    expect(list_heading(page, language, "Since the last meeting")).to_be_visible()

    # A programme admin, on a phone: running the programme, and nothing scrolls sideways.
    page = new_person(width=390, language=language)
    sign_in(page, site, site.accounts["programme-admin"], language)
    lands_on_my_work(page, language)
    expect(group(page, language, "Running the programme")).to_be_visible()
    expect(list_heading(page, language, "Imports that failed or are running")).to_be_visible()
    fits_the_screen(page)
