"""A board member before a meeting: the dashboard, every gap page, the next meeting and its board
pack as a PDF in English and in Welsh."""

import io
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.journeys.steps import exactly, fits_the_screen, sign_in, words

pytestmark = pytest.mark.browser

GAP_PAGES = {
    "Coverage": "Coverage",
    "Councils and health boards": "Councils and health boards",
    "Collaboration network": "Collaboration network",
    "Prevention shift": "Prevention shift",
}


def read_the_board_pages(page, site, language):
    main = page.locator("main")
    heading = page.get_by_role("heading", level=1)
    sign_in(page, site, site.accounts["board"], language)
    page.goto(site.address("/", language))
    page.get_by_role("navigation", name=words(language, "Menu")).get_by_role(
        "link", name=exactly(language, "Board")
    ).click()
    expect(heading).to_have_text(words(language, "Programme dashboard"))
    expect(main.get_by_role("table").first).to_be_visible()
    fits_the_screen(page)

    board_nav = page.get_by_role("navigation", name=words(language, "Programme board"))
    for link in GAP_PAGES:
        board_nav.get_by_role("link", name=exactly(language, link)).click()
        expect(board_nav.locator("[aria-current=page]")).to_have_text(words(language, link))
        expect(main.get_by_role("table").first).to_be_visible()
        fits_the_screen(page)
    return board_nav


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_board_member_reads_the_gaps_and_the_board_pack(site, new_person, language):
    page = new_person(language=language)
    main = page.locator("main")
    board_nav = read_the_board_pages(page, site, language)

    # The meetings: the next one and its pack.
    board_nav.get_by_role("link", name=exactly(language, "Meetings")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        words(language, "Meetings and summits")
    )
    main.get_by_role("table").first.get_by_role("link").first.click()
    meeting_title = page.get_by_role("heading", level=1).text_content().strip()
    expect(main).to_contain_text(words(language, "Decisions"))
    main.get_by_role("link", name=words(language, "Board pack (web page)")).click()
    expect(main).to_contain_text(words(language, "Dashboard"))
    page.go_back()

    # The PDF, in the language of the page: a real PDF that names the meeting.
    with page.expect_download(timeout=60_000) as waiting:
        main.get_by_role("link", name=words(language, "Download the board pack (PDF)")).click()
    download = waiting.value
    assert download.suggested_filename.endswith(f"-{language}.pdf")
    content = Path(download.path()).read_bytes()
    assert content.startswith(b"%PDF-")
    text = " ".join(
        " ".join(sheet.extract_text().split()) for sheet in PdfReader(io.BytesIO(content)).pages
    )
    assert meeting_title in text
