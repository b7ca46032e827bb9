"""The site's navigation in a browser: one row on a laptop screen for every role in both
languages, exactly one item current, and a menu that opens and closes on a phone."""

import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from tests.accounts.helpers import give_two_factor
from tests.browser.test_untrusted_content import signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ROLES = ["viewer", "editor", "body-admin", "moderator", "board", "programme-admin"]
ITEMS = ".govuk-service-navigation__item"


@pytest.fixture
def people(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    people = {}
    for role in ROLES:
        body = council if role in ("viewer", "editor", "body-admin") else None
        user, _ = create_account(
            f"{role}@example.org",
            role=role,
            body=body,
            password="a-long-unusual-passphrase",
            actor=SYSTEM,
        )
        if user.requires_two_factor:
            give_two_factor(user)
        people[role] = user
    return people


def tops(page, selector) -> set[int]:
    return {
        round(box["y"])
        for box in (
            page.locator(selector).nth(i).bounding_box()
            for i in range(page.locator(selector).count())
        )
    }


def current_items(page) -> list[str]:
    return page.locator(f"{ITEMS} a[aria-current]").all_inner_texts()


@pytest.mark.parametrize("language", ["", "/cy"])
def test_the_navigation_fits_one_row_at_1280_px_for_every_role(live_server, page, people, language):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + language + "/practices/")
    assert len(tops(page, ITEMS)) == 1, "signed out"
    for role in ROLES:
        page.context.clear_cookies()
        signed_in(page, live_server, people[role])
        page.goto(live_server.url + language + "/practices/share/")
        assert page.locator(ITEMS).count() >= 5, role
        # Every item on one row.
        assert len(tops(page, ITEMS)) == 1, role
        assert len(current_items(page)) == 1, role
        # The language toggle, account and signing out sit in the header, on one row too.
        assert len(tops(page, ".arfer-header__tools > nav")) == 1, role


@pytest.mark.parametrize(
    "path, current",
    [
        ("/practices/", "Practices"),
        ("/practices/share/", "Share a practice"),
        ("/practices/review/", "Review queue"),
        ("/practices/review/welsh/", "Review queue"),
        ("/board/meetings/", "Board"),
        ("/programme/", "Programme"),
        ("/rollout/savings/", "Rollout"),
        ("/bodies/", "Public bodies"),
    ],
)
def test_exactly_one_item_is_current(live_server, page, people, path, current):
    signed_in(page, live_server, people["programme-admin"])
    page.goto(live_server.url + path)
    assert current_items(page) == [current]


def test_the_account_page_marks_no_section_of_the_site(live_server, page, people):
    signed_in(page, live_server, people["editor"])
    page.goto(live_server.url + "/account/")
    assert current_items(page) == []
    assert page.locator(".arfer-header__account a[aria-current=page]").inner_text() == (
        "Your account"
    )


@pytest.mark.parametrize("language", ["", "/cy"])
def test_on_a_phone_the_menu_opens_and_closes_and_nothing_scrolls_sideways(
    live_server, page, people, language
):
    page.set_viewport_size({"width": 390, "height": 844})
    signed_in(page, live_server, people["programme-admin"])
    page.goto(live_server.url + language + "/practices/share/")
    toggle = page.locator(".govuk-service-navigation__toggle")
    links = page.locator("#navigation")
    assert toggle.is_visible() and not links.is_visible()
    toggle.click()
    assert links.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    assert page.locator(f"{ITEMS} a").last.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    toggle.click()
    assert not links.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
