"""The menu's filters in a browser: every change updates the results, the counts and the address
in place, the new count is announced from a live region that stays put, and the same form works
without JavaScript."""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from tests.browser.test_pages_in_a_browser import serious_violations
from tests.conftest import make_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def three(directory):
    make_practice("falls-one", title_en="Falls one", prevention_tier="primary", evidence_level=1)
    make_practice("falls-two", title_en="Falls two", prevention_tier="primary", evidence_level=3)
    make_practice("other", title_en="Other", prevention_tier="acute", evidence_level=3)


def filters_are(**expected):
    """A predicate on an address: its filters (empty values and the order aside) are these."""

    def matches(url):
        query = parse_qs(urlsplit(url).query)
        return {
            name: sorted(values) for name, values in query.items() if name not in ("q", "sort")
        } == expected

    return matches


def titles(page):
    return page.locator("article.arfer-result h2").all_inner_texts()


def test_every_filter_change_updates_the_results_counts_and_address(live_server, page, three):
    page.goto(live_server.url + "/practices/")
    count = page.locator("#result-count")
    expect(count).to_contain_text("3 practices")
    expect(page.locator("label[for=facet-evidence-3]")).to_contain_text("(2)")
    # The live region is the same element after every swap: only its text changes.
    live_region = count.element_handle()

    page.get_by_label("Primary prevention").check()
    page.wait_for_url(filters_are(tier=["primary"]))
    expect(count).to_contain_text("2 practices")
    expect(page.locator("article.arfer-result")).to_have_count(2)
    expect(page.locator("label[for=facet-evidence-3]")).to_contain_text("(1)")

    page.get_by_label("Level 3").check()
    page.wait_for_url(filters_are(tier=["primary"], evidence=["3"]))
    expect(count).to_contain_text("1 practice")
    expect(page.locator("article.arfer-result")).to_have_count(1)
    assert titles(page) == ["Falls two"]

    page.get_by_label("Primary prevention").uncheck()
    page.wait_for_url(filters_are(evidence=["3"]))
    expect(count).to_contain_text("2 practices")
    assert sorted(titles(page)) == ["Falls two", "Other"]
    assert count.get_attribute("aria-live") == "polite"
    assert live_region.evaluate("element => element.isConnected")

    # Back and forward walk through the same states, and the address can be shared.
    page.go_back()
    page.wait_for_url(filters_are(tier=["primary"], evidence=["3"]))
    expect(page.locator("article.arfer-result")).to_have_count(1)
    page.go_forward()
    page.wait_for_url(filters_are(evidence=["3"]))
    expect(page.locator("article.arfer-result")).to_have_count(2)
    shared = page.context.new_page()
    shared.goto(page.url)
    expect(shared.locator("#result-count")).to_contain_text("2 practices")
    expect(shared.get_by_label("Level 3")).to_be_checked()


def test_keyboard_focus_stays_on_the_ticked_box(live_server, page, three):
    page.goto(live_server.url + "/practices/")
    box = page.get_by_label("Primary prevention")
    box.focus()
    page.keyboard.press("Space")
    page.wait_for_url(filters_are(tier=["primary"]))
    expect(page.locator("#result-count")).to_contain_text("2 practices")
    expect(box).to_be_focused()
    page.keyboard.press("Space")
    page.wait_for_url(filters_are())
    expect(page.locator("#result-count")).to_contain_text("3 practices")


def test_the_sort_order_changes_in_place(live_server, page, three):
    page.goto(live_server.url + "/practices/?tier=primary")
    page.get_by_label("Sort by").select_option("saving")
    # Choosing does not reload the list (arrow keys choose too); the button applies it.
    expect(page.locator("article.arfer-result").first).to_be_visible()
    assert "sort=" not in page.url
    page.get_by_role("button", name="Sort", exact=True).click()
    page.wait_for_url(lambda url: "sort=saving" in url)
    expect(page.locator("#id_sort")).to_have_value("saving")
    page.get_by_label("Level 1").check()
    page.wait_for_url(filters_are(tier=["primary"], evidence=["1"]))
    expect(page.locator("article.arfer-result")).to_have_count(1)


def test_filters_apply_without_javascript(live_server, browser, three):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/practices/")
        page.get_by_label("Primary prevention").check()
        page.get_by_label("Level 3").check()
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url(filters_are(tier=["primary"], evidence=["3"]))
        expect(page.locator("#result-count")).to_contain_text("1 practice")
        assert titles(page) == ["Falls two"]
    finally:
        context.close()


@pytest.mark.parametrize("language", ["", "/cy"])
def test_no_results_pages_meet_the_accessibility_bar(live_server, page, three, language):
    for query in ["?q=zzzznothing", "?tier=acute&evidence=1", "?q=zzzznothing&tier=primary"]:
        page.goto(f"{live_server.url}{language}/practices/{query}")
        assert page.locator("#remove-filters a, .govuk-list--bullet").count() >= 1
        assert serious_violations(page) == [], query


def test_a_filter_is_removed_from_the_no_results_advice(live_server, page, three):
    page.goto(live_server.url + "/practices/?tier=acute&evidence=1")
    expect(page.locator("#result-count")).to_contain_text("0 practices")
    page.get_by_role("link", name="Remove “Level 1” (Evidence level)").click()
    page.wait_for_url(filters_are(tier=["acute"]))
    expect(page.locator("article.arfer-result")).to_have_count(1)
