"""A council's editor shares a practice through every step and sends it for review; a programme
moderator asks for changes with reasons; the editor reads them, changes the practice and sends it
again; the moderator ticks every criterion and publishes it; anyone then finds it by search.
Walked in English and in Welsh."""

import pytest
from playwright.sync_api import expect

from arfer.menu.models import PracticePartner, PreventionTier, Review, ReviewCriterion
from tests.journeys.steps import (
    body_name,
    exactly,
    search_menu,
    service_area_label,
    shows_message,
    sign_in,
    words,
)

pytestmark = pytest.mark.browser

TITLE = {
    "en": "Shared hospital discharge hub with the voluntary sector",
    "cy": "Hwb rhyddhau o'r ysbyty ar y cyd â'r sector gwirfoddol",
}


def share_a_practice(page, site, language):
    """The editor of Carmarthenshire County Council shares a practice and sends it for review."""
    main = page.locator("main")
    heading = page.get_by_role("heading", level=1)
    sign_in(page, site, site.accounts["editor"], language)
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Share a practice")
    ).click()
    expect(heading).to_have_text(words(language, "Share a practice"))

    # The editor acts for one body, so it is already chosen.
    lead = page.get_by_label(words(language, "Which body leads this practice?"))
    expect(lead.locator("option:checked")).to_have_text(
        body_name("carmarthenshire-county-council", language)
    )
    page.get_by_label(words(language, "Title in English")).fill(TITLE["en"])
    page.get_by_label(words(language, "Title in Welsh (optional)")).fill(TITLE["cy"])
    main.get_by_role("button", name=words(language, "Start")).click()

    save_and_continue = main.get_by_role("button", name=words(language, "Save and continue"))
    expect(heading).to_have_text(words(language, "About the practice"))
    page.get_by_label(words(language, "Summary in English")).fill(
        "One hub plans every discharge with the voluntary sector from the day of admission."
    )
    page.get_by_label(words(language, "Summary in Welsh")).fill(
        "Mae un hwb yn cynllunio pob rhyddhau gyda'r sector gwirfoddol o ddiwrnod y derbyn."
    )
    save_and_continue.click()

    expect(heading).to_have_text(words(language, "The problem and what was done"))
    page.get_by_label(words(language, "The problem, in English")).fill(
        "People waited in hospital for care to be arranged."
    )
    page.get_by_label(words(language, "What was done, in English")).fill(
        "We set up a hub.\n\n- Daily calls with the wards\n- A volunteer driver service"
    )
    save_and_continue.click()

    expect(heading).to_have_text(words(language, "Outcomes and what an adopter needs"))
    page.get_by_label(words(language, "Outcomes, in English")).fill(
        "Stays after people were ready to leave fell by two days."
    )
    page.get_by_label(words(language, "What you need to adopt this, in English")).fill(
        "A hub coordinator and a shared list of people waiting."
    )
    save_and_continue.click()

    # Two service areas: both stay ticked.
    expect(heading).to_have_text(words(language, "Service areas, prevention and evidence"))
    page.get_by_label(service_area_label("hospital-discharge", language), exact=True).check()
    page.get_by_label(service_area_label("care-at-home", language), exact=True).check()
    page.get_by_label(words(language, PreventionTier.SECONDARY.label), exact=True).check()
    page.get_by_role("group", name=words(language, "Evidence level")).get_by_role("radio").nth(
        1
    ).check()
    save_and_continue.click()

    expect(heading).to_have_text(words(language, "Costs and savings"))
    page.get_by_label(words(language, "Set-up cost (£)")).fill("45,000")
    page.get_by_label(words(language, "Recurring cashable saving per year (£)")).fill("120000")
    save_and_continue.click()

    # A start date typed the British way: 1 April 2024, never 4 January.
    expect(heading).to_have_text(words(language, "Contact and dates"))
    page.get_by_label(words(language, "Contact name or team")).fill("Discharge hub team")
    page.get_by_label(words(language, "Contact email")).fill("hub@example.org")
    start = page.get_by_role("group", name=words(language, "Start date"))
    start.get_by_label(words(language, "Day")).fill("1")
    start.get_by_label(words(language, "Month")).fill("4")
    start.get_by_label(words(language, "Year")).fill("2024")
    save_and_continue.click()

    # Check your practice: every answer on its own row, the list kept as a list.
    summary = main.locator(".govuk-summary-list")
    expect(summary.first).to_be_visible()
    expect(main).to_contain_text(service_area_label("hospital-discharge", language).split(": ")[-1])
    expect(main).to_contain_text(service_area_label("care-at-home", language).split(": ")[-1])
    expect(main.locator("li", has_text="A volunteer driver service")).to_be_visible()
    expect(main).to_contain_text("1 " + words(language, "April") + " 2024")
    expect(main).to_contain_text(TITLE["cy"])

    # Partners: a trade union and a voluntary body.
    for slug, role in (
        ("unison-cymru-wales", PracticePartner.Role.WORKFORCE),
        ("carmarthenshire-association-of-voluntary-services", PracticePartner.Role.COMMUNITY),
    ):
        page.get_by_label(words(language, "Partner body")).select_option(
            label=body_name(slug, language)
        )
        page.get_by_label(words(language, "Role")).select_option(label=words(language, role.label))
        main.get_by_role("button", name=words(language, "Add partner")).click()
        expect(main).to_contain_text(body_name(slug, language))

    main.get_by_role("button", name=words(language, "Send for review")).click()
    shows_message(
        page, words(language, "Submitted for review. The programme team will look at it soon.")
    )
    expect(heading).to_contain_text(TITLE[language])


