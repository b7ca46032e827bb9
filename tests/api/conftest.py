import datetime

import pytest
from django.test import Client

from arfer.accounts.actions import create_account
from arfer.accounts.tokens import create_api_token
from arfer.board.actions import add_action, save_meeting
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout.actions import record_adoption, record_saving
from tests.accounts.helpers import give_two_factor
from tests.conftest import make_practice

OWN = "carmarthenshire-county-council"
SAVING = {
    "financial_year": 2024,
    "quarter": 1,
    "kind": "cashable",
    "recurrence": "one_off",
    "certainty": "realised",
    "amount_pence": 100_000,
}


@pytest.fixture
def programme(directory):
    """A small programme: the own body's draft and published practices, another body's
    practice it adopts, a saving, a board meeting with an action and a published summit."""
    own = Body.objects.get(slug=OWN)
    draft = make_practice("own-draft", publish=False)
    published = make_practice("own-published")
    other = make_practice("cardiff-practice", lead="cardiff-council")
    adoption = record_adoption(other, own, actor=SYSTEM, contact_name="Adoption team")
    entry = record_saving(actor=SYSTEM, values=SAVING, adoption=adoption)
    meeting = save_meeting(
        {"kind": "board", "title_en": "Board meeting", "date": datetime.date(2024, 5, 1)},
        actor=SYSTEM,
        attending=[own],
    )
    add_action(
        meeting,
        {
            "text_en": "Report back",
            "owner_body": own,
            "owner_name": "Chief",
            "rag": "amber",
            "due_date": datetime.date(2024, 7, 1),
        },
        actor=SYSTEM,
    )
    return {
        "own": own,
        "draft": draft,
        "published": published,
        "other": other,
        "adoption": adoption,
        "entry": entry,
        "meeting": meeting,
    }


def person(role, email, *, body=OWN):
    kwargs = (
        {"body": Body.objects.get(slug=body)} if role in {"viewer", "editor", "body-admin"} else {}
    )
    user = create_account(
        email, role=role, password="a-long-unusual-passphrase", actor=SYSTEM, **kwargs
    )[0]
    if user.requires_two_factor:
        give_two_factor(user)
    return user


def token_for(user, scope="write") -> str:
    return create_api_token(user, name="Tests", scope=scope, actor=SYSTEM)[1]


class ApiClient:
    """JSON in and out, with a token (or none)."""

    def __init__(self, token: str | None = None, **headers):
        self.client = Client()
        self.headers = {**({"Authorization": f"Bearer {token}"} if token else {}), **headers}

    def call(self, method, url, body=None, headers=None):
        import json

        return self.client.generic(
            method,
            url,
            json.dumps(body) if body is not None else "",
            content_type="application/json",
            headers={**self.headers, **(headers or {})},
        )

    def get(self, url, headers=None):
        return self.call("GET", url, headers=headers)

    def post(self, url, body=None, headers=None):
        return self.call("POST", url, body if body is not None else {}, headers=headers)

    def patch(self, url, body, headers=None):
        return self.call("PATCH", url, body, headers=headers)


@pytest.fixture
def editor(programme):
    return person("editor", "editor@example.org")


@pytest.fixture
def as_editor(editor):
    return ApiClient(token_for(editor))


@pytest.fixture
def anonymous():
    return ApiClient()
