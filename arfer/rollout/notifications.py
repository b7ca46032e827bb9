"""Emails about the rollout, sent after the transaction commits through
`arfer.notifications.delivery.notify`, which follows each person's preference and language."""

from arfer.accounts.models import Membership, User
from arfer.core.emails import SiteLink
from arfer.notifications.delivery import notify
from arfer.notifications.models import NotificationKind


def adoption_recorded(adoption) -> None:
    """The lead body hears who is adopting its practice and what support they ask for."""
    recipients = (
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
