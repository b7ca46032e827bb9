"""The service navigation: what each person sees, with exactly one part of the site current
(the most specific), in both languages. (Its layout is checked in a browser:
tests/browser/test_navigation.py.)"""

import re

import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.core.context_processors import NavigationItem, with_current
from tests.accounts.helpers import sign_in_with_two_factor

NAV_ITEM = re.compile(
    r'<a class="govuk-service-navigation__link" href="([^"]+)"'
    r'(?: aria-current="(\w+)")?>'
)


def nav_items(html: str) -> list[tuple[str, str]]:
    navigation = html.split('id="navigation"', 1)[1].split("</ul>", 1)[0]
    return NAV_ITEM.findall(navigation)


def items(*sections):
    return [NavigationItem(section, section, (section,)) for section in sections]


def test_the_longest_matching_section_is_current():
    marked = with_current(
        items("/practices/", "/practices/share/", "/rollout/"), "/practices/share/"
    )
    assert [item.current for item in marked] == ["", "page", ""]
    marked = with_current(items("/practices/", "/practices/share/"), "/practices/some-scheme/")
    assert [item.current for item in marked] == ["true", ""]
    assert [item.current for item in with_current(items("/practices/"), "/account/")] == [""]


@pytest.fixture
def admin(db):
    return create_account(
        "admin@example.org",
        role="programme-admin",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize(
    "path, current",
    [
        ("/practices/", ("/practices/", "page")),
        ("/practices/share/", ("/practices/share/", "page")),
        ("/practices/review/", ("/practices/review/", "page")),
        ("/rollout/savings/", ("/rollout/adoptions/", "true")),
        ("/board/actions/", ("/board/", "true")),
        ("/programme/", ("/programme/", "page")),
    ],
)
def test_exactly_one_item_is_current(client, admin, language, path, current):
    sign_in_with_two_factor(client, admin)
    found = nav_items(client.get(language + path).content.decode())
    assert [(href, mark) for href, mark in found if mark] == [(language + current[0], current[1])]


def test_the_public_sees_the_public_parts(client, db):
    assert [href for href, _mark in nav_items(client.get("/bodies/").content.decode())] == [
        "/practices/",
        "/bodies/",
        "/programme/",
    ]


def test_the_programme_admin_sees_every_part(client, admin):
    sign_in_with_two_factor(client, admin)
    assert [href for href, _mark in nav_items(client.get("/").content.decode())] == [
        "/practices/",
        "/bodies/",
        "/programme/",
        "/board/",
        "/practices/share/",
        "/rollout/adoptions/",
        "/practices/review/",
    ]
