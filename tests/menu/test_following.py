"""Following a practice: the actions' rules, the button on its page, and the news its
followers hear (new adoptions, new versions, answers) through their email preferences."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from arfer.accounts.actions import create_account, set_email_language
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu import editing, workflow
from arfer.menu.actions import follow_practice, unfollow_practice
from arfer.menu.models import PracticeFollow, ReviewCriterion
from arfer.menu.notifications import FollowerNews, notify_followers
from arfer.notifications.actions import set_notification_preferences
from arfer.notifications.models import Delivery, DigestItem, NotificationKind
from arfer.rollout.actions import record_adoption
from arfer.rollout.models import DeclineReason, Stage
from tests.conftest import make_practice

PAGE = "/practices/followed/"


def person(role, email, body=None):
    extra = {"body": Body.objects.get(slug=body)} if body else {}
    return create_account(
        email, role=role, password="a-long-unusual-passphrase", actor=SYSTEM, **extra
    )[0]


@pytest.fixture
def world(directory):
    return {
        "practice": make_practice(
            "followed",
            problem_en="Stays run long.",
            approach_en="Teams work together.",
            outcomes_en="People go home sooner.",
        ),
        "draft": make_practice("a-draft", publish=False),
        "follower": person("viewer", "follower@powys.example", "powys-county-council"),
        "lead_editor": person("editor", "editor@carmarthenshire.example", OWN),
        "adopter": person("editor", "editor@gwynedd.example", "gwynedd-council"),
        "moderator": person("moderator", "moderator@example.org"),
    }


OWN = "carmarthenshire-county-council"


# The actions -----------------------------------------------------------------------------------


def test_following_twice_is_one_follow_and_unfollowing_ends_it(world):
    practice, follower = world["practice"], world["follower"]
    first = follow_practice(practice, actor=follower)
    assert follow_practice(practice, actor=follower) == first
    assert PracticeFollow.objects.count() == 1
    assert unfollow_practice(practice, actor=follower) is True
    assert unfollow_practice(practice, actor=follower) is False
    assert not PracticeFollow.objects.exists()


def test_only_published_practices_a_person_can_see_are_followed(world):
    with pytest.raises(PermissionDenied):
        # Powys's viewer cannot see Carmarthenshire's draft.
        follow_practice(world["draft"], actor=world["follower"])
    with pytest.raises(ValidationError):
        # Its lead body's editor sees it, but it is not on the menu.
        follow_practice(world["draft"], actor=world["lead_editor"])
    with pytest.raises(PermissionDenied):
        follow_practice(world["practice"], actor=SYSTEM)
    with pytest.raises(TypeError):
        follow_practice(world["practice"], actor=None)
    assert not PracticeFollow.objects.exists()


# The page --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_button_follows_and_stops_following(client, world, language):
    prefix = "/cy" if language == "cy" else ""
    client.force_login(world["follower"])
    page = client.get(prefix + PAGE).content.decode()
    assert f'action="{prefix}/practices/followed/follow/"' in page
    response = client.post(f"{prefix}/practices/followed/follow/", follow=True)
    assert response.redirect_chain[-1][0] == prefix + PAGE
    html = response.content.decode()
    assert "govuk-notification-banner--success" in html
    assert f'action="{prefix}/practices/followed/unfollow/"' in html
    assert 'id="following"' in html
    if language == "en":
        assert "You are following this practice." in html
    assert PracticeFollow.objects.filter(user=world["follower"]).count() == 1
    response = client.post(f"{prefix}/practices/followed/unfollow/", follow=True)
    assert f'action="{prefix}/practices/followed/follow/"' in response.content.decode()
    assert not PracticeFollow.objects.exists()


def test_the_public_is_asked_to_sign_in_and_offered_no_button(client, world):
    assert "/follow/" not in client.get(PAGE).content.decode()
    response = client.post("/practices/followed/follow/")
    assert response.status_code == 302 and "/account/sign-in/" in response["Location"]
    assert not PracticeFollow.objects.exists()


def test_a_practice_the_person_cannot_see_answers_404(client, world):
    client.force_login(world["follower"])
    assert client.post("/practices/a-draft/follow/").status_code == 404
    assert client.post("/practices/no-such-practice/follow/").status_code == 404
    assert client.get("/practices/followed/follow/").status_code == 405


def test_a_draft_its_lead_body_sees_is_refused_with_a_message(client, world):
    client.force_login(world["lead_editor"])
    assert "/follow/" not in client.get("/practices/a-draft/").content.decode()
    response = client.post("/practices/a-draft/follow/", follow=True)
    assert "Only practices on the published menu can be followed." in response.content.decode()
    assert not PracticeFollow.objects.exists()


# The news --------------------------------------------------------------------------------------


def emails_to(address):
    return [message for message in mail.outbox if address in message.to]


def test_followers_hear_of_a_new_adoption_but_not_the_adopter_nor_of_a_decline(
    world, django_capture_on_commit_callbacks
):
    practice = world["practice"]
    for who in ("follower", "adopter"):
        follow_practice(practice, actor=world[who])
    with django_capture_on_commit_callbacks(execute=True):
        record_adoption(practice, Body.objects.get(slug="gwynedd-council"), actor=world["adopter"])
    (message,) = emails_to("follower@powys.example")
    assert "Gwynedd" in message.subject and "Followed" in message.subject
    assert "/practices/followed/rollout/" in message.body
    assert emails_to("editor@gwynedd.example") == []
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        record_adoption(
            practice,
            Body.objects.get(slug="cardiff-council"),
            actor=SYSTEM,
            stage=Stage.DECLINED,
            reason="Not for us.",
            decline_reason=DeclineReason.NOT_A_FIT,
        )
    assert emails_to("follower@powys.example") == []


def test_news_follows_the_persons_preference_and_language(
    world, django_capture_on_commit_callbacks
):
    practice, follower = world["practice"], world["follower"]
    follow_practice(practice, actor=follower)
    set_email_language(follower, "cy", actor=follower)
    with django_capture_on_commit_callbacks(execute=True):
        notify_followers(practice, FollowerNews.ANSWERED, context={"answer": "Yes, in May."})
    (message,) = emails_to("follower@powys.example")
    assert "/cy/practices/followed/" in message.body and "Yes, in May." in message.body
    assert "/cy/" in message.extra_headers["List-Unsubscribe"]

    mail.outbox.clear()
    set_notification_preferences(
        follower, {NotificationKind.PRACTICE_FOLLOWED: Delivery.DIGEST}, actor=follower
    )
    counts = notify_followers(practice, FollowerNews.ANSWERED)
    assert counts[Delivery.DIGEST] == 1 and mail.outbox == []
    item = DigestItem.objects.get()
    assert (item.kind, item.practice_id, item.user_id) == (
        "practice_followed",
        practice.pk,
        follower.pk,
    )

    set_notification_preferences(
        follower, {NotificationKind.PRACTICE_FOLLOWED: Delivery.NEVER}, actor=follower
    )
    assert notify_followers(practice, FollowerNews.ANSWERED)[Delivery.NEVER] == 1
    assert mail.outbox == [] and DigestItem.objects.count() == 1


def test_followers_hear_of_a_new_version(world, django_capture_on_commit_callbacks):
    practice = world["practice"]
    follow_practice(practice, actor=world["follower"])
    follow_practice(practice, actor=world["lead_editor"])
    revision = editing.start_revision(practice, actor=world["lead_editor"])
    workflow.submit_practice(revision, actor=world["lead_editor"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.review_practice(
            revision,
            actor=world["moderator"],
            decision="publish",
            criteria_met=list(ReviewCriterion.values),
        )
    (message,) = emails_to("follower@powys.example")
    assert "New version published" in message.subject
    assert "/practices/followed/" in message.body
    # The lead body's editor hears of the decision itself, once.
    assert len(emails_to("editor@carmarthenshire.example")) == 1
