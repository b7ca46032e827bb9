"""Near misses: the closest word of a small vocabulary, and a query's words respelled from it,
with known answers."""

from arfer.menu.search.document import FUNCTION_WORDS, Forms
from arfer.menu.search.spelling import LEAST_SIMILARITY, SHORTEST_WORD, Vocabulary, respelled
from arfer.menu.search.welsh import WordList

NO_RADICALS = Forms(word_list=WordList([]))


def test_the_closest_word_wins():
    vocabulary = Vocabulary({"falls": 1, "fails": 1, "prevention": 9})
    assert vocabulary.closest("fallz") == "falls"
    assert vocabulary.closest("preventoin") == "prevention"


def test_among_equally_close_words_the_one_more_practices_hold_wins():
    assert Vocabulary({"walls": 2, "calls": 9}).closest("xalls") == "calls"
    assert Vocabulary({"walls": 9, "calls": 2}).closest("xalls") == "walls"


def test_the_most_common_wins_however_many_words_are_as_close():
    # Twenty words one letter away from "caoe", the most common of them last.
    documents = {f"ca{letter}e": 1 for letter in "bdfghjklmnpqrstvwxy"}
    documents["caze"] = 50
    assert Vocabulary(documents).closest("caoe") == "caze"


def test_nothing_close_enough_is_offered():
    vocabulary = Vocabulary({"prevention": 9})
    assert vocabulary.closest("zzzzzzzz") is None
    # "prevent" is 82 alike, "prev" 57.
    assert LEAST_SIMILARITY > 57
    assert vocabulary.closest("prevent") == "prevention"
    assert vocabulary.closest("prev") is None


def test_short_words_and_words_with_digits_are_never_offered():
    assert SHORTEST_WORD == 4
    vocabulary = Vocabulary({"cat": 10, "covid19": 10})
    assert vocabulary.closest("cats") is None
    assert vocabulary.closest("covid18") is None
    assert vocabulary.knows("cat")


VOCABULARY = Vocabulary({"falls": 3, "prevention": 5, "gofal": 2, "glan": 1, "there": 4})


def test_known_words_are_left_alone():
    assert respelled(["falls", "prevention"], VOCABULARY, NO_RADICALS) is None


def test_unknown_words_are_replaced_by_the_closest_known_ones():
    assert respelled(["falls", "preventoin"], VOCABULARY, NO_RADICALS) == ["falls", "prevention"]
    assert respelled(["fallz", "preventoin"], VOCABULARY, NO_RADICALS) == ["falls", "prevention"]


def test_an_unknown_word_with_nothing_close_is_left_and_nothing_is_changed():
    assert respelled(["zzzzzzz"], VOCABULARY, NO_RADICALS) is None
    assert respelled(["zzzzzzz", "fallz"], VOCABULARY, NO_RADICALS) == ["zzzzzzz", "falls"]


def test_function_words_short_words_and_numbers_are_left_alone():
    assert "their" in FUNCTION_WORDS
    assert VOCABULARY.closest("their") == "there"
    assert respelled(["their"], VOCABULARY, NO_RADICALS) is None
    assert VOCABULARY.closest("fals") == "falls"
    assert respelled(["fal"], VOCABULARY, NO_RADICALS) is None
    assert respelled(["2024", "falls"], VOCABULARY, NO_RADICALS) is None


def test_a_word_known_through_one_of_its_forms_is_known():
    # The vocabulary holds "gofal", not "ofal": "ofal" is its mutated form, not a misspelling.
    assert VOCABULARY.closest("ofal") == "gofal"
    assert respelled(["ofal"], VOCABULARY, NO_RADICALS) == ["gofal"]
    assert respelled(["ofal"], VOCABULARY, Forms(word_list=WordList(["gofal"]))) is None
    # Likewise a word typed with its accent, held without it.
    assert VOCABULARY.closest("glân") == "glan"
    assert respelled(["glân"], VOCABULARY, NO_RADICALS) is None
