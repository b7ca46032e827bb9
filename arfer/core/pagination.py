"""Offset pagination shared by the list pages: any requested page number shows something."""

from dataclasses import dataclass


@dataclass(frozen=True)
class PageWindow:
    page: int
    last_page: int
    offset: int
    size: int

    def context(self, request) -> dict:
        """What core/_pagination.html needs."""
        query = request.GET.copy()
        query.pop("page", None)
        return {
            "page": self.page,
            "last_page": self.last_page,
            "query_without_page": query.urlencode(),
        }


def requested_page(request) -> int | None:
    """The page asked for in the query string; anything that is not a sensible page number is
    no page at all (the first)."""
    value = request.GET.get("page", "")
    return int(value) if value.isdigit() and len(value) <= 9 else None


def page_window(requested: int | None, total: int, size: int) -> PageWindow:
    last_page = max(1, -(-total // size))
    page = min(max(requested or 1, 1), last_page)
    return PageWindow(page=page, last_page=last_page, offset=(page - 1) * size, size=size)


@dataclass(frozen=True)
class ResultCount:
    """How many results there are, counted no further than `cap`: counting every row of a
    huge result costs more than the page itself, and nobody pages that far."""

    count: int
    cap: int

    @property
    def is_capped(self) -> bool:
        return self.count > self.cap

    @property
    def shown(self) -> int:
        return min(self.count, self.cap)


def capped_count(records, cap: int) -> ResultCount:
    """At most cap + 1 rows counted, in the database."""
    # Without its ordering: a sliced count keeps ORDER BY, which would sort every row first.
    return ResultCount(records.order_by()[: cap + 1].count(), cap)
