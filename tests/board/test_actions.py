"""The board's action functions: who may change what, and bad input refused with nothing
written."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from arfer.board import actions
from arfer.board.models import Action, Meeting, Workstream, WorkstreamPractice
from arfer.core.actors import SYSTEM
from arfer.core.stale import StaleEdit
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db


def test_only_the_programme_team_records_meetings(board_world):
    values = {"kind": "board", "title_en": "Extra meeting", "date": datetime.date(2024, 9, 1)}
    for role in ("board", "editor"):
        with pytest.raises(PermissionDenied):
            actions.save_meeting(values, actor=board_world[role])
    meeting = actions.save_meeting(values, actor=board_world["moderator"])
    assert meeting.history.first().history_user == board_world["moderator"]


def test_a_board_meeting_cannot_publish_a_summary(board_world):
    with pytest.raises(ValidationError) as refused:
        actions.save_meeting(
            {
                "kind": "board",
                "title_en": "A meeting",
                "date": datetime.date(2024, 9, 1),
                "summary_en": "Text",
                "summary_published": True,
            },
            actor=board_world["moderator"],
        )
    assert "summary_published" in refused.value.error_dict
    assert not Meeting.objects.filter(title_en="A meeting").exists()


def test_a_summit_summary_needs_english_text_to_be_published(board_world):
    with pytest.raises(ValidationError) as refused:
        actions.save_meeting(
            {
                "kind": "summit",
                "title_en": "Summit",
                "date": datetime.date(2024, 9, 1),
                "summary_published": True,
            },
            actor=board_world["moderator"],
        )
    assert "summary_en" in refused.value.error_dict


def test_dates_far_out_of_range_are_refused(board_world):
    with pytest.raises(ValidationError) as refused:
        actions.save_meeting(
            {"kind": "board", "title_en": "Typo", "date": datetime.date(1924, 9, 1)}, actor=SYSTEM
        )
    assert "date" in refused.value.error_dict


def test_a_stale_meeting_edit_is_refused_with_what_changed(board_world):
    meeting = board_world["first"]
    actions.save_meeting(
        {"place": "Swansea"}, actor=board_world["moderator"], meeting=meeting, expected_version=1
    )
    with pytest.raises(StaleEdit) as stale:
        actions.save_meeting(
            {"place": "Newport"}, actor=board_world["admin"], meeting=meeting, expected_version=1
        )
    assert [change.new for change in stale.value.changes] == ["Swansea"]
    meeting.refresh_from_db()
    assert meeting.place == "Swansea"


def test_an_action_cannot_be_due_before_its_meeting(board_world):
    with pytest.raises(ValidationError) as refused:
        actions.add_action(
            board_world["first"],
            {
                "text_en": "Too early",
                "owner_body": board_world["council"],
                "owner_name": "Chief",
                "due_date": datetime.date(2024, 1, 1),
                "rag": "green",
            },
            actor=SYSTEM,
        )
    assert "due_date" in refused.value.error_dict
    assert not Action.objects.filter(text_en="Too early").exists()


def test_closing_needs_a_note_and_a_sensible_date(board_world):
    action = board_world["action"]
    moderator = board_world["moderator"]
    with pytest.raises(ValidationError) as refused:
        actions.close_action(action, actor=moderator, expected_version=1, note="  ")
    assert "note" in refused.value.error_dict
    with pytest.raises(ValidationError) as refused:
        actions.close_action(
            action,
            actor=moderator,
            expected_version=1,
            note="Done",
            closed_on=datetime.date(2024, 1, 1),
        )
    assert "closed_on" in refused.value.error_dict
    closed = actions.close_action(
        action,
        actor=moderator,
        expected_version=1,
        note="Done",
        closed_on=datetime.date(2024, 5, 20),
    )
    assert (closed.closed_on, closed.progress_note, closed.version) == (
        datetime.date(2024, 5, 20),
        "Done",
        2,
    )
    with pytest.raises(ValidationError):
        actions.close_action(closed, actor=moderator, expected_version=2, note="Again")
    reopened = actions.reopen_action(
        closed, actor=moderator, expected_version=2, note="Pathways changed"
    )
    assert reopened.closed_on is None and reopened.is_open


def test_board_members_read_but_do_not_follow_up_actions(board_world):
    with pytest.raises(PermissionDenied):
        actions.update_action(
            board_world["action"], {"rag": "red"}, actor=board_world["board"], expected_version=1
        )


def test_a_practice_belongs_to_one_workstream_at_most(board_world):
    admin = board_world["admin"]
    practice = make_practice("shared-care-record")
    first = actions.save_workstream(
        {"name_en": "Integrated care", "sponsor": board_world["council"]}, actor=admin
    )
    second = actions.save_workstream(
        {"name_en": "Integrated care", "sponsor": board_world["council"]}, actor=admin
    )
    assert (first.slug, second.slug) == ("integrated-care", "integrated-care-2")
    actions.assign_practice(first, practice, actor=admin)
    actions.assign_practice(second, practice, actor=admin)
    assert list(WorkstreamPractice.objects.values_list("workstream__slug", flat=True)) == [
        "integrated-care-2"
    ]
    with pytest.raises(ValidationError):
        actions.unassign_practice(first, practice, actor=admin)
    with pytest.raises(PermissionDenied):
        actions.save_workstream(
            {"name_en": "Mine", "sponsor": board_world["council"]}, actor=board_world["moderator"]
        )
    assert Workstream.objects.count() == 2


def test_workstream_targets_are_set_once_a_year_and_checked(board_world):
    admin = board_world["admin"]
    workstream = actions.save_workstream(
        {"name_en": "Prevention", "sponsor": board_world["council"]}, actor=admin
    )
    actions.set_workstream_target(workstream, 2024, 100_000, actor=admin)
    target = actions.set_workstream_target(workstream, 2024, 250_000, actor=admin)
    assert list(workstream.targets.values_list("financial_year", "amount_pence")) == [
        (2024, 250_000)
    ]
    assert target.history.count() == 2
    for year, amount in ((1990, 100), (2024, 0), (2024, -5)):
        with pytest.raises(ValidationError):
            actions.set_workstream_target(workstream, year, amount, actor=admin)


def test_publishing_a_summary_alone_is_checked_against_the_saved_summit(board_world):
    summit = actions.save_meeting(
        {
            "kind": "summit",
            "title_en": "Summit",
            "summary_en": "Text",
            "date": datetime.date(2024, 9, 1),
        },
        actor=SYSTEM,
    )
    published = actions.save_meeting(
        {"summary_published": True}, actor=SYSTEM, meeting=summit, expected_version=1
    )
    assert published.summary_published
    with pytest.raises(ValidationError) as refused:
        actions.save_meeting(
            {"summary_published": True},
            actor=SYSTEM,
            meeting=board_world["first"],
            expected_version=1,
        )
    assert "summary_published" in refused.value.error_dict
