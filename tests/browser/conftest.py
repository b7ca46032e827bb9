"""Browser tests: one page in a fresh context of the shared Chromium (tests/browser_support.py)."""

import os
from pathlib import Path

import pytest

# How these pages are drawn and how accessible they are does not depend on the database engine,
# so the PostgreSQL run leaves them to the SQLite run (which CI requires), to keep CI within its
# time. The menu's filters and the untrusted-content checks read through the engine's search and
# run on both, as do the journeys.
HERE = Path(__file__).parent
DRAWING_ONLY = {
    "test_board_pages.py",
    "test_pages_in_a_browser.py",
    "test_rollout_pages.py",
    "test_signed_in_pages.py",
    "test_small_screens.py",
    "test_import_pages.py",
    "test_navigation.py",
    "test_error_pages.py",
}


def pytest_collection_modifyitems(config, items):
    if not os.environ.get("DATABASE_URL"):
        return
    skip = pytest.mark.skip(
        reason="drawing and accessibility do not depend on the database "
        "engine: the SQLite run checks them"
    )
    for item in items:
        if item.path.parent == HERE and item.path.name in DRAWING_ONLY:
            item.add_marker(skip)


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
