"""Emails about the rollout, sent after the transaction commits through
`arfer.notifications.delivery.notify`, which follows each person's preference and language."""

from arfer.accounts.models import Membership, User
from arfer.core.emails import SiteLink
from arfer.menu.notifications import FollowerNews, notify_followers
from arfer.notifications.delivery import notify
from arfer.notifications.models import NotificationKind

from .models import Stage


def adoption_recorded(adoption, *, recorded_by=None) -> None:
    """The lead body hears who is adopting its practice and what support they ask for; the
    practice's followers hear of a new adoption (not of a decline), unless they recorded it
    (`recorded_by`: the person, None when the system did) or heard of it as the lead body's
    editors."""
    recipients = list(
        User.objects.filter(
            is_active=True,
            memberships__body_id=adoption.practice.lead_body_id,
            memberships__role__in=[Membership.Role.EDITOR, Membership.Role.ADMIN],
        )
        .distinct()
        .select_related("notification_preference")
    )
    link = SiteLink("rollout:adoption", pk=adoption.pk)
    notify(
        recipients,
        NotificationKind.ADOPTION_RECORDED,
        "rollout/email/adoption_recorded.txt",
        {"adoption": adoption, "practice": adoption.practice, "link": link},
        practice=adoption.practice,
    )
    if adoption.stage == Stage.DECLINED:
        return
    notify_followers(
        adoption.practice,
        FollowerNews.ADOPTED,
        context={"adoption": adoption},
        link=SiteLink("rollout:practice-rollout", slug=adoption.practice.slug),
        leave_out=[getattr(recorded_by, "pk", None), *(user.pk for user in recipients)],
    )
