"""A council's editor adds a business case to the council's practice. An editor of another body
(invited by the programme admin, making their account from the invitation) opens the practice,
downloads the business case and asks the council a question; the council's editor answers it on
the page the question links to, and the asker reads the answer on the practice's page. Walked
in English and in Welsh."""

import re

import pytest
from playwright.sync_api import expect

from tests.journeys.steps import body_name, inbox, shows_message, sign_in, words

pytestmark = pytest.mark.browser

PRACTICE = "/practices/home-to-school-transport-route-planning-with-optimisation-software/"
LEAD = "carmarthenshire-county-council"
ASKING = "gwynedd-council"
BUSINESS_CASE = b"%PDF-1.7\n% Route planning business case\n"
LANGUAGE_NAME = {"cy": "Welsh", "en": "English"}


def invite_an_editor_of_another_body(site, new_person, language, email):
    admin = new_person(language=language)
    main = admin.locator("main")
    sign_in(admin, site, site.accounts["programme-admin"], language)
    admin.goto(site.address(f"/account/bodies/{ASKING}/members/", language))
    main.get_by_role("button", name=words(language, "Invite someone")).click()
    admin.get_by_label(words(language, "Email address")).fill(email)
    admin.get_by_label(words(language, "Editor"), exact=True).check()
    main.get_by_role("button", name=words(language, "Send invitation")).click()
    shows_message(admin, words(language, "Invitation sent to %(email)s.") % {"email": email})


def accept_with_a_new_account(page, site, language, email):
    [invitation] = inbox(site, email)
    # A new address gets both languages, the Welsh first: the link to the page in ours.
    links = re.findall(r"https?://\S+/account/invitations/[\w-]+/", invitation.get_content())
    [link] = [link for link in links if ("/cy/" in link) == (language == "cy")]
    page.goto(site.url + re.sub(r"^https?://[^/]+", "", link))
    page.get_by_label(words(language, "Create a password")).fill("a-long-unusual-passphrase")
    page.get_by_label(words(language, "Confirm your password")).fill("a-long-unusual-passphrase")
    page.get_by_label(words(language, LANGUAGE_NAME[language]), exact=True).check()
    page.locator("main").get_by_role(
        "button", name=words(language, "Create account and join")
    ).click()
    shows_message(
        page,
        words(language, "Your account is ready and you are now a member of %(body)s.")
        % {"body": body_name(ASKING, language)},
    )


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_body_downloads_a_business_case_and_asks_the_lead_body(
    site, new_person, tmp_path, language
):
    asker_email = f"transport-{language}@gwynedd.example.org"
    invite_an_editor_of_another_body(site, new_person, language, asker_email)

    # The council's editor adds the business case to its practice.
    editor = new_person(language=language)
    editor_main = editor.locator("main")
    sign_in(editor, site, site.accounts["editor"], language)
    editor.goto(site.address(PRACTICE, language))
    editor_main.get_by_role("link", name=words(language, "Add or remove documents")).click()
    editor.get_by_label(words(language, "Title"), exact=True).fill("Business case, 2025")
    editor.get_by_label(words(language, "Business case"), exact=True).check()
    upload = tmp_path / "Business case.pdf"
    upload.write_bytes(BUSINESS_CASE)
    editor.get_by_label(words(language, "File"), exact=True).set_input_files(upload)
    editor_main.get_by_role("button", name=words(language, "Add the document")).click()
    shows_message(
        editor, words(language, "Document added: %(title)s.") % {"title": "Business case, 2025"}
    )

    # The other body's editor finds it on the practice's page and downloads it.
    asker = new_person(language=language)
    asker_main = asker.locator("main")
    accept_with_a_new_account(asker, site, language, asker_email)
    asker.goto(site.address(PRACTICE, language))
    documents = asker_main.get_by_role(
        "table", name=words(language, "Documents the lead body shares about this practice")
    )
    expect(documents).to_contain_text(words(language, "Business case"))
    expect(documents).to_contain_text("PDF")
    with asker.expect_download() as waiting:
        documents.get_by_role("link", name="Business case, 2025").click()
    download = waiting.value
    assert download.suggested_filename == "Business case.pdf"
    assert download.path().read_bytes() == BUSINESS_CASE

    # And asks the council a question, for their body (the only one they belong to).
    lead = body_name(LEAD, language)
    asker_main.get_by_role(
        "link", name=words(language, "Ask %(body)s a question") % {"body": lead}
    ).click()
    expect(asker_main).to_contain_text(
        words(language, "You are asking for %(body)s.") % {"body": body_name(ASKING, language)}
    )
    send = asker_main.get_by_role("button", name=words(language, "Send the question"))
    send.click()
    expect(asker.locator(".govuk-error-summary")).to_contain_text(
        words(language, "Enter your question.")
    )
    asker.get_by_label(words(language, "Your question")).fill(
        "How many routes did the software change in its first year?"
    )
    send.click()
    shows_message(
        asker, words(language, "Your question has been sent to %(body)s.") % {"body": lead}
    )
    expect(asker_main).to_contain_text(words(language, "Not answered yet"))

    # The council's editor sees the question on the practice's page and answers it.
    editor.goto(site.address(PRACTICE, language))
    expect(editor_main).to_contain_text("How many routes did the software change")
    editor_main.get_by_role("link", name=words(language, "Answer this question")).click()
    editor.get_by_label(words(language, "Your answer")).fill("Forty of the sixty-two routes.")
    editor_main.get_by_role("button", name=words(language, "Send the answer")).click()
    shows_message(editor, words(language, "Your answer has been sent."))

    # The asker reads the answer where they asked.
    asker.reload()
    expect(asker_main).to_contain_text("Forty of the sixty-two routes.")
    expect(asker_main).not_to_contain_text(words(language, "Not answered yet"))
