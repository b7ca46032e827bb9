"""What the menu page lists first for a query, as the public sees it: the one way the judged query
set (search/quality.py) is run, by its test and by its benchmark, so that what they measure is
what a reader of /practices/?q=... is shown."""

from collections.abc import Iterable

from django.contrib.auth.models import AnonymousUser
from django.http import QueryDict

from .filters import MenuFilterForm
from .listing import list_menu
from .search.quality import RESULTS_READ, Judgement, Measured, measure


def listed_for_the_public(query: str, count: int = RESULTS_READ) -> list[str]:
    """The slugs of the first `count` practices the menu page lists for `query` to a reader who
    is not signed in, in the page's order: its own form, listing and page (views.practice_list)."""
    data = QueryDict(mutable=True)
    data["q"] = query
    form = MenuFilterForm.read(data)
    listing = list_menu(AnonymousUser(), form.criteria(), index=form.menu_index)
    return [practice.slug for practice in listing.practices(listing.page_ids(0, count))]


def measure_judged(judgements: Iterable[Judgement], count: int = RESULTS_READ) -> list[Measured]:
    """Each judgement with the first `count` practices the public is shown for its query (more
    than ten shows where those missing from the first page were ranked)."""
    return measure(judgements, lambda query: listed_for_the_public(query, count))
