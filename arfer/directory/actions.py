"""State changes of the directory. Loading the reference data is idempotent: running it again
updates names and codes in place and never duplicates a body or an area."""

from django.db import transaction

from .models import Area, Body


@transaction.atomic
def load_reference_directory(areas: list[dict], bodies: list[dict]) -> tuple[int, int]:
    area_by_slug: dict[str, Area] = {}
    for row in areas:
        area, _created = Area.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "code": row.get("code", ""),
                "kind": row["kind"],
                "name_en": row["name_en"],
                "name_cy": row.get("name_cy", ""),
            },
        )
        area_by_slug[area.slug] = area
    for row in areas:
        area_by_slug[row["slug"]].local_authority_areas.set(
            [area_by_slug[slug] for slug in row.get("covers", [])]
        )
    for row in bodies:
        body, _created = Body.objects.update_or_create(
            slug=row["slug"],
            defaults={
                "name_en": row["name_en"],
                "name_cy": row.get("name_cy", ""),
                "short_name": row.get("short_name", ""),
                "sector": row["sector"],
                "kind": row["kind"],
                "gss_code": row.get("gss_code", ""),
                "ods_code": row.get("ods_code", ""),
                "website": row.get("website", ""),
            },
        )
        body.areas.set([area_by_slug[slug] for slug in row.get("areas", [])])
    return len(areas), len(bodies)
