from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _

from .bilingual import active_language


@dataclass(frozen=True)
class NavigationItem:
    label: str
    url: str
    # The addresses this item stands for: every path starting with one of them.
    sections: tuple[str, ...]
    current: str = ""  # "page" on the item's own page, "true" elsewhere in its section, or ""


def site(request):
    return {
        "active_language": active_language(),
        "other_language": "en" if active_language() == "cy" else "cy",
        "development_mode": not settings.PRODUCTION,
        # Worked out only by a page that shows it (not by the menu's partial updates).
        "navigation": SimpleLazyObject(lambda: navigation(request)),
    }


def navigation(request) -> list[NavigationItem]:
    """The service navigation for the person asking: the parts of the site they may use, with
    exactly one of them current, the most specific one (the longest matching address), so that
    sharing a practice (/practices/share/) is not also "Practices" (/practices/)."""
    person = getattr(request, "user", None)
    signed_in = person if person is not None and person.is_authenticated else None
    language_prefix = reverse("home")  # "/" or "/cy/"

    def item(label, url_name, *sections):
        return NavigationItem(
            label,
            reverse(url_name),
            tuple(language_prefix + section.lstrip("/") for section in sections),
        )

    items = [
        item(_("Practices"), "menu:practices", "/practices/"),
        item(_("Public bodies"), "directory:bodies", "/bodies/"),
        item(_("Programme"), "board:at-a-glance", "/programme/"),
    ]
    if signed_in is not None and signed_in.sees_everything:
        items.append(item(_("Board"), "board:dashboard", "/board/"))
    if signed_in is not None:
        items += [
            item(_("Share a practice"), "menu:share", "/practices/share/"),
            item(_("Rollout"), "rollout:register", "/rollout/"),
        ]
    if signed_in is not None and signed_in.is_programme_staff:
        items.append(item(_("Review queue"), "menu:review-queue", "/practices/review/"))
    return with_current(items, request.path)


def with_current(items: list[NavigationItem], path: str) -> list[NavigationItem]:
    """The items with the one whose section matches `path` most specifically marked current."""
    matches = [
        (len(section), index)
        for index, nav_item in enumerate(items)
        for section in nav_item.sections
        if path.startswith(section)
    ]
    if not matches:
        return items
    _length, best = max(matches)
    chosen = items[best]
    marked = NavigationItem(
        chosen.label, chosen.url, chosen.sections, current="page" if path == chosen.url else "true"
    )
    return [marked if index == best else nav_item for index, nav_item in enumerate(items)]
