"""The adoption register and the savings ledger in the JSON API, through the register's own
querysets (over the one read policy, policy.py), filters (tables.py) and action functions.

Which body is at which stage of a published practice is public, as on the rollout pages; the
rest of an adoption (contacts, support asked for, reasons) and every ledger entry are seen only
by the programme roles and the members of the bodies concerned. For anyone else those fields
are null."""

import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema, Status

from arfer.accounts.api_auth import caller_of, read_access, write_access
from arfer.core.api.concurrency import etag, updating
from arfer.core.api.errors import READ_ERRORS, UPDATE_ERRORS, WRITE_ERRORS
from arfer.core.api.fields import (
    MAX_ID,
    MAX_VERSION,
    OneLine,
    Paragraphs,
    RecordId,
    WholeNumber,
    omittable,
    one_of,
    withheld_unless,
)
from arfer.core.api.pagination import PageParams, newest_first, paged
from arfer.core.money import MOST_ENTRY_PENCE, MOST_TARGET_PENCE
from arfer.directory.api import BodyRef
from arfer.directory.models import Body
from arfer.menu.models import Practice

from . import actions
from .models import Adoption, LedgerEntry, SavingsTarget, Stage, Support
from .policy import may_see_targets
from .tables import LedgerFilterForm, RegisterFilterForm

LedgerEntryVerification = Annotated[str, one_of(LedgerEntry.Verification)]
LedgerEntryRecurrence = Annotated[str, one_of(LedgerEntry.Recurrence)]
LedgerEntryCertainty = Annotated[str, one_of(LedgerEntry.Certainty)]
LedgerEntryKind = Annotated[str, one_of(LedgerEntry.Kind)]
LedgerEntryUnit = Annotated[str, one_of(LedgerEntry.Unit)]
SupportChoice = Annotated[str, one_of(Support)]
StageChoice = Annotated[str, one_of(Stage)]
router = Router(tags=["rollout"], auth=read_access)


class PracticeRef(Schema):
    slug: str
    title_en: str
    title_cy: str


class AdoptionOut(Schema):
    id: int
    practice: PracticeRef
    body: BodyRef
    stage: StageChoice
    stage_since: datetime.date
    is_illustrative: bool
    version: int
    updated_at: datetime.datetime
    # Seen by the bodies concerned and the programme; null for anyone else.
    external_ref: str | None
    closed_reason: str | None
    adapted: bool | None
    adaptations: str | None
    target_date: datetime.date | None
    contact_name: str | None
    contact_email: str | None
    support_requested: list[SupportChoice] | None
    support_details: str | None

    _details_for_those_concerned = withheld_unless(
        "shows_details",
        (
            "external_ref",
            "closed_reason",
            "adapted",
            "adaptations",
            "target_date",
            "contact_name",
            "contact_email",
            "support_requested",
            "support_details",
        ),
    )


class AdoptionDetails(Schema):
    """Any of an adoption's details; in an update, those left out stay as they are."""

    target_date: datetime.date | None = None
    contact_name: OneLine = omittable(max_length=200)
    contact_email: OneLine = omittable(max_length=254)
    support_requested: list[SupportChoice] = omittable(max_length=10)
    support_details: Paragraphs = omittable(max_length=20_000)
    adapted: bool = omittable()
    adaptations: Paragraphs = omittable(max_length=20_000)


class AdoptionCreate(AdoptionDetails):
    practice: OneLine = Field(max_length=120, description="Slug of a published practice.")
    body: OneLine = Field(max_length=100, description="Slug of the adopting body.")
    stage: StageChoice = Stage.EXPLORING
    changed_on: datetime.date | None = Field(
        None, description="When it reached this stage (default today)."
    )
    reason: Paragraphs = Field("", max_length=20_000, description="Needed to decline or stop.")


class AdoptionUpdate(AdoptionDetails):
    version: WholeNumber | None = Field(None, ge=1, le=MAX_VERSION)


