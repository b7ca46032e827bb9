"""A programme moderator audits: a practice's history of changes, then a saving's, each read as
the forms name the fields and in the page's language, the money in pounds; and downloads the
saving's history as a CSV file to keep."""

import csv
import re

import pytest
from playwright.sync_api import expect

from tests.journeys.steps import INTEGRATED_SERVICES, sign_in, words

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_moderator_reads_and_downloads_histories(site, new_person, language):
    page = new_person(language=language)
    sign_in(page, site, site.accounts["moderator"], language)
    main = page.locator("main")
    heading = page.get_by_role("heading", level=1)

    # A practice: published by the programme team, in the page's language.
    page.goto(site.address(f"/practices/{INTEGRATED_SERVICES}/", language))
    main.get_by_role("link", name=words(language, "History of changes")).click()
    expect(heading).to_have_text(words(language, "History of changes"))
    table = main.get_by_role("region", name=words(language, "History of changes"))
    expect(table).to_contain_text(words(language, "Published by the programme team"))
    expect(table).to_contain_text(words(language, "Set-up cost (£)") + ": £")

    # A saving, from the savings ledger: its first values, the amount in pounds.
    page.goto(site.address("/rollout/savings/", language))
    main.locator("table a[href*='/rollout/savings/']").first.click()
    main.get_by_role("link", name=words(language, "History of changes")).click()
    expect(heading).to_have_text(words(language, "History of changes"))
    amount = re.compile(re.escape(words(language, "Amount in pounds")) + r": £[\d,]+(\.\d\d)?")
    expect(table).to_contain_text(amount)
    expect(table).to_contain_text(words(language, "Created"))

    # The same history to keep, in the same language.
    with page.expect_download() as download_info:
        main.get_by_role("link", name=words(language, "Download this history (CSV)")).click()
    download = download_info.value
    assert download.suggested_filename.startswith("history-saving-")
    with open(download.path(), encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == [words(language, column) for column in ("When", "Who", "What changed")]
    created = rows[-1][2].splitlines()
    assert created[0] == words(language, "Created")
    assert any(amount.fullmatch(line) for line in created)
