"""Words no practice holds are respelled from the menu's own words (menu/search/spelling.py):
searched instead when the typed words find nothing, and offered ("Did you mean ...?") when
they find only a few and a word of them is no word of either language; on the menu page, in
both languages, and in the API alike."""

import pytest

from arfer.menu.search import spelling

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vocabulary_read_afresh():
    """The vocabulary is kept for minutes in a process, which tests' data outlive."""
    spelling.forget_vocabulary()
    yield
    spelling.forget_vocabulary()


@pytest.fixture
def pharmacies(practice_factory):
    for n in range(5):
        practice_factory(f"pharmacy-{n}", title_en=f"Community pharmacy scheme {n}")
    practice_factory("misspelt", title_en="Minor ailments at the pharmasy")


def listing(client, query, language="en"):
    prefix = "/cy" if language == "cy" else ""
    response = client.get(f"{prefix}/practices/", {"q": query})
    assert response.status_code == 200
    return response.context, response.content.decode()


def test_words_that_find_nothing_are_searched_respelled(client, pharmacies):
    context, page = listing(client, "pharmacyy scheme")
    assert context["searched_instead"] == "pharmacy scheme"
    assert context["result_count"].count == 5
    assert "Showing practices for “pharmacy scheme”" in page
    api = client.get("/api/v1/practices", {"q": "pharmacyy scheme"}).json()
    assert api["searched_instead"] == "pharmacy scheme" and len(api["items"]) == 5


def test_the_message_is_in_welsh_on_the_welsh_page(client, pharmacies):
    _context, page = listing(client, "pharmacyy", language="cy")
    assert "Yn dangos arferion ar gyfer “pharmacy”" in page


def test_a_rare_misspelling_is_offered_its_common_spelling(client, pharmacies):
    context, page = listing(client, "pharmasy")
    assert context["result_count"].count == 1  # the practice that misspells it
    assert context["searched_instead"] is None
    assert context["did_you_mean"] == "pharmacy"
    assert 'href="?q=pharmacy"' in page
    assert client.get("/api/v1/practices", {"q": "pharmasy"}).json()["did_you_mean"] == "pharmacy"


def test_a_rare_real_word_is_not_corrected(client, practice_factory):
    for n in range(5):
        practice_factory(f"staff-{n}", title_en=f"Staff scheme {n}")
    practice_factory("pharmacist", title_en="Pharmacist prescribing")
    context, _page = listing(client, "pharmacist")
    assert context["did_you_mean"] is None


def test_nothing_close_enough_leaves_the_advice(client, pharmacies):
    context, page = listing(client, "xylophone")
    assert context["searched_instead"] is None and context["did_you_mean"] is None
    assert context["result_count"].count == 0
    assert "checking your spelling" in page


def test_filters_and_order_are_kept_in_the_offered_search(client, pharmacies):
    response = client.get("/practices/", {"q": "pharmasy", "sort": "newest", "page": "1"})
    page = response.content.decode()
    assert 'href="?sort=newest&amp;q=pharmacy"' in page
