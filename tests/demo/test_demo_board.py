"""The demo board: workstreams holding every demo practice, with targets; the summit that
launched the programme; a year of board meetings whose actions are mostly closed but partly open
and overdue; and the next meeting, whose pack carries them. Built on the real directory and the
demo menu, without the (slow) demo rollout: its yearly targets are set directly where needed."""

import datetime
from itertools import pairwise

import pytest
from django.utils import timezone

from arfer.board.action_log import LoggedAction, action_log
from arfer.board.models import (
    Action,
    Decision,
    Meeting,
    Paper,
    Workstream,
    WorkstreamPractice,
    WorkstreamTarget,
)
from arfer.core.actors import SYSTEM
from arfer.core.periods import FIRST_YEAR, year_of
from arfer.demo.board import CATCH_ALL, WORKSTREAMS, load_demo_board, next_meeting_date
from arfer.demo.loader import load_demo_practices
from arfer.demo.practices import PRACTICES
from arfer.menu.models import Practice
from arfer.rollout import actions as rollout_actions

SUMMIT_DAY = datetime.date(2010, 2, 25)


@pytest.fixture
def demo_menu(directory):
    load_demo_practices(PRACTICES)


@pytest.fixture
def board(demo_menu):
    return load_demo_board()


def _snapshot() -> dict:
    """Everything the loader makes, as plain values, to compare two loads."""
    return {
        "workstreams": list(
            Workstream.objects.order_by("slug").values_list(
                "slug", "name_en", "name_cy", "sponsor__slug", "is_illustrative"
            )
        ),
        "assignments": sorted(
            WorkstreamPractice.objects.values_list("practice__slug", "workstream__slug")
        ),
        "targets": list(
            WorkstreamTarget.objects.order_by("workstream__slug", "financial_year").values_list(
                "workstream__slug", "financial_year", "amount_pence"
            )
        ),
        "meetings": list(
            Meeting.objects.order_by("date").values_list(
                "kind",
                "title_en",
                "title_cy",
                "date",
                "place",
                "agenda_en",
                "agenda_cy",
                "summary_en",
                "summary_cy",
                "summary_published",
                "is_illustrative",
            )
        ),
        "attending": sorted(
            Meeting.attending.through.objects.values_list("meeting__date", "body__slug")
        ),
        "papers": list(
            Paper.objects.order_by("meeting__date", "pk").values_list(
                "meeting__date", "title_en", "title_cy", "link"
            )
        ),
        "decisions": list(
            Decision.objects.order_by("meeting__date", "pk").values_list(
                "meeting__date", "text_en", "text_cy"
            )
        ),
        "actions": list(
            Action.objects.order_by("meeting__date", "pk").values_list(
                "meeting__date",
                "text_en",
                "text_cy",
                "owner_body__slug",
                "owner_name",
                "due_date",
                "rag",
                "progress_note",
                "closed_on",
            )
        ),
        "action_history": Action.history.count(),
        "meeting_history": Meeting.history.count(),
    }


def test_the_board_is_loaded_once_and_all_of_it_is_illustrative(board):
    assert board == (len(WORKSTREAMS), 8, Action.objects.count())
    assert 4 <= len(WORKSTREAMS) <= 5
    assert Workstream.objects.exists() and WorkstreamTarget.objects.exists()
    assert not Workstream.objects.filter(is_illustrative=False).exists()
    assert not WorkstreamTarget.objects.filter(is_illustrative=False).exists()
    assert not Meeting.objects.filter(is_illustrative=False).exists()
    before = _snapshot()
    assert load_demo_board() == (0, 0, 0)
    assert _snapshot() == before


def test_a_fixed_seed_gives_the_same_board_every_time(board):
    first = _snapshot()
    Action.objects.all().delete()
    Meeting.objects.all().delete()
    Workstream.objects.all().delete()
    assert load_demo_board() == board
    again = _snapshot()
    # The history keeps the deleted records' rows; everything else is made again exactly.
    assert {k: v for k, v in again.items() if not k.endswith("history")} == {
        k: v for k, v in first.items() if not k.endswith("history")
    }


