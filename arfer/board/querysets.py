"""Who sees the board's records, in one place.

The board and the programme team (moderators and admins) see every meeting, decision and action,
and the dashboards and gap analyses built on them. The programme team runs the meetings: it
records them and follows up their actions. The public sees summits whose summary has been
published, and nothing else of the board's own business.
"""

from django.db import models

from arfer.core.versioned import VersionedQuerySet


def sees_board_business(user) -> bool:
    """Board members and the programme team: what the board discusses is theirs to read."""
    return bool(user is not None and user.is_authenticated and user.sees_everything)


def runs_meetings(user) -> bool:
    """The programme team records meetings and follows up their actions."""
    return bool(
        user is not None
        and user.is_authenticated
        and (user.is_programme_staff or user.is_superuser)
    )


class MeetingQuerySet(VersionedQuerySet):
    def visible_to(self, user) -> "MeetingQuerySet":
        if sees_board_business(user):
            return self.all()
        return self.none()

    def editable_by(self, user) -> "MeetingQuerySet":
        if runs_meetings(user):
            return self.all()
        return self.none()

    def annotate_action_counts(self) -> "MeetingQuerySet":
        return self.annotate(
            action_count=models.Count("actions", distinct=True),
            decision_count=models.Count("decisions", distinct=True),
        )

    def upcoming(self) -> "MeetingQuerySet":
        """Meetings from today on, the soonest first."""
        from django.utils import timezone

        return self.filter(date__gte=timezone.localdate()).order_by("date", "pk")

    def published_summits(self) -> "MeetingQuerySet":
        return self.filter(kind="summit", summary_published=True)


class ActionQuerySet(VersionedQuerySet):
    def visible_to(self, user) -> "ActionQuerySet":
        if sees_board_business(user):
            return self.all()
        return self.none()

    def editable_by(self, user) -> "ActionQuerySet":
        if runs_meetings(user):
            return self.all()
        return self.none()

    def for_listing(self) -> "ActionQuerySet":
        return self.select_related("meeting", "owner_body")


class WorkstreamQuerySet(models.QuerySet):
    def annotate_practice_counts(self) -> "WorkstreamQuerySet":
        return self.annotate(practice_count=models.Count("assignments"))
