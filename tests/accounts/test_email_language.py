"""The language of a person's e-mails: asked when an invitation makes their account (offering
the language of the page), shown and changed on the account page, and refused clearly when the
answer is not one of the three."""

import io
import re
from html import unescape

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.utils import translation

from arfer.accounts.actions import create_account, set_email_language
from arfer.accounts.invitations import invite_member
from arfer.accounts.models import User
from arfer.core.actors import SYSTEM
from arfer.core.emails import EmailLanguage

from .conftest import PASSWORD

REFUSAL = "Choose the language of your emails: Welsh, English, or both."
PREFIX = {"en": "", "cy": "/cy"}


def words(language: str, english: str) -> str:
    with translation.override(language):
        return translation.gettext(english)


def text(response) -> str:
    return unescape(response.content.decode())


def checked(html: str) -> list[str]:
    """The values of the e-mail language radios that are ticked."""
    return re.findall(r'name="email_language" type="radio" value="([a-z-]+)" checked', html)


def test_accounts_made_without_being_asked_get_both_languages_welsh_first(people):
    assert people["editor"].email_language == EmailLanguage.BOTH
    assert User._meta.get_field("email_language").default == EmailLanguage.BOTH


def test_an_account_can_be_made_with_a_language_and_not_with_an_unknown_one(directory):
    user, _password = create_account(
        "welsh@example.org", role="board", password=PASSWORD, actor=SYSTEM, email_language="cy"
    )
    assert user.email_language == "cy"
    with pytest.raises(ValidationError, match="Choose the language of your emails"):
        create_account("french@example.org", role="board", actor=SYSTEM, email_language="fr")
    assert not User.objects.filter(email="french@example.org").exists()


def test_the_command_line_makes_an_account_with_a_language_or_both(directory, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no password piped in: one is made
    call_command("user", "add", "cli@example.org", "--role", "board", stdout=io.StringIO())
    call_command(
        "user",
        "add",
        "saesneg@example.org",
        "--role",
        "board",
        "--email-language",
        "en",
        stdout=io.StringIO(),
    )
    assert dict(User.objects.values_list("email", "email_language")) == {
        "cli@example.org": "cy-en",
        "saesneg@example.org": "en",
    }
    with pytest.raises(CommandError, match="invalid choice"):
        call_command("user", "add", "x@example.org", "--role", "board", "--email-language", "fr")
    assert not User.objects.filter(email="x@example.org").exists()


def test_only_the_person_chooses_their_email_language(people):
    editor = people["editor"]
    with pytest.raises(PermissionDenied):
        set_email_language(editor, "en", actor=people["admin"])
    with pytest.raises(ValidationError, match="Choose the language of your emails"):
        set_email_language(editor, "fr", actor=editor)
    editor.refresh_from_db()
    assert editor.email_language == EmailLanguage.BOTH
    set_email_language(editor, "en", actor=editor)
    editor.refresh_from_db()
    assert editor.email_language == "en"


# The account page ------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_account_page_shows_the_email_language_and_a_link_to_change_it(
    client, people, language
):
    set_email_language(people["editor"], "en", actor=people["editor"])
    client.force_login(people["editor"])
    html = text(client.get(PREFIX[language] + "/account/"))
    assert words(language, "Email language") in html
    assert words(language, "English") in html
    assert f'href="{PREFIX[language]}/account/email-language/"' in html


@pytest.mark.parametrize("language", ["en", "cy"])
def test_changing_the_email_language(client, people, language):
    editor = people["editor"]
    client.force_login(editor)
    url = PREFIX[language] + "/account/email-language/"
    page = text(client.get(url))
    # The choice made so far is ticked (both, for an account made without being asked).
    assert checked(page) == ["cy-en"]
    assert words(language, "What language should your emails be in?") in page
    for label in ("Welsh", "English", "Welsh and English, with the Welsh first"):
        assert words(language, label) in page
    response = client.post(url, {"email_language": "cy"})
    assert response.status_code == 302 and response["Location"] == PREFIX[language] + "/account/"
    editor.refresh_from_db()
    assert editor.email_language == "cy"
    account = text(client.get(response["Location"]))
    assert words(language, "Your email language has been saved.") in account
    assert checked(text(client.get(url))) == ["cy"]


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("posted", [{}, {"email_language": "fr"}, {"email_language": "CY"}])
def test_a_bad_email_language_is_refused_clearly_and_nothing_is_saved(
    client, people, language, posted
):
    editor = people["editor"]
    client.force_login(editor)
    response = client.post(PREFIX[language] + "/account/email-language/", posted)
    html = text(response)
    assert response.status_code == 200
    assert words(language, "There is a problem") in html
    assert words(language, REFUSAL) in html
    # The error summary links to the first radio, as GOV.UK's pattern does.
    assert 'href="#id_email_language_0"' in html
    editor.refresh_from_db()
    assert editor.email_language == EmailLanguage.BOTH


# Making an account from an invitation ----------------------------------------------------------


@pytest.fixture
def invitation_url(council, people):
    _invitation, token = invite_member(council, "new@example.org", "editor", actor=people["admin"])
    return f"/account/invitations/{token}/"


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_invitation_offers_the_language_of_the_page(client, invitation_url, language):
    html = text(client.get(PREFIX[language] + invitation_url))
    assert words(language, "What language should your emails be in?") in html
    assert checked(html) == [language]


@pytest.mark.parametrize("choice", ["cy", "en", "cy-en"])
def test_the_account_an_invitation_makes_keeps_the_language_chosen(client, invitation_url, choice):
    response = client.post(
        "/cy" + invitation_url,
        {"password1": PASSWORD, "password2": PASSWORD, "email_language": choice},
    )
    assert response.status_code == 302
    assert User.objects.get(email="new@example.org").email_language == choice


@pytest.mark.parametrize("posted", [{}, {"email_language": "fr"}])
def test_an_invitation_answered_with_a_bad_language_makes_no_account(
    client, invitation_url, posted
):
    response = client.post(invitation_url, {"password1": PASSWORD, "password2": PASSWORD, **posted})
    html = text(response)
    assert response.status_code == 200 and REFUSAL in html and "There is a problem" in html
    assert not User.objects.filter(email="new@example.org").exists()
