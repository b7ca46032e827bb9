"""The menu in the JSON API: service areas, and practices listed, searched, filtered (the web
page's facets), read, created, edited and moved through review, by the same listing
(listing.py), filter form and action functions as the pages."""

import datetime
from typing import Annotated

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema, Status
from pydantic import BeforeValidator

from arfer.accounts.api_auth import caller_of, read_access, write_access
from arfer.core.api.concurrency import etag, updating
from arfer.core.api.errors import READ_ERRORS, UPDATE_ERRORS, WRITE_ERRORS
from arfer.core.api.fields import MAX_VERSION, OneLine, Paragraphs, WholeNumber, omittable, one_of
from arfer.core.api.pagination import (
    PageParams,
    decode,
    encode,
    invalid_cursor,
    newest_first,
    paged,
)
from arfer.core.money import MOST_PRACTICE_FIGURE_PENCE
from arfer.core.query_filters import refusals
from arfer.core.query_filters import unknown as _unknown
from arfer.core.uploads import UNKNOWN_CONTENT_TYPE, kind_of
from arfer.directory.api import BodyRef
from arfer.directory.models import Body

from . import editing, workflow
from .filters import SAVING_BAND_BY_KEY, SEARCH_MAX_LENGTH, MenuFilterForm
from .forms import STEPS
from .listing import NotASortKey, list_menu
from .models import (
    EvidenceLevel,
    Practice,
    PracticePartner,
    PreventionTier,
    ReviewCriterion,
    ServiceArea,
)

PracticePartnerRole = Annotated[str, one_of(PracticePartner.Role)]
PracticeStatus = Annotated[str, one_of(Practice.Status)]
ReviewCriterionChoice = Annotated[str, one_of(ReviewCriterion)]
PreventionTierChoice = Annotated[str, one_of(PreventionTier)]
EvidenceLevelChoice = Annotated[int, one_of(EvidenceLevel)]
BodySector = Annotated[str, one_of(Body.Sector)]
router = Router(tags=["menu"], auth=read_access)

# What a body may write about its practice: the fields of the pages' editing steps, no more.
EDITABLE_FIELDS = [
    name for form in STEPS.values() for name in form.base_fields if name != "version"
]
SavingBand = str  # one of SAVING_BAND_BY_KEY, checked by the menu's filter form


def _number_from_query(value):
    # A query string holds text: "3" asks for evidence level 3, as on the menu page.
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 3:
        return int(value)
    return value


EvidenceLevelParameter = Annotated[EvidenceLevelChoice, BeforeValidator(_number_from_query)]


class ServiceAreaOut(Schema):
    slug: str
    name_en: str
    name_cy: str
    parent: str | None = Field(description="Slug of the broader service area; null at the top.")

    @staticmethod
    def resolve_parent(area) -> str | None:
        return area.parent.slug if area.parent_id else None


class PartnerOut(Schema):
    body: BodyRef
    role: PracticePartnerRole


class PracticeSummary(Schema):
    slug: str
    status: PracticeStatus
    is_illustrative: bool = Field(description="Demonstration content, not a real practice.")
    title_en: str
    title_cy: str
    summary_en: str
    summary_cy: str
    lead_body: BodyRef
    service_areas: list[str]
    prevention_tier: str
    evidence_level: int
    annual_saving_pence: int
    works_across_boundaries: bool
    published_at: datetime.datetime | None
    version: int

    @staticmethod
    def resolve_service_areas(practice) -> list[str]:
        return [area.slug for area in practice.service_areas.all()]


class AttachmentOut(Schema):
    title: str
    kind: str = Field(description="business_case, job_description, contract, evaluation or other.")
    file_name: str
    size: int = Field(description="In bytes.")
    content_type: str
    uploaded_at: datetime.datetime
    url: str = Field(description="Where to download it; for a published practice, anyone may.")


def attachment_out(attachment) -> dict:
    kind = kind_of(attachment.file.name)
    return {
        "title": attachment.title,
        "kind": attachment.kind,
        "file_name": attachment.file_name,
        "size": attachment.size,
        "content_type": kind.content_type if kind else UNKNOWN_CONTENT_TYPE,
        "uploaded_at": attachment.uploaded_at,
        "url": settings.ARFER_SITE_URL + attachment.download_path(),
    }


