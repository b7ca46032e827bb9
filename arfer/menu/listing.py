"""The published menu as a list: the one query behind the menu page and the API's practice list.

`list_menu` takes the person and the filters and words already checked (`MenuCriteria`, from
`MenuFilterForm`, which both callers validate through); it narrows
the published menu's index (`menu_index.py`) by the filters and the search, and settles the
order. What it returns counts, gives the facet counts of the same practices, pages them (by
number for the page, after a sort key for the API's cursors) and loads the practices of a page
that the person may see. Neither caller repeats any of these steps, so a change to one is a
change to both.
"""

import math
from dataclasses import dataclass

import numpy as np
from django.conf import settings

from arfer.core.pagination import ResultCount

from . import search
from .facets import (
    after_key,
    choice_counts,
    facet_counts,
    filter_mask,
    hit_mask,
    ordered_positions,
)
from .facets import sort_keys as index_sort_keys
from .filters import MenuCriteria
from .hits_cache import hits_for
from .menu_index import MenuIndex, current_menu_index
from .models import Practice

# Words that find fewer practices than this are offered a respelling, if there is one.
FEW_HITS = 3


class NotASortKey(ValueError):
    """A key to page after that no practice of this listing could have (a tampered cursor)."""


@dataclass(frozen=True)
class MenuListing:
    user: object
    index: MenuIndex
    criteria: MenuCriteria
    found: np.ndarray  # the practices of the index the search found (all, without words)
    mask: np.ndarray  # the practices of the index that pass the filters and the search
    hits: tuple[np.ndarray, np.ndarray] | None  # (positions, ranks) when words were searched
    sort: str  # "relevance" (only when searching), "newest" or "saving"
    # The words searched instead of those typed, which found nothing (search/spelling.py).
    searched_instead: str | None = None
    # Words to offer ("Did you mean ...?") beside those typed, which found only a few.
    did_you_mean: str | None = None

    @property
    def searched(self) -> bool:
        return self.hits is not None

    def facet_counts(self) -> dict[str, int]:
        """Counts per facet value over exactly these practices, with "total"."""
        return facet_counts(self.index, self.mask)

    def choice_counts(self) -> dict[str, int]:
        """Counts for the lead body and area filters' options (facets.choice_counts)."""
        return choice_counts(self.index, self.criteria, self.found)

    def count(self) -> ResultCount:
        return ResultCount(int(self.mask.sum()), settings.ARFER_RESULT_COUNT_CAP)

    def page_ids(self, offset: int, size: int) -> list[int]:
        """The ids of one numbered page, in order: only the first offset + size are ordered."""
        positions = ordered_positions(
            self.index, self.mask, self.sort, self.hits, limit=offset + size
        )[offset:]
        return [int(pk) for pk in self.index.ids[positions]]

    def ids_after(self, key: list | None, limit: int) -> tuple[list[int], list | None]:
        """Up to `limit` ids in order, starting right after the practice whose sort key is `key`
        (from the start when None), and the sort key of the last of them when more follow.
        Only what comes after the key is ordered, so a deep page costs what the first does."""
        mask = self.mask
        ranks = self._ranks()
        if key is not None:
            keys = index_sort_keys(self.index, np.arange(len(self.index)), self.sort, ranks)
            if len(key) != len(keys) or not all(_sortable(value) for value in key):
                raise NotASortKey(key)
            mask = mask & after_key(keys, key)
        ordered = ordered_positions(self.index, mask, self.sort, self.hits, limit=limit + 1)
        shown = ordered[:limit]
        following = None
        if len(ordered) > limit:
            last = shown[-1:]
            keys = index_sort_keys(
                self.index, last, self.sort, ranks[last] if ranks is not None else None
            )
            following = [column[0].item() for column in keys]
        return [int(pk) for pk in self.index.ids[shown]], following

    def practices(self, ids: list[int]) -> list[Practice]:
        """The practices of `ids` that the person may see, in the order of `ids`, with what a
        list shows of them (a fixed number of queries)."""
        loaded = Practice.objects.visible_to(self.user).published().filter(pk__in=ids).for_listing()
        by_id = {practice.pk: practice for practice in loaded}
        return [by_id[pk] for pk in ids if pk in by_id]

    def _ranks(self) -> np.ndarray | None:
        """Each practice's search rank by position (infinite for those not found), for the
        relevance order's sort keys."""
        if self.sort != "relevance" or self.hits is None:
            return None
        ranks = np.full(len(self.index), np.inf)
        ranks[self.hits[0]] = self.hits[1]
        return ranks


def list_menu(user, criteria: MenuCriteria, *, index: MenuIndex | None = None) -> MenuListing:
    """The published menu narrowed by `criteria` (its filters, its words and its sort), as
    `user` may see it, from `index` (the current one when not given: the filter form has it).

    Without a sort asked for, a search is ordered by relevance and the rest newest first;
    relevance without words to search for means newest first too. Words that find nothing
    are respelled from the index's vocabulary and searched instead, when that finds something;
    words that find only a few are offered a respelling (search/spelling.py)."""
    index = index or current_menu_index()
    hits = hits_for(index, criteria.query)
    searched_instead = did_you_mean = None
    if hits is not None and not len(hits[0]):
        respelled = search.respelled_query(criteria.query)
        respelled_hits = hits_for(index, respelled) if respelled else None
        if respelled_hits is not None and len(respelled_hits[0]):
            hits, searched_instead = respelled_hits, respelled
    elif hits is not None and len(hits[0]) < FEW_HITS:
        did_you_mean = search.respelled_query(criteria.query, rare=FEW_HITS - 1)
    found = hit_mask(index, hits) if hits is not None else np.ones(len(index), dtype=bool)
    mask = filter_mask(index, criteria) & found
    sort = criteria.sort or ("relevance" if hits is not None else "newest")
    if sort == "relevance" and hits is None:
        sort = "newest"
    return MenuListing(
        user=user,
        index=index,
        criteria=criteria,
        found=found,
        mask=mask,
        hits=hits,
        sort=sort,
        searched_instead=searched_instead,
        did_you_mean=did_you_mean,
    )


def _sortable(value) -> bool:
    """A number a sort key of the index can be compared with (a tampered cursor may hold any)."""
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
        and abs(value) < 2**62
    )
