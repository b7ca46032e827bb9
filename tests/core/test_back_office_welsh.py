"""The back office (Django admin) as the Welsh reader meets it: refusals in the site's design and
language, and the admin pages Arfer uses without Django's English words."""

import re
from html import unescape
from html.parser import HTMLParser

import pytest
from django.test import Client

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from tests.accounts.helpers import sign_in_with_two_factor

PASSWORD = "correct-horse-battery"


def in_the_sites_design(html: str) -> None:
    assert 'class="govuk-header' in html or "govuk-generic-header" in html
    assert "govuk-footer" in html


@pytest.fixture
def viewer(client, directory):
    person = create_account(
        "viewer@example.org",
        role="viewer",
        body=Body.objects.get(slug="gwynedd-council"),
        password=PASSWORD,
        actor=SYSTEM,
    )[0]
    client.force_login(person)
    return client


@pytest.fixture
def moderator(client, directory):
    person = create_account(
        "moderator@example.org", role="moderator", password=PASSWORD, actor=SYSTEM
    )[0]
    sign_in_with_two_factor(client, person)
    return client


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize("page", ["/admin/", "/admin/menu/practice/"])
def test_someone_without_the_right_is_refused_not_sent_round(viewer, language, page):
    response = viewer.get(language + page, follow=True)
    assert response.status_code == 403
    # Two steps at most: to the back office's sign-in address, which refuses.
    assert len(response.redirect_chain) == 1
    html = unescape(response.content.decode())
    in_the_sites_design(html)
    assert f'<html lang="{language.strip("/") or "en"}"' in html
    expected = "Mae'r swyddfa gefn" if language else "The back office is for the programme's"
    assert expected in html


def test_the_public_still_signs_in_first(client, db):
    response = client.get("/cy/admin/menu/practice/")
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"].startswith("/cy/account/sign-in/?next=")


def test_staff_sent_to_the_back_office_sign_in_go_on_in(moderator):
    response = moderator.get("/cy/admin/login/?next=/cy/admin/menu/practice/")
    assert response.status_code == 302 and response["Location"] == "/cy/admin/menu/practice/"
    response = moderator.get("/admin/login/?next=https://elsewhere.example/")
    assert response["Location"] == "/admin/"


@pytest.mark.parametrize("language", ["", "/cy"])
def test_a_page_of_the_back_office_a_role_may_not_see_answers_in_the_sites_design(
    moderator, language
):
    # Bulk import runs are for programme admins only.
    response = moderator.get(language + "/admin/imports/importrun/")
    assert response.status_code == 403
    html = response.content.decode()
    in_the_sites_design(html)
    assert f'<html lang="{language.strip("/") or "en"}"' in html


@pytest.mark.parametrize("language", ["", "/cy"])
def test_a_form_of_the_back_office_without_its_csrf_token(directory, language):
    person = create_account(
        "admin@example.org", role="programme-admin", password=PASSWORD, actor=SYSTEM
    )[0]
    client = Client(enforce_csrf_checks=True)
    sign_in_with_two_factor(client, person)
    response = client.post(language + "/admin/directory/body/add/", {"name_en": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    in_the_sites_design(html)
    assert f'<html lang="{language.strip("/") or "en"}"' in html
    expected = "Nid oedd modd anfon y ffurflen" if language else "The form could not be sent"
    assert expected in html


# Django's English on the Welsh back office --------------------------------------------------

# Words of Django's admin that must not reach a Welsh page.
ENGLISH_WORDS = [
    "Add",
    "Change",
    "Delete",
    "History",
    "Save",
    "Filter",
    "Search",
    "Action",
    "Go",
    "Home",
    "View site",
    "Recent actions",
    "Select",
    "selected",
    "Clear all filters",
    "Show counts",
    "Hide counts",
    "All",
    "Yes",
    "No",
    "Log out",
    "Welcome",
    "Breadcrumbs",
    "Skip to main content",
    "Toggle",
]


# Text Django writes into its templates untranslated, beyond any catalogue's reach: the search
# icon of change lists and the icons of yes/no columns.
UNTRANSLATABLE_ALT = {"Search", "True", "False", "None"}


class WelshText(HTMLParser):
    """The words a reader meets (text, and the labels of buttons, fields and links), leaving out
    what is marked as English (lang="en"), scripts and styles."""

    SKIPPED = {"script", "style", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self):
        super().__init__()
        self.stack: list[tuple[str, bool]] = []
        self.words: list[str] = []

    def _skipping(self) -> bool:
        return any(skipped for _tag, skipped in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        skipped = tag in self.SKIPPED or attributes.get("lang") == "en"
        if not skipped and not self._skipping():
            for name in ("aria-label", "title", "placeholder", "alt"):
                if attributes.get(name):
                    self.words.append(attributes[name])
            if tag == "img" and attributes.get("alt") in UNTRANSLATABLE_ALT:
                self.words.pop()
            if tag == "input" and attributes.get("type") in ("submit", "button"):
                self.words.append(attributes.get("value") or "")
        if tag not in self.VOID:
            self.stack.append((tag, skipped))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _skipped = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self._skipping() and data.strip():
            self.words.append(data.strip())


def english_words_on(html: str) -> list[str]:
    reader = WelshText()
    reader.feed(html)
    found = []
    for text in reader.words:
        for word in ENGLISH_WORDS:
            if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                found.append(f"{word!r} in {text!r}")
    return found


@pytest.fixture
def superuser(client, practice_factory):
    practice_factory("ailalluogi", title_en="Ailalluogi", title_cy="Ailalluogi")
    person = create_account(
        "admin@example.org", role="programme-admin", password=PASSWORD, actor=SYSTEM
    )[0]
    person.is_superuser = True
    person.save()
    sign_in_with_two_factor(client, person)
    return client


def test_the_welsh_back_office_has_no_english_words_of_djangos(superuser):
    from arfer.menu.models import Practice

    practice = Practice.objects.get(slug="ailalluogi")
    pages = [
        "/cy/admin/",
        "/cy/admin/menu/",
        "/cy/admin/menu/practice/",
        "/cy/admin/menu/practice/?status__exact=published",
        # Bodies' English names are data, not Django's words: a search keeps them out of the way.
        "/cy/admin/directory/body/?q=Gwynedd",
        f"/cy/admin/menu/practice/{practice.pk}/change/",
        f"/cy/admin/menu/practice/{practice.pk}/history/",
        f"/cy/admin/menu/practice/{practice.pk}/delete/",
        "/cy/admin/directory/body/add/",
        "/cy/admin/accounts/user/",
    ]
    found = {}
    for page in pages:
        response = superuser.get(page)
        assert response.status_code == 200, page
        if words := english_words_on(response.content.decode()):
            found[page] = words
    assert found == {}


def test_the_check_finds_english(superuser):
    # The English page, read as if it were Welsh, is full of them: the check can fail.
    html = superuser.get("/admin/menu/practice/").content.decode()
    assert english_words_on(html.replace('<html lang="en"', '<html lang="cy"', 1))
