"""Near misses: the words of a query respelled from the index's own vocabulary.

A word that no practice holds in any of its forms (as typed, without accents, or as the radical
of a mutation) is most likely misspelt. It is replaced by the word of the index closest to it
(rapidfuzz's normalised Levenshtein similarity, at least `LEAST_SIMILARITY`), the most common
among equally close ones. The menu then searches the respelled words instead of words that
found nothing, or offers them ("Did you mean ...?") beside words that found only a few.

The vocabulary is every word of every search document (document.py) with the number of
practices that hold it, read from the engine's own index. Reading it costs a scan of the index,
so each process keeps it for `VOCABULARY_SECONDS` at least, even as the menu changes: a
suggestion from a vocabulary a few minutes old is as good.
"""

import time
from dataclasses import dataclass

from django.db import connection
from rapidfuzz import fuzz, process

from .document import FUNCTION_WORDS, Forms
from .terms import search_terms

# How alike (0 to 100) a word of the index must be to a misspelt word to be offered instead.
LEAST_SIMILARITY = 75
# Shorter words are too easily near another to be respelled, and too short to offer.
SHORTEST_WORD = 4
VOCABULARY_SECONDS = 600


@dataclass(frozen=True)
class Vocabulary:
    """The index's words and how many practices hold each."""

    documents: dict[str, int]

    def __post_init__(self):
        offered = [word for word in self.documents if len(word) >= SHORTEST_WORD and word.isalpha()]
        object.__setattr__(self, "offered", offered)

    def knows(self, word: str) -> bool:
        return word in self.documents

    def closest(self, word: str) -> str | None:
        """The offered word most like `word`, the most common among the equally alike."""
        found = process.extract(
            word,
            self.offered,  # type: ignore[attr-defined]
            scorer=fuzz.ratio,
            score_cutoff=LEAST_SIMILARITY,
            # Every word close enough, not the first few: the most common of the equally
            # close may be any of them.
            limit=None,
        )
        if not found:
            return None
        best = max(score for _word, score, _i in found)
        return max(
            (candidate for candidate, score, _i in found if score == best),
            key=lambda candidate: (self.documents[candidate], candidate),
        )


def respelled(terms: list[str], vocabulary: Vocabulary, forms: Forms) -> list[str] | None:
    """`terms` with each word that no practice holds in any form replaced by the closest word
    of the index; None when no word needed it or none could be found."""
    changed = False
    result = []
    for term in terms:
        known = vocabulary.knows(term) or any(
            vocabulary.knows(form) for form in forms.of(term, welsh=True)
        )
        if known or term in FUNCTION_WORDS or len(term) < SHORTEST_WORD or term.isdigit():
            result.append(term)
            continue
        replacement = vocabulary.closest(term)
        if replacement is None:
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


def respelled_query(raw_query: str, forms: Forms) -> str | None:
    """The words of `raw_query` respelled (see `respelled`), as a query; None when none was."""
    terms = search_terms(raw_query)
    if not terms:
        return None
    words = respelled(terms, current_vocabulary(), forms)
    return " ".join(words) if words else None
