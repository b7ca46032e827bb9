from django.db import models
from django.db.models import Prefetch, Q

from arfer.core.versioned import VersionedQuerySet


class ServiceAreaQuerySet(models.QuerySet):
    def top_level(self) -> "ServiceAreaQuerySet":
        return self.filter(parent__isnull=True)


class PracticeQuerySet(VersionedQuerySet):
    def published(self) -> "PracticeQuerySet":
        return self.filter(status="published")

    def visible_to(self, user) -> "PracticeQuerySet":
        """The one read policy for practices, in SQL: the public sees the published menu;
        members of a body also see their body's unpublished practices; programme roles see
        everything."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.published()
        if user.sees_everything:
            return self.all()
        from arfer.accounts.models import Membership

        member_of = Membership.objects.filter(user=user).values("body_id")
        return self.filter(Q(status="published") | Q(lead_body__in=member_of))

    def editable_by(self, user) -> "PracticeQuerySet":
        """Practices this person may edit: drafts and practices sent back for changes, of the
        bodies they edit for; the programme team may edit any of those."""
        editable_statuses = ["draft", "changes"]
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        if user.is_programme_staff or user.is_superuser:
            return self.filter(status__in=editable_statuses)
        from arfer.directory.models import Body

        return self.filter(
            status__in=editable_statuses, lead_body__in=Body.objects.editable_by(user)
        )

    def for_listing(self) -> "PracticeQuerySet":
        """What a result card shows, loaded in a fixed number of queries."""
        ServiceArea = self.model._meta.get_field("service_areas").related_model
        return self.select_related("lead_body").prefetch_related(
            Prefetch("service_areas", queryset=ServiceArea.objects.order_by("position")),
        )

    def for_detail(self) -> "PracticeQuerySet":
        from arfer.directory.models import Area

        PracticePartner = self.model._meta.get_field("partnerships").related_model
        ServiceArea = self.model._meta.get_field("service_areas").related_model
        return self.select_related("lead_body").prefetch_related(
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
        )
