"""The crawler's own checks, on small pages made here: what they must find and what they must
let pass, so that a crawl that finds nothing means there is nothing to find."""

from collections import Counter

import pytest

from .crawler import QUERY_VARIANTS, Crawler, in_language
from .english import catalogue, english_in, read_catalogue
from .pages import read_page

PAGE = """<!doctype html><html lang="{lang}"><head><title>{title}</title></head><body>
<header class="govuk-header"><a href="/cy/">Arfer</a></header>
<main><h1>{h1}</h1>{body}</main></body></html>"""


def page(body="", *, lang="cy", title="Arfer", h1="Arferion"):
    return PAGE.format(lang=lang, title=title, h1=h1, body=body)


class Response:
    def __init__(self, html, status=200, location=None):
        self.status_code = status
        self.content = html.encode()
        self.headers = {"Content-Type": "text/html; charset=utf-8"}
        if location:
            self.headers["Location"] = location

    def get(self, name, default=None):
        return self.headers.get(name, default)

    def __getitem__(self, name):
        return self.headers[name]


class Site:
    """A test client's stand-in answering from a dictionary of addresses."""

    def __init__(self, pages):
        self.pages = pages
        self.asked = Counter()

    def get(self, address):
        self.asked[address] += 1
        found = self.pages.get(address)
        if isinstance(found, Response):
            return found
        return Response(found) if found is not None else Response(page(h1="404"), 404)


def crawl(pages, language="cy", **kwargs):
    site = Site(pages)
    return Crawler(site, language, **kwargs).start("/cy/" if language == "cy" else "/"), site


def test_the_catalogue_is_read_with_its_plurals_and_without_fuzzy_entries(tmp_path):
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: cy\\n"\n\n'
        'msgid "Sign in"\nmsgstr "Mewngofnodi"\n\n'
        '#, fuzzy\nmsgid "Sign out"\nmsgstr "Allgofnodi"\n\n'
        'msgid "Long "\n"text"\nmsgstr ""\n"Testun "\n"hir"\n\n'
        'msgid "%(n)s practice"\nmsgid_plural "%(n)s practices"\n'
        'msgstr[0] "%(n)s arfer"\nmsgstr[1] "%(n)s arfer"\n',
        encoding="utf-8",
    )
    assert read_catalogue(po) == {
        "Sign in": "Mewngofnodi",
        "Sign out": "",
        "Long text": "Testun hir",
        "%(n)s practice": "%(n)s arfer",
        "%(n)s practices": "%(n)s arfer",
    }


def test_arfers_catalogue_gives_whole_messages_and_patterns():
    assert "Sign in" in catalogue().exact
    # A message with a placeholder matches whatever fills it.
    assert english_in("Showing 41 to 60 of 63 practices") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Sign in",  # a message of the catalogue
        "Programme Director, Efficiency and Innovation Programme",
        "The business case has to be redone after the budget settlement.",
        "Enter the same password as before, for verification.",
    ],
)
def test_english_is_found(text):
    assert english_in(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Mewngofnodi",
        "Cyngor Sir Ynys Môn",
        "Mae'r arfer hwn ar gael i bawb, a chafodd ei gyhoeddi yn 2024.",
        "Ffoniwch 01234 567890 neu e-bostiwch the-team@example.org",
        "Gweler https://www.llyw.cymru/the-plan-and-the-targets",
        "RCT",
        "\N{EN DASH}",
    ],
)
def test_welsh_names_codes_and_addresses_are_not_english(text):
    assert english_in(text) is None


def test_proper_names_without_a_welsh_form_are_not_english():
    assert english_in("Arweinir gan GMB Wales and South West") is not None
    names = ["GMB Wales and South West"]
    assert english_in("Arweinir gan GMB Wales and South West", names) is None


def test_a_page_is_read_with_the_language_each_text_is_marked_in():
    read = read_page(
        page(
            '<p>Croeso <span lang="en">to the <b>menu</b></span> eto</p>'
            '<svg><text lang="en">Food waste</text><text>Gwastraff</text></svg>'
            '<img src="x.png" alt="Llun"><a href="/cy/practices/" aria-label="Arferion">A</a>'
            "<script>var the = 1;</script><textarea>and the</textarea>"
        )
    )
    assert read.html_lang == "cy" and read.h1_count == 1 and read.has_banner
    assert read.title == "Arfer"
    texts = [(text.strip(), language) for text, language in read.texts]
    assert ("to the", "en") in texts and ("menu", "en") in texts and ("eto", "cy") in texts
    assert ("Food waste", "en") in texts and ("Gwastraff", "cy") in texts
    assert ("Llun", "cy") in texts and ("Arferion", "cy") in texts
    assert not any("var the" in text for text, _ in texts)
    assert ("and the", "cy") in texts
    assert ("/cy/practices/", False) in read.links


