from django.db import models
from django.db.models import Exists, OuterRef, Q

from arfer.core.collation import accent_insensitive_pattern, name_sort_key, words_of

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

    def named_like(self, text: str) -> "BodyQuerySet":
        """Bodies whose English or Welsh name, or short name, holds every word of `text`,
        whatever the case or the accents ("dwr" finds "Dŵr Cymru")."""
        bodies = self
        for word in words_of(text):
            pattern = accent_insensitive_pattern(word)
            bodies = bodies.filter(
                Q(name_en__iregex=pattern)
                | Q(name_cy__iregex=pattern)
                | Q(short_name__iregex=pattern)
            )
        return bodies

    def ids_by_name(self, language: str, *, sectors_first: bool = False) -> list[int]:
        """The ids of these bodies in alphabetical order of their names in `language` (the
        English where a Welsh name is missing), in the language's own alphabet (core.collation:
        neither database knows Welsh order), grouped by sector in its order first if asked;
        one query of ids and names."""
        sectors = list(self.model._meta.get_field("sector").choices or [])
        position = {value: n for n, (value, _label) in enumerate(sectors)}
        rows = self.values_list("pk", "sector", "name_en", "name_cy").order_by()
        key_of = {
            pk: (
                position.get(sector, len(position)) if sectors_first else 0,
                name_sort_key((name_cy if language == "cy" else "") or name_en, language),
                pk,
            )
            for pk, sector, name_en, name_cy in rows
        }
        return sorted(key_of, key=key_of.__getitem__)
