"""A board member on a phone: the dashboard, the prevention shift and the coverage grid fit a
390 px screen, the navigation opens behind its Menu button; and on a laptop the coverage grid
shows every column without scrolling."""

import re

import pytest
from playwright.sync_api import expect

from tests.journeys.steps import exactly, fits_the_screen, open_navigation, sign_in, words

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_board_member_reads_the_figures_on_a_phone(site, new_person, language):
    page = new_person(width=390, height=844, language=language)
    heading = page.get_by_role("heading", level=1)
    sign_in(page, site, site.accounts["board"], language)

    open_navigation(page, language)
    menu = page.get_by_role("navigation", name=words(language, "Menu"))
    expect(menu.get_by_role("link", name=exactly(language, "Board"))).to_be_visible()
    menu.get_by_role("link", name=exactly(language, "Board")).click()
    expect(heading).to_have_text(words(language, "Programme dashboard"))
    fits_the_screen(page)

    board_nav = page.get_by_role("navigation", name=words(language, "Programme board"))
    board_nav.get_by_role("link", name=exactly(language, "Prevention shift")).click()
    expect(heading).to_have_text(words(language, "Prevention shift"))
    # The shift is measured from a base year the page names, with its savings.
    # ("2018-19 (£17,562,855 ..."), in either language.
    expect(page.locator("main")).to_contain_text(re.compile(r"20\d\d-\d\d \(£[\d,]+ "))
    fits_the_screen(page)

    board_nav.get_by_role("link", name=exactly(language, "Coverage")).click()
    grid = page.locator("main [role=region][tabindex='0']").first
    expect(grid.locator("table")).to_be_visible()
    fits_the_screen(page)

    # On a laptop the grid shows every column, by sector (the most columns) as by region: the
    # table is no wider than its region.
    page.set_viewport_size({"width": 1280, "height": 800})
    for grouping in ("Region", "Sector"):
        page.get_by_label(exactly(language, grouping)).check()
        page.locator("main").get_by_role("button", name=exactly(language, "Show")).click()
        expect(page.get_by_label(exactly(language, grouping))).to_be_checked()
        fits_the_screen(page)
        table_box, region_box = grid.locator("table").bounding_box(), grid.bounding_box()
        assert table_box["width"] <= region_box["width"], (grouping, table_box, region_box)
