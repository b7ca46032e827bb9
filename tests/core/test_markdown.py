from html.parser import HTMLParser

import pytest

from arfer.core.markdown import ALLOWED_TAGS, render_markdown


class ElementCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


def elements(html):
    collector = ElementCollector()
    collector.feed(html)
    return collector.elements


XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<svg onload=alert(1)>",
    "<iframe src=//example.org></iframe>",
    "[x](data:text/html;base64,PHNjcmlwdD4=)",
    "<style>body{display:none}</style>",
    '"><script>alert(1)</script>',
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_markdown_renders_payloads_inert(payload):
    for tag, attributes in elements(render_markdown(payload)):
        assert tag in ALLOWED_TAGS
        assert not any(name.startswith("on") for name in attributes)
        href = attributes.get("href", "").strip().lower()
        assert not href.startswith(("javascript:", "data:", "vbscript:"))


def test_markdown_keeps_safe_structure():
    html = render_markdown("Para **bold**\n\n- one\n- two\n\n[link](https://example.org)")
    assert "<strong>bold</strong>" in html
    assert "<li>one</li>" in html
    assert 'href="https://example.org"' in html
    assert 'rel="noopener noreferrer nofollow"' in html


def test_markdown_of_nothing_is_empty():
    assert render_markdown("") == ""
