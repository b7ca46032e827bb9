"""The board in the JSON API (read only): meetings and summits, their actions, and the figures
of the dashboard and gap analyses, read from the same snapshots as the pages. The board and the
programme team see the board's business; the public sees published summit summaries and the
programme at a glance, as on the site."""

import datetime
from dataclasses import asdict
from typing import Annotated

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from arfer.accounts.api_auth import caller_of, read_access
from arfer.core.api.errors import READ_ERRORS
from arfer.core.api.fields import RecordId, omittable, one_of, withheld_unless
from arfer.core.api.pagination import PageParams, newest_first, paged
from arfer.directory.api import BodyRef
from arfer.directory.models import Body

from . import figures
from .models import Action, Meeting, Rag
from .policy import sees_board_business
from .views import require_board

MeetingKind = Annotated[str, one_of(Meeting.Kind)]
RagChoice = Annotated[str, one_of(Rag)]
router = Router(tags=["board"], auth=read_access)


class ActionOut(Schema):
    id: int
    meeting: int
    text_en: str
    text_cy: str
    owner_body: BodyRef | None
    owner_name: str
    due_date: datetime.date
    rag: RagChoice
    progress_note: str
    closed_on: datetime.date | None
    is_overdue: bool
    version: int

    @staticmethod
    def resolve_meeting(action) -> int:
        return action.meeting_id

    @staticmethod
    def resolve_is_overdue(action) -> bool:
        return action.closed_on is None and action.due_date < timezone.localdate()


class MeetingOut(Schema):
    id: int
    kind: MeetingKind
    title_en: str
    title_cy: str
    date: datetime.date
    place: str
    is_illustrative: bool
    # The board's business: null for the public, who see a published summit's summary only.
    agenda_en: str | None
    agenda_cy: str | None
    summary_en: str | None
    summary_cy: str | None
    attending: list[str] | None = Field(description="Slugs of the bodies attending.")
    actions: list[ActionOut] | None

    _business_for_the_board = withheld_unless(
        "shows_business", ("agenda_en", "agenda_cy", "attending", "actions")
    )

    @staticmethod
    def _summary(meeting, text):
        shown = meeting.summary_published or getattr(meeting, "shows_business", False)
        return text if shown else None

    @staticmethod
    def resolve_summary_en(meeting):
        return MeetingOut._summary(meeting, meeting.summary_en)

    @staticmethod
    def resolve_summary_cy(meeting):
        return MeetingOut._summary(meeting, meeting.summary_cy)

    @staticmethod
    def resolve_attending(meeting):
        return [body.slug for body in meeting.attending.all()]

    @staticmethod
    def resolve_actions(meeting):
        return list(meeting.actions.all())


class MeetingFilters(Schema):
    kind: MeetingKind | None = None
    since: datetime.date | None = Field(None, description="Meetings on or after this date.")


class ActionFilters(Schema):
    open: bool | None = Field(None, description="Only open (true) or closed (false) actions.")
    owner_body: str | None = Field(None, max_length=100, description="Owner body's slug.")
    overdue: bool = Field(False, description="Only open actions past their due date.")


class AsOf(Schema):
    calculated_at: datetime.datetime
    is_stale: bool = Field(description="The data changed since; recalculated overnight.")


class FiguresOut(Schema):
    as_of: AsOf
    figures: dict


MeetingPage = paged(MeetingOut, "MeetingPage")
ActionPage = paged(ActionOut, "ActionPage")


def _meetings_for(user):
    if sees_board_business(user):
        return Meeting.objects.all()
    return Meeting.objects.published_summits()


def _with_business(meetings: list, user) -> list:
    shows = sees_board_business(user)
    for meeting in meetings:
        meeting.shows_business = shows
    return meetings


def _meeting_reads():
    return Meeting.objects.all().prefetch_related(
        Prefetch("attending", queryset=Body.objects.order_by("slug")),
        Prefetch(
            "actions",
            queryset=Action.objects.select_related("owner_body").order_by("due_date", "pk"),
        ),
    )


@router.get("/meetings", response={200: MeetingPage, **READ_ERRORS}, url_name="meetings")
def list_meetings(request, filters: Query[MeetingFilters], page: Query[PageParams]):
    """Board meetings and summits, newest recorded first (the public: published summits)."""
    user = caller_of(request).user
    meetings = _meeting_reads().filter(pk__in=_meetings_for(user).values("pk"))
    if filters.kind:
        meetings = meetings.filter(kind=filters.kind)
    if filters.since:
        meetings = meetings.filter(date__gte=filters.since)
    result = newest_first(meetings, page, "meetings")
    _with_business(result["items"], user)
    return result


@router.get("/meetings/{pk}", response={200: MeetingOut, **READ_ERRORS}, url_name="meeting")
def get_meeting(request, pk: RecordId):
    """One meeting or summit, with its attendance and actions for the board."""
    user = caller_of(request).user
    meeting = get_object_or_404(
        _meeting_reads().filter(pk__in=_meetings_for(user).values("pk")), pk=pk
    )
    return _with_business([meeting], user)[0]


@router.get("/actions", response={200: ActionPage, **READ_ERRORS}, url_name="actions")
def list_actions(request, filters: Query[ActionFilters], page: Query[PageParams]):
    """The board's actions (the board and programme team only; an empty list for others)."""
    actions = Action.objects.visible_to(caller_of(request).user).for_listing()
    if filters.open is not None:
        actions = actions.filter(closed_on__isnull=filters.open)
    if filters.owner_body:
        actions = actions.filter(owner_body__slug=filters.owner_body)
    if filters.overdue:
        actions = actions.filter(Q(closed_on__isnull=True) & Q(due_date__lt=timezone.localdate()))
    return newest_first(actions, page, "actions")


