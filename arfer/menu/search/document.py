"""What a practice is found by: its search document, made from plain text by pure functions.

A practice's words become index terms here, and only here, so both engines index the same
terms and a query is turned into terms the same way (`query_groups`):

- **title, summary, body**: the practice's own words in both languages, lower case, as written.
- **variants, body_variants**: the other forms of the title's and summary's words, and of the
  rest's, that a reader may type: without accents ("dwr" for "dŵr") and, for the Welsh text,
  the radical of a mutated word ("gofal" for "ofal", "llaw" and "glaw" for "law"). A search
  for either form finds the practice, and the form as written ranks first, since each kind of
  variant weighs less than the text it comes from.
- **lead, context**: what the practice is without saying so in its text: its lead body's
  names; and its partners' names, its service areas, its prevention tier and its bodies'
  sectors and kinds; in both languages (with their variants), weighed below the title and
  summary, the lead body above the rest (a body's own practices before those it partners).
- **translated**: the other language's words for the glossary's terms found in the text, so
  a Welsh search finds a practice written only in English and the other way round, weighed
  lowest of all.

Each column is a string of words separated by spaces, which both engines split alike.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .terms import WORD
from .welsh import WordList, fold, radicals_of

COLUMNS = (
    "title",
    "summary",
    "body",
    "variants",
    "body_variants",
    "lead",
    "context",
    "translated",
)


@dataclass(frozen=True)
class PracticeWords:
    """A practice's searchable text, as plain data: its own text per language, and what it
    is found by besides (its lead body's names, and the rest of its context) per language."""

    title_en: str = ""
    title_cy: str = ""
    summary_en: str = ""
    summary_cy: str = ""
    body_en: str = ""
    body_cy: str = ""
    lead_en: tuple[str, ...] = ()
    lead_cy: tuple[str, ...] = ()
    context_en: tuple[str, ...] = ()
    context_cy: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchDocument:
    title: str
    summary: str
    body: str
    variants: str
    body_variants: str
    lead: str
    context: str
    translated: str

    def columns(self) -> dict[str, str]:
        return {column: getattr(self, column) for column in COLUMNS}


def words_of(text: str) -> list[str]:
    """The words of a text, lower case, in order: runs of letters and digits, so that both
    engines' tokenizers find exactly these. Lower-cased before it is split, since lowering
    "İ" gives "i" and a combining dot, which is not a letter."""
    return WORD.findall(text.lower())


class Forms:
    """Every form of a word a search should meet, for many words at a time: the word without
    accents and, for Welsh, the words it may be a mutation of. What was looked up is kept, so
    a large batch of practices looks each distinct word up once."""

    def __init__(self, word_list: WordList | None = None):
        self._word_list = word_list
        self._radicals: dict[str, tuple[str, ...]] = {}
        self._forms: dict[tuple[str, bool], tuple[str, ...]] = {}

    def size(self) -> int:
        return len(self._forms)

    def prepare(self, welsh_words: Iterable[str]) -> None:
        """Look up, all at once, the radicals of Welsh words not looked up before."""
        new = sorted({word for word in welsh_words if word not in self._radicals})
        if not new:
            return
        # Words of one or two letters are left as they are: mostly the pieces of "i'r" and
        # "mae'n", which the rules would take for mutated words.
        found = radicals_of(
            [word for word in new if word not in FUNCTION_WORDS and len(word) > 2],
            self._word_list,
        )
        for word in new:
            self._radicals[word] = tuple(
                radical for radical in found.get(word, ()) if radical not in FUNCTION_WORDS
            )

    def of(self, word: str, *, welsh: bool) -> tuple[str, ...]:
        """The other forms of `word`, without the word itself: its folded form, then (Welsh
        only) its radicals and theirs folded."""
        known = self._forms.get((word, welsh))
        if known is not None:
            return known
        forms = [fold(word)]
        if welsh:
            if word not in self._radicals:
                self.prepare([word])
            for radical in self._radicals[word]:
                forms += [radical, fold(radical)]
            folded = forms[0]
            if folded != word:
                if folded not in self._radicals:
                    self.prepare([folded])
                forms += self._radicals[folded]
        found = tuple(_distinct(form for form in forms if form != word))
        self._forms[(word, welsh)] = found
        return found


def _distinct(words: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(words))


def _variants(
    english: list[list[str]], welsh: list[list[str]], forms: Forms, *, leave_out: set[str]
) -> list[str]:
    """The other forms of these words that are not among `leave_out`."""
    english_words = {word for words in english for word in words}
    welsh_words = {word for words in welsh for word in words}
    return _distinct(
        form
        for word in sorted(english_words | welsh_words)
        for form in forms.of(word, welsh=word in welsh_words)
        if form not in leave_out
    )


def _with_forms(words: Sequence[str], forms: Forms, *, welsh: bool) -> list[str]:
    extra = [form for word in _distinct(words) for form in forms.of(word, welsh=welsh)]
    return list(words) + _distinct(form for form in extra if form not in words)


def _names(english: tuple[str, ...], welsh: tuple[str, ...], forms: Forms) -> list[str]:
    """The words of names in both languages, each with its other forms."""
    return _with_forms(
        [w for name in english for w in words_of(name)], forms, welsh=False
    ) + _with_forms([w for name in welsh for w in words_of(name)], forms, welsh=True)


def search_document(
    practice: PracticeWords, *, forms: Forms, glossary: "Glossary | None" = None
) -> SearchDocument:
    """The search document of one practice (see the module's docstring)."""
    text_en = [words_of(t) for t in (practice.title_en, practice.summary_en, practice.body_en)]
    text_cy = [words_of(t) for t in (practice.title_cy, practice.summary_cy, practice.body_cy)]
    columns = [en + cy for en, cy in zip(text_en, text_cy, strict=True)]
    as_written = {word for words in columns for word in words}
    heading_variants = _variants(text_en[:2], text_cy[:2], forms, leave_out=as_written)
    body_variants = _variants(
        text_en[2:], text_cy[2:], forms, leave_out=as_written | set(heading_variants)
    )
    lead = _names(practice.lead_en, practice.lead_cy, forms)
    context = _names(practice.context_en, practice.context_cy, forms)
    translated: list[str] = []
    if glossary is not None:
        # Each text on its own: the title's last word and the summary's first are not a phrase.
        welsh = [word for words in text_en for word in glossary.welsh_for(words)]
        english = [word for words in text_cy for word in glossary.english_for(words, forms)]
        translated = _with_forms(welsh, forms, welsh=True) + _with_forms(
            english, forms, welsh=False
        )
    return SearchDocument(
        title=" ".join(columns[0]),
        summary=" ".join(columns[1]),
        body=" ".join(columns[2]),
        variants=" ".join(heading_variants),
        body_variants=" ".join(body_variants),
        lead=" ".join(_distinct(lead)),
        context=" ".join(_distinct(context)),
        translated=" ".join(_distinct(translated)),
    )


@dataclass(frozen=True)
class Term:
    """One pair of the glossary: the words of an English term and of its Welsh term."""

    english: tuple[str, ...]
    welsh: tuple[str, ...]


class Glossary:
    """English-Welsh term pairs, matched as whole runs of words in a practice's text. Welsh
    terms are matched whatever the mutation of their words in the text."""

    def __init__(self, terms: Iterable[Term]):
        self.terms = [term for term in terms if term.english and term.welsh]
        self._by_first_english: dict[str, list[Term]] = {}
        self._by_first_welsh: dict[str, list[Term]] = {}
        for term in self.terms:
            self._by_first_english.setdefault(term.english[0], []).append(term)
            self._by_first_welsh.setdefault(term.welsh[0], []).append(term)

    def welsh_for(self, english_words: Sequence[str]) -> list[str]:
        """The Welsh words of every term whose English occurs in `english_words`."""
        found: list[str] = []
        for i, word in enumerate(english_words):
            for term in self._by_first_english.get(word, ()):
                if tuple(english_words[i : i + len(term.english)]) == term.english:
                    found += term.welsh
        return found

    def english_for(self, welsh_words: Sequence[str], forms: Forms) -> list[str]:
        """The English words of every term whose Welsh occurs in `welsh_words`, a word of the
        text matching a word of the term as written or as its radical."""
        readings = [{word, *forms.of(word, welsh=True)} for word in welsh_words]
        found: list[str] = []
        for i, words in enumerate(readings):
            for first in words:
                for term in self._by_first_welsh.get(first, ()):
                    span = readings[i : i + len(term.welsh)]
                    if len(span) == len(term.welsh) and all(
                        want in have for want, have in zip(term.welsh, span, strict=True)
                    ):
                        found += term.english
        return found


# Words that say nothing of what is sought: left out of a query that has other words, since a
# practice need not contain them, and never taken for mutated forms, nor given as a radical
# ("i" is not a form of "gi", and "hyn" is not "yn" with h-). In Welsh, these are mostly the
# words after which the next word mutates ("fy ngofal", "yng Nghaerdydd"). "hyn" (this) is not
# among them: typed without its accent it is "hŷn" (older).
FUNCTION_WORDS = frozenset(
    "a an and the of for in on to with by at from or as is are its their our this that "
    "y yr r a ac ag â i o am ar at gan dan heb hyd drwy trwy wrth dros tros gyda efo na nac "
    "ni nid yn yng ym fy dy ei eu ein eich mae sy sydd neu fel gydag hefyd wedi bod oedd pan "
    "os ond hynny yma yna rhwng tuag ger".split()
)
# At most this many forms of one word of a query are searched for.
MOST_FORMS = 6


def query_groups(terms: Sequence[str], forms: Forms) -> list[tuple[str, ...]]:
    """A query's words (`search_terms`) as groups of forms: a practice matches when it holds
    some form of every group. The word as typed comes first in its group. Words such as "the"
    and "yng" are left out when the query has others."""
    kept = [term for term in terms if term not in FUNCTION_WORDS] or list(terms)
    return [tuple(_distinct([term, *forms.of(term, welsh=True)]))[:MOST_FORMS] for term in kept]
