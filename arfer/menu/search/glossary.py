"""The project's English-Welsh glossary (`docs/glossary.md`) read as term pairs for search.

The glossary is written for people: a table per subject, each row an English term, its Welsh
term and notes. It is read here as it stands, by these conventions of its own:

- words in brackets qualify a term and are not part of it ("board (programme board)"), except
  a Welsh plural, "(pl. arferion)", which is a term of its own;
- a term with several parts separates them with ";" or " / " ("open; closed; reopen",
  "forecast / realised / verified"), and a part may list forms with "," ("adopt, adoption",
  "arbediad, arbedion"): when both sides have as many parts, each part pairs with its own,
  otherwise every English part pairs with every Welsh one; every form of a part pairs with
  every form of the part it pairs with;
- a part written alike in both languages ("Arfer", "£12.3k, £440.8m") translates nothing;
- the notes column is not read.
"""

import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings

from .document import FUNCTION_WORDS, Glossary, Term, words_of

GLOSSARY_PATH = Path("docs") / "glossary.md"
# Longer terms (the evidence levels' sentences) are descriptions, not words anyone searches by.
LONGEST_TERM = 6

_PLURAL = re.compile(r"\(pl\.\s*([^)]*)\)")
_BRACKETS = re.compile(r"\([^)]*\)")
_PARTS = re.compile(r";|\s/\s")


def _parts(cell: str) -> list[str]:
    return [part.strip() for part in _PARTS.split(cell) if part.strip()]


def _english_parts(cell: str) -> list[list[str]]:
    """Each part of an English cell as its forms ("adopt, adoption": one part, two forms)."""
    return [
        [form.strip() for form in part.split(",") if form.strip()]
        for part in _parts(_BRACKETS.sub(" ", cell))
    ]


def _welsh_parts(cell: str) -> list[list[str]]:
    """Each part of a Welsh cell as its forms: the term (or its forms, separated by ","), and
    its plural where given."""
    parts = []
    for part in _parts(cell):
        plurals = _PLURAL.findall(part)
        terms = _BRACKETS.sub(" ", part).split(",")
        parts.append([form.strip() for form in [*terms, *plurals] if form.strip()])
    return parts


def terms_of_row(english: str, welsh: str) -> list[Term]:
    """The term pairs of one row of the glossary."""
    english_parts, welsh_parts = _english_parts(english), _welsh_parts(welsh)
    if len(english_parts) == len(welsh_parts):
        pairs = list(zip(english_parts, welsh_parts, strict=True))
    else:
        pairs = [(en, cy) for en in english_parts for cy in welsh_parts]
    terms = []
    for english_forms, welsh_forms in pairs:
        if _words_of_forms(english_forms) == _words_of_forms(welsh_forms):
            continue
        for english_form in english_forms:
            for welsh_form in welsh_forms:
                term = Term(tuple(words_of(english_form)), tuple(words_of(welsh_form)))
                if _searchable(term) and term not in terms:
                    terms.append(term)
    return terms


def _words_of_forms(forms: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words_of(form)) for form in forms}


def _searchable(term: Term) -> bool:
    """Whether a pair says anything a search can use: some word on each side that is not a
    function word, not too long a phrase, and not the same on both sides ("Arfer")."""
    sides = (term.english, term.welsh)
    return (
        all(side and len(side) <= LONGEST_TERM for side in sides)
        and all(any(w not in FUNCTION_WORDS and len(w) > 1 for w in side) for side in sides)
        and term.english != term.welsh
    )


def glossary_rows(markdown: str) -> list[tuple[str, str]]:
    """The (English, Welsh) cells of every table row of the glossary."""
    rows = []
    for line in markdown.splitlines():
        if not line.startswith("|"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or set(cells[0]) <= {"-", " ", ":"} or cells[0] == "English":
            continue
        rows.append((cells[0], cells[1]))
    return rows


def read_glossary(markdown: str) -> Glossary:
    return Glossary(
        term for english, welsh in glossary_rows(markdown) for term in terms_of_row(english, welsh)
    )


@lru_cache(maxsize=1)
def project_glossary() -> Glossary:
    """The glossary of `docs/glossary.md`, read once per process."""
    return read_glossary((Path(settings.BASE_DIR) / GLOSSARY_PATH).read_text(encoding="utf-8"))
