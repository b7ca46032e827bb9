"""A council's editor adopts or justifies from the practice's own page: they see that their body
has not yet considered a practice, adopt it, see its stage and move it on; decline another with a
reason from the list and their own words; and follow a practice. When a moderator asks for
changes to a practice of theirs, the editor reads the reasons at the top of its page. Walked in
English and in Welsh."""

import pytest
from playwright.sync_api import expect

from arfer.menu.models import Review
from arfer.rollout.models import DeclineReason, Stage
from tests.journeys.steps import shows_message, sign_in, words

pytestmark = pytest.mark.browser

ADOPTED = "automated-invoice-processing-in-accounts-payable"
DECLINED = "fire-service-safe-and-well-visits-with-falls-risk-referrals"
# Led by the editor's own council.
OWN = "home-to-school-transport-route-planning-with-optimisation-software"
WHY_DECLINED = "Our fire and rescue partner already runs falls screening on home visits."
WHAT_TO_CHANGE = "Say how the savings of the joint team were counted."


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_editor_adopts_and_justifies_from_the_practice_page(site, new_person, language):
    editor = new_person(language=language)
    main = editor.locator("main")
    standing = editor.locator("#standing")
    sign_in(editor, site, site.accounts["editor"], language)

    def open_practice(slug):
        editor.goto(site.address(f"/practices/{slug}/", language))

    # Not yet considered: adopt it from its page, the body already chosen.
    open_practice(ADOPTED)
    expect(standing).to_contain_text(words(language, "Not yet considered"))
    standing.get_by_role("link", name=words(language, "Adopt this practice")).click()
    expect(
        editor.get_by_label(words(language, "Which body is adopting it?")).locator("option:checked")
    ).to_have_count(1)
    editor.get_by_label(words(language, Stage.EXPLORING.label), exact=True).check()
    main.get_by_role("button", name=words(language, "Record the adoption")).click()
    shows_message(editor, words(language, Stage.EXPLORING.label))

    # Back on the practice's page: its stage, and the next move.
    open_practice(ADOPTED)
    expect(standing).to_contain_text(words(language, Stage.EXPLORING.label))
    standing.get_by_role("link", name=words(language, "Move to the next stage")).click()
    editor.get_by_label(words(language, Stage.PLANNING.label), exact=True).check()
    main.get_by_role("button", name=words(language, "Change the stage")).click()
    open_practice(ADOPTED)
    expect(standing).to_contain_text(words(language, Stage.PLANNING.label))

    # Adopt or justify: decline another practice, saying why.
    open_practice(DECLINED)
    standing.get_by_role("link", name=words(language, "Decline, and say why")).click()
    editor.get_by_label(words(language, DeclineReason.ALREADY_DONE.label), exact=True).check()
    editor.get_by_label(words(language, "Say why, in your own words")).fill(WHY_DECLINED)
    main.get_by_role("button", name=words(language, "Decline the practice")).click()
    expect(standing).to_contain_text(words(language, DeclineReason.ALREADY_DONE.label))
    expect(standing).to_contain_text(WHY_DECLINED)

    # Follow it, to hear what other bodies make of it.
    main.get_by_role("button", name=words(language, "Follow this practice")).click()
    shows_message(
        editor,
        words(
            language,
            "You are following this practice. You will hear of its new adoptions, new "
            "versions and answers to questions on it, as your email preferences say.",
        ),
    )
    expect(main.get_by_role("button", name=words(language, "Stop following"))).to_be_visible()

    # A change to a practice of their own, sent for review; the moderator asks for changes.
    open_practice(OWN)
    main.get_by_role("button", name=words(language, "Propose changes")).click()
    main.get_by_role("button", name=words(language, "Send for review")).click()
    shows_message(
        editor, words(language, "Submitted for review. The programme team will look at it soon.")
    )
    revision = editor.url

    moderator = new_person(language=language)
    sign_in(moderator, site, site.accounts["moderator"], language)
    moderator.goto(revision)
    moderator.locator("main").get_by_role(
        "link", name=words(language, "Review this practice")
    ).click()
    moderator.get_by_label(
        words(language, Review.Decision.REQUEST_CHANGES.label), exact=True
    ).check()
    moderator.get_by_label(words(language, "Reasons")).fill(WHAT_TO_CHANGE)
    moderator.locator("main").get_by_role("button", name=words(language, "Record decision")).click()
    shows_message(moderator, words(language, "Decision recorded and sent to the lead body."))

    # The editor reads the reasons at the top of the practice's page, above its title.
    editor.goto(revision)
    reasons = editor.locator("#changes-asked")
    expect(reasons).to_contain_text(WHAT_TO_CHANGE)
    heading = editor.get_by_role("heading", level=1)
    assert reasons.bounding_box()["y"] < heading.bounding_box()["y"]
