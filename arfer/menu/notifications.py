"""Emails about practices. Sent after the transaction commits (see workflow.py). Every recipient
goes through `arfer.notifications.delivery.notify`, which follows their preference for the kind
of event (an email now, an item in their daily digest, or nothing) and writes it in their
language."""

from collections.abc import Iterable
from enum import StrEnum

from arfer.accounts.models import User
from arfer.accounts.policy import STAFF_ROLES
from arfer.core.emails import SiteLink
from arfer.directory.policy import ACTING_ROLES
from arfer.notifications.delivery import notify
from arfer.notifications.models import NotificationKind


def _moderators():
    return User.objects.filter(
        is_active=True,
        programme_role__in=STAFF_ROLES,
    ).select_related("notification_preference")


def _lead_body_editors(practice):
    return (
        User.objects.filter(
            is_active=True,
            memberships__body_id=practice.lead_body_id,
            memberships__role__in=ACTING_ROLES,
        )
        .distinct()
        .select_related("notification_preference")
    )


def _link(practice) -> SiteLink:
    return SiteLink("menu:practice", slug=practice.slug)


def practice_submitted(practice) -> None:
    notify(
        _moderators(),
        NotificationKind.PRACTICE_SUBMITTED,
        "menu/email/submitted.txt",
        {"practice": practice, "link": _link(practice)},
        practice=practice,
    )


def practice_reviewed(review) -> None:
    notify(
        _lead_body_editors(review.practice),
        NotificationKind.PRACTICE_REVIEWED,
        "menu/email/reviewed.txt",
        {"review": review, "practice": review.practice, "link": _link(review.practice)},
        practice=review.practice,
    )


def revision_published(review) -> None:
    """A new version of a published practice is on the menu: its followers hear of it (the
    lead body's editors already have the decision)."""
    practice = review.practice
    notify_followers(
        practice,
        FollowerNews.REVISED,
        leave_out=[review.reviewer_id, *_lead_body_editors(practice).values_list("pk", flat=True)],
    )


class FollowerNews(StrEnum):
    """What the followers of a practice hear of (menu/email/followed.txt words each)."""

    ADOPTED = "adopted"  # another body adopts it (the rollout calls this)
    REVISED = "revised"  # a new version of it is published
    ANSWERED = "answered"  # a question on it is answered


def followers_of(practice):
    return User.objects.filter(is_active=True, practice_follows__practice=practice).select_related(
        "notification_preference"
    )


def notify_followers(
    practice,
    news: FollowerNews,
    *,
    context: dict | None = None,
    link: SiteLink | None = None,
    leave_out: Iterable[int | None] = (),
) -> dict[str, int]:
    """Tell the people following `practice` of its news, each as their preference for news of
    followed practices says. Call it after the transaction has committed. `context` is what the
    news names (`adoption` for ADOPTED; `question` and `answer`, as written, for ANSWERED);
    `link` the page to see it on (the practice's page by default); `leave_out` the ids of
    people who already heard of it otherwise, or did it themselves."""
    left_out = {pk for pk in leave_out if pk is not None}
    return notify(
        [user for user in followers_of(practice) if user.pk not in left_out],
        NotificationKind.PRACTICE_FOLLOWED,
        "menu/email/followed.txt",
        {
            **(context or {}),
            "news": FollowerNews(news).value,
            "practice": practice,
            "link": link or _link(practice),
        },
        practice=practice,
    )


def question_asked(question) -> None:
    """The lead body's editors and admins hear of a question to them, with the page to answer
    it on. (Bodies in the directory keep no contact e-mail of their own to copy it to.)"""
    practice = question.practice
    notify(
        _lead_body_editors(practice),
        NotificationKind.QUESTION_ASKED,
        "menu/email/question_asked.txt",
        {
            "question": question,
            "practice": practice,
            "link": SiteLink("menu:answer", slug=practice.slug, question_id=question.pk),
        },
        practice=practice,
    )


def question_answered(question) -> None:
    """The person who asked hears of the answer, in their own language."""
    asker = User.objects.filter(pk=question.asked_by_id).select_related("notification_preference")
    notify(
        asker,
        NotificationKind.QUESTION_ANSWERED,
        "menu/email/question_answered.txt",
        {"question": question, "practice": question.practice, "link": _link(question.practice)},
        practice=question.practice,
    )
    # Followers hear that an answer was given, not what it says: a question and its answer are
    # shown only to the two bodies and the programme team.
    notify_followers(
        question.practice,
        FollowerNews.ANSWERED,
        leave_out=[question.asked_by_id, question.answered_by_id],
    )
