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
        return {"page": self.page, "last_page": self.last_page,
                "query_without_page": query.urlencode()}


def page_window(requested: int | None, total: int, size: int) -> PageWindow:
    last_page = max(1, -(-total // size))
    page = min(max(requested or 1, 1), last_page)
    return PageWindow(page=page, last_page=last_page, offset=(page - 1) * size, size=size)
