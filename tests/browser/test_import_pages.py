"""The bulk import pages meet the accessibility bar in a real browser, in both languages: the
upload form (and its errors), a run in progress and a finished run with its problems."""

import pytest
from playwright.sync_api import expect

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.imports.models import ImportRun
from tests.accounts.helpers import give_two_factor
from tests.browser.test_pages_in_a_browser import serious_violations
from tests.browser.test_untrusted_content import signed_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(directory):
    moderator, _ = create_account(
        "moderator@example.org",
        role="moderator",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(moderator)
    running = ImportRun.objects.create(
        kind="practices",
        file_path="a.csv",
        original_name="practices.csv",
        uploaded_by=moderator,
        status="running",
        rows_total=400,
        rows_done=100,
    )
    finished = ImportRun.objects.create(
        kind="practices",
        file_path="b.csv",
        original_name="practices-2.csv",
        uploaded_by=moderator,
        status="done",
        rows_total=3,
        rows_done=3,
        created_count=2,
        invalid_count=1,
        report={
            "kind": "practices",
            "rows_total": 3,
            "created": 2,
            "invalid": 1,
            "encoding": "UTF-8",
            "problems_total": 1,
            "problems": [
                {
                    "row": 3,
                    "column": "evidence_level",
                    "message": "“8” is not one of the choices: 1, 2, 3, 4, 5.",
                }
            ],
        },
    )
    return {"moderator": moderator, "running": running, "finished": finished}


@pytest.mark.parametrize("language", ["", "/cy"])
def test_import_pages_have_no_serious_violations(live_server, page, world, language):
    signed_in(page, live_server, world["moderator"])
    failures = {}
    for path in [
        "/imports/",
        f"/imports/{world['running'].pk}/",
        f"/imports/{world['finished'].pk}/",
    ]:
        url = live_server.url + language + path
        response = page.goto(url)
        assert response.status == 200 and page.url == url, (url, page.url)
        failures[path] = serious_violations(page)
    assert {path: found for path, found in failures.items() if found} == {}


def test_the_upload_form_shows_its_errors_accessibly(live_server, page, world):
    signed_in(page, live_server, world["moderator"])
    page.goto(live_server.url + "/imports/")
    page.get_by_role("button", name="Upload and import").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert "Choose a file to import." in page.locator(".govuk-error-summary").inner_text()
    assert serious_violations(page) == []


def test_a_running_import_refreshes_itself_until_it_is_done(live_server, page, world):
    running = world["running"]
    signed_in(page, live_server, world["moderator"])
    page.goto(live_server.url + f"/imports/{running.pk}/")
    assert "25% done" in page.locator("#import-status").inner_text()
    ImportRun.objects.filter(pk=running.pk).update(
        status="done",
        report={"kind": "practices", "rows_total": 400, "created": 400, "written": True},
    )
    page.locator(".govuk-panel__title").wait_for(timeout=10_000)
    assert "Import complete" in page.locator("#import-status").inner_text()
