"""Requests for a practice's Welsh text: who asked and when, the programme team's translation
queue, the request fulfilled when the text comes, and the Welsh page's notice."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu import actions, editing, workflow
from arfer.menu.models import Practice, ReviewCriterion, WelshTextRequest
from tests.accounts.helpers import sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"
QUEUE = "/practices/review/welsh/"


@pytest.fixture
def people(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")

    def person(email, role, body=None):
        return create_account(email, role=role, body=body, password=PASSWORD, actor=SYSTEM)[0]

    return {
        "editor": person("editor@example.org", "editor", council),
        "moderator": person("moderator@example.org", "moderator"),
        "admin": person("admin@example.org", "programme-admin"),
        "board": person("board@example.org", "board"),
    }


def english_only(practice_factory, slug, **fields):
    return practice_factory(slug, title_en=f"English {slug}", approach_en="One team.", **fields)


def test_a_request_records_who_and_when_in_the_audit_trail(practice_factory, people):
    practice = english_only(practice_factory, "falls")
    request = actions.request_welsh_text(practice, actor=people["moderator"])
    assert request.requested_by == people["moderator"]
    assert timezone.now() - request.requested_at < datetime.timedelta(minutes=1)
    assert request.fulfilled_at is None
    record = request.history.get()
    assert (record.history_user, record.history_change_reason) == (
        people["moderator"],
        "welsh_requested",
    )


def test_asking_again_keeps_the_first_request(practice_factory, people):
    practice = english_only(practice_factory, "falls")
    first = actions.request_welsh_text(practice, actor=people["moderator"])
    again = actions.request_welsh_text(practice, actor=people["admin"])
    assert again.pk == first.pk
    assert WelshTextRequest.objects.count() == 1


@pytest.mark.parametrize("who", ["editor", "board"])
def test_only_the_programme_team_requests_welsh_text(practice_factory, people, who):
    practice = english_only(practice_factory, "falls")
    with pytest.raises(PermissionDenied):
        actions.request_welsh_text(practice, actor=people[who])
    assert not WelshTextRequest.objects.exists()


def test_a_practice_with_its_welsh_text_needs_no_request(practice_factory, people):
    practice = practice_factory(
        "both", title_cy="Y ddau", summary_cy="Crynodeb.", approach_en="A", approach_cy="B"
    )
    with pytest.raises(ValidationError, match="Welsh text already"):
        actions.request_welsh_text(practice, actor=people["moderator"])


def test_publishing_with_the_welsh_criterion_requests_the_missing_text(practice_factory, people):
    practice = english_only(
        practice_factory,
        "submitted",
        publish=False,
        problem_en="Waits.",
        outcomes_en="Fewer waits.",
    )
    workflow.submit_practice(practice, actor=people["editor"])
    workflow.review_practice(
        practice,
        actor=people["moderator"],
        decision="publish",
        criteria_met=list(ReviewCriterion.values),
    )
    request = WelshTextRequest.objects.get(practice=practice)
    assert request.requested_by == people["moderator"]


def test_the_welsh_text_fulfils_the_request_and_it_leaves_the_queue(practice_factory, people):
    practice = english_only(practice_factory, "draft", publish=False)
    request = actions.request_welsh_text(practice, actor=people["moderator"])
    practice.refresh_from_db()
    editing.update_practice(
        practice,
        actor=people["editor"],
        expected_version=practice.version,
        values={"title_cy": "Cymraeg", "summary_cy": "Crynodeb."},
    )
    request.refresh_from_db()
    assert request.fulfilled_at is None  # "what was done" is still English only
    practice.refresh_from_db()
    editing.update_practice(
        practice,
        actor=people["editor"],
        expected_version=practice.version,
        values={"approach_cy": "Un tîm."},
    )
    request.refresh_from_db()
    assert request.fulfilled_at is not None
    assert request.history.first().history_change_reason == "welsh_supplied"
    assert not WelshTextRequest.objects.waiting().exists()


def test_an_approved_revision_with_the_welsh_text_fulfils_the_request(practice_factory, people):
    published = english_only(
        practice_factory, "published", problem_en="Waits.", outcomes_en="Fewer waits."
    )
    request = actions.request_welsh_text(published, actor=people["moderator"])
    revision = editing.start_revision(published, actor=people["editor"])
    editing.update_practice(
        revision,
        actor=people["editor"],
        expected_version=revision.version,
        values={"title_cy": "Cymraeg", "summary_cy": "Crynodeb.", "approach_cy": "Un tîm."},
    )
    workflow.submit_practice(revision, actor=people["editor"])
    workflow.review_practice(
        revision,
        actor=people["moderator"],
        decision="publish",
        criteria_met=list(ReviewCriterion.values),
    )
    request.refresh_from_db()
    assert request.fulfilled_at is not None


def test_the_queue_lists_waiting_requests_oldest_first(client, practice_factory, people):
    older = english_only(practice_factory, "older")
    newer = english_only(practice_factory, "newer", publish=False)
    done = english_only(practice_factory, "done")
    for practice in (newer, older, done):
        actions.request_welsh_text(practice, actor=people["moderator"])
    WelshTextRequest.objects.filter(practice=older).update(
        requested_at=timezone.now() - datetime.timedelta(days=12)
    )
    WelshTextRequest.objects.filter(practice=done).update(fulfilled_at=timezone.now())
    sign_in_with_two_factor(client, people["admin"])
    html = client.get(QUEUE).content.decode()
    assert html.index("English older") < html.index("English newer")
    assert "English done" not in html
    assert "Requested 12 days ago" in html and "Requested today" in html
    assert "moderator@example.org" in html
    # A published practice changes through a revision, offered on its page; a draft in place.
    assert 'href="/practices/older/"' in html
    assert 'href="/practices/newer/edit/about/"' in html


def test_the_welsh_queue_is_in_welsh(client, practice_factory, people):
    practice = english_only(practice_factory, "older")
    actions.request_welsh_text(practice, actor=people["moderator"])
    WelshTextRequest.objects.update(requested_at=timezone.now() - datetime.timedelta(days=2))
    sign_in_with_two_factor(client, people["moderator"])
    html = client.get("/cy" + QUEUE).content.decode()
    assert "Ciw cyfieithu i'r Gymraeg" in html
    assert "Gofynnwyd 2 ddiwrnod yn ôl" in html
    assert '<a class="govuk-link" href="/cy/practices/older/" lang="en">English older</a>' in html


def test_an_empty_queue_says_what_appears_there_and_why(client, people):
    sign_in_with_two_factor(client, people["moderator"])
    html = client.get(QUEUE).content.decode()
    assert 'id="translation-queue-empty"' in html
    assert "No practice is waiting for its Welsh text." in html


def test_the_review_queue_links_to_the_translation_queue(client, people):
    sign_in_with_two_factor(client, people["moderator"])
    assert f'href="{QUEUE}"' in client.get("/practices/review/").content.decode()


def queue_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(QUEUE).status_code == 200
    return len(captured)


def test_the_queue_runs_a_fixed_number_of_queries(client, practice_factory, people):
    sign_in_with_two_factor(client, people["moderator"])
    actions.request_welsh_text(english_only(practice_factory, "p0"), actor=people["moderator"])
    one = queue_queries(client)
    for index in range(1, 15):
        practice = english_only(practice_factory, f"p{index}", publish=index % 2 == 0)
        actions.request_welsh_text(practice, actor=people["admin"] if index % 3 else SYSTEM)
    # The session and the person, then the queue with its practices, bodies and requesters.
    assert queue_queries(client) == one == 3


def test_the_welsh_page_says_when_the_welsh_text_was_requested(client, practice_factory, people):
    practice = english_only(practice_factory, "falls")
    actions.request_welsh_text(practice, actor=people["moderator"])
    WelshTextRequest.objects.update(
        requested_at=datetime.datetime(2026, 12, 3, 10, 0, tzinfo=datetime.UTC)
    )
    html = client.get("/cy/practices/falls/").content.decode()
    assert "Dyddiad gofyn am y testun Cymraeg: 3 Rhagfyr 2026." in html
    assert "requested on" not in client.get("/practices/falls/").content.decode()


def test_the_kept_welsh_page_shows_a_new_request(
    client, practice_factory, people, public_pages_kept
):
    english_only(practice_factory, "falls")
    assert "Dyddiad gofyn" not in client.get("/cy/practices/falls/").content.decode()
    actions.request_welsh_text(Practice.objects.get(slug="falls"), actor=people["moderator"])
    assert "Dyddiad gofyn" in client.get("/cy/practices/falls/").content.decode()


def test_the_api_gives_the_date_of_a_waiting_request(client, practice_factory, people):
    practice = english_only(practice_factory, "falls")
    assert client.get("/api/v1/practices/falls").json()["welsh_requested_at"] is None
    request = actions.request_welsh_text(practice, actor=people["moderator"])
    answer = client.get("/api/v1/practices/falls").json()
    given = datetime.datetime.fromisoformat(answer["welsh_requested_at"])
    # JSON keeps milliseconds.
    assert abs(given - request.requested_at) < datetime.timedelta(milliseconds=1)
    WelshTextRequest.objects.update(fulfilled_at=timezone.now())
    assert client.get("/api/v1/practices/falls").json()["welsh_requested_at"] is None


def test_the_history_page_lists_the_requests(client, practice_factory, people):
    practice = english_only(practice_factory, "falls")
    actions.request_welsh_text(practice, actor=people["moderator"])
    sign_in_with_two_factor(client, people["admin"])
    html = client.get("/practices/falls/history/").content.decode()
    assert "Requests for the Welsh text" in html
    assert "moderator@example.org: still waiting" in html
    WelshTextRequest.objects.update(
        fulfilled_at=datetime.datetime(2026, 12, 3, 10, 0, tzinfo=datetime.UTC)
    )
    welsh = client.get("/cy/practices/falls/history/").content.decode()
    assert "Dyddiad darparu'r testun Cymraeg: 3 Rhagfyr 2026" in welsh


def test_the_programme_team_requests_the_welsh_text_from_the_practice_page(
    client, practice_factory, people
):
    english_only(practice_factory, "falls")
    sign_in_with_two_factor(client, people["moderator"])
    page = client.get("/cy/practices/falls/").content.decode()
    assert "Gofyn am y testun Cymraeg" in page
    answer = client.post("/cy/practices/falls/request-welsh/", follow=True)
    assert answer.redirect_chain == [("/cy/practices/falls/", 302)]
    html = answer.content.decode()
    assert "yn aros yn y ciw cyfieithu i" in html
    assert "Gofyn am y testun Cymraeg</button>" not in html
    assert WelshTextRequest.objects.get().requested_by == people["moderator"]


def test_the_button_is_only_for_the_programme_team_and_missing_text(
    client, practice_factory, people
):
    english_only(practice_factory, "falls")
    practice_factory(
        "both", title_cy="Y ddau", summary_cy="Crynodeb.", approach_en="A", approach_cy="B"
    )
    button = "Request the Welsh text</button>"
    sign_in_with_two_factor(client, people["editor"])
    assert button not in client.get("/practices/falls/").content.decode()
    sign_in_with_two_factor(client, people["admin"])
    assert button in client.get("/practices/falls/").content.decode()
    assert button not in client.get("/practices/both/").content.decode()
    answer = client.post("/practices/both/request-welsh/", follow=True)
    assert "This practice has its Welsh text already." in answer.content.decode()