def test_the_crawl_reports_english_outside_lang_en_with_its_address():
    result, _site = crawl(
        {
            "/cy/": page(
                '<a href="/cy/one/">Un</a><p lang="en">The practice in English</p>'
                "<p>Please sign in</p>"
            ),
            "/cy/one/": page("<p>Sign in</p>", title="Sign in"),
        }
    )
    assert [(left.address, left.text) for left in result.leftovers] == [
        ("/cy/", "Please sign in"),
        ("/cy/one/", "Sign in"),  # the <title>: a message of the catalogue
        ("/cy/one/", "Sign in"),
    ]


def test_a_records_english_title_in_the_title_element_is_no_fault():
    result, _site = crawl({"/cy/": page(title="Lledaenu: Shared legal services \N{EN DASH} Arfer")})
    assert result.leftovers == []


def test_the_crawl_finds_each_failure():
    result, _site = crawl(
        {
            "/cy/": page(
                '<a href="/cy/bodies/">1</a><a href="/cy/data/">2</a>'
                '<a href="/cy/practices/">3</a><a href="/cy/programme/">4</a>'
            ),
            "/cy/bodies/": page("<h1>Eto</h1>"),
            "/cy/data/": Response("", 500),
            "/cy/practices/": page(lang="en"),
            "/cy/programme/": "<html lang='cy'><h1>Dim pennyn</h1></html>",
        }
    )
    assert sorted((f.address, f.problem) for f in result.failures) == [
        ("/cy/bodies/", "2 <h1> elements, not one"),
        ("/cy/data/", "answered 500"),
        ("/cy/practices/", '<html lang="en"> on a page in cy'),
        ("/cy/programme/", "no header landmark (<header> or role=banner)"),
    ]


def test_the_crawl_stays_in_its_language_and_on_the_site_and_skips_files():
    result, site = crawl(
        {
            "/cy/": page(
                '<a href="/practices/">English</a><a href="https://example.org/cy/">Allan</a>'
                '<a href="/cy/data/practices.csv">CSV</a><a href="/cy/x/" download>Ffeil</a>'
                '<a href="mailto:a@example.org">E-bost</a><a href="#main">Neidio</a>'
                '<a href="/cy/account/">Cyfrif</a>'
            ),
            "/cy/account/": Response("", 302, "/cy/account/sign-in/?next=/cy/account/"),
            "/cy/account/sign-in/?next=/cy/account/": page(),
        }
    )
    assert set(site.asked) == {
        "/cy/",
        "/cy/account/",
        "/cy/account/sign-in/?next=/cy/account/",
    }
    assert result.pages == 2
    assert in_language("/cy/", "cy") and in_language("/", "en") and not in_language("/cy/", "en")


def test_the_crawl_visits_few_variants_of_one_view():
    pages = {"/cy/": page("".join(f'<a href="/cy/practices/?page={n}">{n}</a>' for n in range(9)))}
    pages.update({f"/cy/practices/?page={n}": page() for n in range(9)})
    result, site = crawl(pages)
    assert len([a for a in site.asked if a.startswith("/cy/practices/")]) == QUERY_VARIANTS
    assert result.first_of_name["menu:practices"] == "/cy/practices/?page=0"


def test_a_table_in_main_must_sit_in_a_named_focusable_region():
    region = '<div role="region" tabindex="0" aria-label="Savings">{table}</div>'
    table = "<table><tr><td>1</td></tr></table>"
    assert read_page(page(region.format(table=table))).tables_outside_regions == 0
    labelled = '<div role="region" tabindex="0" aria-labelledby="c">{table}</div>'
    assert read_page(page(labelled.format(table=table))).tables_outside_regions == 0
    # Bare, in a region a keyboard cannot reach, in one with no name, or a level down.
    for wrong in (
        table,
        f'<div role="region" aria-label="Savings">{table}</div>',
        f'<div role="region" tabindex="0">{table}</div>',
        region.format(table=f"<div>{table}</div>"),
    ):
        assert read_page(page(wrong)).tables_outside_regions == 1, wrong
    # Outside <main> (a table in the footer) is not the page's content.
    outside = PAGE.replace("</main>", "</main><footer>" + table + "</footer>")
    assert (
        read_page(outside.format(lang="cy", title="A", h1="A", body="")).tables_outside_regions == 0
    )


def test_the_crawl_reports_a_table_outside_a_region():
    result, _site = crawl({"/cy/": page("<table><tr><td>1</td></tr></table>")})
    assert [failure.problem for failure in result.failures] == [
        "1 table(s) in <main> outside a named, focusable region (role=region, tabindex=0, "
        "aria-label)"
    ]
