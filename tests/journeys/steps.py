"""What every journey does the same way: sign in as a person does (with an authenticator app for
the programme roles), read the words a person reads in their language, and check a page fits the
screen."""

import email
import re
import time
from email import policy
from email.message import EmailMessage
from pathlib import Path

from django.utils import translation
from playwright.sync_api import Page, expect

from arfer.accounts.totp import STEP_SECONDS, decode_secret, totp
from arfer.directory.reference import BODIES
from arfer.menu.taxonomy import SERVICE_AREAS
from tests.journeys.conftest import Account, Site

# The practice the demo seeds for Carmarthenshire's council and Hywel Dda's health board.
INTEGRATED_SERVICES = (
    "integrated-community-services-between-health-board-and-council-in-carmarthenshire"
)
INTEGRATED_SERVICES_TITLE = {
    "en": "Integrated community services between health board and council in Carmarthenshire",
    "cy": (
        "Integreiddio gwasanaethau cymunedol rhwng y bwrdd iechyd a'r cyngor yn Sir Gaerfyrddin"
    ),
}


def words(language: str, english: str) -> str:
    """What a person reading `language` sees where the code says `english`: the Welsh catalogue's
    translation (so a missing one shows up as an English word on a Welsh page)."""
    with translation.override(language):
        return translation.gettext(english)


def exactly(language: str, english: str) -> re.Pattern:
    return re.compile(rf"^\s*{re.escape(words(language, english))}\s*$")


def body_name(slug: str, language: str) -> str:
    """A body's name as the reference directory gives it in `language`."""
    body = next(body for body in BODIES if body["slug"] == slug)
    return body.get(f"name_{language}") or body["name_en"]


def service_area_label(slug: str, language: str) -> str:
    """A service area as the checkboxes label it: "Adult social care: Reablement"."""
    areas = {area["slug"]: area for area in SERVICE_AREAS}
    area = areas[slug]
    name = area.get(f"name_{language}") or area["name_en"]
    if area["parent"]:
        parent = areas[area["parent"]]
        return f"{parent.get(f'name_{language}') or parent['name_en']}: {name}"
    return name


class Authenticator:
    """The authenticator app on a person's phone: the keys they added, a code for each."""

    def __init__(self):
        self.secrets: dict[str, str] = {}
        self.last_step: dict[str, int] = {}

    def code(self, email: str) -> str:
        # A code is accepted once: a second sign-in within the same 30 seconds waits for the next.
        step = int(time.time() // STEP_SECONDS)
        if self.last_step.get(email) == step:
            time.sleep(STEP_SECONDS - time.time() % STEP_SECONDS + 0.5)
            step += 1
        self.last_step[email] = step
        return totp(decode_secret(self.secrets[email]), step * STEP_SECONDS)


AUTHENTICATOR = Authenticator()


def sign_in(page: Page, site: Site, account: Account, language: str = "en") -> None:
    """From the header's sign-in link, as a person arrives; programme roles set up two-factor
    sign-in the first time (reading the key the page writes out) and type a code after that."""
    page.goto(site.address("/", language))
    open_navigation(page, language)
    page.get_by_role("link", name=exactly(language, "Sign in")).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(words(language, "Sign in"))
    page.get_by_label(words(language, "Email address")).fill(account.email)
    page.get_by_label(words(language, "Password"), exact=True).fill(account.password)
    page.locator("main").get_by_role("button", name=words(language, "Sign in")).click()
    heading = page.get_by_role("heading", level=1)
    if heading.text_content().strip() == words(language, "Set up two-factor sign-in"):
        secret = page.locator("main code").first.text_content()
        AUTHENTICATOR.secrets[account.email] = secret
        page.locator("main input[name=code]").fill(AUTHENTICATOR.code(account.email))
        page.get_by_role("button", name=words(language, "Turn on two-factor sign-in")).click()
        expect(heading).to_have_text(words(language, "Save your recovery codes"))
        page.get_by_role("button", name=words(language, "I have saved my recovery codes")).click()
    elif page.locator("main input[name=code]").count():
        page.locator("main input[name=code]").fill(AUTHENTICATOR.code(account.email))
        page.locator("main").get_by_role("button", name=words(language, "Continue")).click()
    expect(page.get_by_text(exactly(language, "Sign out"))).to_have_count(1)


def open_navigation(page: Page, language: str = "en") -> None:
    """On a narrow screen the navigation folds behind its "Menu" button: open it."""
    toggle = page.get_by_role("button", name=exactly(language, "Menu"))
    if toggle.is_visible() and toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def fits_the_screen(page: Page) -> None:
    """Nothing scrolls sideways: the page is no wider than the screen (a wide table scrolls
    inside its own region instead)."""
    page_width = page.evaluate("document.documentElement.scrollWidth")
    screen_width = page.evaluate("window.innerWidth")
    assert page_width <= screen_width, f"{page.url} is {page_width} px wide on {screen_width}"
    # A keyboard reaches each table's region to scroll it: a region of its own, focusable.
    tables = page.locator("main table")
    in_regions = page.locator("main [role=region][tabindex='0'] > table")
    assert tables.count() == in_regions.count(), f"{page.url}: a table outside a region"


def shows_message(page: Page, text: str) -> None:
    """A confirmation banner (GOV.UK notification banner) saying `text`."""
    expect(page.locator(".govuk-notification-banner")).to_contain_text(text)


def search_menu(page: Page, terms: str, language: str = "en") -> None:
    """Type `terms` in the page's search box and search, waiting for the results page: a link
    clicked straight after the button could otherwise land on the page being left."""
    page.get_by_role("searchbox").fill(terms)
    page.locator("main").get_by_role("button", name=words(language, "Search")).click()
    expect(page).to_have_url(re.compile(r"/practices/\?(.*&)?q="))


def import_file(page: Page, tmp_path: Path, name: str, content: str):
    """Upload a file of adoptions from the account page, as a person does, and wait for the task
    worker to finish with it: the run's page, refreshed by its link, as its `main`."""
    main = page.locator("main")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    page.get_by_role("navigation", name="Your account").get_by_role(
        "link", name=exactly("en", "Your account")
    ).click()
    main.get_by_role("link", name="Import records from a spreadsheet").click()
    page.get_by_label("Adoptions", exact=True).check()
    page.locator("input[type=file]").set_input_files(path)
    main.get_by_role("button", name="Upload and import").click()
    # The worker beside the server runs it; the page says how it is going until it is done.
    for _ in range(60):
        if (
            main.get_by_text("Import complete").count()
            or main.get_by_text("Nothing was imported").count()
        ):
            break
        page.wait_for_timeout(1000)
        main.get_by_role("link", name="Refresh this page").click()
    return main


# Django's file backend writes each message followed by a line of 79 dashes.
_MAIL_SEPARATOR = b"\n" + b"-" * 79 + b"\n"


def inbox(site: Site, address: str, *, wait_seconds: float = 30) -> list[EmailMessage]:
    """The e-mails sent to `address`, as its reader's mail program would show them: the task
    worker beside the server sends them a moment after the page that caused them, into files
    under the data folder (no mail server is configured). Waits for at least one."""
    deadline = time.monotonic() + wait_seconds
    while True:
        found = []
        for path in sorted((site.data_dir / "mail").glob("*.log")):
            for raw in path.read_bytes().split(_MAIL_SEPARATOR):
                if raw.strip():
                    message = email.message_from_bytes(raw, policy=policy.default)
                    if address in str(message["To"]):
                        found.append(message)
        if found or time.monotonic() > deadline:
            return found
        time.sleep(0.5)
