"""The directory in the JSON API: areas and public bodies, public to everyone (read only; the
reference directory is loaded by `arfer import bodies` and the back office)."""

import datetime
from typing import Annotated

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema

from arfer.accounts.api_auth import read_access
from arfer.core.api.errors import READ_ERRORS
from arfer.core.api.fields import one_of
from arfer.core.api.pagination import PageParams, newest_first, paged

from .models import Area, Body

BodySector = Annotated[str, one_of(Body.Sector)]
AreaKind = Annotated[str, one_of(Area.Kind)]
BodyKind = Annotated[str, one_of(Body.Kind)]
router = Router(tags=["directory"], auth=read_access)


class AreaRef(Schema):
    slug: str
    code: str = Field(description="GSS code; empty where there is none.")
    kind: AreaKind
    name_en: str
    name_cy: str


class AreaOut(AreaRef):
    local_authority_areas: list[str] = Field(
        description="Slugs of the local authority areas this area covers."
    )

    @staticmethod
    def resolve_local_authority_areas(area) -> list[str]:
        return [covered.slug for covered in area.local_authority_areas.all()]


class BodyRef(Schema):
    slug: str
    name_en: str
    name_cy: str


class BodyOut(BodyRef):
    short_name: str
    sector: BodySector
    kind: BodyKind
    gss_code: str
    ods_code: str
    website: str
    areas: list[str] = Field(description="Slugs of the areas the body covers (its footprint).")
    active_from: datetime.date | None
    active_to: datetime.date | None
    external_ref: str

    @staticmethod
    def resolve_areas(body) -> list[str]:
        return [area.slug for area in body.areas.all()]


class AreaFilters(Schema):
    kind: AreaKind | None = None


class BodyFilters(Schema):
    q: str | None = Field(None, max_length=200, description="Part of the body's name or code.")
    sector: list[BodySector] = Field([], description="Any of these sectors.")
    kind: list[BodyKind] = Field([], description="Any of these kinds of body.")
    area: str | None = Field(None, max_length=80, description="Slug of an area it covers.")
    active: bool | None = Field(None, description="Only bodies open (true) or closed (false).")

    def apply(self, bodies):
        if self.q:
            text = self.q.strip()
            bodies = bodies.filter(
                Q(name_en__icontains=text)
                | Q(name_cy__icontains=text)
                | Q(short_name__icontains=text)
                | Q(gss_code__iexact=text)
                | Q(ods_code__iexact=text)
            )
        if self.sector:
            bodies = bodies.filter(sector__in=self.sector)
        if self.kind:
            bodies = bodies.filter(kind__in=self.kind)
        if self.area:
            bodies = bodies.filter(areas__slug=self.area)
        if self.active is not None:
            today = datetime.date.today()
            open_now = Q(active_to__isnull=True) | Q(active_to__gte=today)
            bodies = bodies.filter(open_now if self.active else ~open_now)
        return bodies


def _bodies():
    return Body.objects.all().prefetch_related(
        Prefetch("areas", queryset=Area.objects.order_by("slug"))
    )


AreaPage = paged(AreaOut, "AreaPage")
BodyPage = paged(BodyOut, "BodyPage")


@router.get("/areas", response={200: AreaPage, **READ_ERRORS}, url_name="areas")
def list_areas(request, filters: Query[AreaFilters], page: Query[PageParams]):
    """Areas: local authority areas, health board areas, police and fire areas, Regional
    Partnership Board footprints, national parks and the nation."""
    areas = Area.objects.all().prefetch_related(
        Prefetch("local_authority_areas", queryset=Area.objects.order_by("slug"))
    )
    if filters.kind:
        areas = areas.filter(kind=filters.kind)
    return newest_first(areas, page, "areas")


@router.get("/areas/{slug}", response={200: AreaOut, **READ_ERRORS}, url_name="area")
def get_area(request, slug: str):
    """One area, with the local authority areas it covers."""
    return get_object_or_404(Area.objects.prefetch_related("local_authority_areas"), slug=slug)


@router.get("/bodies", response={200: BodyPage, **READ_ERRORS}, url_name="bodies")
def list_bodies(request, filters: Query[BodyFilters], page: Query[PageParams]):
    """Public bodies: councils, health boards, NHS trusts, police, fire and rescue, national
    parks, government, unions and voluntary bodies."""
    return newest_first(filters.apply(_bodies()).distinct(), page, "bodies")


@router.get("/bodies/{slug}", response={200: BodyOut, **READ_ERRORS}, url_name="body")
def get_body(request, slug: str):
    """One public body, with its footprint."""
    return get_object_or_404(_bodies(), slug=slug)