# Figures -------------------------------------------------------------------------------------


def _as_of(figure) -> dict:
    return {"calculated_at": figure.computed_at, "is_stale": figure.is_stale}


def _years(years) -> list[dict]:
    return [asdict(year) for year in years]


def _pipeline(pipeline) -> list[dict]:
    return [{"stage": stage, "adoptions": count} for stage, _label, count in pipeline]


@router.get(
    "/figures/programme", response={200: FiguresOut, **READ_ERRORS}, url_name="figures-programme"
)
def programme_figures(request):
    """The programme at a glance, from published practices only: public."""
    data = figures.at_a_glance()
    return {
        "as_of": _as_of(data["as_of"]),
        "figures": {
            "practices": data["practices"],
            "leading_bodies": data["leading_bodies"],
            "pipeline": _pipeline(data["pipeline"]),
            "savings_by_year": _years(data["savings_by_year"]),
            "savings_total": asdict(data["savings_total"]),
        },
    }


@router.get(
    "/figures/dashboard", response={200: FiguresOut, **READ_ERRORS}, url_name="figures-dashboard"
)
def dashboard_figures(request):
    """Savings against targets by year and workstream, the adoption pipeline, the practices
    that spread furthest and the bodies that lead most: the board and programme team."""
    require_board(caller_of(request).user)
    data = figures.dashboard()
    return {
        "as_of": _as_of(data["as_of"]),
        "figures": {
            "savings_by_year": _years(data["savings_by_year"]),
            "savings_total": asdict(data["savings_total"]),
            "by_workstream": [
                {"workstream": workstream.slug, "years": _years(years)}
                for workstream, years in data["by_workstream"]
            ],
            "pipeline": _pipeline(data["pipeline"]),
            "furthest_spread": [
                {"practice": practice.slug, "adopters": count}
                for practice, count in data["furthest_spread"]
            ],
            "leading_bodies": [
                {"body": body.slug, "practices": count} for body, count in data["leading_bodies"]
            ],
        },
    }


class CoverageParams(Schema):
    by: str = Field(
        "region",
        pattern="^(region|sector)$",
        description="“region” (Regional Partnership Boards) or “sector”.",
    )
    threshold: float = omittable(
        gt=0,
        le=1,
        description=(
            "Share of a group's bodies adopting below which a cell is a gap (default the "
            "programme's)."
        ),
    )


@router.get(
    "/figures/coverage", response={200: FiguresOut, **READ_ERRORS}, url_name="figures-coverage"
)
def coverage_figures(request, params: Query[CoverageParams]):
    """Top-level service areas by region or sector: practices led, open adoptions, bodies
    adopting, and the gaps under the threshold."""
    from django.conf import settings

    require_board(caller_of(request).user)
    threshold = params.threshold or settings.ARFER_COVERAGE_GAP_SHARE
    data = figures.coverage(by=params.by, threshold=threshold)
    slugs = {pk: area.slug for pk, area in data["service_areas"].items()}
    return {
        "as_of": _as_of(data["as_of"]),
        "figures": {
            "by": params.by,
            "threshold": threshold,
            "groups": [{"key": group.key, "label": str(group.label)} for group in data["groups"]],
            "rows": [
                {
                    "service_area": slugs.get(row.service_area),
                    "cells": [
                        {
                            **asdict(cell),
                            "share_adopting": (
                                cell.bodies_adopting / cell.bodies if cell.bodies else None
                            ),
                        }
                        for cell in row.cells
                    ],
                }
                for row in data["table"].rows
            ],
        },
    }


@router.get(
    "/figures/boundaries", response={200: FiguresOut, **READ_ERRORS}, url_name="figures-boundaries"
)
def boundary_figures(request):
    """Each council with the health board covering it, and the practices in integrated
    service areas they share; the pairs with none are the gaps."""
    require_board(caller_of(request).user)
    data = figures.boundary_gaps(page=1, per_page=100_000)
    return {
        "as_of": _as_of(data["as_of"]),
        "figures": {
            "pair_count": data["pair_count"],
            "gap_count": data["gap_count"],
            "integrated_service_areas": [area.slug for area in figures.integrated_service_areas()],
            "pairs": [
                {
                    "council": council.slug,
                    "health_board": board.slug,
                    "shared_practices": pair.shared_practices,
                    "is_gap": pair.is_gap,
                }
                for council, board, pair in data["pairs"]
            ],
        },
    }


@router.get(
    "/figures/network", response={200: FiguresOut, **READ_ERRORS}, url_name="figures-network"
)
def network_figures(request):
    """Bodies linked by working on the same practices, across sectors or not."""
    require_board(caller_of(request).user)
    data = figures.collaboration_network()
    network = data["network"]
    return {
        "as_of": _as_of(data["as_of"]),
        "figures": {
            "bodies": network.bodies,
            "links": network.edges,
            "cross_sector_links": network.cross_sector_edges,
            "cross_sector_share": network.cross_sector_share,
            "bodies_without_links": len(network.isolated),
            "bodies_without_cross_sector_links": len(network.without_cross_sector),
            "sector_links": [
                {"sectors": [a, b], "links": count}
                for (a, b), count in network.sector_links.items()
            ],
            "by_sector": [asdict(part) for part in network.by_sector],
        },
    }


@router.get(
    "/figures/prevention", response={200: FiguresOut, **READ_ERRORS}, url_name="figures-prevention"
)
def prevention_figures(request):
    """Practices published and savings realised each financial year, by prevention tier."""
    require_board(caller_of(request).user)
    data = figures.prevention_shift()
    return {
        "as_of": _as_of(data["as_of"]),
        "figures": {"years": [asdict(year) for year in data["years"]]},
    }
