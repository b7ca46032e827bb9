import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.models import Practice, Review, ReviewCriterion
from arfer.menu.workflow import archive_practice, publish_practice, review_practice, submit_practice
from tests.accounts.helpers import sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"
ALL_CRITERIA = list(ReviewCriterion.values)


@pytest.fixture
def people(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    other = Body.objects.get(slug="gwynedd-council")

    def person(email, role, body=None):
        return create_account(email, role=role, body=body, password=PASSWORD, actor=SYSTEM)[0]

    return {
        "editor": person("editor@example.org", "editor", council),
        "viewer": person("viewer@example.org", "viewer", council),
        "other_editor": person("other@example.org", "editor", other),
        "moderator": person("moderator@example.org", "moderator"),
        "board": person("board@example.org", "board"),
    }


@pytest.fixture
def draft(practice_factory, people):
    return practice_factory(
        "draft",
        title_en="Shared reablement",
        problem_en="Waits.",
        approach_en="One team.",
        outcomes_en="Fewer waits.",
        publish=False,
    )


def test_the_whole_happy_path(draft, people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit_practice(draft, actor=people["editor"])
    assert draft.status == "submitted"
    assert mail.outbox[-1].to == ["moderator@example.org"]
    assert "Shared reablement" in mail.outbox[-1].subject

    with django_capture_on_commit_callbacks(execute=True):
        review_practice(
            draft,
            actor=people["moderator"],
            decision="changes",
            criteria_met=["evidence"],
            reasons="Add the savings evidence.",
        )
    assert draft.status == "changes"
    assert mail.outbox[-1].to == ["editor@example.org"]
    assert "Add the savings evidence." in mail.outbox[-1].body

    submit_practice(draft, actor=people["editor"])
    review_practice(draft, actor=people["moderator"], decision="publish", criteria_met=ALL_CRITERIA)
    assert draft.status == "published" and draft.published_at is not None
    archive_practice(draft, actor=people["moderator"])
    assert draft.status == "archived"
    assert list(Review.objects.values_list("decision", flat=True)) == ["publish", "changes"]


def test_history_records_each_transition_with_its_actor(draft, people):
    submit_practice(draft, actor=people["editor"])
    review_practice(draft, actor=people["moderator"], decision="publish", criteria_met=ALL_CRITERIA)
    history = list(
        draft.history.order_by("history_date", "history_id").values_list(
            "status", "history_user__email"
        )
    )
    assert history[-2:] == [
        ("submitted", "editor@example.org"),
        ("published", "moderator@example.org"),
    ]


@pytest.mark.parametrize("who", ["viewer", "other_editor", "board"])
def test_only_editors_of_the_lead_body_submit(draft, people, who):
    with pytest.raises(PermissionDenied):
        submit_practice(draft, actor=people[who])
    assert Practice.objects.get(pk=draft.pk).status == "draft"


@pytest.mark.parametrize("who", ["editor", "board"])
def test_only_moderators_review(draft, people, who):
    submit_practice(draft, actor=people["editor"])
    with pytest.raises(PermissionDenied):
        review_practice(draft, actor=people[who], decision="publish", criteria_met=ALL_CRITERIA)
    assert Practice.objects.get(pk=draft.pk).status == "submitted"


@pytest.mark.parametrize(
    ("status", "action"),
    [
        ("draft", "review"),
        ("published", "submit"),
        ("archived", "submit"),
        ("draft", "archive"),
        ("submitted", "archive"),
        ("published", "review"),
    ],
)
def test_illegal_transitions_are_refused_clearly(draft, people, status, action):
    Practice.objects.filter(pk=draft.pk).update(status=status)
    draft.refresh_from_db()
    run = {
        "submit": lambda: submit_practice(draft, actor=people["editor"]),
        "review": lambda: review_practice(
            draft, actor=people["moderator"], decision="publish", criteria_met=ALL_CRITERIA
        ),
        "archive": lambda: archive_practice(draft, actor=people["moderator"]),
    }[action]
    with pytest.raises(ValidationError, match="cannot become"):
        run()
    assert Practice.objects.get(pk=draft.pk).status == status
    assert not Review.objects.exists()


def test_publishing_needs_every_criterion(draft, people):
    submit_practice(draft, actor=people["editor"])
    with pytest.raises(ValidationError, match="Not yet met: Savings are substantiated"):
        review_practice(
            draft,
            actor=people["moderator"],
            decision="publish",
            criteria_met=[c for c in ALL_CRITERIA if c != "savings"],
        )
    assert Practice.objects.get(pk=draft.pk).status == "submitted"


def test_asking_for_changes_needs_reasons(draft, people):
    submit_practice(draft, actor=people["editor"])
    with pytest.raises(ValidationError, match="Say what needs to change"):
        review_practice(
            draft, actor=people["moderator"], decision="changes", criteria_met=[], reasons="   "
        )
    with pytest.raises(ValidationError, match="Choose whether"):
        review_practice(draft, actor=people["moderator"], decision="maybe", criteria_met=[])
    assert not Review.objects.exists()


def test_members_see_their_bodys_drafts_and_nobody_else_does(client, draft, people):
    client.force_login(people["viewer"])
    assert client.get("/practices/draft/").status_code == 200
    client.force_login(people["other_editor"])
    assert client.get("/practices/draft/").status_code == 404
    sign_in_with_two_factor(client, people["board"])
    assert client.get("/practices/draft/").status_code == 200
    client.logout()
    assert client.get("/practices/draft/").status_code == 404


def test_back_office_publishing_is_for_the_programme_team(draft, people):
    with pytest.raises(PermissionDenied):
        publish_practice(draft, actor=people["editor"])
    publish_practice(draft, actor=people["moderator"])
    assert draft.status == "published"


def test_an_incomplete_practice_cannot_be_submitted(practice_factory, people):
    bare = practice_factory("bare", publish=False, service_areas=[])
    with pytest.raises(ValidationError, match="Before submitting, add: the problem"):
        submit_practice(bare, actor=people["editor"])
    assert Practice.objects.get(pk=bare.pk).status == "draft"