class StageChangeIn(Schema):
    to_stage: StageChoice
    changed_on: datetime.date | None = None
    reason: Paragraphs = Field(
        "", max_length=20_000, description=("Needed to decline, stop, or move back a stage.")
    )
    version: WholeNumber | None = Field(None, ge=1, le=MAX_VERSION)


# The register's and the ledger's filters, as on their pages: made from the pages' forms and
# checked by them. Made at run time, so a type checker knows them only as schemas.
if TYPE_CHECKING:
    AdoptionFilters = Schema
    EntryFilters = Schema
else:
    AdoptionFilters = RegisterFilterForm.query_parameters("AdoptionFilters")
    EntryFilters = LedgerFilterForm.query_parameters("EntryFilters")


class EntryOut(Schema):
    id: int
    external_ref: str
    practice: PracticeRef
    body: BodyRef
    adoption: int | None = Field(
        description="The adoption it comes from; null for the savings "
        "of the body that leads the practice."
    )
    financial_year: int = Field(description="The year the financial year starts: 2025 is 2025-26.")
    quarter: int
    kind: LedgerEntryKind
    unit: str
    quantity: Decimal | None
    amount_pence: int
    recurrence: LedgerEntryRecurrence
    certainty: LedgerEntryCertainty
    evidence: str
    verification: LedgerEntryVerification
    query_reason: str
    is_illustrative: bool
    version: int
    updated_at: datetime.datetime

    @staticmethod
    def resolve_adoption(entry):
        return entry.adoption_id


class EntryFields(Schema):
    """Any of a saving's fields; in an update, those left out stay as they are."""

    financial_year: WholeNumber = omittable(ge=2000, le=2100)
    quarter: WholeNumber = omittable(ge=1, le=4)
    kind: LedgerEntryKind = omittable()
    unit: LedgerEntryUnit | None = None
    quantity: Decimal | None = Field(None, ge=0, max_digits=12, decimal_places=2)
    amount_pence: WholeNumber = omittable(ge=1, le=MOST_ENTRY_PENCE)
    recurrence: LedgerEntryRecurrence = omittable()
    certainty: LedgerEntryCertainty = omittable()
    evidence: Paragraphs = omittable(max_length=20_000)


class EntryCreate(EntryFields):
    adoption: WholeNumber | None = Field(
        None, ge=1, le=MAX_ID, description="The adoption the saving comes from."
    )
    practice: OneLine | None = Field(
        None,
        max_length=120,
        description=("Or, for the lead body's own savings, the practice's slug."),
    )
    financial_year: WholeNumber = Field(ge=2000, le=2100)
    quarter: WholeNumber = Field(ge=1, le=4)
    kind: LedgerEntryKind
    amount_pence: WholeNumber = Field(ge=1, le=MOST_ENTRY_PENCE)
    recurrence: LedgerEntryRecurrence
    certainty: LedgerEntryCertainty


class EntryUpdate(EntryFields):
    version: WholeNumber | None = Field(None, ge=1, le=MAX_VERSION)


class VerificationIn(Schema):
    verification: LedgerEntryVerification
    reason: Paragraphs = Field("", max_length=20_000, description="Needed to query a saving.")
    version: WholeNumber | None = Field(None, ge=1, le=MAX_VERSION)


AdoptionPage = paged(AdoptionOut, "AdoptionPage")
EntryPage = paged(EntryOut, "EntryPage")


def _mark_details(adoptions: list, user) -> list:
    ids = [adoption.pk for adoption in adoptions]
    seen = (
        set(Adoption.objects.visible_to(user).filter(pk__in=ids).values_list("pk", flat=True))
        if user.is_authenticated and ids
        else set()
    )
    for adoption in adoptions:
        adoption.shows_details = adoption.pk in seen
    return adoptions


def _adoption(request, pk: int) -> Adoption:
    return get_object_or_404(
        Adoption.objects.stage_visible_to(caller_of(request).user).for_listing(), pk=pk
    )


