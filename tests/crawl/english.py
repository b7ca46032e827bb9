"""English found where Welsh should be: what a Welsh page says outside the parts marked
lang="en".

Two signs, either of which marks a piece of text as English:

- it is, word for word, an English message of Arfer's Welsh catalogue whose Welsh differs (an
  interface string left untranslated, or never marked for translation);
- it holds one of the English function words below, none of which is a Welsh word, so that
  English sentences nobody marked for translation are found too. Proper names (bodies, places,
  people) seldom hold them; a name that does is English text to mark lang="en" all the same.
"""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import arfer

CATALOGUE = Path(arfer.__file__).parent / "locale" / "cy" / "LC_MESSAGES" / "django.po"

# Common English words that are not Welsh words (nor mutated forms of them), so one of them in
# Welsh text is English. Deliberately not here: "a", "i", "to", "is", "on", "an", "at", "or",
# "as", "in"... which are Welsh words or too likely in codes and names.
ENGLISH_ONLY_WORDS = frozenset(
    """the and of with your you this that from are have has been will which their please
    there these those what when where would could should about into than they them were
    been being here must shown yet not""".split()
)

# Web addresses and e-mail addresses are neither language.
ADDRESSES = re.compile(r"\b(?:https?://\S+|www\.\S+|\S+@\S+\.\S+)")
WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr]|\{[^}]*\}")


@dataclass(frozen=True)
class Leftover:
    """A piece of English on a Welsh page: where, what, and which sign gave it away."""

    address: str
    text: str
    reason: str


def normalised(text: str) -> str:
    return " ".join(text.split())


def read_catalogue(path: Path = CATALOGUE) -> dict[str, str]:
    """The msgid -> msgstr pairs of a .po file, whose entries are separated by blank lines
    (a plural's msgid_plural too, with the second Welsh form). Fuzzy entries count as
    untranslated; obsolete ones (#~) are left out."""
    entries: dict[str, str] = {}
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        fields: dict[str, str] = {}
        current = None
        fuzzy = False
        for line in block.splitlines():
            line = line.strip()
            if line.startswith("#,"):
                fuzzy = fuzzy or "fuzzy" in line
            elif line.startswith('"') and current:
                fields[current] += _unquoted(line)
            elif line and not line.startswith("#"):
                current, _, rest = line.partition(" ")
                fields[current] = _unquoted(rest)
        if fields.get("msgid"):
            entries[fields["msgid"]] = (
                "" if fuzzy else fields.get("msgstr", fields.get("msgstr[0]", ""))
            )
            if "msgid_plural" in fields:
                entries[fields["msgid_plural"]] = "" if fuzzy else fields.get("msgstr[1]", "")
    return entries


def _unquoted(quoted: str) -> str:
    body = quoted.strip()[1:-1]
    return re.sub(r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), body)


@dataclass(frozen=True)
class Catalogue:
    """The English messages whose Welsh differs: whole texts, and patterns for the messages
    with placeholders (a placeholder matches any text)."""

    exact: frozenset[str]
    patterns: tuple[re.Pattern, ...]

    def holds(self, text: str) -> bool:
        return text in self.exact or any(p.fullmatch(text) for p in self.patterns)


@cache
def catalogue() -> Catalogue:
    exact, patterns = set(), []
    for english, welsh in read_catalogue().items():
        english = normalised(english)
        if not english or normalised(welsh) == english:
            continue
        literal = PLACEHOLDER.sub(" ", english)
        if literal == english:
            exact.add(english)
        elif len([w for w in WORD.findall(literal) if len(w) > 2]) >= 2:
            # Only messages with words of their own: "%(name)s: %(value)s" would match anything.
            pieces = [re.escape(piece) for piece in PLACEHOLDER.split(english)]
            patterns.append(re.compile(".+?".join(pieces), re.DOTALL))
    return Catalogue(frozenset(exact), tuple(patterns))


def english_in(text: str, proper_names=(), *, words=True) -> str | None:
    """Why `text`, read on a Welsh page, is English; None if nothing shows it is. The words of
    `proper_names` (organisations whose only name is English) are not counted, nor, when
    `words` is false, any word: only a message of the catalogue is."""
    text = normalised(text)
    if len(text) < 2:
        return None
    if catalogue().holds(text):
        return "an English message of the catalogue"
    if not words:
        return None
    for name in proper_names:
        if name in text:
            text = text.replace(name, " ")
    words = {word.lower() for word in WORD.findall(ADDRESSES.sub(" ", text))}
    found = sorted(words & ENGLISH_ONLY_WORDS)
    if found:
        return "English words: " + ", ".join(found)
    return None
