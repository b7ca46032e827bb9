"""The board pack as a PDF: the pack's content (pack.py) in board/pack_pdf.html, laid out by
WeasyPrint on A4 pages with the print stylesheet board/pack.css.

Rendering must never reach the network or the rest of the disk: the pack holds text people
typed (a paper's link, an action's note), and a renderer that fetched what it names could be
made to call other servers from ours. So WeasyPrint gets a fetcher that serves the app's own
static files and refuses everything else, and the only fonts are those installed on the system
(no web fonts are named, so nothing is downloaded for them).

The PDF is tagged (its structure, headings, lists and tables, is there for screen readers and
for reflowing) and says its language, from `<html lang>`. A passage in another language than the
pack's (the English standing in for a missing Welsh text, marked `lang="en"` by the templates)
says so too: WeasyPrint writes no language on the parts of the structure, so `pdf_tags.py` of
this app adds it from the element each part was made from.
"""

import mimetypes
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext, override
from weasyprint import CSS, HTML, Document
from weasyprint.urls import URLFetcher, URLFetcherResponse

from . import pack
from .models import Meeting
from .pdf_tags import tag_languages

tag_languages()

STYLESHEET = "board/pack.css"


class StaticFilesOnly(URLFetcher):
    """Answers only URLs under the static files' address, from the app's static folders on disk
    (through the staticfiles finders, so no collectstatic is needed); every other URL, whether
    http, file or data, is refused and WeasyPrint leaves that resource out."""

    def __init__(self, static_prefix: str):
        super().__init__(allowed_protocols=(), allow_redirects=False)
        self.static_prefix = static_prefix

    def fetch(self, url, headers=None):
        found = self.find(url)
        if found is None:
            raise ValueError(f"Only the app's own static files are used in a PDF, not {url}")
        content_type = mimetypes.guess_type(found.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, found.read_bytes(), {"Content-Type": content_type})

    def find(self, url: str) -> Path | None:
        if not url.startswith(self.static_prefix):
            return None
        path = unquote(urlsplit(url[len(self.static_prefix) :]).path)
        if not path or path.startswith("/") or ".." in path.split("/"):
            return None
        found = finders.find(path)
        return Path(found) if isinstance(found, str) and Path(found).is_file() else None


def fetcher(base_url: str) -> StaticFilesOnly:
    return StaticFilesOnly(urljoin(base_url, settings.STATIC_URL))


def css_string(text: str) -> str:
    """Text as a quoted CSS string, safe whatever a translation holds."""
    escaped = "".join(f"\\{ord(char):x} " if char in '"\\<>\n\r\f' else char for char in text)
    return f'"{escaped}"'


def page_footer() -> str:
    """ "Page N of M" in the active language as a CSS content value: the words come from the
    catalogue (a translation may put the numbers in another order), the numbers are counters."""
    counters = {"page": "counter(page)", "pages": "counter(pages)"}
    parts = re.split(r"%\((page|pages)\)s", gettext("Page %(page)s of %(pages)s"))
    # re.split alternates text and the names it matched: text, name, text, name, text.
    return " ".join(
        counters[part] if index % 2 else css_string(part)
        for index, part in enumerate(parts)
        if index % 2 or part
    )


def pack_document(meeting: Meeting, *, language: str) -> Document:
    """The laid-out pack in `language`, "en" or "cy" (its pages can be counted)."""
    base_url = settings.ARFER_SITE_URL + "/"
    url_fetcher = fetcher(base_url)
    with override(language):
        context = {
            **pack.board_pack(meeting, threshold=settings.ARFER_COVERAGE_GAP_SHARE),
            "language": language,
            "stylesheet": settings.STATIC_URL + STYLESHEET,
            "prepared_on": timezone.localdate(),
        }
        html = render_to_string("board/pack_pdf.html", context)
        footer = CSS(
            string=f"@page {{ @bottom-right {{ content: {page_footer()}; }} }}",
            url_fetcher=url_fetcher,
        )
        # The base address makes the pack's links (to actions, bodies, practices) point at
        # the site; nothing is fetched from it.
        return HTML(string=html, base_url=base_url, url_fetcher=url_fetcher).render(
            stylesheets=[footer]
        )


def pdf_bytes(document: Document) -> bytes:
    """The laid-out pack as a tagged PDF. Tagged only, not written as the PDF/UA variant: that
    would also declare a conformance to PDF/UA that nothing here checks."""
    return document.write_pdf(pdf_tags=True)


def render_pack_pdf(meeting: Meeting, *, language: str) -> bytes:
    return pdf_bytes(pack_document(meeting, language=language))
