"""The one Chromium that browser tests and journeys share: Debian's, driven through Playwright
(never a downloaded browser). Playwright's sync API allows one instance per thread, so the
browser is a single session fixture for the whole test process.

Browser tests skip on a developer's machine without Chromium, and fail instead when
ARFER_REQUIRE_BROWSER=1 (set by CI), so that CI can never pass by skipping them."""

import os
import shutil

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]

# Playwright's sync API runs an event loop in this thread for the rest of the test process; the
# ORM calls made by fixtures are ordinary synchronous calls, so Django's async-safety guard does
# not apply.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def one_language_per_engine(items, folder, reason: str) -> None:
    """Run each test in `folder` parametrised by language once in each language, in English on
    SQLite and in Welsh on PostgreSQL: what differs between the languages is the pages' text,
    and what differs between the engines is the data's part, so each case is met once. Keeps
    CI (which runs both engines) within its time."""
    skipped = "cy" if not os.environ.get("DATABASE_URL") else "en"
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        callspec = getattr(item, "callspec", None)
        if item.path.parent == folder and callspec and callspec.params.get("language") == skipped:
            item.add_marker(skip)


def left_to_sqlite(items, folder, reason: str) -> None:
    """On PostgreSQL, skip every test in `folder`: tests of what the engine plays no part in,
    which the SQLite run (that CI requires) covers."""
    if not os.environ.get("DATABASE_URL"):
        return
    skip = pytest.mark.skip(reason=reason)
    for item in items:
        if item.path.parent == folder:
            item.add_marker(skip)


def chromium_path() -> str | None:
    for candidate in (os.environ.get("ARFER_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        if os.environ.get("ARFER_REQUIRE_BROWSER") == "1":
            pytest.fail("Chromium is required (ARFER_REQUIRE_BROWSER=1) but was not found")
        pytest.skip("Chromium is not installed; browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
