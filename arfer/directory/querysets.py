from django.db import models
from django.db.models import Exists, OuterRef


class AreaQuerySet(models.QuerySet):
    def regions(self) -> "AreaQuerySet":
        """Regional Partnership Board footprints: the regions the menu and directory filter by."""
        return self.filter(kind="regional_partnership")


class BodyQuerySet(models.QuerySet):
    def in_region(self, region) -> "BodyQuerySet":
        """Bodies covering at least one local authority area of the region (an RPB footprint)."""
        from .models import Area

        overlapping = Area.objects.filter(
            bodies=OuterRef("pk"),
            local_authority_areas__covering_areas=region,
        )
        return self.filter(Exists(overlapping))