def test_the_summit_launched_the_programme_and_its_summary_is_public(board):
    summit = Meeting.objects.published_summits().get()
    assert summit.kind == Meeting.Kind.SUMMIT and summit.date == SUMMIT_DAY
    assert summit.title_en == "Public Service Summit"
    assert summit.title_cy == "Uwchgynhadledd y Gwasanaethau Cyhoeddus"
    assert summit.place and len(summit.agenda_items) >= 4
    # A real paragraph in each language, not a copy of the English.
    assert len(summit.summary_en) > 400 and len(summit.summary_cy) > 400
    assert "Nghaerdydd" in summit.summary_cy and summit.summary_cy != summit.summary_en
    # A broad spread of bodies came.
    sectors = set(summit.attending.values_list("sector", flat=True))
    assert sectors == {
        "local_government",
        "nhs",
        "emergency_services",
        "national_parks",
        "government",
        "trade_unions",
        "third_sector",
    }
    assert summit.attending.filter(kind="local_authority").count() == 22
    slugs = set(summit.attending.values_list("slug", flat=True))
    assert {
        "welsh-government",
        "welsh-local-government-association",
        "wales-tuc",
        "wales-council-for-voluntary-action",
    } <= slugs
    papers = list(summit.papers.all())
    assert len(papers) == 2 and all(p.title_cy and not p.link for p in papers)
    assert 3 <= summit.decisions.count() <= 4
    assert not summit.decisions.filter(text_cy="").exists()
    actions = summit.actions.all()
    assert 3 <= actions.count() <= 4
    assert not actions.filter(closed_on__isnull=True).exists()
    assert not actions.filter(progress_note="").exists()
    assert all(a.closed_on > SUMMIT_DAY and a.owner_name for a in actions)
    # Only the summit is public.
    assert Meeting.objects.filter(summary_published=True).count() == 1


def test_a_year_of_board_meetings_about_every_two_months(board):
    year = Meeting.objects.filter(
        kind="board", date__range=(datetime.date(2010, 4, 1), datetime.date(2011, 3, 31))
    )
    dates = sorted(year.values_list("date", flat=True))
    assert len(dates) == 6
    gaps = [(later - earlier).days for earlier, later in pairwise(dates)]
    assert all(42 <= gap <= 91 for gap in gaps)
    assert len(set(year.values_list("place", flat=True))) == 6
    rags = set()
    for meeting in year.prefetch_related("attending", "papers", "decisions", "actions"):
        assert meeting.title_en and meeting.title_cy
        assert meeting.attending.count() >= 8
        assert 3 <= len(meeting.agenda_items) <= 5
        assert 1 <= meeting.papers.count() <= 2
        assert 1 <= meeting.decisions.count() <= 3
        assert 2 <= meeting.actions.count() <= 4
        for action in meeting.actions.all():
            rags.add(action.rag)
            # As first agreed: one to four months after the meeting.
            first = action.history.order_by("history_date", "history_id").first()
            assert 28 <= (first.due_date - meeting.date).days <= 123
            assert action.owner_body in meeting.attending.all()
    assert rags == {"red", "amber", "green"}


def test_most_actions_are_closed_at_a_later_meeting_and_some_are_open_and_overdue(board):
    today = timezone.localdate()
    actions = Action.objects.select_related("meeting")
    closed = actions.filter(closed_on__isnull=False)
    open_ = actions.filter(closed_on__isnull=True)
    assert closed.count() > 2 * open_.count() and open_.count() >= 4
    assert not closed.filter(progress_note="").exists()
    meeting_dates = set(Meeting.objects.values_list("date", flat=True))
    at_a_meeting = [a for a in closed if a.closed_on in meeting_dates]
    assert len(at_a_meeting) >= closed.count() - 2
    assert all(a.meeting.date < a.closed_on <= today for a in closed)
    overdue = open_.filter(due_date__lt=today)
    assert overdue.count() >= 2
    assert set(overdue.values_list("rag", flat=True)) <= {"red", "amber"}
    assert overdue.filter(rag="red").exists()
    assert open_.filter(due_date__gt=today).count() >= 2
    assert not open_.filter(progress_note="").exists()


def test_the_next_meeting_is_weeks_away_and_its_pack_carries_the_open_actions(board):
    today = timezone.localdate()
    upcoming = Meeting.objects.get(date__gt=today)
    assert upcoming.kind == "board" and upcoming.date == next_meeting_date(today)
    assert 21 <= (upcoming.date - today).days <= 42
    assert upcoming.title_cy and len(upcoming.agenda_items) >= 3
    assert not upcoming.actions.exists()
    rows = [
        LoggedAction(a.pk, a.meeting_id, a.meeting.date, a.due_date, a.closed_on)
        for a in Action.objects.select_related("meeting")
    ]
    log = action_log(
        rows,
        meeting_id=upcoming.pk,
        meeting_date=upcoming.date,
        previous_date=datetime.date(2011, 3, 10),
    )
    open_ids = set(Action.objects.filter(closed_on__isnull=True).values_list("pk", flat=True))
    assert set(log.carried_forward) == open_ids
    assert log.overdue and log.overdue < open_ids
    assert log.closed_since_last  # closed after the last of the first year's meetings


