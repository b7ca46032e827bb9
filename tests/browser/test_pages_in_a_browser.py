import pytest

from tests.conftest import make_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SERIOUS = {"serious", "critical"}


@pytest.fixture
def menu(directory):
    make_practice(
        "integrated-community-services",
        title_en="Integrated community services",
        title_cy="Gwasanaethau cymunedol integredig",
        summary_en="One team for care at home.",
        summary_cy="Un tîm ar gyfer gofal yn y cartref.",
        approach_en="- joined teams",
        approach_cy="- timau ar y cyd",
        lead="hywel-dda-university-health-board",
        partners=[
            ("carmarthenshire-county-council", "joint_lead"),
            ("unison-cymru-wales", "workforce"),
        ],
        service_areas=["district-nursing", "care-at-home"],
        is_illustrative=True,
        annual_cashable_saving_pence=45_000_000,
    )
    make_practice(
        "falls-prevention",
        title_en="Falls prevention with the fire service",
        lead="mid-and-west-wales-fire-and-rescue-service",
        partners=[("hywel-dda-university-health-board", "delivery")],
        service_areas=["falls-prevention"],
    )


def serious_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


PAGES = [
    "/",
    "/practices/",
    "/practices/?q=community",
    "/practices/?q=zzzznothing",
    "/practices/integrated-community-services/",
    "/practices/falls-prevention/",
    "/bodies/",
    "/bodies/hywel-dda-university-health-board/",
    "/data/",
    "/data/practices/",
    "/api/",
    "/accessibility/",
    "/welsh-language/",
    "/no-such-page/",
]


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(live_server, page, menu, language, path):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(live_server.url + language + path)
    assert page.locator("h1").count() == 1
    assert serious_violations(page) == []
    # No Content Security Policy violation or script error on any page.
    assert [e for e in errors if "404" not in e] == []


def test_search_and_open_a_practice_with_the_keyboard(live_server, page, menu):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").strip() == "Skip to main content"
    page.fill("#home-search", "community")
    page.keyboard.press("Enter")
    page.wait_for_url("**/practices/?q=community")
    page.get_by_role("link", name="Integrated community services").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/practices/integrated-community-services/")
    assert "Hywel Dda University Health Board" in page.content()


def test_filters_apply_with_javascript(live_server, page, menu):
    page.goto(live_server.url + "/practices/")
    page.get_by_label("Public health and prevention", exact=False).check()
    page.wait_for_url("**service_area=public-health-prevention**")
    assert page.locator("article.arfer-result").count() == 1


def test_language_toggle(live_server, page, menu):
    page.goto(live_server.url + "/practices/integrated-community-services/")
    page.get_by_role("link", name="Cymraeg").click()
    page.wait_for_url("**/cy/practices/integrated-community-services/")
    assert page.locator("h1").inner_text() == "Gwasanaethau cymunedol integredig"


def test_script_in_content_never_runs(live_server, page, directory):
    make_practice(
        "xss",
        title_en='<img src=x onerror="window.pwned=1">',
        summary_en="<script>window.pwned=1</script>",
        approach_en='<svg onload="window.pwned=1"></svg> [x](javascript:window.pwned=1)',
    )
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in ["/practices/xss/", "/practices/", "/practices/?q=script"]:
        page.goto(live_server.url + path)
        assert page.evaluate("window.pwned === undefined")
    assert dialogs == []
