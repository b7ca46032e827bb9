import datetime

import pytest

from arfer.accounts.actions import create_account
from arfer.board import actions
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from tests.accounts.helpers import sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"


@pytest.fixture
def board_world(directory):
    """The programme team, a board member and a council's editor, and two board meetings with
    an action raised at the first."""

    def person(role, email, **kwargs):
        return create_account(email, role=role, password=PASSWORD, actor=SYSTEM, **kwargs)[0]

    council = Body.objects.get(slug="carmarthenshire-county-council")
    first = actions.save_meeting(
        {
            "kind": "board",
            "title_en": "Board meeting one",
            "date": datetime.date(2024, 4, 10),
            "place": "Cardiff",
        },
        actor=SYSTEM,
    )
    second = actions.save_meeting(
        {"kind": "board", "title_en": "Board meeting two", "date": datetime.date(2024, 6, 12)},
        actor=SYSTEM,
    )
    action = actions.add_action(
        first,
        {
            "text_en": "Map the discharge pathways",
            "owner_body": council,
            "owner_name": "Head of care",
            "due_date": datetime.date(2024, 5, 31),
            "rag": "amber",
        },
        actor=SYSTEM,
    )
    return {
        "council": council,
        "first": first,
        "second": second,
        "action": action,
        "moderator": person("moderator", "moderator@example.org"),
        "board": person("board", "board@example.org"),
        "admin": person("programme-admin", "admin@example.org"),
        "editor": person("editor", "editor@example.org", body=council),
    }


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        if user.requires_two_factor:
            sign_in_with_two_factor(client, user)
        else:
            client.force_login(user)
        return client

    return sign_in
