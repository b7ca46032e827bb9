from django.db import models
from django.db.models import Exists, OuterRef

from .policy import bodies_editable_by


class AreaQuerySet(models.QuerySet):
    def regions(self) -> "AreaQuerySet":
        """Regional Partnership Board footprints: the regions the menu and directory filter by."""
        return self.filter(kind="regional_partnership")


class BodyQuerySet(models.QuerySet):
    def editable_by(self, user) -> "BodyQuerySet":
        """Bodies this person may act for: those where they are an editor or admin (all, for
        the programme team); the rule is policy.py's."""
        condition = bodies_editable_by(user)
        return self.none() if condition is None else self.filter(condition)

    def in_region(self, region) -> "BodyQuerySet":
        """Bodies covering at least one local authority area of the region (an RPB footprint)."""
        Area = self.model._meta.get_field("areas").related_model
        overlapping = Area.objects.filter(
            bodies=OuterRef("pk"),
            local_authority_areas__covering_areas=region,
        )
        return self.filter(Exists(overlapping))
