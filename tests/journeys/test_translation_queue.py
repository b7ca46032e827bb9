"""A programme moderator, on a phone, opens the Welsh translation queue from the review queue,
finds the practice whose Welsh text has waited longest, who asked for it and how long ago, and
goes to it; the Welsh page of the practice says when its Welsh text was requested. Walked in
English and in Welsh."""

import datetime
import re

import pytest
from django.utils import dateformat, translation
from playwright.sync_api import expect

from arfer.demo.loader import WELSH_REQUESTED_DAYS_AGO
from arfer.demo.practices import PRACTICES
from tests.journeys.steps import exactly, fits_the_screen, open_navigation, sign_in, words

pytestmark = pytest.mark.browser

# The demo's oldest request.
OLDEST = max(WELSH_REQUESTED_DAYS_AGO, key=WELSH_REQUESTED_DAYS_AGO.__getitem__)
TITLE = next(row["title_en"] for row in PRACTICES if row["slug"] == OLDEST)


def days_ago(language: str, days: int) -> str:
    with translation.override(language):
        return translation.ngettext(
            "Requested %(days)s day ago", "Requested %(days)s days ago", days
        ) % {"days": days}


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_moderator_finds_a_practice_waiting_for_its_welsh_text(site, new_person, language):
    page = new_person(width=390, language=language)
    main = page.locator("main")
    heading = page.get_by_role("heading", level=1)
    sign_in(page, site, site.accounts["moderator"], language)

    open_navigation(page, language)
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Review queue")
    ).click()
    expect(heading).to_have_text(words(language, "Review queue"))
    main.get_by_role(
        "link",
        name=words(language, "Welsh translation queue: practices waiting for their Welsh text"),
    ).click()
    expect(heading).to_have_text(words(language, "Welsh translation queue"))
    fits_the_screen(page)

    # Oldest first: the practice asked about six weeks ago heads the list, with who asked.
    rows = main.locator("tbody tr")
    expect(rows).to_have_count(len(WELSH_REQUESTED_DAYS_AGO))
    first = rows.first
    expect(first.get_by_role("link", name=TITLE, exact=True)).to_be_visible()
    days = WELSH_REQUESTED_DAYS_AGO[OLDEST]
    # A request made just before midnight is a day older just after it.
    expect(first).to_contain_text(
        re.compile("|".join(re.escape(days_ago(language, n)) for n in (days, days + 1)))
    )
    expect(first).to_contain_text(site.accounts["moderator"].email)
    requested_on = datetime.datetime.fromisoformat(
        first.locator("time").get_attribute("datetime")
    ).date()

    # The link to add the Welsh text leads to the practice, which its lead body or the
    # programme team changes through a revision.
    first.get_by_role(
        "link", name=re.compile(re.escape(words(language, "Add the Welsh text")))
    ).click()
    expect(heading).to_have_text(TITLE)
    expect(main.get_by_role("button", name=words(language, "Propose changes"))).to_be_visible()

    # The Welsh page says the Welsh text is missing, and since when it has been asked for.
    if language == "en":
        page.get_by_role("link", name="Cymraeg").click()
    with translation.override("cy"):
        on = dateformat.format(requested_on, "j F Y")
        notice = translation.gettext("Welsh text requested on %(date)s.") % {"date": on}
    expect(page.locator("#welsh-missing")).to_contain_text(notice)
    fits_the_screen(page)
