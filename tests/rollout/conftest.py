import datetime

import pytest

from arfer.accounts.actions import create_account
from arfer.directory.models import Body
from arfer.rollout import actions
from tests.conftest import make_practice

OWN = "carmarthenshire-county-council"
ADOPTER = "gwynedd-council"


@pytest.fixture
def rollout_world(directory):
    """A published practice led by Carmarthenshire, Gwynedd's editor and viewer, an outsider
    from Cardiff, a moderator, a board member and a programme admin."""
    adopter = Body.objects.get(slug=ADOPTER)

    def person(role, email, **kwargs):
        return create_account(email, role=role, password="a-long-unusual-passphrase", **kwargs)[0]

    return {
        "practice": make_practice("reablement-at-home", evidence_level=3),
        "lead": Body.objects.get(slug=OWN),
        "adopter": adopter,
        "editor": person("editor", "editor@gwynedd.example", body=adopter),
        "viewer": person("viewer", "viewer@gwynedd.example", body=adopter),
        "lead_editor": person(
            "editor", "editor@carmarthenshire.example", body=Body.objects.get(slug=OWN)
        ),
        "outsider": person(
            "editor", "editor@cardiff.example", body=Body.objects.get(slug="cardiff-council")
        ),
        "moderator": person("moderator", "moderator@example.org"),
        "board": person("board", "board@example.org"),
        "admin": person("programme-admin", "admin@example.org"),
    }


def adopt(world, *, stage="exploring", changed_on=datetime.date(2024, 4, 1), **kwargs):
    return actions.record_adoption(
        world["practice"],
        world["adopter"],
        actor=world["editor"],
        stage=stage,
        changed_on=changed_on,
        **kwargs,
    )


CASHABLE = {
    "financial_year": 2024,
    "quarter": 2,
    "kind": "cashable",
    "recurrence": "recurring",
    "certainty": "realised",
    "amount_pence": 1_250_000,
    "evidence": "Budget report.",
}