@pytest.mark.parametrize("year", [2026, 2027, 2028])
def test_the_next_meeting_is_a_thursday_three_to_six_weeks_ahead_outside_christmas(year):
    for offset in range(366):
        today = datetime.date(year, 1, 1) + datetime.timedelta(days=offset)
        day = next_meeting_date(today)
        assert day.weekday() == 3 and 21 <= (day - today).days <= 42
        assert not (day.month == 12 and day.day >= 22) and not (day.month == 1 and day.day <= 2)
        # Four weeks or a little more, unless that would land in the break.
        if not datetime.date(year, 11, 15) <= today <= datetime.date(year, 12, 8):
            assert 28 <= (day - today).days <= 34


def test_every_published_demo_practice_is_in_exactly_one_workstream(board):
    practices = Practice.objects.published().filter(is_illustrative=True)
    assert practices.count() == len(PRACTICES)
    assert set(WorkstreamPractice.objects.values_list("practice_id", flat=True)) == set(
        practices.values_list("pk", flat=True)
    )
    assert WorkstreamPractice.objects.count() == practices.count()
    # Every workstream is sponsored by its own body, described in both languages and has
    # practices, by the service areas they work in.
    for workstream in Workstream.objects.all():
        assert workstream.name_cy and workstream.description_en and workstream.description_cy
        assert workstream.practices.count() >= 3
    assert len(set(Workstream.objects.values_list("sponsor", flat=True))) == len(WORKSTREAMS)
    placed = dict(WorkstreamPractice.objects.values_list("practice__slug", "workstream__slug"))
    assert placed["shared-legal-services-between-two-neighbouring-councils"] == (
        "shared-back-office-services"
    )
    assert placed["same-day-emergency-care-unit"] == "integrated-health-and-social-care"
    assert placed["edge-of-care-intensive-family-intervention"] == "prevention-and-early-help"
    assert placed["problem-solving-partnerships-in-neighbourhood-policing"] == (
        "community-resilience"
    )
    assert placed["union-led-workplace-wellbeing-partnership-to-reduce-sickness-absence"] == (
        "workforce-and-digital"
    )


def test_a_practice_outside_every_workstream_goes_to_the_catch_all(demo_menu, practice_factory):
    practice_factory("no-service-area-yet", service_areas=(), is_illustrative=True)
    load_demo_board()
    assignment = WorkstreamPractice.objects.get(practice__slug="no-service-area-yet")
    assert assignment.workstream.slug == CATCH_ALL


def _targets_by_year() -> dict[int, int]:
    totals = {}
    for year, pence in WorkstreamTarget.objects.values_list("financial_year", "amount_pence"):
        totals[year] = totals.get(year, 0) + pence
    return totals


def test_every_workstream_has_a_growing_target_for_every_year(board):
    years = list(range(FIRST_YEAR, year_of(timezone.localdate()) + 2))
    for workstream in Workstream.objects.all():
        amounts = dict(workstream.targets.values_list("financial_year", "amount_pence"))
        assert sorted(amounts) == years
        assert all(amounts[a] <= amounts[b] for a, b in pairwise(years))
        assert all(amount % 1_000_000 == 0 for amount in amounts.values())  # whole £10,000s
    totals = _targets_by_year()
    assert totals[years[-1]] > 20 * totals[FIRST_YEAR]
    # With no programme targets set, a curve in the rollout demo's range: under £5m at first,
    # tens of millions of pounds a year by now.
    assert totals[FIRST_YEAR] < 500_000_000
    assert 5_000_000_000 <= totals[years[-1]] <= 12_000_000_000


def test_workstream_targets_share_out_the_programme_targets(demo_menu):
    current = year_of(timezone.localdate())
    set_targets = {FIRST_YEAR: 20_000_000, 2015: 500_000_000, current: 8_000_000_000}
    for year, pence in set_targets.items():
        rollout_actions.set_target(year, pence, actor=SYSTEM, is_illustrative=True)
    load_demo_board()
    totals = _targets_by_year()
    for year, pence in set_targets.items():
        assert 0.9 * pence <= totals[year] <= 1.2 * pence
    # A year with no programme target of its own never falls below the year before.
    assert totals[2016] >= 0.9 * set_targets[2015]


def test_most_of_the_board_business_is_in_welsh_too(board):
    assert not Meeting.objects.filter(title_cy="").exists()
    assert not Meeting.objects.filter(agenda_cy="").exists()
    assert not Decision.objects.filter(text_cy="").exists()
    for model, field in ((Paper, "title_cy"), (Action, "text_cy")):
        missing = model.objects.filter(**{field: ""}).count()
        assert 0 < missing * 10 <= model.objects.count()
