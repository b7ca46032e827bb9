"""axe in Chromium on the pages the crawl found, one per URL name, on a phone's screen (390 px
wide): the page must not be wider than the screen (nothing scrolls sideways; a wide table
scrolls in its own region), and axe must find no serious or critical violation.

Chromium asks for `http://testserver/...`: the page is what the crawl's own Django test client
answers (signed in as the same person, inside the same test database transaction, with no
server to run), and its styles, scripts and images are the static files themselves."""

import mimetypes
import os
from pathlib import Path
from urllib.parse import urlsplit

from tests.browser_support import chromium_path

from .crawler import HOST

SERIOUS = {"serious", "critical"}
# A phone's screen: the narrowest the quality bar asks every page to fit.
PHONE = {"width": 390, "height": 844}


def _static_file(path: str) -> Path | None:
    """The file of a static address (styles, scripts, fonts, images) or of the site's root
    files (favicon), found as WhiteNoise finds it."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    if path.startswith(settings.STATIC_URL):
        found = finders.find(path.removeprefix(settings.STATIC_URL))
        return Path(found) if found else None
    candidate = Path(settings.WHITENOISE_ROOT) / path.lstrip("/")
    return candidate if candidate.is_file() else None


def _answer(pages: dict):
    """Chromium's requests answered: the page from what the test client answered (fetched
    before, in the test's own thread: Playwright calls this inside its event loop, where Django
    would open another database connection, outside the test's transaction), its static
    files from disk, and nothing else."""

    def answer(route):
        parts = urlsplit(route.request.url)
        address = parts.path + ("?" + parts.query if parts.query else "")
        if parts.netloc != HOST or route.request.method != "GET":
            route.abort()
        elif address in pages:
            status, headers, body = pages[address]
            route.fulfill(status=status, headers=headers, body=body)
        elif (found := _static_file(parts.path)) is not None:
            kind = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
            route.fulfill(status=200, headers={"Content-Type": kind}, body=found.read_bytes())
        else:
            route.fulfill(status=404, body=b"")

    return answer


def axe_runs() -> bool:
    """Not on PostgreSQL (drawing does not depend on the engine, so the SQLite run checks it,
    as for tests/browser), nor where Chromium is missing and not required (CI requires it)."""
    if os.environ.get("DATABASE_URL"):
        return False
    return chromium_path() is not None or os.environ.get("ARFER_REQUIRE_BROWSER") == "1"


# (language, URL name) already checked by this test process. One page of a kind is checked
# once per language whichever role reached it first: the roles see the same templates, and
# axe on every page of every role would take most of CI's time.
CHECKED: set[tuple[str, str]] = set()


def first_unchecked(language: str, first_of_name: dict[str, str]) -> list[str]:
    """The addresses of the kinds of page (URL names) not yet checked in this language, now
    counted as checked."""
    chosen = []
    for name, address in first_of_name.items():
        if (language, name) not in CHECKED:
            CHECKED.add((language, name))
            chosen.append(address)
    return chosen


def wider_than_the_screen(page) -> list:
    """A violation of our own, shaped like axe's, when the page scrolls sideways."""
    page_width = page.evaluate("document.documentElement.scrollWidth")
    screen_width = page.evaluate("window.innerWidth")
    if page_width <= screen_width:
        return []
    return [("wider-than-the-screen", "serious", [f"{page_width} px wide on {screen_width}"])]


def axe_violations(request, client, addresses) -> dict[str, list] | None:
    """The serious and critical violations axe finds on each address, and a page wider than a
    phone's screen, by address; None when the check does not run (`axe_runs`)."""
    if not axe_runs():
        return None
    from axe_playwright_python.sync_playwright import Axe

    browser = request.getfixturevalue("browser")
    context = browser.new_context(viewport=PHONE)
    pages: dict[str, tuple[int, dict, bytes]] = {}
    context.route("**/*", _answer(pages))
    page = context.new_page()
    axe = Axe()
    found = {}
    try:
        for address in addresses:
            response = client.get(address)
            pages[address] = (response.status_code, dict(response.items()), response.content)
            page.goto(f"http://{HOST}{address}")
            violations = wider_than_the_screen(page) + [
                (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
                for v in axe.run(page).response["violations"]
                if v["impact"] in SERIOUS
            ]
            if violations:
                found[address] = violations
    finally:
        context.close()
    return found
