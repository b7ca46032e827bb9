"""The language of each part of the board pack's tagged PDF.

WeasyPrint tags a PDF from the HTML it lays out (headings, paragraphs, lists, tables) and takes
the document's language from `<html lang>`, but gives no part of the structure a language of
its own: a passage marked `lang="en"` in a Welsh pack (an English text standing in for a Welsh
one not written yet) would be read aloud with Welsh sounds. PDF says a part's language with
`/Lang` on its structure element, so this wraps the function of WeasyPrint that makes the
element for each box and adds `/Lang` from the HTML element the box was made from, where that
element has a `lang` of its own. Its tests (tests/board/test_pack.py) read the `/Lang` back
from a PDF, so a WeasyPrint that no longer calls the function is noticed there.
"""

import pydyf
from weasyprint.pdf import tags

# The root and the body are not parts of the structure: their language is the document's.
NOT_PARTS = ("html", "body")


def _language_of(box) -> str | None:
    element = getattr(box, "element", None)
    if element is None or getattr(box, "element_tag", None) in NOT_PARTS:
        return None
    return element.get("lang") or None


def tag_languages() -> None:
    """Make WeasyPrint write each part's own language (once per process)."""
    build = tags._build_box_tree
    if getattr(build, "writes_languages", False):
        return

    def build_with_languages(box, *args, **kwargs):
        language = _language_of(box)
        for part in build(box, *args, **kwargs):
            if language and "Lang" not in part:
                part["Lang"] = pydyf.String(language)
            yield part

    build_with_languages.writes_languages = True  # type: ignore[attr-defined]
    tags._build_box_tree = build_with_languages
