"""A practice's search document and a query's groups of forms, on small hand-made inputs with
known answers. The word lists are our own, so that each answer depends only on the words given
here, not on the 400,000 forms of the Welsh dictionary."""

from hypothesis import given
from hypothesis import strategies as st

from arfer.menu.search.document import (
    COLUMNS,
    FUNCTION_WORDS,
    MOST_FORMS,
    Forms,
    Glossary,
    PracticeWords,
    Term,
    query_groups,
    search_document,
    words_of,
)
from arfer.menu.search.terms import WORD
from arfer.menu.search.welsh import WordList, radicals

WELSH_WORDS = ["gofal", "llaw", "glaw", "gwastraff", "bwyd", "caerdydd", "dŵr", "bwrdd", "mwrdd"]
GLOSSARY = Glossary(
    [
        Term(("food", "waste"), ("gwastraff", "bwyd")),
        Term(("water",), ("dŵr",)),
        Term(("reablement",), ("ailalluogi",)),
    ]
)


def forms(*extra_words: str) -> Forms:
    return Forms(word_list=WordList([*WELSH_WORDS, *extra_words]))


def document(glossary: Glossary | None = None, **text):
    return search_document(PracticeWords(**text), forms=forms(), glossary=glossary)


def test_words_are_runs_of_letters_and_digits_in_lower_case():
    assert words_of("I'r co-located Dŵr, 24/7!") == ["i", "r", "co", "located", "dŵr", "24", "7"]


def test_each_column_is_filled_and_named():
    found = document(title_en="Home care", summary_en="Support", body_en="Visits")
    assert list(found.columns()) == list(COLUMNS)
    assert (found.title, found.summary, found.body) == ("home care", "support", "visits")


def test_a_mutated_welsh_word_gives_its_radical_as_a_variant_not_as_written():
    found = document(title_en="Care at home", title_cy="Cefnogi ei ofal gartref")
    assert found.title == "care at home cefnogi ei ofal gartref"
    assert "gofal" in found.variants.split()
    assert "gofal" not in found.title.split()


def test_accents_are_folded_into_the_variants_and_kept_as_written():
    found = document(title_cy="Dŵr glân", summary_cy="Tŷ hŷn")
    assert found.title == "dŵr glân"
    assert found.summary == "tŷ hŷn"
    assert {"dwr", "glan", "ty", "hyn"} <= set(found.variants.split())
    assert "dwr" not in found.title.split()


def test_english_words_are_not_taken_for_mutated_welsh_ones():
    # "law" is a form of "llaw" and of "glaw" in Welsh text only.
    assert "llaw" not in document(title_en="Law centre").variants.split()
    assert {"llaw", "glaw"} <= set(document(title_cy="Law").variants.split())


def test_the_bodys_forms_go_to_body_variants():
    found = document(title_en="Help at home", body_cy="Rhoi gofal i'r rhai sydd ei angen; dŵr")
    assert found.variants == ""
    assert found.body_variants.split() == ["dwr"]


def test_nothing_already_written_appears_again_as_a_variant():
    # The title holds "gofal" as written, and the summary "dwr": neither is a variant of the
    # body's "ofal" and "dŵr".
    found = document(title_cy="Gofal", summary_en="Dwr", body_cy="Ei ofal a'i dŵr")
    assert found.variants == ""
    assert found.body_variants == ""
    # A form that is a variant of the title is not repeated among the body's.
    found = document(title_cy="Ei ofal", body_cy="Fy ngofal")
    assert found.variants.split() == ["gofal"]
    assert found.body_variants == ""


def test_context_holds_both_languages_names_with_their_forms():
    found = document(
        title_en="Meals",
        context_en=("Welsh Water", "Cardiff"),
        context_cy=("Dŵr Cymru", "Yng Nghaerdydd"),
    )
    words = found.context.split()
    assert words[:3] == ["welsh", "water", "cardiff"]
    assert {"dŵr", "dwr", "cymru", "nghaerdydd", "caerdydd"} <= set(words)
    assert len(words) == len(set(words))
    assert found.title == "meals"


def test_the_glossary_gives_the_welsh_of_english_terms_in_the_english_text():
    found = document(GLOSSARY, title_en="Less food waste", body_en="Clean water")
    assert found.translated.split() == ["gwastraff", "bwyd", "dŵr", "dwr"]


def test_the_glossary_gives_the_english_of_welsh_terms_whatever_their_mutation():
    found = document(GLOSSARY, title_cy="Lleihau wastraff bwyd")
    assert found.translated == "food waste"
    assert document(GLOSSARY, body_cy="Dim gwastraff bwyd").translated == "food waste"


