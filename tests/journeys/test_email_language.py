"""An editor, on a phone, chooses on their account page the language of the emails Arfer sends
them: the other language from the one they read the pages in, so that what arrives is shown to
follow their choice and not the page's. A programme admin then invites them to another body;
the invitation arrives in the language chosen, subject and all, with its link to the page in
that language, which the editor follows and accepts. Walked in English and in Welsh."""

import re

import pytest
from playwright.sync_api import expect

from tests.journeys.steps import (
    body_name,
    exactly,
    fits_the_screen,
    inbox,
    open_navigation,
    shows_message,
    sign_in,
    words,
)

pytestmark = pytest.mark.browser

OTHER = {"en": "cy", "cy": "en"}
LANGUAGE_NAME = {"cy": "Welsh", "en": "English"}
BOTH = "Welsh and English, with the Welsh first"
INVITED_TO = "gwynedd-council"


def choose_email_language(page, language, chosen):
    """From the account page: the row says what is chosen now; "Change" opens the question."""
    main = page.locator("main")
    open_navigation(page, language)
    page.get_by_role("navigation", name=words(language, "Your account")).get_by_role(
        "link", name=exactly(language, "Your account")
    ).click()
    row = main.locator(".govuk-summary-list__row").filter(
        has_text=words(language, "Email language")
    )
    # Nobody asked this editor when the account was made: both languages, the Welsh first.
    expect(row).to_contain_text(words(language, BOTH))
    row.get_by_role("link", name=words(language, "Change")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words(language, "Email language"))
    question = page.get_by_role(
        "group", name=words(language, "What language should your emails be in?")
    )
    expect(question.get_by_label(words(language, BOTH))).to_be_checked()
    fits_the_screen(page)
    question.get_by_label(words(language, LANGUAGE_NAME[chosen]), exact=True).check()
    main.get_by_role("button", name=words(language, "Save email language")).click()
    shows_message(page, words(language, "Your email language has been saved."))
    expect(row).to_contain_text(words(language, LANGUAGE_NAME[chosen]))
    expect(row).not_to_contain_text(words(language, BOTH))
    fits_the_screen(page)


def invite(page, site, language, email):
    main = page.locator("main")
    page.goto(site.address(f"/account/bodies/{INVITED_TO}/members/", language))
    main.get_by_role("button", name=words(language, "Invite someone")).click()
    page.get_by_label(words(language, "Email address")).fill(email)
    page.get_by_label(words(language, "Viewer"), exact=True).check()
    main.get_by_role("button", name=words(language, "Send invitation")).click()
    shows_message(page, words(language, "Invitation sent to %(email)s.") % {"email": email})


@pytest.mark.parametrize("language", ["en", "cy"])
def test_emails_arrive_in_the_language_chosen_on_the_account_page(site, new_person, language):
    chosen = OTHER[language]
    editor_account = site.accounts["editor"]
    editor = new_person(width=390, language=language)
    sign_in(editor, site, editor_account, language)
    choose_email_language(editor, language, chosen)

    admin = new_person(language=language)
    sign_in(admin, site, site.accounts["programme-admin"], language)
    invite(admin, site, language, editor_account.email)

    # The invitation, in the language the editor chose and only in that one.
    [message] = inbox(site, editor_account.email)
    body = body_name(INVITED_TO, chosen)
    subject = words(chosen, "You are invited to join %(body)s on Arfer") % {"body": body}
    # A long encoded subject is folded onto the header's next line; unfolded, it keeps that
    # line's leading space, which mail programs do not show.
    assert str(message["Subject"]).strip() == subject
    text = message.get_content()
    assert words(chosen, "To accept, open this link:") in text
    assert words(OTHER[chosen], "To accept, open this link:") not in text
    links = re.findall(r"https?://\S+/account/invitations/[\w-]+/", text)
    assert len(links) == 1 and ("/cy/account/" in links[0]) == (chosen == "cy"), links

    # The link opens the invitation in that language; the editor accepts it there.
    path = re.sub(r"^https?://[^/]+", "", links[0])
    editor.goto(site.url + path)
    expect(editor.locator("html")).to_have_attribute("lang", chosen)
    editor.locator("main").get_by_role("button", name=words(chosen, "Accept invitation")).click()
    shows_message(editor, words(chosen, "You are now a member of %(body)s.") % {"body": body})
    fits_the_screen(editor)
