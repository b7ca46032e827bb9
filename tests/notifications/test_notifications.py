"""Notification emails: each recipient's preference (immediately, daily digest, never), the
daily digest, unsubscribe links and the email preferences page."""

from datetime import timedelta

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu import notifications
from arfer.menu.models import ReviewCriterion
from arfer.menu.workflow import review_practice, submit_practice
from arfer.notifications.actions import set_notification_preferences
from arfer.notifications.delivery import (
    UNSUBSCRIBE_SALT,
    claim_digest_items,
    read_unsubscribe_token,
    send_digests,
    unsubscribe_token,
)
from arfer.notifications.models import (
    Delivery,
    DigestItem,
    NotificationKind,
    NotificationPreference,
)
from tests.accounts.helpers import sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"
SUBMITTED = NotificationKind.PRACTICE_SUBMITTED
REVIEWED = NotificationKind.PRACTICE_REVIEWED


@pytest.fixture
def people(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")

    def person(email, role, body=None):
        return create_account(email, role=role, body=body, password=PASSWORD, actor=SYSTEM)[0]

    return {
        "editor": person("editor@example.org", "editor", council),
        "viewer": person("viewer@example.org", "viewer", council),
        "moderator": person("moderator@example.org", "moderator"),
        "second_moderator": person("moderator2@example.org", "moderator"),
        "admin": person("admin@example.org", "programme-admin"),
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


def prefer(user, **choices):
    set_notification_preferences(user, choices, actor=user)


def submit(draft, people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit_practice(draft, actor=people["editor"])


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


# Routing by preference -------------------------------------------------------------------------


def test_by_default_everyone_concerned_is_emailed_at_once(
    draft, people, django_capture_on_commit_callbacks
):
    submit(draft, people, django_capture_on_commit_callbacks)
    assert recipients() == ["admin@example.org", "moderator2@example.org", "moderator@example.org"]
    assert not DigestItem.objects.exists()
    message = mail.outbox[0]
    # One email per person: each carries that person's own unsubscribe link.
    assert len(message.to) == 1
    assert "Shared reablement" in message.subject and " / " in message.subject
    # Nobody chose a language: both, the Welsh first.
    welsh, _rule, english = message.body.partition("\n\n---\n\n")
    assert "/cy/account/notifications/unsubscribe/" in welsh
    assert "/account/notifications/unsubscribe/" in english and "/cy/" not in english
    header = message.extra_headers["List-Unsubscribe"]
    assert header.startswith("<http") and "/cy/account/notifications/unsubscribe/" in header
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    token = header.rstrip(">/").rsplit("/", 1)[1]
    assert read_unsubscribe_token(token) == (
        next(u for u in people.values() if u.email == message.to[0]),
        SUBMITTED,
    )


def test_digest_and_never_preferences_are_respected(
    draft, people, django_capture_on_commit_callbacks
):
    prefer(people["moderator"], practice_submitted=Delivery.DIGEST)
    prefer(people["second_moderator"], practice_submitted=Delivery.NEVER)
    submit(draft, people, django_capture_on_commit_callbacks)
    assert recipients() == ["admin@example.org"]
    item = DigestItem.objects.get()
    assert (item.user, item.kind, item.practice, item.sent_at) == (
        people["moderator"],
        SUBMITTED,
        draft,
        None,
    )
    assert "Shared reablement" in item.subject_en and "Shared reablement" in item.subject_cy
    assert item.subject_en != item.subject_cy


def test_a_preference_for_one_kind_leaves_the_other_alone(
    draft, people, django_capture_on_commit_callbacks
):
    prefer(people["editor"], practice_submitted=Delivery.NEVER, practice_reviewed=Delivery.DIGEST)
    submit(draft, people, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review_practice(
            draft,
            actor=people["moderator"],
            decision="changes",
            criteria_met=[],
            reasons="Add the savings evidence.",
        )
    assert mail.outbox == []
    item = DigestItem.objects.get(user=people["editor"])
    assert item.kind == REVIEWED and "Add the savings evidence." in item.text_en
    # Viewers are not told of decisions, whatever their preferences.
    assert not DigestItem.objects.filter(user=people["viewer"]).exists()


def test_routing_runs_a_fixed_number_of_queries(draft, people):
    for number in range(10):
        user = create_account(
            f"mod{number}@example.org", role="moderator", password=PASSWORD, actor=SYSTEM
        )[0]
        prefer(
            user,
            practice_submitted=[Delivery.DIGEST, Delivery.NEVER, Delivery.IMMEDIATELY][number % 3],
        )
    with CaptureQueriesContext(connection) as queries:
        notifications.practice_submitted(draft)
    # The recipients with their preferences, the lead body's name, the digest items.
    assert len(queries) <= 4
    assert DigestItem.objects.count() == 4


# The daily digest -----------------------------------------------------------------------------


def queue(user, subject, *, kind=SUBMITTED, created_at=None):
    return DigestItem.objects.create(
        user=user,
        kind=kind,
        subject_en=subject,
        subject_cy=f"{subject} (cy)",
        text_en=f"About {subject}.",
        text_cy=f"Ynglŷn â {subject}.",
        created_at=created_at or timezone.now() - timedelta(minutes=5),
    )


def test_the_digest_sends_one_email_per_person_with_all_their_items(people):
    queue(people["moderator"], "First")
    queue(people["moderator"], "Second", kind=REVIEWED)
    queue(people["editor"], "Third", kind=REVIEWED)
    assert send_digests() == 2
    by_person = {message.to[0]: message for message in mail.outbox}
    assert sorted(by_person) == ["editor@example.org", "moderator@example.org"]
    moderator = by_person["moderator@example.org"]
    welsh, _rule, english = moderator.body.partition("\n\n---\n\n")
    assert "First" in english and "Second" in english and "Third" not in moderator.body
    assert english.index("First") < english.index("Second")
    assert "First (cy)" in welsh and "Ynglŷn â Second." in welsh
    assert "2" in moderator.subject and " / " in moderator.subject
    token = moderator.extra_headers["List-Unsubscribe"].rstrip(">/").rsplit("/", 1)[1]
    assert read_unsubscribe_token(token) == (people["moderator"], "digest")
    assert not DigestItem.objects.filter(sent_at__isnull=True).exists()


def test_the_digest_never_sends_an_item_twice(people):
    queue(people["moderator"], "First")
    assert send_digests() == 1
    assert send_digests() == 0
    call_command("digest", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 1


def test_at_most_one_digest_a_day(people):
    queue(people["moderator"], "Morning")
    assert send_digests() == 1
    later = queue(people["moderator"], "Afternoon")
    assert send_digests() == 0
    later.refresh_from_db()
    assert later.sent_at is None
    # The next day's run sends what was held back, and only that.
    assert send_digests(now=timezone.now() + timedelta(days=1)) == 1
    assert "Afternoon" in mail.outbox[-1].body and "Morning" not in mail.outbox[-1].body
    # `--min-hours 0` sends at once.
    queue(people["moderator"], "Evening")
    assert (
        send_digests(now=timezone.now() + timedelta(days=1, minutes=1), min_interval=timedelta(0))
        == 1
    )


def test_items_claimed_by_one_run_are_invisible_to_another(people):
    queue(people["moderator"], "First")
    batch = claim_digest_items()
    # A second run (say, started at the same time) finds nothing: the first sends the item.
    assert send_digests() == 0
    assert list(DigestItem.objects.filter(batch=batch).values_list("subject_en", flat=True)) == [
        "First"
    ]


def test_the_digest_command_runs_a_fixed_number_of_queries(people, django_assert_max_num_queries):
    def people_with_items(count, offset):
        for number in range(count):
            user = create_account(
                f"p{offset + number}@example.org", role="moderator", password=PASSWORD, actor=SYSTEM
            )[0]
            queue(user, f"Item {number}")
            queue(user, f"Other {number}", kind=REVIEWED)

    people_with_items(2, 0)
    with CaptureQueriesContext(connection) as few:
        call_command("digest", "--min-hours", "0", stdout=open("/dev/null", "w"))  # noqa: SIM115
    people_with_items(20, 100)
    with django_assert_max_num_queries(len(few)):
        call_command("digest", "--min-hours", "0", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 22


# Unsubscribing ---------------------------------------------------------------------------------


def unsubscribe_path(user, kind=SUBMITTED, language=""):
    return f"{language}/account/notifications/unsubscribe/{unsubscribe_token(user, kind)}/"


@pytest.mark.parametrize("language", ["", "/cy"])
def test_unsubscribe_asks_then_turns_off_that_kind(client, people, language):
    moderator = people["moderator"]
    prefer(moderator, practice_reviewed=Delivery.DIGEST)
    path = unsubscribe_path(moderator, language=language)
    page = client.get(path)
    assert page.status_code == 200
    assert "moderator@example.org" in page.content.decode()
    # Looking does not change anything.
    assert (
        NotificationPreference.objects.get(user=moderator).practice_submitted
        == Delivery.IMMEDIATELY
    )
    done = client.post(path)
    assert done.status_code == 200
    preference = NotificationPreference.objects.get(user=moderator)
    assert preference.practice_submitted == Delivery.NEVER
    assert preference.practice_reviewed == Delivery.DIGEST
    # Again: the same answer, nothing new.
    assert client.post(path).status_code == 200


def test_unsubscribe_works_for_someone_without_saved_preferences(client, people):
    editor = people["editor"]
    assert client.post(unsubscribe_path(editor, REVIEWED)).status_code == 200
    preference = NotificationPreference.objects.get(user=editor)
    assert (preference.practice_reviewed, preference.practice_submitted) == (
        Delivery.NEVER,
        Delivery.IMMEDIATELY,
    )


def test_the_digest_link_turns_off_every_kind_sent_by_digest(client, people):
    moderator = people["moderator"]
    prefer(moderator, practice_submitted=Delivery.DIGEST, practice_reviewed=Delivery.IMMEDIATELY)
    assert client.get(unsubscribe_path(moderator, "digest")).status_code == 200
    assert client.post(unsubscribe_path(moderator, "digest")).status_code == 200
    preference = NotificationPreference.objects.get(user=moderator)
    assert (preference.practice_submitted, preference.practice_reviewed) == (
        Delivery.NEVER,
        Delivery.IMMEDIATELY,
    )


def bad_tokens(user):
    good = unsubscribe_token(user, SUBMITTED)
    return {
        "tampered": good[:-3] + ("aaa" if not good.endswith("aaa") else "bbb"),
        "other person": signing.dumps({"u": user.pk + 1000, "k": SUBMITTED}, salt=UNSUBSCRIBE_SALT),
        "wrong kind": signing.dumps({"u": user.pk, "k": "everything"}, salt=UNSUBSCRIBE_SALT),
        "wrong salt": signing.dumps({"u": user.pk, "k": SUBMITTED}),
        "not a dict": signing.dumps([user.pk, SUBMITTED], salt=UNSUBSCRIBE_SALT),
        "not an id": signing.dumps({"u": "x", "k": SUBMITTED}, salt=UNSUBSCRIBE_SALT),
        "garbage": "not-a-token",
        "colons": "a:b:c",
    }


@pytest.mark.parametrize(
    "case",
    [
        "tampered",
        "other person",
        "wrong kind",
        "wrong salt",
        "not a dict",
        "not an id",
        "garbage",
        "colons",
    ],
)
def test_bad_unsubscribe_links_answer_a_clear_404(client, people, case):
    moderator = people["moderator"]
    path = f"/account/notifications/unsubscribe/{bad_tokens(moderator)[case]}/"
    for response in (client.get(path), client.post(path)):
        assert response.status_code == 404
        assert "This unsubscribe link does not work" in response.content.decode()
    assert client.get("/cy" + path).status_code == 404
    assert not NotificationPreference.objects.filter(user=moderator).exists()


def test_an_inactive_persons_link_no_longer_works(client, people):
    moderator = people["moderator"]
    path = unsubscribe_path(moderator)
    moderator.is_active = False
    moderator.save()
    assert client.get(path).status_code == 404


# The preferences page --------------------------------------------------------------------------


def test_the_account_page_links_to_the_preferences(client, people):
    client.force_login(people["editor"])
    assert "/account/notifications/" in client.get("/account/").content.decode()


def test_the_preferences_page_shows_and_saves_choices(client, people):
    editor = people["editor"]
    client.force_login(editor)
    page = client.get("/account/notifications/").content.decode()
    assert 'value="immediately" checked' in page
    assert page.count('type="radio"') == 3 * len(NotificationKind.values)
    response = client.post(
        "/account/notifications/",
        {
            "practice_submitted": "never",
            "practice_reviewed": "digest",
            "adoption_recorded": "immediately",
            "practice_followed": "digest",
            "question_asked": "digest",
            "question_answered": "immediately",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/account/notifications/"
    assert "Your email preferences have been saved." in response.content.decode()
    preference = NotificationPreference.objects.get(user=editor)
    assert (preference.practice_submitted, preference.practice_reviewed) == ("never", "digest")
    assert preference.practice_followed == "digest"
    assert 'value="digest" checked' in client.get("/account/notifications/").content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"practice_submitted": "never"},
        {"practice_submitted": "weekly", "practice_reviewed": "never"},
    ],
)
def test_the_preferences_page_refuses_incomplete_or_unknown_answers(client, people, data):
    client.force_login(people["editor"])
    response = client.post("/account/notifications/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "govuk-error-summary" in page and "Choose when to get emails about" in page
    assert page.count("govuk-error-message") == len(NotificationKind.values) - len(
        [v for v in data.values() if v in Delivery.values]
    )
    assert not NotificationPreference.objects.filter(user=people["editor"]).exists()


def test_the_preferences_page_in_welsh(client, people):
    client.force_login(people["editor"])
    assert client.get("/cy/account/notifications/").status_code == 200


def test_privileged_people_need_two_factor_for_the_preferences_page(client, people):
    client.force_login(people["moderator"])
    response = client.get("/account/notifications/")
    assert response.status_code == 302 and "two-factor" in response["Location"]
    sign_in_with_two_factor(client, people["moderator"])
    assert client.get("/account/notifications/").status_code == 200


def test_only_the_person_may_change_their_preferences(people):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        set_notification_preferences(
            people["editor"], {"practice_submitted": "never"}, actor=people["admin"]
        )


def test_the_full_workflow_reaches_the_digest(draft, people, django_capture_on_commit_callbacks):
    prefer(people["editor"], practice_reviewed=Delivery.DIGEST)
    submit(draft, people, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        review_practice(
            draft,
            actor=people["moderator"],
            decision="publish",
            criteria_met=list(ReviewCriterion.values),
        )
    mail.outbox.clear()
    assert send_digests() == 1
    assert mail.outbox[0].to == ["editor@example.org"]
    assert "Shared reablement" in mail.outbox[0].body