def _adoption_out(adoption: Adoption, request, response: HttpResponse) -> Adoption:
    adoption = Adoption.objects.for_listing().get(pk=adoption.pk)
    response["ETag"] = etag(adoption.version)
    return _mark_details([adoption], caller_of(request).user)[0]


@router.get("/adoptions", response={200: AdoptionPage, **READ_ERRORS}, url_name="adoptions")
def list_adoptions(request, filters: Query[AdoptionFilters], page: Query[PageParams]):
    """The adoption register, newest first, filtered as on the register page: the stages of
    the published menu for everyone, and the records you may see in full."""
    user = caller_of(request).user
    form = RegisterFilterForm.from_parameters(filters, user=user)
    adoptions = form.apply(Adoption.objects.stage_visible_to(user).for_pages_in_id_order())
    result = newest_first(adoptions, page, "adoptions")
    _mark_details(result["items"], user)
    return result


@router.get("/adoptions/{pk}", response={200: AdoptionOut, **READ_ERRORS}, url_name="adoption")
def get_adoption(request, pk: RecordId, response: HttpResponse):
    """One adoption: its stage for everyone, its details for the bodies concerned."""
    return _adoption_out(_adoption(request, pk), request, response)


@router.post(
    "/adoptions",
    response={201: AdoptionOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="adoption-create",
)
def create_adoption(request, payload: AdoptionCreate, response: HttpResponse):
    """Record that a body is adopting (or has declined) a published practice."""
    user = caller_of(request).user
    practice = get_object_or_404(Practice.objects.visible_to(user), slug=payload.practice)
    body = get_object_or_404(Body, slug=payload.body)
    details = payload.dict(
        exclude_unset=True, exclude={"practice", "body", "stage", "changed_on", "reason"}
    )
    adoption = actions.record_adoption(
        practice,
        body,
        actor=user,
        stage=payload.stage,
        changed_on=payload.changed_on,
        reason=payload.reason,
        **details,
    )
    return Status(201, _adoption_out(adoption, request, response))


@router.patch(
    "/adoptions/{pk}",
    response={200: AdoptionOut, **UPDATE_ERRORS},
    auth=write_access,
    url_name="adoption-update",
)
def update_adoption(request, pk: RecordId, payload: AdoptionUpdate, response: HttpResponse):
    """Change an adoption's details: target date, contact, support asked for, adaptations."""
    adoption = _adoption(request, pk)
    with updating(request, payload.version) as version:
        adoption = actions.update_adoption(
            adoption,
            actor=caller_of(request).user,
            expected_version=version,
            values=payload.dict(exclude_unset=True, exclude={"version"}),
        )
    return _adoption_out(adoption, request, response)


@router.post(
    "/adoptions/{pk}/stage",
    response={200: AdoptionOut, **UPDATE_ERRORS},
    auth=write_access,
    url_name="adoption-stage",
)
def change_stage(request, pk: RecordId, payload: StageChangeIn, response: HttpResponse):
    """Move an adoption to another stage, with the date and (where needed) a reason."""
    adoption = _adoption(request, pk)
    with updating(request, payload.version) as version:
        adoption = actions.change_stage(
            adoption,
            actor=caller_of(request).user,
            expected_version=version,
            to_stage=payload.to_stage,
            changed_on=payload.changed_on,
            reason=payload.reason,
        )
    return _adoption_out(adoption, request, response)


def _entry(request, pk: int) -> LedgerEntry:
    return get_object_or_404(
        LedgerEntry.objects.visible_to(caller_of(request).user).for_listing(), pk=pk
    )


def _entry_out(entry: LedgerEntry, response: HttpResponse) -> LedgerEntry:
    response["ETag"] = etag(entry.version)
    return LedgerEntry.objects.for_listing().get(pk=entry.pk)


def _entry_values(payload: EntryFields) -> dict:
    values = payload.dict(exclude_unset=True, exclude={"version", "adoption", "practice"})
    if "unit" in values and values["unit"] is None:
        values["unit"] = ""
    return values


@router.get("/ledger", response={200: EntryPage, **READ_ERRORS}, url_name="ledger")
def list_entries(request, filters: Query[EntryFilters], page: Query[PageParams]):
    """The savings ledger entries you may see, newest first, filtered as on the ledger page."""
    user = caller_of(request).user
    form = LedgerFilterForm.from_parameters(filters, user=user)
    return newest_first(
        form.apply(LedgerEntry.objects.visible_to(user).for_listing()), page, "ledger"
    )


@router.get("/ledger/{pk}", response={200: EntryOut, **READ_ERRORS}, url_name="entry")
def get_entry(request, pk: RecordId, response: HttpResponse):
    """One ledger entry, if you may see it."""
    return _entry_out(_entry(request, pk), response)


@router.post(
    "/ledger", response={201: EntryOut, **WRITE_ERRORS}, auth=write_access, url_name="entry-create"
)
def create_entry(request, payload: EntryCreate, response: HttpResponse):
    """Log a saving against an adoption, or against the lead body's own practice."""
    user = caller_of(request).user
    adoption = practice = None
    if payload.adoption is not None:
        adoption = get_object_or_404(Adoption.objects.visible_to(user), pk=payload.adoption)
    elif payload.practice:
        practice = get_object_or_404(Practice.objects.visible_to(user), slug=payload.practice)
    entry = actions.record_saving(
        actor=user, values=_entry_values(payload), adoption=adoption, practice=practice
    )
    return Status(201, _entry_out(entry, response))


@router.patch(
    "/ledger/{pk}",
    response={200: EntryOut, **UPDATE_ERRORS},
    auth=write_access,
    url_name="entry-update",
)
def update_entry(request, pk: RecordId, payload: EntryUpdate, response: HttpResponse):
    """Correct a ledger entry; a change to what was verified returns it to unverified."""
    entry = _entry(request, pk)
    with updating(request, payload.version) as version:
        entry = actions.update_saving(
            entry,
            actor=caller_of(request).user,
            expected_version=version,
            values=_entry_values(payload),
        )
    return _entry_out(entry, response)


@router.post(
    "/ledger/{pk}/verification",
    response={200: EntryOut, **UPDATE_ERRORS},
    auth=write_access,
    url_name="entry-verification",
)
def verify_entry(request, pk: RecordId, payload: VerificationIn, response: HttpResponse):
    """Mark a saving verified, queried (with a reason) or unverified: programme moderators.
    Only a realised saving can be verified; a forecast is refused (400)."""
    entry = _entry(request, pk)
    with updating(request, payload.version) as version:
        entry = actions.verify_saving(
            entry,
            actor=caller_of(request).user,
            verification=payload.verification,
            reason=payload.reason,
            expected_version=version,
        )
    return _entry_out(entry, response)


class TargetOut(Schema):
    financial_year: int = Field(description="The year the financial year starts: 2025 is 2025-26.")
    amount_pence: int
    is_illustrative: bool
    updated_at: datetime.datetime


class TargetIn(Schema):
    amount_pence: WholeNumber = Field(ge=1, le=MOST_TARGET_PENCE)


def _sees_targets(request) -> None:
    from django.http import Http404

    if not may_see_targets(caller_of(request).user):
        raise Http404


@router.get("/targets", response={200: list[TargetOut], **READ_ERRORS}, url_name="targets")
def list_targets(request):
    """The programme's savings targets by financial year: the board and programme team."""
    _sees_targets(request)
    return SavingsTarget.objects.order_by("financial_year")


@router.put(
    "/targets/{year}",
    response={200: TargetOut, **WRITE_ERRORS},
    auth=write_access,
    url_name="target",
)
def set_target(request, year: Annotated[int, Path(ge=2000, le=2100)], payload: TargetIn):
    """Set the savings target of a financial year (2025 for 2025-26): programme admins."""
    _sees_targets(request)
    return actions.set_target(year, payload.amount_pence, actor=caller_of(request).user)
