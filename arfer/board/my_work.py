"""The board's lists on a person's My work page (see arfer.accounts.my_work).

For board members: the next meeting and its pack, the actions past their due date, and what has
changed since the last meeting (practices published, adoptions moved, savings realised and
verified), as counts linking to the lists. For programme admins: the board's figures found
out of date and waiting for the task worker to calculate them again (snapshots.py).
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from arfer.accounts.my_work import (
    FOR_THE_BOARD,
    LISTS_TEMPLATE,
    RUNNING_THE_PROGRAMME,
    WorkList,
    all_of,
    first_of,
    my_work_page,
)
from arfer.accounts.policy import is_board_member, is_programme_admin
from arfer.core.pagination import ResultCount, capped_count
from arfer.menu.models import Practice
from arfer.rollout.models import Adoption, LedgerEntry

from . import snapshots
from .models import Action, FiguresSnapshot, Meeting


@dataclass(frozen=True)
class Change:
    """One count of what has changed since the last meeting, and where to see it."""

    label: str | Promise
    count: ResultCount
    url: str


def _today() -> datetime.date:
    return timezone.localdate()


def _counted(records) -> ResultCount:
    return capped_count(records, settings.ARFER_RESULT_COUNT_CAP)


def changes_since(user, day: datetime.date) -> list[Change]:
    """What moved from `day` on, each count read through its app's own query set."""
    since = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
    ledger = reverse("rollout:ledger")
    return [
        Change(
            _("Practices published"),
            _counted(Practice.objects.visible_to(user).published().filter(published_at__gte=since)),
            f"{reverse('menu:practices')}?{urlencode({'sort': 'newest'})}",
        ),
        Change(
            _("Adoptions moved to another stage"),
            # Moves, not first records (a new adoption's first stage comes from nowhere).
            _counted(
                Adoption.objects.visible_to(user).filter(
                    stage_changes__changed_on__gte=day, stage_changes__from_stage__gt=""
                )
            ),
            reverse("rollout:register"),
        ),
        Change(
            _("Savings recorded as realised"),
            _counted(
                LedgerEntry.objects.visible_to(user).filter(
                    certainty=LedgerEntry.Certainty.REALISED, created_at__gte=since
                )
            ),
            f"{ledger}?{urlencode({'certainty': 'realised'})}",
        ),
        Change(
            _("Savings verified"),
            _counted(
                LedgerEntry.objects.visible_to(user).filter(
                    verification=LedgerEntry.Verification.VERIFIED, verified_at__gte=since
                )
            ),
            f"{ledger}?{urlencode({'verification': 'verified'})}",
        ),
    ]


def overdue_actions(user, today: datetime.date):
    """Open actions past their due date, the most recently due first."""
    return (
        Action.objects.visible_to(user)
        .filter(closed_on__isnull=True, due_date__lt=today)
        .for_listing()
        .order_by("-due_date", "-pk")
    )


def for_the_board(request, **page) -> dict | None:
    user = request.user
    if not is_board_member(user):
        return None
    today = _today()
    meetings = Meeting.objects.visible_to(user)
    last = meetings.filter(date__lt=today).order_by("-date", "-pk").first()
    return {
        "next_meeting": meetings.upcoming().first(),
        "last_meeting": last,
        "changes": changes_since(user, last.date) if last else [],
        "lists": [
            first_of(
                overdue_actions(user, today),
                name="overdue-actions",
                heading=_("Overdue actions"),
                empty=_(
                    "Actions the board set that are still open after their due date appear here."
                ),
                item_template="board/_my_work_action.html",
                see_all=reverse("board:actions"),
            )
        ],
    }


# The snapshots' names (figures.SNAPSHOTS) as people know the figures, and their pages.
FIGURE_PAGES = {
    "dashboard": (_("Programme dashboard"), "board:dashboard"),
    "coverage-region": (_("Coverage by region"), "board:coverage"),
    "coverage-sector": (_("Coverage by sector"), "board:coverage"),
    "boundaries": (_("Councils and health boards"), "board:boundaries"),
    "network": (_("Collaboration network"), "board:network"),
    "prevention": (_("Prevention shift"), "board:prevention"),
    "at-a-glance": (_("The programme at a glance"), "board:at-a-glance"),
}


def figures_being_recalculated() -> list[dict]:
    """Figures calculated before the latest change and too slow to redo on a page: the pages
    show them dated, and the task worker is calculating them again (snapshots.read). Two
    queries: the state of the data, and the snapshots' dates (never their figures)."""
    current = snapshots.fingerprint()
    stale = (
        FiguresSnapshot.objects.exclude(fingerprint=current)
        .filter(duration_ms__gt=settings.ARFER_FIGURES_INLINE_MS)
        .order_by("-computed_at")
        .values("name", "computed_at", "duration_ms")
    )
    return [
        {**row, "label": FIGURE_PAGES[row["name"]][0], "url": reverse(FIGURE_PAGES[row["name"]][1])}
        for row in stale
        if row["name"] in FIGURE_PAGES
    ]


def board_figures(request, **page) -> dict | None:
    if not is_programme_admin(request.user):
        return None
    figures: WorkList = all_of(
        figures_being_recalculated(),
        name="figures-recalculating",
        heading=_("Board figures being calculated again"),
        empty=_(
            "When a change makes one of the board's slower figures out of date, it appears "
            "here until the task worker has calculated it again."
        ),
        item_template="board/_my_work_figure.html",
    )
    return {"lists": [figures]}


def add_sections() -> None:
    """Called from the board's ready()."""
    my_work_page.add(
        "board", order=FOR_THE_BOARD + 10, template="board/_my_work.html", context=for_the_board
    )
    my_work_page.add(
        "board-figures",
        order=RUNNING_THE_PROGRAMME + 20,
        template=LISTS_TEMPLATE,
        context=board_figures,
    )
