"""Welsh words as search meets them: with their first letters mutated, and typed with or
without their accents.

A Welsh word changes its first letter after many common words: "gofal" (care) is "ei ofal"
(his care), "fy ngofal" (my care), and "Caerdydd" is "yng Nghaerdydd" (in Cardiff). A reader
types whichever form their sentence needs, so search must meet every form. `radicals(word)`
undoes the mutations (the rules below, as the published Welsh Hunspell affix rules give them)
and keeps only the candidates that are real Welsh words: the word list is simplemma's Welsh
dictionary (every form it knows, mutated ones included), so "law" becomes both "llaw" (hand)
and "glaw" (rain), and "chofal" becomes nothing, since the aspirate mutation never touches g.

`fold(word)` takes the accents off ("dŵr" is "dwr"), since people often type without them.
"""

import unicodedata
from collections.abc import Iterable
from functools import lru_cache

import numpy as np

# (the mutated beginning, the radical beginning, beginnings of the radical's rest that the
# mutation does not apply to). From the soft, nasal and aspirate mutations and h- before a
# vowel; the longest beginnings first so that "ngh" is tried before "ng" and "n".
UNDO_MUTATION: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # nasal
    ("ngh", "c", ("h",)),
    ("mh", "p", ("h",)),
    ("nh", "t", ("h",)),
    ("ng", "g", ()),
    ("m", "b", ()),
    ("n", "d", ("d",)),
    # aspirate
    ("ch", "c", ("h",)),
    ("ph", "p", ("h",)),
    ("th", "t", ("h", "s")),
    # soft
    ("g", "c", ("h",)),
    ("b", "p", ("h",)),
    ("d", "t", ("h",)),
    ("f", "b", ()),
    ("dd", "d", ("d",)),
    ("l", "ll", ()),
    ("f", "m", ()),
    ("r", "rh", ()),
    # soft: g is dropped, whatever follows it
    ("", "g", ()),
)
VOWELS = frozenset("aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ")
# Longer words than this are not looked up: no Welsh word of the list is longer.
LONGEST_WORD = 32


def fold(word: str) -> str:
    """The word without its accents: "dŵr" -> "dwr", "tŷ" -> "ty", "hŷn" -> "hyn"."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def mutation_candidates(word: str) -> list[str]:
    """Every word of which `word` (lower case) could be a mutated form, by the rules alone,
    whether or not it is a real word."""
    candidates = []
    for mutated, radical, untouched in UNDO_MUTATION:
        if not word.startswith(mutated):
            continue
        rest = word[len(mutated) :]
        if not rest or rest.startswith(untouched):
            continue
        candidates.append(radical + rest)
    if word.startswith("h") and len(word) > 1 and word[1] in VOWELS:
        candidates.append(word[1:])
    return [candidate for candidate in candidates if candidate != word]


class WordList:
    """The words of a language (the Welsh ones a mutation may be undone to), with and without
    their accents: sorted UTF-8 in one numpy array (about 13 MB for Welsh's 400,000 forms),
    searched by bisection, many words at a time."""

    def __init__(self, words: Iterable[str]):
        # Each word also without its accents, as people often type it ("caniatad").
        encoded = {
            form.encode()
            for word in words
            if word.isalpha()
            for form in {word, fold(word)}
            if len(form.encode()) <= LONGEST_WORD
        }
        self.words = np.array(sorted(encoded), dtype=f"S{LONGEST_WORD}")

    def __len__(self) -> int:
        return len(self.words)

    def known(self, words: list[str]) -> np.ndarray:
        """Whether each of `words` (lower case) is in the list."""
        if not words or not len(self.words):
            return np.zeros(len(words), dtype=bool)
        wanted = np.array([word.encode()[: LONGEST_WORD + 1] for word in words], dtype=object)
        fits = np.array([len(w) <= LONGEST_WORD for w in wanted])
        probe = np.array([w if f else b"" for w, f in zip(wanted, fits, strict=True)], dtype="S")
        at = np.searchsorted(self.words, probe).clip(max=len(self.words) - 1)
        return fits & (self.words[at] == probe)


@lru_cache(maxsize=1)
def welsh_words() -> WordList:
    """simplemma's Welsh dictionary, read once per process when first needed (about a
    second); its keys are every form it knows, its lemmas among them."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory(cache_max_size=0).get_dictionary("cy")
    return WordList(dictionary)


def radicals_of(words: list[str], word_list: WordList | None = None) -> dict[str, tuple[str, ...]]:
    """For each of `words` (lower case), the real Welsh words it may be a mutated form of,
    in the rules' order; words with none are left out. Looked up all at once."""
    # Not `word_list or ...`: an empty list is falsy, and it means no word is real.
    word_list = welsh_words() if word_list is None else word_list
    found = _real_candidates(words, word_list)
    # The list holds mutated forms too: "fwrdd" undoes to "bwrdd" and to "mwrdd", which is
    # itself "bwrdd" mutated. A candidate that undoes to another of the word's candidates is a
    # form of it, not a radical, and is dropped.
    further = _real_candidates(sorted({c for cs in found.values() for c in cs}), word_list)
    return {
        word: tuple(c for c in candidates if not set(further.get(c, ())) & set(candidates))
        for word, candidates in found.items()
    }


def _real_candidates(words: list[str], word_list: WordList) -> dict[str, list[str]]:
    asked = [(word, candidate) for word in words for candidate in mutation_candidates(word)]
    real = word_list.known([candidate for _, candidate in asked])
    found: dict[str, list[str]] = {}
    for (word, candidate), is_real in zip(asked, real, strict=True):
        if is_real and candidate not in found.get(word, []):
            found.setdefault(word, []).append(candidate)
    return found


def radicals(word: str, word_list: WordList | None = None) -> tuple[str, ...]:
    """The real Welsh words `word` (lower case) may be a mutated form of: "ngofal" ->
    ("gofal",), "law" -> ("llaw", "glaw"), "gofal" -> ()."""
    return radicals_of([word], word_list).get(word, ())
