"""My work: the page a person lands on after signing in, listing what needs them now.

The page belongs to accounts (the person), but what needs a person belongs to the apps above:
drafts to the menu, stalled adoptions to the rollout, overdue actions to the board, failed
imports to the imports. So the page offers a `PageSections` (see arfer.core.sections) that each
app fills from its AppConfig.ready(), reading through its own querysets.

The page is grouped by what the person does: for the bodies they edit for, reviewing and
verifying, the board, running the programme. Accounts owns the roles, so it draws each group's
heading (in the group's band of `order`), and the apps add their lists within the band. Each
section is drawn with the page's context: `acting_for` (ids of the bodies the person edits for,
as an editor or body admin) and `administers` (those where they are the body admin), read once
for the whole page.

Every list shows its first `LIST_LENGTH` items and a count of all of them (capped, as the list
pages are), each in a fixed number of queries whatever the number of rows.
"""

from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils.functional import Promise

from arfer.core.pagination import ResultCount, capped_count
from arfer.core.sections import PageSections

from . import policy

my_work_page = PageSections()

LIST_LENGTH = 10
# What stands in a template's place where the list's items are shared.
LISTS_TEMPLATE = "accounts/_my_work_lists.html"
GROUP_TEMPLATE = "accounts/_my_work_group.html"

# The bands of `order` in which each group's lists are added; its heading comes first.
FOR_BODIES = 100
REVIEWING = 200
FOR_THE_BOARD = 300
RUNNING_THE_PROGRAMME = 400


@dataclass
class WorkList:
    """One heading of the page: what needs the person, newest first (unless said otherwise)."""

    name: str  # the id of its heading, unique on the page
    heading: str | Promise
    # What will appear here, and why: shown when nothing does.
    empty: str | Promise
    # Each item is drawn with `item_template`, with the item as `item`.
    item_template: str
    items: list[Any]
    count: ResultCount
    # The filtered full list, where there is one.
    see_all: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_more(self) -> bool:
        return self.count.count > len(self.items)


def first_of(records: QuerySet, **described) -> WorkList:
    """The first `LIST_LENGTH` of `records` (already ordered) and how many there are: two
    queries, whatever their number."""
    return WorkList(
        items=list(records[:LIST_LENGTH]),
        count=capped_count(records, settings.ARFER_RESULT_COUNT_CAP),
        **described,
    )


def all_of(items: list, **described) -> WorkList:
    """A list already read whole (a short one): its first `LIST_LENGTH` and its length."""
    return WorkList(
        items=items[:LIST_LENGTH],
        count=ResultCount(len(items), settings.ARFER_RESULT_COUNT_CAP),
        **described,
    )


def page_context(user) -> dict[str, Any]:
    """What every section is given: the bodies the person acts for, read once."""
    from .models import Membership

    acting = list(
        Membership.objects.filter(
            user=user, role__in=(Membership.Role.EDITOR, Membership.Role.ADMIN)
        ).values_list("body_id", "role")
    )
    return {
        "acting_for": [body_id for body_id, _role in acting],
        "administers": [body_id for body_id, role in acting if role == Membership.Role.ADMIN],
    }


def _group(applies, heading: Promise, name: str):
    def context(request, **page):
        return {"group_heading": heading, "group_name": name} if applies(request, page) else None

    return context


def add_group_headings() -> None:
    """Called from accounts' ready(): the heading of each group, for the people it concerns."""
    from django.utils.translation import gettext_lazy as _

    groups = [
        (
            FOR_BODIES,
            "bodies",
            _("For your bodies"),
            lambda request, page: bool(page["acting_for"]),
        ),
        (
            REVIEWING,
            "reviewing",
            _("Reviewing and verifying"),
            lambda request, page: policy.is_programme_staff(request.user),
        ),
        (
            FOR_THE_BOARD,
            "board",
            _("For the board"),
            lambda request, page: policy.is_board_member(request.user),
        ),
        (
            RUNNING_THE_PROGRAMME,
            "programme",
            _("Running the programme"),
            lambda request, page: policy.is_programme_admin(request.user),
        ),
    ]
    for order, name, heading, applies in groups:
        my_work_page.add(
            f"group-{name}",
            order=order,
            template=GROUP_TEMPLATE,
            context=_group(applies, heading, name),
        )


def open_invitations(request, *, acting_for, administers) -> dict | None:
    """Body admins: the invitations to their bodies not yet accepted, newest first."""
    from django.utils.translation import gettext_lazy as _

    from .models import Invitation

    if not administers:
        return None
    waiting = (
        Invitation.objects.visible_to(request.user)
        .pending()
        .filter(body__in=administers)
        .select_related("body")
        .order_by("-created_at", "-pk")
    )
    return {
        "lists": [
            first_of(
                waiting,
                name="open-invitations",
                heading=_("Open invitations"),
                empty=_(
                    "Invitations you or another admin sent to join your bodies appear here "
                    "until they are accepted or expire."
                ),
                item_template="accounts/_my_work_invitation.html",
            )
        ]
    }


def add_own_sections() -> None:
    """Called from accounts' ready(): the group headings and the invitations."""
    add_group_headings()
    my_work_page.add(
        "open-invitations", order=FOR_BODIES + 90, template=LISTS_TEMPLATE, context=open_invitations
    )
