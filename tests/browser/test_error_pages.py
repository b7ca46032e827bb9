"""The site's error pages meet the accessibility bar in a browser, and the favicon loads."""

import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from tests.accounts.helpers import give_two_factor
from tests.browser.test_pages_in_a_browser import serious_violations
from tests.browser.test_untrusted_content import signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["", "/cy"])
def test_error_pages_have_no_serious_violations(live_server, page, settings, directory, language):
    settings.ROOT_URLCONF = "tests.core.error_urls"
    board = create_account(
        "board@example.org", role="board", password="a-long-unusual-passphrase", actor=SYSTEM
    )[0]
    give_two_factor(board)
    failures = {}
    for path, status in [("/no-such-page/", 404), ("/fails/", 500)]:
        response = page.goto(live_server.url + language + path)
        assert response.status == status
        failures[path] = serious_violations(page)
    signed_in(page, live_server, board)
    response = page.goto(live_server.url + language + "/board/workstreams/new/")
    assert response.status == 403
    failures["403"] = serious_violations(page)
    assert {path: found for path, found in failures.items() if found} == {}


def test_the_favicon_loads(live_server, page, db):
    for path, kind in [
        ("/favicon.ico", "image/x-icon"),
        ("/static/arfer/favicon.svg", "image/svg+xml"),
    ]:
        response = page.goto(live_server.url + path)
        assert (response.status, response.headers["content-type"]) == (200, kind), path
    page.goto(live_server.url + "/")
    assert page.locator("link[rel=icon]").count() == 2
