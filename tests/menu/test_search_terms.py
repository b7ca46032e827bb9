from hypothesis import given
from hypothesis import strategies as st

from arfer.menu.search.terms import MAX_TERM_LENGTH, MAX_TERMS, search_terms, significant_terms


def test_words_are_lower_cased_and_deduplicated_in_order():
    assert search_terms("Falls FALLS prevention") == ["falls", "prevention"]


def test_operators_and_punctuation_are_separators():
    assert search_terms('NEAR(falls "care" col:term ^x * -y OR') == [
        "near",
        "falls",
        "care",
        "col",
        "term",
        "x",
        "y",
        "or",
    ]


def test_welsh_letters_are_kept():
    assert search_terms("Gwasanaethau ŵyr ŷd â") == ["gwasanaethau", "ŵyr", "ŷd", "â"]


def test_nothing_searchable():
    for raw in ["", None, "   ", "!!!", "\x00\x00", '"""', "*"]:
        assert search_terms(raw) == []


def test_limits():
    terms = search_terms(" ".join(f"word{i}" for i in range(100)) + " " + "x" * 10_000)
    assert len(terms) == MAX_TERMS
    assert all(len(t) <= MAX_TERM_LENGTH for t in search_terms("y" * 10_000))


@given(st.text())
def test_any_input_gives_plain_words(raw):
    for term in search_terms(raw):
        assert term and term.isalnum()
        assert '"' not in term and "*" not in term and ":" not in term


def test_significant_terms_skip_short_and_common_words():
    assert significant_terms("The integration of community services and care at home") == [
        "integration",
        "community",
        "care",
        "home",
    ]
