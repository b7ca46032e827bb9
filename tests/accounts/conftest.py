import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body

PASSWORD = "a-long-unusual-passphrase"


@pytest.fixture
def council(directory):
    return Body.objects.get(slug="carmarthenshire-county-council")


@pytest.fixture
def other_body(directory):
    return Body.objects.get(slug="gwynedd-council")


@pytest.fixture
def people(council, other_body):
    """A body's admin, editor and viewer, another body's admin, and the programme roles."""

    def person(email, role, body=None):
        return create_account(email, role=role, body=body, password=PASSWORD, actor=SYSTEM)[0]

    return {
        "admin": person("admin@example.org", "body-admin", council),
        "editor": person("editor@example.org", "editor", council),
        "viewer": person("viewer@example.org", "viewer", council),
        "other_admin": person("other-admin@example.org", "body-admin", other_body),
        "programme_admin": person("programme-admin@example.org", "programme-admin"),
        "moderator": person("moderator@example.org", "moderator"),
        "board": person("board@example.org", "board"),
    }
