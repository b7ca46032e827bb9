"""A council's editor adopts a published practice, moves it on a stage, records what it is
expected to save and what it saved, and declines another practice with a reason ("adopt or
justify"). A programme moderator verifies the realised saving, and is refused when verifying a
saving they recorded themselves."""

import datetime

import pytest
from playwright.sync_api import expect

from arfer.core.periods import year_label, year_of
from arfer.rollout.models import LedgerEntry, Stage, Support
from tests.journeys.steps import search_menu, shows_message, sign_in

pytestmark = pytest.mark.browser

ADOPTED = "Automated invoice processing in accounts payable"
DECLINED = "Fire service safe and well visits with falls risk referrals"


def open_practice(page, site, title):
    page.goto(site.address("/practices/"))
    search_menu(page, title)
    page.locator("main").get_by_role("link", name=title).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(title)


def open_rollout(page, site, title):
    open_practice(page, site, title)
    page.locator("main").get_by_role(
        "link", name="See the rollout: who is at which stage, on a map"
    ).click()


def record_adoption_from_practice(page, site, title):
    open_rollout(page, site, title)
    page.locator("main").get_by_role("link", name="Record an adoption").click()
    # The editor acts for one body: it is already chosen.
    expect(page.get_by_label("Which body is adopting it?").locator("option:checked")).to_have_text(
        "Carmarthenshire County Council"
    )


def fill_date(page, legend, day, month, year):
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(str(day))
    group.get_by_label("Month").fill(str(month))
    group.get_by_label("Year").fill(str(year))


def record_saving(page, *, certainty, amount):
    page.locator("main").get_by_role("link", name="Record a saving").click()
    # This financial year is the likely answer, so it is the one chosen.
    expect(page.get_by_label("Financial year").locator("option:checked")).to_have_text(
        year_label(year_of(datetime.date.today()))
    )
    page.get_by_label("Q1 (April to June)").check()
    page.get_by_label(str(certainty.label), exact=True).check()
    page.get_by_label(str(LedgerEntry.Kind.CASHABLE.label), exact=True).check()
    page.get_by_label(str(LedgerEntry.Recurrence.RECURRING.label), exact=True).check()
    page.get_by_label("Amount in pounds").fill(amount)
    page.get_by_label("Evidence", exact=True).fill("Invoices processed, from the finance system.")
    page.locator("main").get_by_role("button", name="Record the saving").click()
    shows_message(page, "Saving recorded. The programme team will verify it.")
    expect(page.locator("main")).to_contain_text(str(certainty.label))


def test_an_editor_adopts_and_records_savings_and_a_moderator_verifies(site, new_person):
    editor = new_person()
    main = editor.locator("main")
    sign_in(editor, site, site.accounts["editor"])

    # Adopt: planning since 1 April 2026, asking for advice and a visit.
    record_adoption_from_practice(editor, site, ADOPTED)
    editor.get_by_label(str(Stage.PLANNING.label), exact=True).check()
    fill_date(editor, "Since when?", 1, 4, 2026)
    editor.get_by_label(str(Support.ADVICE.label), exact=True).check()
    editor.get_by_label(str(Support.VISIT.label), exact=True).check()
    adapted = editor.get_by_label("Yes, we adapted it")
    adapted.check()
    adapted.uncheck()
    expect(adapted).not_to_be_checked()
    main.get_by_role("button", name="Record the adoption").click()
    shows_message(editor, "is on the register at the stage")
    expect(main).to_contain_text(str(Stage.PLANNING.label))
    expect(main).to_contain_text("1 April 2026")
    expect(main).to_contain_text(str(Support.ADVICE.label))
    expect(main).to_contain_text(str(Support.VISIT.label))

    # Move it on a stage.
    main.get_by_role("link", name="Change the stage").click()
    editor.get_by_label(str(Stage.PILOTING.label), exact=True).check()
    fill_date(editor, "Date of the change", 2, 9, 2026)
    main.get_by_role("button", name="Change the stage").click()
    expect(main).to_contain_text(str(Stage.PILOTING.label))
    expect(main).to_contain_text("2 September 2026")

    # What it is expected to save, then what it saved.
    record_saving(editor, certainty=LedgerEntry.Certainty.FORECAST, amount="12,000")
    main.get_by_role("link", name="the adoption").click()
    record_saving(editor, certainty=LedgerEntry.Certainty.REALISED, amount="8,500")
    main.get_by_role("link", name="the adoption").click()
    savings = main.get_by_role("table", name="Savings")
    expect(savings).to_contain_text("£12,000")
    expect(savings).to_contain_text("£8,500")

    # Adopt or justify: decline another practice, with the reason.
    record_adoption_from_practice(editor, site, DECLINED)
    editor.get_by_label("Declined: we looked at it and will not adopt it").check()
    fill_date(editor, "Since when?", 15, 10, 2026)
    editor.get_by_label("Reason (needed if declined)").fill(
        "Our fire and rescue partner already runs falls screening on home visits."
    )
    main.get_by_role("button", name="Record the adoption").click()
    expect(editor.locator(".govuk-notification-banner")).to_contain_text("declined")
    expect(editor.locator(".govuk-notification-banner")).not_to_contain_text("Adoption recorded")
    expect(main).to_contain_text("already runs falls screening")

    # The moderator verifies the realised saving.
    moderator = new_person()
    sign_in(moderator, site, site.accounts["moderator"])
    open_rollout(moderator, site, ADOPTED)
    moderator.locator("main").get_by_role("link", name="Carmarthenshire County Council").click()
    savings = moderator.locator("main").get_by_role("table", name="Savings")
    savings.get_by_role("row").filter(has_text="£8,500").get_by_role("link").click()
    moderator.get_by_label(str(LedgerEntry.Verification.VERIFIED.label), exact=True).check()
    moderator.locator("main").get_by_role("button", name="Record verification").click()
    shows_message(moderator, "Verification recorded.")
    expect(moderator.locator("main")).to_contain_text(str(LedgerEntry.Verification.VERIFIED.label))

    # A forecast cannot be verified: the page does not offer it.
    moderator.locator("main").get_by_role("link", name="the adoption").click()
    savings.get_by_role("row").filter(has_text="£12,000").get_by_role("link").click()
    expect(
        moderator.get_by_label(str(LedgerEntry.Verification.VERIFIED.label), exact=True)
    ).to_have_count(0)
    expect(moderator.locator("main")).to_contain_text("forecast")

    # A saving the moderator records is verified by someone else, never by themselves.
    moderator.locator("main").get_by_role("link", name="the adoption").click()
    record_saving(moderator, certainty=LedgerEntry.Certainty.REALISED, amount="1,000")
    moderator.get_by_label(str(LedgerEntry.Verification.VERIFIED.label), exact=True).check()
    moderator.locator("main").get_by_role("button", name="Record verification").click()
    expect(moderator.locator(".govuk-error-summary")).to_contain_text(
        "Someone other than the person who recorded a saving must verify it."
    )
