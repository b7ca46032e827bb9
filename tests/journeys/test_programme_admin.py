"""A programme admin's week: this year's savings target, a practice added to a workstream by its
title (and another taken out, after a question), an action from a meeting closed with a note,
and two spreadsheets imported: one that is right, one with mistakes whose report says what to
correct."""

import datetime

import pytest
from playwright.sync_api import expect

from arfer.core.periods import year_label, year_of
from tests.journeys.steps import exactly, import_file, shows_message, sign_in

pytestmark = pytest.mark.browser

HEADER = (
    "external_ref,practice,body,stage,stage_since,stage_reason,closed_reason,adapted,"
    "adaptations,target_date,contact_name,contact_email,support_requested,"
    "support_details\n"
)
VALID = HEADER + (
    "YMN-ADOPT-0001,online-self-service-for-council-tax-and-benefits,W06000001,"
    "planning,01/04/2025,,,no,,,Revenues team,,advice,\n"
)
BROKEN = HEADER + (
    "YMN-ADOPT-0002,no-such-practice,W06000001,planning,01/04/2025,,,no,,,,,,\n"
    "YMN-ADOPT-0003,online-self-service-for-council-tax-and-benefits,W06000001,"
    "thinking,31/02/2025,,,no,,,,,,\n"
)


def open_board_section(page, name):
    page.get_by_role("navigation", name="Menu").get_by_role(
        "link", name=exactly("en", "Board")
    ).click()
    page.get_by_role("navigation", name="Programme board").get_by_role(
        "link", name=exactly("en", name)
    ).click()


def test_a_programme_admin_runs_the_programme(site, new_person, tmp_path):
    page = new_person()
    main = page.locator("main")
    sign_in(page, site, site.accounts["programme-admin"])

    # This year's target, with this financial year already chosen.
    page.get_by_role("navigation", name="Menu").get_by_role(
        "link", name=exactly("en", "Rollout")
    ).click()
    main.get_by_role("link", name="See the savings ledger").click()
    main.get_by_role("link", name="Savings against target").click()
    this_year = year_label(year_of(datetime.date.today()))
    expect(page.get_by_label("Financial year").locator("option:checked")).to_have_text(this_year)
    page.get_by_label("Target in pounds").fill("75,000,000")
    main.get_by_role("button", name="Save the target").click()
    shows_message(page, "Target saved.")
    expect(main.get_by_role("row").filter(has_text=this_year)).to_contain_text("£75,000,000")

    # A workstream: a practice found by its title, then another taken out after a question.
    open_board_section(page, "Workstreams")
    main.get_by_role("link", name="Shared back-office services").click()
    workstream = page.url
    page.get_by_label("Add a practice").fill("online self-service council tax")
    main.get_by_role("button", name="Search").click()
    title = "Online self-service for council tax and benefits"
    main.get_by_role("row").filter(has_text=title).get_by_role("button").click()
    # Every demo practice is in a workstream: this one moves here, and the page says from where.
    shows_message(page, f"“{title}” moved to this workstream from “Workforce and digital”.")
    assert page.url == workstream
    in_workstream = main.get_by_role("list").filter(
        has=page.get_by_role("link", name=title, exact=True)
    )
    expect(in_workstream.get_by_role("link", name=title, exact=True)).to_be_visible()
    leaving = in_workstream.get_by_role("listitem").first
    leaving_title = leaving.get_by_role("link").first.text_content().strip()
    leaving.get_by_role("link", name=f"Remove {leaving_title}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Are you sure you want to remove this practice from the workstream?"
    )
    expect(main.locator(".govuk-inset-text")).to_have_text(leaving_title)
    main.get_by_role("button", name="Remove the practice").click()
    shows_message(page, f"“{leaving_title}” removed from the workstream.")
    expect(in_workstream.get_by_role("link", name=leaving_title, exact=True)).to_have_count(0)

    # An action from a meeting, closed with what was done.
    open_board_section(page, "Actions")
    main.get_by_role("table").first.get_by_role("link").first.click()
    action = page.get_by_role("heading", level=1).text_content().strip()
    page.get_by_label("What was done?").fill("The shared service agreement was signed.")
    closed = page.get_by_role("group", name="Closed on")
    closed.get_by_label("Day").fill("1")
    closed.get_by_label("Month").fill("12")
    closed.get_by_label("Year").fill("2026")
    main.get_by_role("button", name="Close the action").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(action)
    expect(page.locator(".govuk-notification-banner")).to_be_visible()
    expect(main).to_contain_text("The shared service agreement was signed.")
    expect(main).to_contain_text("1 December 2026")

    # A spreadsheet with mistakes: nothing imported, and a report of what to correct.
    main = import_file(page, tmp_path, "adoptions-with-mistakes.csv", BROKEN)
    expect(main).to_contain_text("Nothing was imported")
    main.get_by_role("link", name="See the problems").click()
    problems = main.get_by_role("table").last
    expect(problems).to_contain_text("no-such-practice")
    expect(problems).to_contain_text("thinking")
    expect(problems).to_contain_text("stage_since")

    # The corrected spreadsheet: imported, and the adoption is on the practice's rollout with
    # the date as it was typed (1 April, not 4 January).
    main = import_file(page, tmp_path, "adoptions.csv", VALID)
    expect(main).to_contain_text("Import complete")
    page.goto(site.address("/practices/online-self-service-for-council-tax-and-benefits/rollout/"))
    row = main.get_by_role("row").filter(has_text="Isle of Anglesey County Council")
    expect(row).to_contain_text("Planning")
    expect(row).to_contain_text("1 Apr 2025")
