# ruff: noqa: RUF001 - curly quotes are part of the English being looked for
"""Django's own words on the account pages reach a Welsh reader in Welsh: the password
validators' help and the help under the second password field."""

from html import unescape

import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body

ENGLISH = [
    "Your password must contain at least 8 characters.",
    "Your password can’t be a commonly used password.",
    "Your password can’t be too similar to your other personal information.",
    "Enter the same password as before, for verification.",
]


@pytest.fixture
def viewer(client, directory):
    person = create_account(
        "viewer@example.org",
        role="viewer",
        body=Body.objects.get(slug="gwynedd-council"),
        password="correct-horse-battery",
        actor=SYSTEM,
    )[0]
    client.force_login(person)
    return client


def test_the_password_help_is_welsh_on_the_welsh_page(viewer):
    welsh = unescape(viewer.get("/cy/account/password/").content.decode())
    assert [text for text in ENGLISH if text in welsh] == []
    assert "Rhowch yr un cyfrinair ag o'r blaen, er mwyn ei wirio." in welsh
    assert "Ni all eich cyfrinair fod yn gyfrinair a ddefnyddir yn aml." in welsh
    english = unescape(viewer.get("/account/password/").content.decode())
    assert [text for text in ENGLISH if text not in english] == []