class PracticeOut(PracticeSummary):
    external_ref: str
    problem_en: str
    problem_cy: str
    approach_en: str
    approach_cy: str
    outcomes_en: str
    outcomes_cy: str
    adoption_needs_en: str
    adoption_needs_cy: str
    partners: list[PartnerOut]
    areas: list[str] = Field(description="Slugs of the areas the practice covers.")
    regions: list[str] = Field(
        description="Slugs of the Regional Partnership Board footprints it reaches."
    )
    setup_cost_pence: int
    one_off_cashable_saving_pence: int
    one_off_non_cashable_saving_pence: int
    annual_cashable_saving_pence: int
    annual_non_cashable_saving_pence: int
    non_cashable_note_en: str
    non_cashable_note_cy: str
    start_date: datetime.date | None
    contact_name: str
    contact_email: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    welsh_requested_at: datetime.datetime | None = Field(
        description="When the programme team requested the Welsh text, while the request waits "
        "for it; null when the Welsh text is present or nobody has requested it."
    )

    attachments: list[AttachmentOut] = Field(description="The documents the lead body shares.")

    @staticmethod
    def resolve_partners(practice) -> list:
        return list(practice.partnerships.all())

    @staticmethod
    def resolve_attachments(practice) -> list[dict]:
        return [attachment_out(attachment) for attachment in practice.attachments.all()]

    @staticmethod
    def resolve_areas(practice) -> list[str]:
        return [area.slug for area in practice.areas.all()]

    @staticmethod
    def resolve_regions(practice) -> list[str]:
        return [area.slug for area in practice.regions.all()]


Pence = omittable(ge=0, le=MOST_PRACTICE_FIGURE_PENCE)
LongText = omittable(max_length=20_000)


class PracticeFields(Schema):
    """The fields a body writes about its practice; any left out stay as they are. Only the
    start date may be null (no date); texts are emptied with "" and amounts with 0."""

    title_en: OneLine = omittable(min_length=1, max_length=200)
    title_cy: OneLine = omittable(max_length=200)
    summary_en: Paragraphs = omittable(max_length=1000)
    summary_cy: Paragraphs = omittable(max_length=1000)
    problem_en: Paragraphs = LongText
    problem_cy: Paragraphs = LongText
    approach_en: Paragraphs = LongText
    approach_cy: Paragraphs = LongText
    outcomes_en: Paragraphs = LongText
    outcomes_cy: Paragraphs = LongText
    adoption_needs_en: Paragraphs = LongText
    adoption_needs_cy: Paragraphs = LongText
    service_areas: list[OneLine] = omittable(max_length=100, description="Service area slugs.")
    prevention_tier: PreventionTierChoice = omittable()
    evidence_level: EvidenceLevelChoice = omittable()
    setup_cost_pence: WholeNumber = Pence
    one_off_cashable_saving_pence: WholeNumber = Pence
    one_off_non_cashable_saving_pence: WholeNumber = Pence
    annual_cashable_saving_pence: WholeNumber = Pence
    annual_non_cashable_saving_pence: WholeNumber = Pence
    non_cashable_note_en: OneLine = omittable(max_length=300)
    non_cashable_note_cy: OneLine = omittable(max_length=300)
    start_date: datetime.date | None = None
    contact_name: OneLine = omittable(max_length=200)
    contact_email: OneLine = omittable(max_length=254)


class PracticeCreate(PracticeFields):
    lead_body: OneLine = Field(max_length=100, description="Slug of the body that leads it.")
    title_en: OneLine = Field(min_length=1, max_length=200)


class PracticeUpdate(PracticeFields):
    version: WholeNumber | None = Field(
        None,
        ge=1,
        le=MAX_VERSION,
        description=("The version you are changing (or send its ETag in If-Match)."),
    )


class PartnerIn(Schema):
    role: PracticePartnerRole
    version: WholeNumber | None = Field(None, ge=1, le=MAX_VERSION)


class ReviewIn(Schema):
    decision: OneLine = Field(description="“publish” or “changes”.", max_length=20)
    criteria_met: list[ReviewCriterionChoice] = Field([], max_length=10)
    reasons: Paragraphs = Field("", max_length=20_000)


class MenuFilters(Schema):
    q: str | None = Field(
        None, max_length=SEARCH_MAX_LENGTH, description="Words to search for, in English or Welsh."
    )
    service_area: list[str] = Field([], description="Top-level service area slugs (any).")
    sector: list[BodySector] = Field([], description="Sectors of the lead body (any).")
    region: list[str] = Field([], description="Regional Partnership Board slugs (any).")
    tier: list[PreventionTierChoice] = Field([], description="Prevention tiers (any).")
    evidence: list[EvidenceLevelParameter] = Field([], description="Evidence levels (any).")
    saving: list[SavingBand] = Field(
        [], description="Annual saving bands (any): " + ", ".join(SAVING_BAND_BY_KEY) + "."
    )
    boundaries: bool = Field(False, description="Only practices across organisational boundaries.")
    sort: str | None = Field(
        None, description="“relevance” (when searching), “newest” or “saving”."
    )
    status: list[PracticeStatus] = Field(
        [],
        description=(
            "Practices in these states, of those you may see (default: the published menu)."
        ),
    )
    lead_body: str | None = Field(None, max_length=100, description="Slug of the lead body.")
    area: str | None = Field(
        None,
        max_length=80,
        description=(
            "Slug of a local authority or health board area: the practices covering it (the "
            "areas a practice lists, or else those its lead body and partners serve)."
        ),
    )


