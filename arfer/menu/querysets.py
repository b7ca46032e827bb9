from django.db import models
from django.db.models import OuterRef, Prefetch, Subquery

from arfer.core.versioned import VersionedQuerySet

from .policy import (
    PUBLISHED,
    practices_editable_by,
    practices_visible_to,
    questions_visible_to,
)


class ServiceAreaQuerySet(models.QuerySet):
    def top_level(self) -> "ServiceAreaQuerySet":
        return self.filter(parent__isnull=True)


class PracticeQuerySet(VersionedQuerySet):
    def published(self) -> "PracticeQuerySet":
        return self.filter(status=PUBLISHED)

    def visible_to(self, user) -> "PracticeQuerySet":
        """The one read policy for practices, in SQL: the public sees the published menu;
        members of a body also see their body's unpublished practices; programme roles see
        everything (policy.py)."""
        return self.filter(practices_visible_to(user))

    def editable_by(self, user) -> "PracticeQuerySet":
        """Practices this person may edit: drafts and practices sent back for changes, of the
        bodies they edit for; the programme team may edit any of those (policy.py)."""
        condition = practices_editable_by(user)
        return self.none() if condition is None else self.filter(condition)

    def for_listing(self) -> "PracticeQuerySet":
        """What a result card shows, loaded in a fixed number of queries."""
        ServiceArea = self.model._meta.get_field("service_areas").related_model
        return self.select_related("lead_body").prefetch_related(
            Prefetch("service_areas", queryset=ServiceArea.objects.order_by("position")),
        )

    def with_welsh_requested_at(self) -> "PracticeQuerySet":
        """Each practice with `welsh_requested_at`: when its Welsh text was requested, if the
        request still waits (None otherwise), in the same query."""
        WelshTextRequest = self.model._meta.get_field("welsh_requests").related_model
        waiting = WelshTextRequest.objects.filter(
            practice=OuterRef("pk"), fulfilled_at__isnull=True
        ).order_by("requested_at")
        return self.annotate(welsh_requested_at=Subquery(waiting.values("requested_at")[:1]))

    def for_detail(self) -> "PracticeQuerySet":
        from arfer.directory.models import Area

        PracticePartner = self.model._meta.get_field("partnerships").related_model
        ServiceArea = self.model._meta.get_field("service_areas").related_model
        return (
            self.with_welsh_requested_at()
            .select_related("lead_body")
            .prefetch_related(
                Prefetch(
                    "partnerships",
                    queryset=PracticePartner.objects.select_related("body").order_by("role", "pk"),
                ),
                Prefetch(
                    "service_areas",
                    queryset=ServiceArea.objects.select_related("parent").order_by("position"),
                ),
                Prefetch("areas", queryset=Area.objects.order_by("kind", "name_en")),
                Prefetch("regions", queryset=Area.objects.order_by("name_en")),
                # Its documents (listed on the page, in the API and open data).
                "attachments",
            )
        )


class WelshTextRequestQuerySet(models.QuerySet):
    def waiting(self) -> "WelshTextRequestQuerySet":
        """Requests whose Welsh text has not come yet."""
        return self.filter(fulfilled_at__isnull=True)

    def for_queue(self) -> "WelshTextRequestQuerySet":
        """The translation queue: waiting requests, oldest first, with what each row shows,
        in one query. Archived practices leave the menu, and the queue with it."""
        return (
            self.waiting()
            .exclude(practice__status="archived")
            .select_related("practice__lead_body", "requested_by")
            .order_by("requested_at", "pk")
        )


class PracticeQuestionQuerySet(models.QuerySet):
    def visible_to(self, user) -> "PracticeQuestionQuerySet":
        """Questions the person may read: those of their own body, those to their body, and
        every one for the programme team (policy.py)."""
        condition = questions_visible_to(user)
        return self.none() if condition is None else self.filter(condition)

    def for_practice_page(self) -> "PracticeQuestionQuerySet":
        """What the practice page shows of each question, in one query."""
        return self.select_related("asking_body", "asked_by", "answered_by").order_by(
            "asked_at", "pk"
        )


class PracticeAttachmentQuerySet(models.QuerySet):
    def visible_to(self, user) -> "PracticeAttachmentQuerySet":
        """A practice's documents are seen by whoever may see the practice (policy.py)."""
        return self.filter(practices_visible_to(user, prefix="practice__"))
