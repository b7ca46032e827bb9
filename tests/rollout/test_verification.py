"""Only realised savings are verified: a forecast has nothing to check yet. The rule is the
action's, so the pages, the API and imports keep it alike."""

import pytest
from django.core.exceptions import ValidationError

from arfer.rollout import actions
from arfer.rollout.models import LedgerEntry
from tests.accounts.helpers import give_two_factor
from tests.api.conftest import ApiClient, token_for
from tests.imports.conftest import csv_bytes, run

from .conftest import CASHABLE, adopt
from .test_forms import FORECAST, sign_in


@pytest.fixture
def forecast(rollout_world):
    return actions.record_saving(
        actor=rollout_world["editor"], adoption=adopt(rollout_world), values=FORECAST
    )


def test_the_action_refuses_to_verify_a_forecast(rollout_world, forecast):
    with pytest.raises(ValidationError) as refused:
        actions.verify_saving(forecast, actor=rollout_world["moderator"], verification="verified")
    assert refused.value.message_dict["verification"] == [
        "A forecast saving cannot be verified: nothing has been saved yet to check. Once the "
        "saving is made, the body records it as realised, and it can be verified then."
    ]
    forecast.refresh_from_db()
    assert forecast.verification == "unverified"
    # A forecast may still be queried.
    queried = actions.verify_saving(
        forecast, actor=rollout_world["moderator"], verification="queried", reason="Which baseline?"
    )
    assert queried.verification == "queried"


def test_the_page_does_not_offer_to_verify_a_forecast(client, rollout_world, forecast):
    sign_in(client, rollout_world["moderator"])
    html = client.get(f"/rollout/savings/{forecast.pk}/").content.decode()
    assert 'name="verification" type="radio" value="verified"' not in html
    assert 'name="verification" type="radio" value="queried"' in html
    assert "A forecast saving cannot be verified" in html
    response = client.post(
        f"/rollout/savings/{forecast.pk}/verify/",
        {"verification": "verified", "reason": "", "version": "1"},
    )
    assert response.status_code == 200
    assert "A forecast saving cannot be verified" in response.content.decode()
    forecast.refresh_from_db()
    assert forecast.verification == "unverified"


def test_the_page_offers_to_verify_a_realised_saving(client, rollout_world):
    entry = actions.record_saving(
        actor=rollout_world["editor"], adoption=adopt(rollout_world), values=CASHABLE
    )
    sign_in(client, rollout_world["moderator"])
    html = client.get(f"/rollout/savings/{entry.pk}/").content.decode()
    assert 'name="verification" type="radio" value="verified"' in html
    assert "A forecast saving cannot be verified" not in html


def test_the_api_refuses_to_verify_a_forecast(rollout_world, forecast):
    give_two_factor(rollout_world["moderator"])
    api = ApiClient(token_for(rollout_world["moderator"]))
    response = api.post(
        f"/api/v1/ledger/{forecast.pk}/verification", {"verification": "verified", "version": 1}
    )
    assert response.status_code == 400
    assert response.json()["fields"]["verification"][0].startswith(
        "A forecast saving cannot be verified"
    )
    forecast.refresh_from_db()
    assert forecast.verification == "unverified"


LEDGER_HEADER = [
    "external_ref",
    "practice",
    "body",
    "financial_year",
    "quarter",
    "kind",
    "amount_pounds",
    "recurrence",
    "certainty",
    "evidence",
]


def test_an_import_that_makes_a_verified_saving_a_forecast_unverifies_it(rollout_world):
    adopt(rollout_world)
    practice, body = rollout_world["practice"], rollout_world["adopter"]

    def row(certainty):
        return [
            "S-1",
            practice.slug,
            body.slug,
            "2024-25",
            "Q2",
            "cashable",
            "12,500",
            "recurring",
            certainty,
            "Budget report.",
        ]

    report = run("ledger", csv_bytes([LEDGER_HEADER, row("realised")]))
    assert report.created == 1, report.problems
    entry = LedgerEntry.objects.get(external_ref="S-1")
    actions.verify_saving(entry, actor=rollout_world["moderator"], verification="verified")
    report = run("ledger", csv_bytes([LEDGER_HEADER, row("forecast")]))
    assert report.updated == 1, report.problems
    entry.refresh_from_db()
    assert (entry.certainty, entry.verification, entry.verified_by) == (
        "forecast",
        "unverified",
        None,
    )
    with pytest.raises(ValidationError):
        actions.verify_saving(entry, actor=rollout_world["moderator"], verification="verified")