def review(page, language, *, decision, criteria=(), reasons=""):
    main = page.locator("main")
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Review queue")
    ).click()
    main.get_by_role("link", name=TITLE[language]).click()
    for criterion in criteria:
        page.get_by_label(words(language, criterion.label), exact=True).check()
    page.get_by_label(words(language, decision.label), exact=True).check()
    if reasons:
        page.get_by_label(words(language, "Reasons")).fill(reasons)
    main.get_by_role("button", name=words(language, "Record decision")).click()
    shows_message(page, words(language, "Decision recorded and sent to the lead body."))


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_practice_is_shared_reviewed_and_published(site, new_person, language):
    editor = new_person(language=language)
    share_a_practice(editor, site, language)

    moderator = new_person(language=language)
    sign_in(moderator, site, site.accounts["moderator"], language)
    reasons = "Say how many people the hub saw in its first year."
    review(moderator, language, decision=Review.Decision.REQUEST_CHANGES, reasons=reasons)

    # The editor finds the practice among their drafts, reads the reasons and answers them.
    main = editor.locator("main")
    editor.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Share a practice")
    ).click()
    main.get_by_role("link", name=TITLE[language]).click()
    expect(main).to_contain_text(reasons)
    main.get_by_role("link", name=words(language, "Change")).filter(
        has_text=words(language, "Outcomes, in English")
    ).click()
    editor.get_by_label(words(language, "Outcomes, in English")).fill(
        "The hub saw 1,240 people in its first year; stays fell by two days."
    )
    main.get_by_role("button", name=words(language, "Save and go back to your practice")).click()
    main.get_by_role("button", name=words(language, "Send for review")).click()
    shows_message(
        editor, words(language, "Submitted for review. The programme team will look at it soon.")
    )

    # Every criterion ticked, then published.
    review(moderator, language, decision=Review.Decision.PUBLISH, criteria=list(ReviewCriterion))

    # Now on the menu: anyone finds it by search.
    visitor = new_person(language=language)
    visitor.goto(site.address("/practices/", language))
    search_menu(visitor, "discharge hub voluntary", language)
    visitor.locator("main").get_by_role("link", name=TITLE[language]).click()
    expect(visitor.get_by_role("heading", level=1)).to_contain_text(TITLE[language])
    expect(visitor.locator("main")).to_contain_text(body_name("unison-cymru-wales", language))