class PracticePage(paged(PracticeSummary, "PracticePageBase")):  # type: ignore[misc]
    """A page of the menu, with what the menu page says of the words searched."""

    searched_instead: str | None = Field(
        None,
        description=(
            "When no practice holds some word of `q`, the words searched instead (each such "
            "word respelled from the menu's own words), if they found anything."
        ),
    )
    did_you_mean: str | None = Field(
        None,
        description="When `q` found fewer than three practices, other words that may be meant.",
    )


def _field_errors(errors: dict[str, str] | dict[str, list[str]]) -> None:
    if errors:
        raise ValidationError(errors)


def _menu_form(filters: MenuFilters) -> MenuFilterForm:
    """The menu page's own filter form over the API's filters, so that both accept exactly the
    same values. A value it refuses is an error here (a script wants to hear of a typo), where
    the page quietly drops it."""
    data = QueryDict(mutable=True)
    for name in ("service_area", "sector", "region", "tier", "evidence", "saving"):
        data.setlist(name, [str(value) for value in getattr(filters, name)])
    for name in ("q", "sort", "lead_body", "area"):
        if getattr(filters, name) is not None:
            data[name] = getattr(filters, name)
    if filters.boundaries:
        data["boundaries"] = "on"
    form = MenuFilterForm.read(data)
    _field_errors(refusals(form))
    return form


def _menu_page(request, filters: MenuFilters, page: PageParams) -> dict:
    """A page of the published menu, listed as the menu page lists it."""
    form = _menu_form(filters)
    listing = list_menu(caller_of(request).user, form.criteria(), index=form.menu_index)
    kind = f"menu:{listing.sort}"
    try:
        ids, last_key = listing.ids_after(decode(kind, page.cursor), page.limit)
    except NotASortKey:
        raise invalid_cursor() from None
    following = encode(kind, last_key) if last_key is not None else None
    return {
        "items": listing.practices(ids),
        "next": following,
        "searched_instead": listing.searched_instead,
        "did_you_mean": listing.did_you_mean,
    }


@router.get(
    "/service-areas", response={200: list[ServiceAreaOut], **READ_ERRORS}, url_name="service-areas"
)
def list_service_areas(request):
    """The service-area taxonomy, broad areas before their parts."""
    return ServiceArea.objects.select_related("parent").order_by("position")


@router.get("/practices", response={200: PracticePage, **READ_ERRORS}, url_name="practices")
def list_practices(request, filters: Query[MenuFilters], page: Query[PageParams]):
    """The published menu, searched and filtered like the menu page; or, with `status`, the
    practices in those states that you may see (your body's drafts, say), newest first."""
    if not filters.status or list(filters.status) == [Practice.Status.PUBLISHED]:
        return _menu_page(request, filters, page)
    practices = Practice.objects.visible_to(caller_of(request).user).filter(
        status__in=filters.status
    )
    if filters.lead_body:
        practices = practices.filter(lead_body__slug=filters.lead_body)
    return newest_first(practices.for_listing(), page, "practices")


def _visible(request, slug: str) -> Practice:
    return get_object_or_404(Practice.objects.visible_to(caller_of(request).user), slug=slug)


def _detail(practice: Practice, response: HttpResponse) -> Practice:
    response["ETag"] = etag(practice.version)
    return Practice.objects.for_detail().get(pk=practice.pk)


@router.get("/practices/{slug}", response={200: PracticeOut, **READ_ERRORS}, url_name="practice")
def get_practice(request, slug: str, response: HttpResponse):
    """One practice, if you may see it; its ETag names the version to update from."""
    practice = get_object_or_404(
        Practice.objects.visible_to(caller_of(request).user).for_detail(), slug=slug
    )
    response["ETag"] = etag(practice.version)
    return practice


def _values(payload: PracticeFields) -> dict:
    values = payload.dict(exclude_unset=True, exclude={"version", "lead_body"})
    values = {name: value for name, value in values.items() if name in EDITABLE_FIELDS}
    if "service_areas" in values:
        slugs = values["service_areas"]
        found = list(ServiceArea.objects.filter(slug__in=slugs))
        unknown = set(slugs) - {area.slug for area in found}
        _field_errors({"service_areas": _unknown(unknown)} if unknown else {})
        values["service_areas"] = found
    return values


