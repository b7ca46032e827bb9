"""The board's figures kept as snapshots: read while the data is unchanged, calculated again
after a change when that is quick, shown dated (and flagged) when it is not."""

import io

import pytest
from django.core.management import CommandError, call_command

from arfer.board import snapshots
from arfer.board.figures import SNAPSHOTS
from arfer.board.models import FiguresSnapshot
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout import actions as rollout
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db


class Counting:
    """A figure that says how often it was calculated."""

    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return {"calls": self.calls}


def test_a_snapshot_is_read_until_the_data_changes(directory):
    figure = Counting()
    first = snapshots.read("test", figure)
    again = snapshots.read("test", figure)
    assert (first.payload, again.payload, figure.calls) == ({"calls": 1}, {"calls": 1}, 1)
    assert not again.is_stale
    # Any change the figures read writes to the audit trail: the fingerprint moves.
    practice = make_practice("falls-service")
    after = snapshots.read("test", figure)
    assert (after.payload, figure.calls, after.is_stale) == ({"calls": 2}, 2, False)
    rollout.record_adoption(practice, Body.objects.get(slug="gwynedd-council"), actor=SYSTEM)
    assert snapshots.read("test", figure).payload == {"calls": 3}


def test_a_slow_figure_is_shown_as_it_was_and_flagged(directory, settings):
    settings.ARFER_FIGURES_INLINE_MS = 1_000
    figure = Counting()
    snapshots.read("test", figure)
    FiguresSnapshot.objects.filter(name="test").update(duration_ms=60_000)
    make_practice("falls-service")
    stale = snapshots.read("test", figure)
    assert (stale.payload, stale.is_stale, figure.calls) == ({"calls": 1}, True, 1)
    # Calculating it again (what arfer boardfigures does) makes it exact.
    fresh = snapshots.recalculate("test", figure)
    assert (fresh.payload, fresh.is_stale) == ({"calls": 2}, False)
    assert not snapshots.read("test", figure).is_stale


def test_a_page_says_when_its_figures_are_out_of_date(directory, settings, client):
    from arfer.accounts.actions import create_account
    from tests.accounts.helpers import sign_in_with_two_factor

    board = create_account(
        "board@example.org", role="board", password="a-long-passphrase", actor=SYSTEM
    )[0]
    sign_in_with_two_factor(client, board)
    assert "Figures up to date" in client.get("/board/").content.decode()
    FiguresSnapshot.objects.filter(name="dashboard").update(duration_ms=60_000)
    make_practice("falls-service")
    page = client.get("/board/").content.decode()
    assert "Changes made since then will be counted" in page


def test_boardfigures_calculates_every_figure(directory):
    out = io.StringIO()
    call_command("boardfigures", stdout=out)
    assert set(FiguresSnapshot.objects.values_list("name", flat=True)) == set(SNAPSHOTS)
    assert out.getvalue().count("calculated in") == len(SNAPSHOTS)
    with pytest.raises(CommandError, match="No figure called nonsense"):
        call_command("boardfigures", "nonsense")


def test_a_headline_reads_only_the_keys_it_needs(directory):
    figure = Counting()
    calculated = snapshots.read("test", figure, keys=["calls"])
    assert calculated.payload == {"calls": 1}
    assert snapshots.read("test", figure, keys=["calls"]).payload == {"calls": 1}
    assert figure.calls == 1


def test_keys_picked_from_a_snapshot_are_kept_until_it_is_rewritten(
    directory, django_assert_num_queries
):
    figure = Counting()
    snapshots.read("test", figure)
    snapshots._decoded.clear()  # as in another process, which has not decoded it
    # The fingerprint, the snapshot without its payload, and the keys picked from it; then
    # the picked keys are reused.
    with django_assert_num_queries(3):
        assert snapshots.read("test", figure, keys=["calls"]).payload == {"calls": 1}
    with django_assert_num_queries(2):
        assert snapshots.read("test", figure, keys=["calls"]).payload == {"calls": 1}
    make_practice("falls-service")
    snapshots.read("test", figure)  # calculated again: 2 calls
    snapshots._decoded.clear()
    with django_assert_num_queries(3):
        assert snapshots.read("test", figure, keys=["calls"]).payload == {"calls": 2}


def test_a_snapshot_is_decoded_once_and_again_only_when_rewritten(
    directory, django_assert_num_queries
):
    figure = Counting()
    snapshots.read("test", figure)  # calculated and kept
    snapshots.read("test", figure)  # decoded from the snapshot
    # The fingerprint, and the snapshot without its payload: the decoded payload is reused.
    with django_assert_num_queries(2):
        assert snapshots.read("test", figure).payload == {"calls": 1}
    with django_assert_num_queries(2):
        assert snapshots.read("test", figure, keys=["calls"]).payload == {"calls": 1}
    make_practice("falls-service")
    assert snapshots.read("test", figure).payload == {"calls": 2}
    assert snapshots.read("test", figure).payload == {"calls": 2}


def test_a_snapshot_of_an_older_shape_is_calculated_again_even_when_slow(directory, settings):
    settings.ARFER_FIGURES_INLINE_MS = 1_000
    figure = Counting()
    snapshots.read("test", figure)
    FiguresSnapshot.objects.filter(name="test").update(
        duration_ms=60_000, fingerprint="f0:" + snapshots.fingerprint().split(":", 1)[1]
    )
    assert snapshots.read("test", figure).payload == {"calls": 2}


def test_a_stale_slow_figure_is_queued_once_and_the_worker_brings_it_up_to_date(
    directory, settings, django_capture_on_commit_callbacks
):
    from django.core.cache import cache

    from arfer.board import figures
    from arfer.board.tasks import recalculate_figure

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    cache.clear()
    snapshots.recalculate("at-a-glance", figures.SNAPSHOTS["at-a-glance"])
    FiguresSnapshot.objects.filter(name="at-a-glance").update(duration_ms=60_000)
    make_practice("falls-service")
    with django_capture_on_commit_callbacks(execute=True) as queued:
        assert figures.at_a_glance()["as_of"].is_stale
        assert figures.at_a_glance()["as_of"].is_stale
    assert len(queued) == 1  # many page views, one calculation queued
    recalculate_figure.call("at-a-glance")  # what the worker runs
    fresh = figures.at_a_glance()
    assert not fresh["as_of"].is_stale and fresh["practices"] == 1
    before = FiguresSnapshot.objects.get(name="at-a-glance").computed_at
    recalculate_figure.call("at-a-glance")  # queued twice: the second finds nothing to do
    assert FiguresSnapshot.objects.get(name="at-a-glance").computed_at == before
