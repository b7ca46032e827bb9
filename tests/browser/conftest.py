"""Browser tests: one page in a fresh context of the shared Chromium (tests/browser_support.py)."""

import pytest


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
