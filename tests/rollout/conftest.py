import datetime
from decimal import Decimal

import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
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
        return create_account(
            email, role=role, password="a-long-unusual-passphrase", actor=SYSTEM, **kwargs
        )[0]

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


@pytest.fixture
def world(rollout_world):
    """Gwynedd exploring (adapted, with support asked for), Cardiff piloting, Powys declined:
    all of Carmarthenshire's practice; and savings of Gwynedd and Cardiff."""
    w = rollout_world
    cardiff = Body.objects.get(slug="cardiff-council")
    powys = Body.objects.get(slug="powys-county-council")
    w["gwynedd_adoption"] = adopt(
        w,
        target_date=datetime.date(2025, 3, 31),
        support_requested=["visit", "advice"],
        adapted=True,
        adaptations="Welsh first.",
        contact_email="nia@gwynedd.example",
    )
    w["cardiff_adoption"] = actions.record_adoption(
        w["practice"],
        cardiff,
        actor=w["outsider"],
        stage="piloting",
        changed_on=datetime.date(2024, 5, 2),
    )
    w["powys_adoption"] = actions.record_adoption(
        w["practice"],
        powys,
        actor=w["moderator"],
        stage="declined",
        changed_on=datetime.date(2024, 6, 3),
        reason="Our own service does this.",
    )
    gwynedd = w["gwynedd_adoption"]
    w["realised"] = actions.record_saving(actor=w["editor"], values=CASHABLE, adoption=gwynedd)
    w["forecast"] = actions.record_saving(
        actor=w["editor"],
        adoption=gwynedd,
        values=CASHABLE
        | {
            "quarter": 3,
            "certainty": "forecast",
            "recurrence": "one_off",
            "amount_pence": 300_050,
            "evidence": "",
        },
    )
    w["bed_days"] = actions.record_saving(
        actor=w["editor"],
        adoption=gwynedd,
        values=CASHABLE
        | {
            "financial_year": 2023,
            "quarter": 4,
            "kind": "non_cashable",
            "unit": "bed_days",
            "quantity": Decimal("30.5"),
            "amount_pence": 450_000,
            "evidence": "Ward figures.",
        },
    )
    w["cardiff_saving"] = actions.record_saving(
        actor=w["outsider"],
        adoption=w["cardiff_adoption"],
        values=CASHABLE | {"amount_pence": 500_000, "evidence": "Finance return."},
    )
    w["realised"] = actions.verify_saving(
        w["realised"], actor=w["moderator"], verification="verified"
    )
    w["bed_days"] = actions.verify_saving(
        w["bed_days"], actor=w["moderator"], verification="queried", reason="Which wards?"
    )
    return w
