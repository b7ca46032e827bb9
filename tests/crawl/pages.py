"""What the crawler reads on one HTML page: its links, its headings and landmarks, its language,
and the text it shows (with the language each piece is marked in)."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements that never have an end tag, so they never hold text or set a language for others.
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Their text is code, never shown.
UNSHOWN = frozenset({"script", "style"})
# Attributes that people read or hear.
READ_ATTRIBUTES = ("aria-label", "alt", "title", "placeholder")


@dataclass
class Page:
    html_lang: str = ""
    h1_count: int = 0
    has_banner: bool = False
    # (href, whether the link asks to be downloaded)
    links: list[tuple[str, bool]] = field(default_factory=list)
    # (text, language it is marked in: the nearest lang attribute, "" if none)
    texts: list[tuple[str, str]] = field(default_factory=list)
    # The <title>: no part of it can be marked lang="en", so a record's English title in it
    # (repeated, marked, in the <h1>) is no fault; an interface message left English is.
    title: str = ""
    # Tables in <main> whose parent is not a named, focusable region (role=region, tabindex=0,
    # aria-label or aria-labelledby): such a table widens the page on a phone instead of
    # scrolling in its own box, or scrolls where a keyboard cannot reach it.
    tables_outside_regions: int = 0


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.page = Page()
        # Open elements: (tag, language in force inside it, whether its text is shown).
        self.open: list[tuple[str, str, bool]] = [("#document", "", True)]
        # Whether each open element is a scrolling region a table may sit in, kept in step
        # with self.open.
        self.regions: list[bool] = [False]

    def _enter(self, tag, attrs, *, void):
        attributes = dict(attrs)
        _parent, language, shown = self.open[-1]
        if "lang" in attributes or "xml:lang" in attributes:
            language = (attributes.get("lang") or attributes.get("xml:lang") or "").lower()
        shown = shown and tag not in UNSHOWN
        if tag == "html":
            self.page.html_lang = attributes.get("lang") or ""
        elif tag == "h1":
            self.page.h1_count += 1
        if tag == "header" or attributes.get("role") == "banner":
            self.page.has_banner = True
        if tag == "table" and any(t == "main" for t, _l, _s in self.open) and not self.regions[-1]:
            self.page.tables_outside_regions += 1
        if tag == "a" and attributes.get("href"):
            self.page.links.append((attributes["href"], "download" in attributes))
        if shown:
            for name in READ_ATTRIBUTES:
                if attributes.get(name):
                    self.page.texts.append((attributes[name], language))
            if tag == "input" and attributes.get("type") in ("submit", "button"):
                self.page.texts.append((attributes.get("value") or "", language))
        if not void:
            self.open.append((tag, language, shown))
            self.regions.append(_is_region(attributes))

    def handle_starttag(self, tag, attrs):
        self._enter(tag, attrs, void=tag in VOID)

    def handle_startendtag(self, tag, attrs):
        self._enter(tag, attrs, void=True)

    def handle_endtag(self, tag):
        # Close up to the matching element (an unclosed <p> or <li> closes with its parent).
        for depth in range(len(self.open) - 1, 0, -1):
            if self.open[depth][0] == tag:
                del self.open[depth:]
                del self.regions[depth:]
                return

    def handle_data(self, data):
        tag, language, shown = self.open[-1]
        if tag == "title":
            self.page.title += data
        elif shown and data.strip():
            self.page.texts.append((data, language))


def _is_region(attributes: dict) -> bool:
    """A region a keyboard can reach and a screen reader can name (fits_the_screen's rule in
    tests/journeys/steps.py, with the name added)."""
    return (
        attributes.get("role") == "region"
        and attributes.get("tabindex") == "0"
        and bool(attributes.get("aria-label") or attributes.get("aria-labelledby"))
    )


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    return reader.page
