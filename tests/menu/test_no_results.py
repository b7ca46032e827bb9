"""When nothing matches, the menu shows only the filters that are set and advice that fits what
was done: words that found nothing, filters that left nothing, or both; in English and Welsh."""

import html
import re

import pytest
from django.test.html import parse_html
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "cy"]


@pytest.fixture
def menu(practice_factory):
    practice_factory("care", title_en="Care at home", prevention_tier="secondary", evidence_level=2)


def get(client, language, params):
    prefix = "/cy" if language == "cy" else ""
    response = client.get(f"{prefix}/practices/", params)
    assert response.status_code == 200
    return response.content.decode()


def in_language(language, message):
    with translation.override(language):
        return gettext(message)


def legends(page):
    return [
        html.unescape(text).strip()
        for text in re.findall(r"<legend[^>]*>(.*?)</legend>", page, re.S)
    ]


def remove_links(page):
    """(href, text) of each link that takes a filter away."""
    found = re.search(r'<ul class="govuk-list" id="remove-filters">(.*?)</ul>', page, re.S)
    if found is None:
        return []
    return [
        (html.unescape(href), html.unescape(text).strip())
        for href, text in re.findall(
            r'<a class="govuk-link" href="([^"]*)">(.*?)</a>', found.group(1), re.S
        )
    ]


def contains(page, message, language):
    return str(parse_html(in_language(language, message))) in str(parse_html(page))


SEARCH_ADVICE = ["checking your spelling", "using fewer words, or other words"]
FILTER_ADVICE = "Improve your results by removing a filter:"
BOTH_ADVICE = "You can also remove a filter:"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_with_no_hits_advises_on_the_words_and_shows_no_filters(client, menu, language):
    page = get(client, language, {"q": "zzzznothing"})
    assert contains(page, "No practices match", language)
    assert all(contains(page, advice, language) for advice in SEARCH_ADVICE)
    assert not contains(page, FILTER_ADVICE, language)
    assert not contains(page, BOTH_ADVICE, language)
    assert legends(page) == []
    assert not contains(page, "Apply filters", language)
    assert remove_links(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_filters_that_leave_nothing_are_listed_each_with_a_link_to_remove_it(
    client, menu, language
):
    page = get(client, language, {"tier": "acute", "evidence": "5"})
    prefix = "/cy" if language == "cy" else ""
    # Only the filters that are set, each showing what is ticked.
    assert legends(page) == [
        in_language(language, "Prevention tier"),
        in_language(language, "Evidence level"),
    ]
    assert re.findall(r'name="(\w+)" type="checkbox" value="(\w+)" checked', page) == [
        ("tier", "acute"),
        ("evidence", "5"),
    ]
    assert contains(page, FILTER_ADVICE, language)
    assert not any(contains(page, advice, language) for advice in SEARCH_ADVICE)
    with translation.override(language):
        acute = gettext("Remove “%(option)s” (%(filter)s)") % {
            "option": gettext("Acute (remedial) spending"),
            "filter": gettext("Prevention tier"),
        }
        level = gettext("Remove “%(option)s” (%(filter)s)") % {
            "option": gettext("Level %(level)s") % {"level": 5},
            "filter": gettext("Evidence level"),
        }
    assert remove_links(page) == [
        (f"{prefix}/practices/?evidence=5", acute),
        (f"{prefix}/practices/?tier=acute", level),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_search_and_filters_get_both_kinds_of_advice(client, menu, language):
    page = get(client, language, {"q": "zzzznothing", "boundaries": "on", "page": "2"})
    prefix = "/cy" if language == "cy" else ""
    assert all(contains(page, advice, language) for advice in SEARCH_ADVICE)
    assert contains(page, BOTH_ADVICE, language)
    assert legends(page) == [in_language(language, "Partnership")]
    # Removing a filter keeps the words searched for, and starts from the first page.
    assert [href for href, _text in remove_links(page)] == [f"{prefix}/practices/?q=zzzznothing"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_empty_menu_says_so_without_filters_or_advice(client, directory, language):
    page = get(client, language, {})
    assert contains(page, "There are no practices on the menu yet.", language)
    assert not contains(page, "No practices match", language)
    assert legends(page) == []
    assert remove_links(page) == []


def test_filters_that_would_find_nothing_are_not_offered(client, menu):
    page = get(client, "en", {})
    assert "Prevention tier" in legends(page)
    assert 'value="secondary"' in page and 'value="acute"' not in page
    # No practice works across boundaries, so that filter has nothing to offer: no empty heading.
    assert "Partnership" not in legends(page)