@router.post(
    "/practices",
    response={201: PracticeOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="practice-create",
)
def create_practice(request, payload: PracticeCreate, response: HttpResponse):
    """Start a draft practice led by a body you edit for, with any of its fields."""
    actor = caller_of(request).user
    lead = get_object_or_404(Body, slug=payload.lead_body)
    values = _values(payload)
    with transaction.atomic():
        practice = editing.start_practice(
            actor=actor,
            lead_body=lead,
            title_en=values.pop("title_en"),
            title_cy=values.pop("title_cy", ""),
        )
        if values:
            practice = editing.update_practice(
                practice, actor=actor, expected_version=practice.version, values=values
            )
    return Status(201, _detail(practice, response))


@router.patch(
    "/practices/{slug}",
    response={200: PracticeOut, **UPDATE_ERRORS},
    auth=write_access,
    url_name="practice-update",
)
def update_practice(request, slug: str, payload: PracticeUpdate, response: HttpResponse):
    """Change fields of a draft (or a practice sent back for changes)."""
    practice = _visible(request, slug)
    with updating(request, payload.version) as version:
        practice = editing.update_practice(
            practice,
            actor=caller_of(request).user,
            expected_version=version,
            values=_values(payload),
        )
    return _detail(practice, response)


@router.put(
    "/practices/{slug}/partners/{body}",
    response={200: PracticeOut, **UPDATE_ERRORS},
    auth=write_access,
    url_name="practice-partner",
)
def set_partner(request, slug: str, body: str, payload: PartnerIn, response: HttpResponse):
    """Add a partner body with its role. A body that is already a partner is refused (400,
    on `body`, naming its role), as on the pages: to change its role, remove it and add it
    again."""
    practice = _visible(request, slug)
    partner = get_object_or_404(Body, slug=body)
    with updating(request, payload.version) as version:
        practice = editing.add_partner(
            practice,
            actor=caller_of(request).user,
            expected_version=version,
            body=partner,
            role=payload.role,
        )
    return _detail(practice, response)


@router.delete(
    "/practices/{slug}/partners/{body}",
    response={200: PracticeOut, **UPDATE_ERRORS},
    auth=write_access,
    url_name="practice-partner",
)
def remove_partner(
    request,
    slug: str,
    body: str,
    response: HttpResponse,
    version: int | None = Query(None, ge=1, le=MAX_VERSION),
):
    """Remove a partner body (name the version in `version` or If-Match)."""
    practice = _visible(request, slug)
    partner = get_object_or_404(Body, slug=body)
    with updating(request, version) as expected:
        practice = editing.remove_partner(
            practice, actor=caller_of(request).user, expected_version=expected, body_id=partner.pk
        )
    return _detail(practice, response)


@router.post(
    "/practices/{slug}/submit",
    response={200: PracticeOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="practice-submit",
)
def submit_practice(request, slug: str, response: HttpResponse):
    """Send a draft for review, once it holds everything a reviewer needs."""
    practice = workflow.submit_practice(_visible(request, slug), actor=caller_of(request).user)
    return _detail(practice, response)


@router.post(
    "/practices/{slug}/review",
    response={200: PracticeOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="practice-review",
)
def review_practice(request, slug: str, payload: ReviewIn, response: HttpResponse):
    """Publish a submitted practice (every criterion met) or ask for changes (with reasons):
    programme moderators only."""
    review = workflow.review_practice(
        _visible(request, slug),
        actor=caller_of(request).user,
        decision=payload.decision,
        criteria_met=list(payload.criteria_met),
        reasons=payload.reasons,
    )
    return _detail(review.practice, response)


@router.post(
    "/practices/{slug}/publish",
    response={200: PracticeOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="practice-publish",
)
def publish_practice(request, slug: str, response: HttpResponse):
    """Publish without review: the programme team only."""
    practice = workflow.publish_practice(_visible(request, slug), actor=caller_of(request).user)
    return _detail(practice, response)


@router.post(
    "/practices/{slug}/archive",
    response={200: PracticeOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="practice-archive",
)
def archive_practice(request, slug: str, response: HttpResponse):
    """Take a practice off the menu: the programme team only."""
    practice = workflow.archive_practice(_visible(request, slug), actor=caller_of(request).user)
    return _detail(practice, response)


@router.post(
    "/practices/{slug}/revision",
    response={201: PracticeOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="practice-revision",
)
def start_revision(request, slug: str, response: HttpResponse):
    """A draft copy of a published practice to change and send for review (the existing one,
    if a revision is already under way)."""
    revision = editing.start_revision(_visible(request, slug), actor=caller_of(request).user)
    return Status(201, _detail(revision, response))
