"""Near misses: the words of a query respelled from the index's own vocabulary.

A word that no practice holds in any of its forms (as typed, without accents, or as the radical
of a mutation) is most likely misspelt. It is replaced by the word of the index closest to it
(rapidfuzz's normalised Levenshtein similarity, at least `LEAST_SIMILARITY`), the most common
among equally close ones. The menu then searches the respelled words instead of words that
found nothing. Where the words found only a few practices, a word held by as few is likely
misspelt too (in the practices as well): a close word at least `MORE_COMMON` times as common is
offered ("Did you mean ...?").

The vocabulary is every word of every search document (document.py) with the number of
practices that hold it, read from the engine's own index. Reading it costs a scan of the index,
so each process keeps it for `VOCABULARY_SECONDS` at least, even as the menu changes: a
suggestion from a vocabulary a few minutes old is as good.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from django.db import connection
from rapidfuzz import fuzz, process

from .document import FUNCTION_WORDS, Forms
from .terms import search_terms
from .welsh import WordList, welsh_words

# How alike (0 to 100) a word of the index must be to a misspelt word to be offered instead;
# more alike for a word that some practices hold ("staffio" is no misspelling of "staff").
LEAST_SIMILARITY = 75
LEAST_SIMILARITY_TO_A_HELD_WORD = 85
# Shorter words are too easily near another to be respelled, and too short to offer.
SHORTEST_WORD = 4
VOCABULARY_SECONDS = 600
# A word some practices hold is offered another only if that one is this many times as common.
MORE_COMMON = 5


@dataclass(frozen=True)
class Vocabulary:
    """The index's words and how many practices hold each."""

    documents: dict[str, int]

    @cached_property
    def offered(self) -> list[str]:
        """The words that may be offered instead of another."""
        return [word for word in self.documents if len(word) >= SHORTEST_WORD and word.isalpha()]

    def knows(self, word: str) -> bool:
        return word in self.documents

    def closest(self, word: str, least: int = LEAST_SIMILARITY) -> str | None:
        """The offered word most like `word` (at least `least` alike), other than itself, the
        most common among the equally alike."""
        extracted = process.extract(
            word,
            self.offered,
            scorer=fuzz.ratio,
            score_cutoff=least,
            # Every word close enough, not the first few: the most common of the equally
            # close may be any of them.
            limit=None,
        )
        found = [(candidate, score) for candidate, score, _i in extracted if candidate != word]
        if not found:
            return None
        best = max(score for _word, score in found)
        return max(
            (candidate for candidate, score in found if score == best),
            key=lambda candidate: (self.documents[candidate], candidate),
        )


def respelled(
    terms: list[str],
    vocabulary: Vocabulary,
    forms: Forms,
    *,
    rare: int = 0,
    is_word: Callable[[str], bool] = lambda word: False,
) -> list[str] | None:
    """`terms` with each misspelt word replaced by the closest word of the index; None when
    no word needed it or none could be found. A word is taken for misspelt when no practice
    holds it in any of its forms; with `rare`, also when at most that many do and it is no
    word of either language (`is_word`), since then the practices that hold it are likely
    misspelt too (the replacement must be held by `MORE_COMMON` times as many)."""
    changed = False
    result = []
    for term in terms:
        held = max(
            vocabulary.documents.get(form, 0) for form in (term, *forms.of(term, welsh=True))
        )
        replacement = None
        if not (
            term in FUNCTION_WORDS
            or len(term) < SHORTEST_WORD
            or term.isdigit()
            or held > rare
            or (rare and not held)  # found, yet unknown: a vocabulary older than the word
            or (held and is_word(term))
        ):
            replacement = vocabulary.closest(
                term, LEAST_SIMILARITY_TO_A_HELD_WORD if held else LEAST_SIMILARITY
            )
        if replacement is None or vocabulary.documents[replacement] < max(1, held * MORE_COMMON):
            result.append(term)
            continue
        result.append(replacement)
        changed = True
    return result if changed else None


_kept: dict[tuple[str, str], tuple[float, Vocabulary]] = {}


def current_vocabulary() -> Vocabulary:
    """The index's vocabulary, read again when the kept one is older than VOCABULARY_SECONDS."""
    database = (connection.alias, str(connection.settings_dict["NAME"]))
    kept = _kept.get(database)
    if kept is not None and time.monotonic() - kept[0] < VOCABULARY_SECONDS:
        return kept[1]
    vocabulary = Vocabulary(_read_vocabulary())
    _kept[database] = (time.monotonic(), vocabulary)
    return vocabulary


def forget_vocabulary() -> None:
    _kept.clear()


def _read_vocabulary() -> dict[str, int]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT word, ndoc FROM ts_stat("
                "'SELECT search_vector FROM menu_practicesearchdocument')"
            )
        else:
            cursor.execute(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.menu_practice_vocabulary "
                "USING fts5vocab(main, menu_practice_fts, row)"
            )
            cursor.execute("SELECT term, doc FROM temp.menu_practice_vocabulary")
        return dict(cursor.fetchall())


def respelled_query(raw_query: str, forms: Forms, *, rare: int = 0) -> str | None:
    """The words of `raw_query` respelled (see `respelled`), as a query; None when none was."""
    terms = search_terms(raw_query)
    if not terms:
        return None
    words = respelled(terms, current_vocabulary(), forms, rare=rare, is_word=is_a_word)
    return " ".join(words) if words else None


def is_a_word(word: str) -> bool:
    """Whether `word` is an English or a Welsh word (simplemma's dictionaries), with or
    without its accents."""
    return bool(english_words().known([word])[0] or welsh_words().known([word])[0])


@lru_cache(maxsize=1)
def english_words() -> WordList:
    """simplemma's English dictionary (about 170,000 forms), read once per process when first
    needed."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    return WordList(DefaultDictionaryFactory(cache_max_size=0).get_dictionary("en"))
