"""Places on a lower app's page that higher apps fill.

The apps are layered (see the import contract in pyproject.toml): a body's page belongs to the
directory, which sits below the menu and the rollout, and the account page to accounts, below
the imports. Such a page cannot ask the apps above it for their part. Instead it offers a
`PageSections`, each app above adds its section when Django is ready, and the page draws the
sections in order: the lower layer offers the place, the higher ones fill it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.safestring import SafeString

# Given the request and the page's own context, the section's context, or None to leave the
# section out for this person.
SectionContext = Callable[..., dict[str, Any] | None]


@dataclass(frozen=True)
class Section:
    order: int
    template: str
    context: SectionContext


class PageSections:
    def __init__(self) -> None:
        self._sections: dict[str, Section] = {}

    def add(self, name: str, *, order: int, template: str, context: SectionContext) -> None:
        """Called from an app's ready(); adding the same name again replaces the section, so
        a second ready() never draws it twice."""
        self._sections[name] = Section(order, template, context)

    def render(self, request: HttpRequest, **page_context: Any) -> list[SafeString]:
        """Each section this person is shown, drawn with the page's context and its own."""
        drawn = []
        for section in sorted(self._sections.values(), key=lambda section: section.order):
            own = section.context(request, **page_context)
            if own is not None:
                context = {**page_context, **own}
                drawn.append(render_to_string(section.template, context, request))
        return drawn
