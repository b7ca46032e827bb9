"""The precomputed peer counts stay equal to a count of the register, whatever the actions do,
and `arfer recount` rebuilds them."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command

from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout import actions
from arfer.rollout.counts import rebuild_peer_counts
from arfer.rollout.models import PeerAdoptionCount

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        (row.body_kind, row.practice_id): row.adopters
        for row in PeerAdoptionCount.objects.all()
        if row.adopters
    }


def test_counts_follow_every_move_in_and_out_of_the_closed_stages(rollout_world):
    practice = rollout_world["practice"]
    councils = list(
        Body.objects.filter(kind="local_authority")
        .exclude(pk=practice.lead_body_id)
        .order_by("pk")[:4]
    )
    board = Body.objects.get(slug="hywel-dda-university-health-board")
    day = datetime.date(2024, 4, 1)
    adoptions = [
        actions.record_adoption(practice, body, actor=SYSTEM, changed_on=day)
        for body in councils[:3]
    ]
    actions.record_adoption(
        practice, councils[3], actor=SYSTEM, stage="declined", reason="Not for us.", changed_on=day
    )
    actions.record_adoption(practice, board, actor=SYSTEM, changed_on=day)
    assert snapshot() == {("local_authority", practice.pk): 3, ("health_board", practice.pk): 1}

    stopped = actions.change_stage(
        adoptions[0], actor=SYSTEM, expected_version=1, to_stage="stopped", reason="Funding ended."
    )
    actions.change_stage(adoptions[1], actor=SYSTEM, expected_version=1, to_stage="embedded")
    assert snapshot()[("local_authority", practice.pk)] == 2
    actions.change_stage(
        stopped,
        actor=SYSTEM,
        expected_version=2,
        to_stage="planning",
        reason="Funding found again.",
    )
    assert snapshot()[("local_authority", practice.pk)] == 3

    maintained = snapshot()
    rebuild_peer_counts()
    assert snapshot() == maintained


def test_a_refused_adoption_changes_no_count(rollout_world):
    actions.record_adoption(rollout_world["practice"], rollout_world["adopter"], actor=SYSTEM)
    with pytest.raises(ValidationError, match="already recorded"):
        actions.record_adoption(rollout_world["practice"], rollout_world["adopter"], actor=SYSTEM)
    assert snapshot() == {("local_authority", rollout_world["practice"].pk): 1}


def test_recount_rebuilds_counts_that_went_wrong(rollout_world):
    actions.record_adoption(rollout_world["practice"], rollout_world["adopter"], actor=SYSTEM)
    PeerAdoptionCount.objects.update(adopters=42)
    out = io.StringIO()
    call_command("recount", stdout=out)
    assert "1 rows" in out.getvalue()
    assert snapshot() == {("local_authority", rollout_world["practice"].pk): 1}
