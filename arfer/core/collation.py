"""Names in the order and with the matching people expect in each language.

Welsh has its own alphabet: ch, dd, ff, ng, ll, ph, rh and th are single letters, each after the
letter it begins with (a b c ch d dd e f ff g ng h ...), so "Llandudno" comes after "Lyn" and
"Chwarae" after "Cymru". Neither database knows this, and lists of names are short (a few
thousand bodies at most), so they are ordered in Python with these keys. Accents do not change
the order ("ŵ" sorts as "w") and neither does case.
"""

import re
import unicodedata

# Each Welsh digraph sorts as its first letter followed by something after every letter.
_AFTER_EVERY_LETTER = "{"
_WELSH_DIGRAPHS = re.compile(r"ch|dd|ff|ng|ll|ph|rh|th")
_WELSH_LETTER_AFTER = {"ng": "g"}  # ng follows g in the Welsh alphabet, not n


def without_accents(text: str) -> str:
    """The text with its accents taken off ("Dŵr" -> "Dwr")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_sort_key(name: str, language: str) -> str:
    """A key that orders names alphabetically in `language` ("en" or "cy"), ignoring case and
    accents."""
    plain = without_accents(name).casefold()
    if language != "cy":
        return plain
    return _WELSH_DIGRAPHS.sub(
        lambda match: _WELSH_LETTER_AFTER.get(match[0], match[0][0]) + _AFTER_EVERY_LETTER, plain
    )


# The accented forms of each vowel (and of w and y, vowels in Welsh) that a search typed without
# accents should still find.
_ACCENTED = {
    "a": "aâäáà",
    "e": "eêëéè",
    "i": "iîïíì",
    "o": "oôöóò",
    "u": "uûüúù",
    "w": "wŵẅẃẁ",
    "y": "yŷÿýỳ",
}


def words_of(text: str) -> list[str]:
    """The words (letters and digits) of what someone typed, without their accents: nothing of
    it ever reaches the database but these."""
    return re.findall(r"[^\W_]+", without_accents(text).casefold())


def accent_insensitive_pattern(word: str) -> str:
    """A regular expression, understood by both SQLite (Python's re) and PostgreSQL, matching
    `word` (from words_of) with or without accents on its vowels."""
    return "".join(f"[{_ACCENTED[char]}]" if char in _ACCENTED else char for char in word)
