"""Emails about practices. Sent after the transaction commits (see workflow.py). Every recipient
goes through `arfer.notifications.delivery.notify`, which follows their preference for the kind
of event (an email now, an item in their daily digest, or nothing) and writes it in their
language."""

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
