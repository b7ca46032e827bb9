"""How well the search answers what people mean: a judged query set and its measures.

A judgement is a query as a person would type it, with the practices that person must find in
the first ten results (read from the practices' text, not from what any search returned). A
search is measured by recall at ten (the share of those practices among the first ten) and by the
reciprocal rank of the first of them, averaged over the set, over each kind of query and over
each language. Pure functions over plain data: tests/menu/test_judged_queries.py and
benchmarks/search_quality.py run the set through the menu page's own listing.
"""

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean

# What a query tests: the kinds the judged set is sorted into (see the set's file).
KINDS = (
    "words",  # plain words of a practice's title, summary or text
    "body",  # the name of a lead or partner body
    "tier",  # prevention tier words
    "area",  # the name of a service area
    "sector",  # a sector of bodies (police, fire service, national parks, ...)
    "mutated",  # Welsh words with an initial mutation, in the query or in the text
    "diacritics",  # Welsh typed without its accents
    "typo",  # a misspelling, in either language
    "crosslanguage",  # a query in one language for practices written in the other
)
LANGUAGES = ("en", "cy")
COLUMNS = ("query", "language", "kind", "expected", "note")
# A person reads the first page's top ten; expecting more than that of one query cannot be met.
RESULTS_READ = 10


@dataclass(frozen=True)
class Judgement:
    query: str
    language: str
    kind: str
    expected: tuple[str, ...]  # slugs of the practices that must be in the first ten
    note: str


@dataclass(frozen=True)
class Measured:
    """A judgement and what the search listed for it, best first (slugs)."""

    judgement: Judgement
    ranked: tuple[str, ...]

    @property
    def recall(self) -> float:
        return recall_at(self.ranked, self.judgement.expected)

    @property
    def reciprocal_rank(self) -> float:
        return reciprocal_rank(self.ranked[:RESULTS_READ], self.judgement.expected)

    @property
    def missing(self) -> tuple[str, ...]:
        """The expected practices not among the first ten."""
        shown = set(self.ranked[:RESULTS_READ])
        return tuple(slug for slug in self.judgement.expected if slug not in shown)


def read_judgements(path: Path | str) -> list[Judgement]:
    """The judged set from its CSV file; a ValueError naming the line of the first row that is
    not a valid judgement."""
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        if tuple(reader.fieldnames or ()) != COLUMNS:
            raise ValueError(
                f"{path}, line 1: the columns must be {', '.join(COLUMNS)}, "
                f"not {', '.join(reader.fieldnames or ())}"
            )
        judgements = []
        for row in reader:
            try:
                judgements.append(_judgement(row))
            except ValueError as problem:
                raise ValueError(f"{path}, line {reader.line_num}: {problem}") from None
    return judgements


def _judgement(row: dict[str, str]) -> Judgement:
    query = (row["query"] or "").strip()
    language, kind = row["language"], row["kind"]
    expected = tuple((row["expected"] or "").split())
    if not query:
        raise ValueError("the query is empty")
    if language not in LANGUAGES:
        raise ValueError(f"language {language!r} is not one of {', '.join(LANGUAGES)}")
    if kind not in KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(KINDS)}")
    if not 1 <= len(expected) <= RESULTS_READ:
        raise ValueError(
            f"{query!r} expects {len(expected)} practices; it must expect 1 to {RESULTS_READ}"
        )
    if len(set(expected)) != len(expected):
        raise ValueError(f"{query!r} expects a practice twice")
    return Judgement(query, language, kind, expected, (row["note"] or "").strip())


def recall_at(ranked: Sequence, expected: Iterable, k: int = RESULTS_READ) -> float:
    """The share of `expected` among the first `k` of `ranked`."""
    wanted = set(expected)
    if not wanted:
        raise ValueError("recall needs at least one expected result")
    return len(wanted.intersection(ranked[:k])) / len(wanted)


def reciprocal_rank(ranked: Sequence, expected: Iterable) -> float:
    """1 / the position (from 1) of the first expected result in `ranked`; 0 when none is."""
    wanted = set(expected)
    for position, found in enumerate(ranked, start=1):
        if found in wanted:
            return 1 / position
    return 0.0


def measure(judgements: Iterable[Judgement], ranked_for: Callable[[str], Sequence[str]]):
    """Each judgement with what `ranked_for(query)` lists for it."""
    return [Measured(judgement, tuple(ranked_for(judgement.query))) for judgement in judgements]


def summarise(results: Sequence[Measured]) -> dict:
    """Mean recall at ten and mean reciprocal rank, with the number of queries: overall, per
    kind and per language (only those the results hold, in the order of KINDS and
    LANGUAGES)."""
    return {
        **_means(results),
        "by_kind": {
            kind: _means([r for r in results if r.judgement.kind == kind])
            for kind in KINDS
            if any(r.judgement.kind == kind for r in results)
        },
        "by_language": {
            language: _means([r for r in results if r.judgement.language == language])
            for language in LANGUAGES
            if any(r.judgement.language == language for r in results)
        },
    }


def _means(results: Sequence[Measured]) -> dict:
    if not results:
        return {"queries": 0, "recall_at_10": 0.0, "mrr": 0.0}
    return {
        "queries": len(results),
        "recall_at_10": fmean(r.recall for r in results),
        "mrr": fmean(r.reciprocal_rank for r in results),
    }


def missed(results: Iterable[Measured]) -> list[Measured]:
    """The results that lack an expected practice in their first ten."""
    return [result for result in results if result.missing]


def describe_misses(results: Iterable[Measured], titles: dict[str, str]) -> str:
    """Each missed query, the practices it lacks and what was listed instead (by title), for a
    developer to see why."""

    def title(slug: str) -> str:
        return titles.get(slug, slug)

    lines = []
    for result in missed(results):
        judgement = result.judgement
        lines.append(
            f"{judgement.query!r} ({judgement.language}, {judgement.kind}): "
            f"recall {result.recall:.2f}; {judgement.note}"
        )
        lines.extend(f"    missing: {title(slug)}" for slug in result.missing)
        shown = result.ranked[:RESULTS_READ]
        if shown:
            lines.extend(
                f"    found {position}: {title(slug)}"
                for position, slug in enumerate(shown, start=1)
            )
        else:
            lines.append("    found nothing")
    return "\n".join(lines)
