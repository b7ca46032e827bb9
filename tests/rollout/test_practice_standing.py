"""Where the reader's bodies stand on a practice, on its page, with the next move; and "Decline,
and say why", with a reason from the list and the person's own words."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.accounts.models import Membership
from arfer.core import reasons
from arfer.core.stale import StaleEdit
from arfer.directory.models import Body
from arfer.menu.practice_page import practice_page
from arfer.rollout import actions
from arfer.rollout.models import Adoption, DeclineReason, Stage

from .conftest import adopt

PAGE = "/practices/reablement-at-home/"
DECLINE = "/practices/reablement-at-home/decline/"


def page_of(client, user, language="en"):
    client.force_login(user)
    prefix = "/cy" if language == "cy" else ""
    response = client.get(prefix + PAGE)
    assert response.status_code == 200
    return response.content.decode()


# The standing on the practice's page ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading", "not_considered"),
    [("en", "Where your body stands", "Not yet considered"), ("cy", 'id="standing"', "")],
)
def test_an_editor_sees_not_yet_considered_and_the_moves(
    client, rollout_world, language, heading, not_considered
):
    html = page_of(client, rollout_world["editor"], language)
    adopter = rollout_world["adopter"]
    assert heading in html and not_considered in html
    assert 'id="standing"' in html
    prefix = "/cy" if language == "cy" else ""
    assert f'{prefix}/practices/reablement-at-home/adopt/?body={adopter.pk}"' in html
    assert f'{prefix}/practices/reablement-at-home/decline/?body={adopter.pk}"' in html


def test_a_viewer_sees_the_standing_without_the_moves(client, rollout_world):
    html = page_of(client, rollout_world["viewer"])
    assert "Not yet considered" in html
    assert "/adopt/?body=" not in html and "/decline/?body=" not in html


def test_the_public_and_the_lead_body_see_no_standing(client, rollout_world):
    assert 'id="standing"' not in client.get(PAGE).content.decode()
    assert 'id="standing"' not in page_of(client, rollout_world["lead_editor"])


def test_an_adoption_shows_its_stage_and_the_next_move(client, rollout_world):
    adoption = adopt(rollout_world, stage=Stage.PLANNING)
    html = page_of(client, rollout_world["editor"])
    assert "Not yet considered" not in html
    assert str(Stage.PLANNING.label) in html
    assert f"/rollout/adoptions/{adoption.pk}/stage/" in html
    assert "Move to the next stage" in html


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_decline_shows_why_in_the_pages_language(client, rollout_world, language):
    adopt(
        rollout_world,
        stage=Stage.DECLINED,
        reason="We run falls screening already.",
        decline_reason=DeclineReason.ALREADY_DONE,
    )
    html = page_of(client, rollout_world["editor"], language)
    assert "We run falls screening already." in html
    if language == "cy":
        assert '<span lang="en">We run falls screening already.</span>' in html
    else:
        assert str(DeclineReason.ALREADY_DONE.label) in html
        assert "Change the stage" in html and "Decline, and say why" not in html


def test_a_member_of_several_bodies_sees_each(client, rollout_world):
    editor = rollout_world["editor"]
    powys = Body.objects.get(slug="powys-county-council")
    Membership.objects.create(user=editor, body=powys, role=Membership.Role.VIEWER)
    adopt(rollout_world, stage=Stage.PILOTING)
    html = page_of(client, editor)
    assert powys.name in html and rollout_world["adopter"].name in html
    assert "Where your bodies stand" in html
    # Powys not yet considered, and the editor only views for it: no move offered for it.
    assert "Not yet considered" in html
    assert f"/adopt/?body={powys.pk}" not in html


def queries_of_page(client, user) -> int:
    client.force_login(user)
    # The first drawing after a change to the menu works out similar practices once for its
    # version: count a drawing after it.
    client.get(PAGE)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(PAGE).status_code == 200
    return len(captured)


def test_the_page_runs_a_fixed_number_of_queries_with_and_without_the_section(
    client, rollout_world, monkeypatch
):
    editor = rollout_world["editor"]
    with_one_body = queries_of_page(client, editor)
    for slug in ("powys-county-council", "cardiff-council", "newport-city-council"):
        body = Body.objects.get(slug=slug)
        Membership.objects.create(user=editor, body=body, role=Membership.Role.EDITOR)
        actions.record_adoption(rollout_world["practice"], body, actor=editor)
    with_four_bodies = queries_of_page(client, editor)
    assert with_one_body == with_four_bodies
    # The section costs two queries: the person's memberships and their bodies' adoptions.
    monkeypatch.setattr(practice_page, "_sections", {})
    assert queries_of_page(client, editor) == with_four_bodies - 2


# Declining: the actions ----------------------------------------------------------------------


def test_declining_keeps_the_reason_from_the_list_and_the_words(rollout_world):
    adoption = actions.decline_practice(
        rollout_world["practice"],
        rollout_world["adopter"],
        actor=rollout_world["editor"],
        decline_reason=DeclineReason.CAPACITY,
        reason="Our team is rebuilding its rota this year.",
    )
    assert (adoption.stage, adoption.decline_reason) == (Stage.DECLINED, "capacity")
    assert adoption.closed_reason == "Our team is rebuilding its rota this year."
    record = adoption.history.latest()
    assert record.history_change_reason == "declined:capacity"
    assert reasons.label(record.history_change_reason) == (
        f"Declined: {DeclineReason.CAPACITY.label}"
    )


def test_declining_an_adoption_under_way_moves_it_from_the_version_seen(rollout_world):
    adoption = adopt(rollout_world)
    declined = actions.decline_practice(
        rollout_world["practice"],
        rollout_world["adopter"],
        actor=rollout_world["editor"],
        decline_reason=DeclineReason.COST,
        reason="Too dear.",
        expected_version=adoption.version,
    )
    assert (declined.pk, declined.stage, declined.decline_reason) == (
        adoption.pk,
        Stage.DECLINED,
        "cost",
    )
    assert declined.stage_changes.count() == 2
    with pytest.raises(ValidationError):
        actions.decline_practice(
            rollout_world["practice"],
            rollout_world["adopter"],
            actor=rollout_world["editor"],
            decline_reason=DeclineReason.COST,
            reason="Too dear.",
        )


def test_declining_from_an_old_version_is_refused(rollout_world):
    adoption = adopt(rollout_world)
    actions.change_stage(
        adoption,
        actor=rollout_world["editor"],
        expected_version=adoption.version,
        to_stage=Stage.PLANNING,
    )
    with pytest.raises(StaleEdit):
        actions.decline_practice(
            rollout_world["practice"],
            rollout_world["adopter"],
            actor=rollout_world["editor"],
            decline_reason=DeclineReason.COST,
            reason="Too dear.",
            expected_version=adoption.version,
        )


@pytest.mark.parametrize(
    ("stage", "decline_reason", "field"),
    [
        (Stage.DECLINED, "no-such-reason", "decline_reason"),
        (Stage.EXPLORING, DeclineReason.COST, "decline_reason"),
    ],
)
def test_a_reason_from_the_list_only_for_a_decline(rollout_world, stage, decline_reason, field):
    with pytest.raises(ValidationError) as refused:
        adopt(rollout_world, stage=stage, reason="Because.", decline_reason=decline_reason)
    assert field in refused.value.message_dict
    assert not Adoption.objects.exists()


def test_declining_needs_a_reason_from_the_list_and_words(rollout_world):
    for decline_reason, reason in [("", "Words."), (DeclineReason.COST, "")]:
        with pytest.raises(ValidationError):
            actions.decline_practice(
                rollout_world["practice"],
                rollout_world["adopter"],
                actor=rollout_world["editor"],
                decline_reason=decline_reason,
                reason=reason,
            )
    assert not Adoption.objects.exists()


def test_reopening_a_declined_adoption_forgets_why_it_was_declined(rollout_world):
    adoption = adopt(
        rollout_world, stage=Stage.DECLINED, reason="Not now.", decline_reason=DeclineReason.OTHER
    )
    reopened = actions.change_stage(
        adoption,
        actor=rollout_world["editor"],
        expected_version=adoption.version,
        to_stage=Stage.EXPLORING,
        reason="We look again.",
    )
    assert (reopened.decline_reason, reopened.closed_reason) == ("", "")


def test_only_the_bodys_editors_decline(rollout_world):
    for person in ("viewer", "outsider"):
        with pytest.raises(PermissionDenied):
            actions.decline_practice(
                rollout_world["practice"],
                rollout_world["adopter"],
                actor=rollout_world[person],
                decline_reason=DeclineReason.COST,
                reason="Too dear.",
            )


# Declining: the page --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_decline_page_declines_and_returns_to_the_practice(client, rollout_world, language):
    client.force_login(rollout_world["editor"])
    prefix = "/cy" if language == "cy" else ""
    adopter = rollout_world["adopter"]
    page = client.get(f"{prefix}{DECLINE}?body={adopter.pk}").content.decode()
    assert f'value="{adopter.pk}" selected' in page
    assert 'value="not_a_fit"' in page and 'name="reason"' in page
    response = client.post(
        f"{prefix}{DECLINE}?body={adopter.pk}",
        {"body": adopter.pk, "decline_reason": "evidence", "reason": "We wait for a trial."},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == prefix + PAGE
    html = response.content.decode()
    assert "govuk-notification-banner--success" in html
    assert "We wait for a trial." in html
    adoption = Adoption.objects.get()
    assert (adoption.stage, adoption.decline_reason) == (Stage.DECLINED, "evidence")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_decline_page_says_what_is_missing(client, rollout_world, language):
    client.force_login(rollout_world["editor"])
    prefix = "/cy" if language == "cy" else ""
    response = client.post(prefix + DECLINE, {"body": rollout_world["adopter"].pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    if language == "en":
        assert "Choose why the body is declining it." in html
        assert "Say why the practice was declined or stopped." in html
    assert not Adoption.objects.exists()


def test_the_decline_page_declines_an_adoption_under_way_and_refuses_a_stale_one(
    client, rollout_world
):
    adoption = adopt(rollout_world)
    client.force_login(rollout_world["editor"])
    adopter = rollout_world["adopter"]
    page = client.get(f"{DECLINE}?body={adopter.pk}").content.decode()
    assert f'name="version" value="{adoption.version}"' in page
    posted = {"body": adopter.pk, "decline_reason": "cost", "reason": "Too dear."}
    # Someone moves it on meanwhile: the page seen is out of date.
    moved = actions.change_stage(
        adoption,
        actor=rollout_world["editor"],
        expected_version=adoption.version,
        to_stage=Stage.PLANNING,
    )
    stale = client.post(f"{DECLINE}?body={adopter.pk}", {**posted, "version": adoption.version})
    assert stale.status_code == 409
    assert Adoption.objects.get().stage == Stage.PLANNING
    done = client.post(f"{DECLINE}?body={adopter.pk}", {**posted, "version": moved.version})
    assert done.status_code == 302
    adoption.refresh_from_db()
    assert (adoption.stage, adoption.decline_reason) == (Stage.DECLINED, "cost")


def test_the_adoption_page_chooses_the_body_the_practice_page_named(client, rollout_world):
    editor = rollout_world["editor"]
    powys = Body.objects.get(slug="powys-county-council")
    Membership.objects.create(user=editor, body=powys, role=Membership.Role.EDITOR)
    client.force_login(editor)
    page = client.get(f"/practices/reablement-at-home/adopt/?body={powys.pk}").content.decode()
    assert f'value="{powys.pk}" selected' in page
