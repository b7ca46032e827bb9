"""Reads of the board's records, through the one policy for who sees and records them
(policy.py)."""

from django.db import models

from arfer.core.versioned import VersionedQuerySet

from .policy import runs_meetings, sees_board_business


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
