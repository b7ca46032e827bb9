"""Undoing Welsh initial mutations to real words, and folding accents: the rules as published
(soft, nasal and aspirate mutations and h- before a vowel), each with its example, checked
against simplemma's Welsh word list."""

import pytest

from arfer.menu.search.welsh import (
    WordList,
    fold,
    mutation_candidates,
    radicals,
    radicals_of,
    welsh_words,
)

# (mutated, radical): the published rules' examples, one per rule.
RULE_EXAMPLES = [
    ("gyngor", "cyngor"),  # soft c -> g
    ("blant", "plant"),  # soft p -> b
    ("drafnidiaeth", "trafnidiaeth"),  # soft t -> d
    ("ofal", "gofal"),  # soft g dropped
    ("fwrdd", "bwrdd"),  # soft b -> f
    ("ddysgu", "dysgu"),  # soft d -> dd
    ("lywodraeth", "llywodraeth"),  # soft ll -> l
    ("ferched", "merched"),  # soft m -> f
    ("reoli", "rheoli"),  # soft rh -> r
    ("nghyngor", "cyngor"),  # nasal c -> ngh
    ("mhlant", "plant"),  # nasal p -> mh
    ("nhŷ", "tŷ"),  # nasal t -> nh
    ("ngofal", "gofal"),  # nasal g -> ng
    ("mwrdd", "bwrdd"),  # nasal b -> m
    ("nysgu", "dysgu"),  # nasal d -> n
    ("chyngor", "cyngor"),  # aspirate c -> ch
    ("phlant", "plant"),  # aspirate p -> ph
    ("thrafnidiaeth", "trafnidiaeth"),  # aspirate t -> th
    ("hatal", "atal"),  # h- before a vowel
]


@pytest.mark.parametrize(("mutated", "radical"), RULE_EXAMPLES)
def test_each_published_rule_is_undone_to_its_example(mutated, radical):
    assert radical in radicals(mutated)


def test_the_forms_of_the_issue():
    assert radicals("nghaerdydd") == ("caerdydd",)
    assert radicals("ngofal") == ("gofal",)
    assert radicals("ofal") == ("gofal",)


def test_an_ambiguous_form_gives_every_real_candidate():
    assert set(radicals("law")) == {"llaw", "glaw"}


def test_a_mutation_is_undone_only_to_a_real_word():
    # The aspirate mutation applies to c, p and t only: "chofal" is no form of "gofal".
    assert radicals("chofal") == ()
    # A word in its radical form, and an English word, have none.
    assert radicals("gofal") == ()
    assert radicals("care") == ()


def test_a_candidate_that_is_itself_a_mutated_form_is_dropped():
    # "fwrdd" could undo to "mwrdd" by the rules, but "mwrdd" is "bwrdd" mutated.
    assert radicals("fwrdd") == ("bwrdd",)


def test_the_rules_respect_what_does_not_mutate():
    # Radical ch, ph, th and dd do not mutate, so nothing undoes to them.
    assert "chwarae" not in mutation_candidates("gwarae")  # g -> c, not g -> ch
    assert "thsain" not in mutation_candidates("thsain")
    assert "ddyn" not in mutation_candidates("nyn")
    # h- comes before vowels only.
    assert "law" not in mutation_candidates("hlaw")


def test_many_words_are_looked_up_at_once_and_unknown_ones_left_out():
    found = radicals_of(["ofal", "blant", "zzz", "gofal"])
    assert found["ofal"] == ("gofal",)
    assert found["blant"] == ("plant",)
    assert "zzz" not in found or found["zzz"] == ()


def test_a_word_list_of_our_own_words_answers_alike():
    words = WordList(["llaw", "glaw", "gofal", "too-long" * 10, "a1"])
    assert list(words.known(["llaw", "glaw", "law", "a1", "x" * 100])) == [
        True,
        True,
        False,
        False,
        False,
    ]
    assert set(radicals("law", words)) == {"llaw", "glaw"}
    assert WordList([]).known(["llaw"]).tolist() == [False]
    # An empty list of our own is a list with no words, not the dictionary.
    assert radicals("law", WordList([])) == ()


def test_the_word_list_is_simplemmas_welsh_dictionary():
    assert len(welsh_words()) > 300_000


@pytest.mark.parametrize(
    ("word", "folded"),
    [("dŵr", "dwr"), ("tŷ", "ty"), ("hŷn", "hyn"), ("ôl", "ol"), ("tîm", "tim"), ("care", "care")],
)
def test_accents_are_folded(word, folded):
    assert fold(word) == folded
