"""The crawl: from a home page, every link within Arfer that a person could follow, through
Django's test client, checking each page as it comes.

Bounded on any data: an address is visited once, and the addresses of one view (one URL name)
that differ only in their query string (pages, filters, sorts) are visited at most
QUERY_VARIANTS times, and at most PATHS_PER_NAME of its records (practices, bodies, adoptions)
are visited, in the order they are first found."""

from collections import Counter, deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.urls import Resolver404, resolve
from django.utils import translation

from .english import Leftover, english_in, normalised
from .pages import read_page

QUERY_VARIANTS = 3
PATHS_PER_NAME = 3
HOST = "testserver"

# Views not followed: signing out ends the crawl's session; the rest are files, not pages
# (a board pack's PDF alone takes seconds to draw).
NOT_FOLLOWED = frozenset(
    {
        "accounts:sign-out",
        "board:pack-pdf",
        "opendata:bundle",
        "opendata:download",
        "imports:problems",
        "imports:template",
        "rollout:register-export",
        "rollout:ledger-export",
        "rollout:entry-evidence",
    }
)
FILE_ENDINGS = (".pdf", ".csv", ".xlsx", ".json", ".sqlite", ".zip", ".txt", ".xml")


@dataclass
class Failure:
    address: str
    problem: str


@dataclass
class CrawlResult:
    language: str
    pages: int = 0
    # Addresses answered by status (redirects and 4xx included), for the report.
    statuses: Counter = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    leftovers: list[Leftover] = field(default_factory=list)
    # One address per URL name (the first found), for the accessibility check.
    first_of_name: dict[str, str] = field(default_factory=dict)


def url_name(path: str) -> str | None:
    # Welsh addresses resolve only while Welsh is active (the /cy/ prefix is the language's).
    with translation.override("cy" if in_language(path, "cy") else "en"):
        try:
            return resolve(path).view_name
        except Resolver404:
            return None


def in_language(path: str, language: str) -> bool:
    """Whether the address is a page of the crawl's language (the language switch's link to
    the other language is not followed: the other language's crawl covers it)."""
    welsh = path == "/cy/" or path.startswith("/cy/")
    return welsh if language == "cy" else not welsh


class Crawler:
    def __init__(
        self, client, language: str, *, proper_names=(), allowed=lambda address, text: False
    ):
        self.client = client
        self.language = language
        # Longest first, so that a name holding another is taken out whole.
        self.proper_names = sorted(proper_names, key=len, reverse=True)
        self.allowed = allowed
        self.result = CrawlResult(language)
        self.seen: set[str] = set()
        self.queue: deque[str] = deque()
        self.query_variants: Counter = Counter()
        self.paths: dict[str, set[str]] = {}

    def start(self, address: str) -> CrawlResult:
        self.offer(address)
        while self.queue:
            self.visit(self.queue.popleft())
        return self.result

    def offer(self, address: str) -> None:
        """Queue an address found on a page (already absolute within the site), if the crawl
        follows it and has not reached its bounds."""
        parts = urlsplit(address)
        if parts.netloc not in ("", HOST) or parts.scheme not in ("", "http", "https"):
            return
        path = parts.path
        address = path + ("?" + parts.query if parts.query else "")
        if address in self.seen or not in_language(path, self.language):
            return
        if path.endswith(FILE_ENDINGS):
            return
        name = url_name(path)
        if name is None:
            # Not one of Arfer's addresses at all: visited (it should answer 404, not 500),
            # bounded by being seen once.
            name = "(unknown)"
        if name in NOT_FOLLOWED:
            return
        if parts.query:
            if self.query_variants[name] >= QUERY_VARIANTS:
                return
            self.query_variants[name] += 1
        paths = self.paths.setdefault(name, set())
        if path not in paths:
            if len(paths) >= PATHS_PER_NAME:
                return
            paths.add(path)
        self.seen.add(address)
        self.queue.append(address)

    def visit(self, address: str) -> None:
        response = self.client.get(address)
        self.result.statuses[response.status_code] += 1
        if response.status_code >= 500:
            self.result.failures.append(Failure(address, f"answered {response.status_code}"))
            return
        if response.status_code in (301, 302, 303, 307, 308):
            self.offer(urljoin(address, response["Location"]))
            return
        if not response.get("Content-Type", "").startswith("text/html"):
            return
        self.result.pages += 1
        name = url_name(urlsplit(address).path) or "(unknown)"
        self.result.first_of_name.setdefault(name, address)
        page = read_page(response.content.decode())
        self.check(address, page)
        for href, download in page.links:
            if download or href.startswith(("#", "mailto:", "tel:", "javascript:")):
                continue
            self.offer(urljoin(address, href).split("#")[0])

    def check(self, address: str, page) -> None:
        problems = []
        if page.h1_count != 1:
            problems.append(f"{page.h1_count} <h1> elements, not one")
        if not page.has_banner:
            problems.append("no header landmark (<header> or role=banner)")
        if page.tables_outside_regions:
            problems.append(
                f"{page.tables_outside_regions} table(s) in <main> outside a named, focusable "
                "region (role=region, tabindex=0, aria-label)"
            )
        if page.html_lang.split("-")[0].lower() != self.language:
            problems.append(f'<html lang="{page.html_lang}"> on a page in {self.language}')
        self.result.failures.extend(Failure(address, problem) for problem in problems)
        if self.language != "cy":
            return
        found = [(page.title, english_in(page.title, words=False))]
        found += [
            (text, english_in(text, self.proper_names))
            for text, language in page.texts
            if not language.startswith("en")
        ]
        for text, reason in found:
            if reason and not self.allowed(address, normalised(text)):
                self.result.leftovers.append(Leftover(address, normalised(text), reason))
