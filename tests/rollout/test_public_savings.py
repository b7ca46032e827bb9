"""What the public sees of the savings: only verified figures, and only summed over more than
one body. Members of a body still see their own body's figures in full; the programme team sees
everything."""

import pytest

from arfer.directory.models import Body
from arfer.rollout import actions
from arfer.rollout.analytics import YearSavings, public_savings_by_year
from tests.api.conftest import ApiClient

from .conftest import ADOPTER, CASHABLE, adopt
from .test_pages import adopt_as, between, rollout_url, sign_in

pytestmark = pytest.mark.django_db

GWYNEDD_REALISED = "£12,500"
GWYNEDD_FORECAST = "£20,000"
CARDIFF_REALISED = "£7,000"
BOTH_VERIFIED = "£19,500"


@pytest.fixture
def gwynedd_saving(rollout_world):
    """Gwynedd's realised saving (not yet verified) and a forecast for the year after."""
    adoption = adopt(rollout_world, stage="implemented")
    realised = actions.record_saving(
        actor=rollout_world["editor"], adoption=adoption, values=CASHABLE
    )
    actions.record_saving(
        actor=rollout_world["editor"],
        adoption=adoption,
        values=CASHABLE
        | {"financial_year": 2025, "certainty": "forecast", "amount_pence": 2_000_000},
    )
    return realised


def cardiff_saving(world, *, verified):
    adoption = adopt_as(world, Body.objects.get(slug="cardiff-council"), stage="piloting")
    entry = actions.record_saving(
        actor=world["outsider"], adoption=adoption, values=CASHABLE | {"amount_pence": 700_000}
    )
    if verified:
        actions.verify_saving(entry, actor=world["moderator"], verification="verified")
    return entry


def savings_part(html: str) -> str:
    return html.split("Every adoption", 1)[1]


def test_the_public_never_sees_one_bodys_unverified_savings(client, rollout_world, gwynedd_saving):
    html = savings_part(client.get(rollout_url(rollout_world)).content.decode())
    assert GWYNEDD_REALISED not in html and GWYNEDD_FORECAST not in html
    assert "Savings are shown to the public once the programme team has verified them" in html


def test_one_bodys_verified_saving_alone_is_not_shown_either(client, rollout_world, gwynedd_saving):
    actions.verify_saving(gwynedd_saving, actor=rollout_world["moderator"], verification="verified")
    cardiff_saving(rollout_world, verified=False)
    response = client.get(rollout_url(rollout_world))
    html = savings_part(response.content.decode())
    assert GWYNEDD_REALISED not in html and CARDIFF_REALISED not in html
    assert response.context["savings"]["years"] == []


def test_the_public_sees_verified_savings_summed_over_several_bodies(
    client, rollout_world, gwynedd_saving
):
    actions.verify_saving(gwynedd_saving, actor=rollout_world["moderator"], verification="verified")
    cardiff_saving(rollout_world, verified=True)
    html = savings_part(client.get(rollout_url(rollout_world)).content.decode())
    table = between(html, "Verified savings for this practice", "</table>")
    assert "2024-25" in table and BOTH_VERIFIED in table
    # Neither body's own figure, nor the forecast, nor the realised and forecast columns.
    assert GWYNEDD_REALISED not in html and CARDIFF_REALISED not in html
    assert GWYNEDD_FORECAST not in html and "2025-26" not in table
    assert "Forecast" not in table and "Realised" not in table


@pytest.mark.parametrize("who", ["editor", "viewer"])
def test_a_bodys_members_see_their_own_figures_in_full(client, rollout_world, gwynedd_saving, who):
    cardiff_saving(rollout_world, verified=False)
    sign_in(client, rollout_world[who])
    response = client.get(rollout_url(rollout_world))
    own = between(response.content.decode(), "the bodies you belong to", "</table>")
    assert GWYNEDD_REALISED in own and GWYNEDD_FORECAST in own
    # Not another body's unverified figure.
    assert CARDIFF_REALISED not in savings_part(response.content.decode())


def test_a_member_of_another_body_sees_only_their_own(client, rollout_world, gwynedd_saving):
    cardiff_saving(rollout_world, verified=False)
    sign_in(client, rollout_world["outsider"])
    html = savings_part(client.get(rollout_url(rollout_world)).content.decode())
    assert CARDIFF_REALISED in html
    assert GWYNEDD_REALISED not in html and GWYNEDD_FORECAST not in html


@pytest.mark.parametrize("who", ["moderator", "board", "admin"])
def test_the_programme_team_sees_everything(client, rollout_world, gwynedd_saving, who):
    sign_in(client, rollout_world[who])
    html = savings_part(client.get(rollout_url(rollout_world)).content.decode())
    table = between(html, "Savings recorded for this practice", "</table>")
    assert GWYNEDD_REALISED in table and GWYNEDD_FORECAST in table


def test_the_body_page_shows_the_public_no_one_bodys_figures(client, rollout_world, gwynedd_saving):
    actions.verify_saving(gwynedd_saving, actor=rollout_world["moderator"], verification="verified")
    html = client.get(f"/bodies/{ADOPTER}/").content.decode()
    savings = between(html, "Verified savings by financial year", "Adopted by bodies like this one")
    assert GWYNEDD_REALISED not in savings and GWYNEDD_FORECAST not in savings
    sign_in(client, rollout_world["viewer"])
    html = client.get(f"/bodies/{ADOPTER}/").content.decode()
    assert GWYNEDD_REALISED in html and GWYNEDD_FORECAST in html


def test_the_api_shows_anonymous_callers_no_ledger_entry(rollout_world, gwynedd_saving):
    anonymous = ApiClient()
    listed = anonymous.get(f"/api/v1/ledger?practice={rollout_world['practice'].slug}")
    assert listed.status_code == 200 and listed.json()["items"] == []
    assert anonymous.get(f"/api/v1/ledger/{gwynedd_saving.pk}").status_code == 404
    adoption = anonymous.get(f"/api/v1/adoptions/{gwynedd_saving.adoption_id}").json()
    assert "12500" not in str(adoption) and "1250000" not in str(adoption)


# The rule as a pure function


def test_only_years_with_enough_bodies_are_public():
    rows = [(2023, 1, 500), (2024, 2, 900), (2025, 3, 1200)]
    assert public_savings_by_year(rows, min_bodies=2) == [
        YearSavings(2025, verified=1200),
        YearSavings(2024, verified=900),
    ]
    assert public_savings_by_year(rows, min_bodies=4) == []
    assert public_savings_by_year([], min_bodies=2) == []
