"""The pages behind sign-in meet the same accessibility bar, in both languages."""

import pytest
from playwright.sync_api import expect

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.actions import request_welsh_text
from arfer.menu.models import Practice
from tests.accounts.helpers import give_two_factor
from tests.browser.test_pages_in_a_browser import serious_violations
from tests.browser.test_untrusted_content import signed_in
from tests.conftest import make_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EDITOR_PAGES = [
    "/account/",
    "/account/password/",
    "/account/email-language/",
    "/account/notifications/",
    "/account/two-factor/set-up/",
    "/account/bodies/carmarthenshire-county-council/members/",
    "/account/tokens/",
    "/practices/share/",
    "/practices/draft-scheme/edit/",
    "/practices/draft-scheme/edit/about/",
    "/practices/draft-scheme/edit/classification/",
    "/practices/draft-scheme/edit/money/",
    "/practices/draft-scheme/history/",
    "/bodies/carmarthenshire-county-council/history/",
]
MODERATOR_PAGES = [
    "/practices/review/",
    "/practices/review/welsh/",
    "/practices/welsh-waiting/",
    "/practices/welsh-waiting/history/",
    "/practices/submitted-scheme/review/",
    "/account/two-factor/",
]
PROGRAMME_ADMIN_PAGES = [
    "/bodies/",
    "/bodies/carmarthenshire-county-council/",
    "/bodies/new/",
    "/bodies/carmarthenshire-county-council/edit/",
    "/bodies/carmarthenshire-county-council/retire/",
]
SIGNED_OUT_PAGES = ["/account/sign-in/"]


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
        "moderator@example.org",
        role="moderator",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(moderator)
    admin, _ = create_account(
        "admin@example.org",
        role="programme-admin",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(admin)
    make_practice("draft-scheme", title_en="Draft scheme", publish=False)
    submitted = make_practice("submitted-scheme", title_en="Submitted scheme", publish=False)
    Practice.objects.filter(pk=submitted.pk).update(status="submitted")
    # In the translation queue, and its page's notice says since when (in Welsh).
    waiting = make_practice("welsh-waiting", title_en="Waiting for Welsh", approach_en="A team.")
    request_welsh_text(waiting, actor=moderator)
    return {"editor": editor, "moderator": moderator, "admin": admin}


def visit(page, url):
    response = page.goto(url)
    assert response.status == 200 and page.url == url, (url, page.url)
    return serious_violations(page)


@pytest.mark.parametrize("language", ["", "/cy"])
def test_signed_in_pages_have_no_serious_violations(live_server, page, world, language):
    failures = {}
    for path in SIGNED_OUT_PAGES:
        failures[path] = visit(page, live_server.url + language + path)
    signed_in(page, live_server, world["editor"])
    for path in EDITOR_PAGES:
        failures[path] = visit(page, live_server.url + language + path)
    signed_in(page, live_server, world["moderator"])
    for path in MODERATOR_PAGES:
        failures[path] = visit(page, live_server.url + language + path)
    signed_in(page, live_server, world["admin"])
    for path in PROGRAMME_ADMIN_PAGES:
        failures[path] = visit(page, live_server.url + language + path)
    assert {path: found for path, found in failures.items() if found} == {}


def test_form_errors_are_accessible(live_server, page, world):
    signed_in(page, live_server, world["editor"])
    page.goto(live_server.url + "/practices/draft-scheme/edit/money/")
    page.fill("#id_setup_cost_pence", "-5")
    page.get_by_role("button", name="Save and continue").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert serious_violations(page) == []


@pytest.mark.parametrize("language", ["", "/cy"])
def test_api_token_pages_have_no_serious_violations(live_server, page, world, language):
    """The form with its errors, the token shown once, the list and the revoke question."""
    signed_in(page, live_server, world["editor"])
    tokens_url = live_server.url + language + "/account/tokens/"
    submit = page.locator("#main-content form button[type=submit]")
    failures = {}
    page.goto(tokens_url)
    submit.click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    failures["errors"] = serious_violations(page)
    page.fill("#id_name", "Finance system")
    page.check("#id_scope_1")
    submit.click()
    expect(page.locator("#api-token")).to_be_visible()
    failures["created"] = serious_violations(page)
    failures["list"] = visit(page, tokens_url)
    page.locator("#main-content table a").first.click()
    page.wait_for_url("**/revoke/")
    failures["revoke"] = serious_violations(page)
    assert {name: found for name, found in failures.items() if found} == {}


@pytest.mark.parametrize("language", ["", "/cy"])
def test_directory_forms_with_errors_are_accessible(live_server, page, world, language):
    """The body's form with mistakes in a text box, a date and its error summary; the closing
    question without its date."""
    signed_in(page, live_server, world["admin"])
    failures = {}
    body = live_server.url + language + "/bodies/carmarthenshire-county-council/"
    submit = page.locator("#main-content form button[type=submit]")
    page.goto(body + "edit/")
    page.fill("#id_gss_code", "W6")
    page.fill("#id_active_from_day", "31")
    page.fill("#id_active_from_month", "2")
    page.fill("#id_active_from_year", "2020")
    submit.click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    failures["edit"] = serious_violations(page)
    page.goto(body + "retire/")
    page.fill("#id_active_to_day", "")
    submit.click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    failures["retire"] = serious_violations(page)
    assert {name: found for name, found in failures.items() if found} == {}
