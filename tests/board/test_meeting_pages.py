"""The meeting, action and workstream pages: the programme team records, the board reads,
everyone else finds nothing; bad input is shown back with its errors and nothing is saved."""

import datetime

import pytest

from arfer.board import actions
from arfer.board.models import Action, Decision, Meeting
from arfer.core.actors import SYSTEM
from arfer.core.dates import as_posted
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db


def test_the_meetings_list_shows_earlier_and_upcoming_meetings(board_world, signed_in):
    actions.save_meeting(
        {
            "kind": "board",
            "title_en": "Next board",
            "date": datetime.date.today() + datetime.timedelta(days=20),
        },
        actor=SYSTEM,
    )
    page = signed_in(board_world["board"]).get("/board/meetings/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Next board" in text and "Board meeting one" in text
    assert "Record a meeting" not in text  # the board reads; the team records


def test_a_body_editor_finds_no_board_pages(board_world, signed_in):
    client = signed_in(board_world["editor"])
    for url in (
        "/board/meetings/",
        f"/board/meetings/{board_world['first'].pk}/",
        f"/board/actions/{board_world['action'].pk}/",
        "/board/workstreams/",
    ):
        assert client.get(url).status_code == 404, url


def test_recording_a_meeting(board_world, signed_in):
    client = signed_in(board_world["moderator"])
    refused = client.post(
        "/board/meetings/new/",
        {
            "kind": "board",
            "title_en": "",
            "date_day": "40",
            "date_month": "13",
            "date_year": "2024",
        },
    )
    assert refused.status_code == 200
    assert "Enter the meeting&#x27;s title." in refused.content.decode()
    assert "The date of the meeting must be a real date." in refused.content.decode()
    assert Meeting.objects.count() == 2
    done = client.post(
        "/board/meetings/new/",
        {
            "kind": "summit",
            "title_en": "Summit",
            **as_posted("date", "2024-10-01"),
            "place": "Llandudno",
        },
    )
    meeting = Meeting.objects.get(title_en="Summit")
    assert done.status_code == 302 and done["Location"] == meeting.get_absolute_url()


def test_a_meeting_page_carries_forward_the_open_actions(board_world, signed_in):
    client = signed_in(board_world["board"])
    second = client.get(f"/board/meetings/{board_world['second'].pk}/").content.decode()
    assert "Carried forward" in second and "Map the discharge pathways" in second
    assert "Overdue" in second  # due 31 May, still open on 12 June
    actions.close_action(
        board_world["action"],
        actor=SYSTEM,
        expected_version=1,
        note="Mapped",
        closed_on=datetime.date(2024, 6, 1),
    )
    second = client.get(f"/board/meetings/{board_world['second'].pk}/").content.decode()
    assert "Carried forward" not in second
    assert "Closed since the meeting before" in second


def test_a_decision_with_no_text_is_shown_back(board_world, signed_in):
    client = signed_in(board_world["moderator"])
    url = f"/board/meetings/{board_world['first'].pk}/decisions/"
    refused = client.post(url, {"text_en": "  "})
    assert refused.status_code == 400
    assert "Enter the decision." in refused.content.decode()
    assert not Decision.objects.exists()
    assert client.post(url, {"text_en": "Adopt the plan"}).status_code == 302
    assert Decision.objects.get().text_en == "Adopt the plan"


def test_recording_and_following_up_an_action(board_world, signed_in):
    client = signed_in(board_world["moderator"])
    meeting = board_world["second"]
    council = board_world["council"]
    done = client.post(
        f"/board/meetings/{meeting.pk}/actions/new/",
        {
            "text_en": "Publish the plan",
            "owner_body": council.pk,
            "owner_name": "Chief executive",
            **as_posted("due_date", "2024-09-30"),
            "rag": "green",
        },
    )
    assert done.status_code == 302
    action = Action.objects.get(text_en="Publish the plan")
    form = {
        "version": 1,
        "text_en": "Publish the plan",
        "owner_body": council.pk,
        "owner_name": "Chief executive",
        **as_posted("due_date", "2024-09-30"),
        "rag": "red",
        "progress_note": "Delayed by the budget",
    }
    assert client.post(f"/board/actions/{action.pk}/", form).status_code == 302
    stale = client.post(f"/board/actions/{action.pk}/", {**form, "rag": "amber"})
    assert stale.status_code == 409
    action.refresh_from_db()
    assert (action.rag, action.version) == ("red", 2)
    closed = client.post(
        f"/board/actions/{action.pk}/close/",
        {"version": 2, "note": "Published", **as_posted("closed_on", "2024-09-01")},
    )
    assert closed.status_code == 302
    action.refresh_from_db()
    assert action.closed_on == datetime.date(2024, 9, 1)


def test_board_members_may_not_post_changes(board_world, signed_in):
    client = signed_in(board_world["board"])
    action = board_world["action"]
    assert (
        client.post(
            f"/board/actions/{action.pk}/close/",
            {"version": 1, "note": "x", **as_posted("closed_on", "2024-06-01")},
        ).status_code
        == 403
    )
    assert client.get(f"/board/actions/{action.pk}/").status_code == 200


def test_the_action_log_lists_open_actions_with_overdue_flagged(board_world, signed_in):
    page = signed_in(board_world["board"]).get("/cy/board/actions/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "Map the discharge pathways" in text and 'lang="en"' in text


def test_workstream_pages(board_world, signed_in):
    admin = signed_in(board_world["admin"])
    practice = make_practice("falls-service")
    created = admin.post(
        "/board/workstreams/new/", {"name_en": "Prevention", "sponsor": board_world["council"].pk}
    )
    assert created.status_code == 302
    url = created["Location"]
    assert admin.post(url + "practices/", {"practice": "no-such-practice"}).status_code == 400
    assert admin.post(url + "practices/", {"practice": practice.slug}).status_code == 302
    assert (
        admin.post(
            url + "targets/", {"financial_year": "2024", "amount_pence": "12,500"}
        ).status_code
        == 302
    )
    page = admin.get(url).content.decode()
    assert "Falls service" in page and "£12,500" in page
    listing = admin.get("/board/workstreams/").content.decode()
    assert "Prevention" in listing


def test_setting_who_attends_a_meeting(board_world, signed_in):
    from arfer.directory.models import Body

    client = signed_in(board_world["moderator"])
    url = f"/board/meetings/{board_world['first'].pk}/attendance/"
    page = client.get(url).content.decode()
    assert "Local government" in page and "Carmarthenshire County Council" in page
    council, board = (
        board_world["council"],
        Body.objects.get(slug="hywel-dda-university-health-board"),
    )
    assert client.post(url, {"bodies": [council.pk, board.pk]}).status_code == 302
    assert set(board_world["first"].attending.all()) == {council, board}
    refused = client.post(url, {"bodies": ["999999"]})
    assert refused.status_code == 200
    assert "Choose bodies from the list." in refused.content.decode()
    assert set(board_world["first"].attending.all()) == {council, board}
    assert client.post(url, {}).status_code == 302  # nobody: the list is emptied
    assert not board_world["first"].attending.exists()
    assert signed_in(board_world["board"]).post(url, {}).status_code == 403


def test_removing_a_paper_or_decision_recorded_by_mistake(board_world, signed_in):
    from arfer.board.models import Paper

    meeting = board_world["first"]
    paper = actions.add_paper(meeting, {"title_en": "  Wrong paper "}, actor=SYSTEM)
    decision = actions.add_decision(meeting, {"text_en": "Wrong decision"}, actor=SYSTEM)
    assert paper.title_en == "Wrong paper"
    client = signed_in(board_world["moderator"])
    page = client.get(f"/board/meetings/{meeting.pk}/").content.decode()
    assert "Wrong paper" in page and "Wrong decision" in page
    other = board_world["second"]
    # A paper is removed only through its own meeting's address.
    assert client.post(f"/board/meetings/{other.pk}/papers/{paper.pk}/remove/").status_code == 404
    assert client.post(f"/board/meetings/{meeting.pk}/papers/{paper.pk}/remove/").status_code == 302
    assert (
        client.post(f"/board/meetings/{meeting.pk}/decisions/{decision.pk}/remove/").status_code
        == 302
    )
    assert not Paper.objects.exists() and not Decision.objects.exists()
    # The history keeps what was removed, and by whom.
    removed = Decision.history.filter(history_type="-").get()
    assert (removed.text_en, removed.history_user) == ("Wrong decision", board_world["moderator"])