def test_a_term_split_across_words_that_are_not_consecutive_does_not_match():
    assert document(GLOSSARY, title_en="Food and garden waste").translated == ""
    assert document(GLOSSARY, title_cy="Gwastraff a bwyd").translated == ""
    assert document(GLOSSARY, title_en="Waste food").translated == ""


def test_a_term_is_not_matched_across_the_end_of_one_text_and_the_start_of_the_next():
    assert document(GLOSSARY, title_en="Less food", summary_en="Waste collected").translated == ""
    assert document(GLOSSARY, title_cy="Llai o fwyd", body_cy="wastraff").translated == ""
    assert document(GLOSSARY, title_cy="Gwastraff", summary_cy="bwyd").translated == ""


def test_no_glossary_gives_nothing_translated():
    assert document(title_en="Food waste").translated == ""


# Queries.


def test_function_words_are_left_out_of_a_query_that_has_other_words():
    assert query_groups(["the", "falls"], forms()) == [("falls",)]
    assert query_groups(["yng", "nghaerdydd"], forms()) == [("nghaerdydd", "caerdydd")]


def test_a_query_of_function_words_alone_keeps_them():
    assert query_groups(["the", "yn"], forms()) == [("the",), ("yn",)]


def test_the_word_as_typed_comes_first_in_its_group():
    assert query_groups(["ofal"], forms()) == [("ofal", "gofal")]
    assert query_groups(["dwr"], forms()) == [("dwr",)]
    assert query_groups(["dŵr"], forms()) == [("dŵr", "dwr")]


def test_law_is_both_hand_and_rain():
    [group] = query_groups(["law"], forms())
    assert group[0] == "law"
    assert {"llaw", "glaw"} <= set(group)


def test_a_group_holds_at_most_most_forms():
    # Made-up words, each a radical of "nghôr" by one rule, so that one word has more forms
    # (each also without its accent) than a group may hold.
    many = forms("côr", "ghôr", "dghôr", "gnghôr")
    assert len(many.of("nghôr", welsh=True)) + 1 > MOST_FORMS
    [group] = query_groups(["nghôr"], many)
    assert len(group) == MOST_FORMS
    assert group[:4] == ("nghôr", "nghor", "côr", "cor")


def test_function_words_and_short_words_get_no_radicals():
    word_list = WordList(["bae", "llo", "ac"])
    # By the rules alone, each would have one.
    assert radicals("mae", word_list) == ("bae",)
    assert radicals("lo", word_list) == ("llo",)
    assert radicals("hac", word_list) == ("ac",)
    some = Forms(word_list=word_list)
    assert "mae" in FUNCTION_WORDS
    assert some.of("mae", welsh=True) == ()
    assert some.of("lo", welsh=True) == ()
    # Nor is a function word ever a word's radical.
    assert some.of("hac", welsh=True) == ()


def test_forms_of_an_english_word_are_only_its_folded_form():
    assert forms().of("café", welsh=False) == ("cafe",)
    assert forms().of("ofal", welsh=False) == ()


# Any text at all.

SOME_WELSH = st.sampled_from(
    ["ofal", "Ngofal", "Dŵr", "dwr", "law", "yng Nghaerdydd", "wastraff bwyd", "food waste", "İ"]
)
TEXT = st.lists(st.one_of(st.text(max_size=30), SOME_WELSH), max_size=6).map(" ".join)
PROPERTY_FORMS = forms()


@given(
    st.builds(
        PracticeWords,
        title_en=TEXT,
        title_cy=TEXT,
        summary_en=TEXT,
        summary_cy=TEXT,
        body_en=TEXT,
        body_cy=TEXT,
        context_en=st.lists(TEXT, max_size=3).map(tuple),
        context_cy=st.lists(TEXT, max_size=3).map(tuple),
    )
)
def test_every_column_is_plain_lower_case_words_and_variants_are_new(practice):
    found = search_document(practice, forms=PROPERTY_FORMS, glossary=GLOSSARY)
    for column, value in found.columns().items():
        for word in value.split(" ") if value else []:
            assert WORD.fullmatch(word), (column, word)
            assert word == word.lower(), (column, word)
    written = {*found.title.split(), *found.summary.split(), *found.body.split()}
    assert not written & set(found.variants.split())
    assert not written & set(found.body_variants.split())
    assert not set(found.variants.split()) & set(found.body_variants.split())
