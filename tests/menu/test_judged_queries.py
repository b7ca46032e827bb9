"""The judged query set (judged_queries.csv) run through the menu page's listing on the demo menu.

Each row is a query as a person would type it, in English or Welsh, and the demo practices that
person must find in the first ten results, judged from the practices' text. The set is the bar
for the search: mutated and unaccented Welsh, body names, tiers, service areas, misspellings
and the other language must all find what they mean, with recall at ten of at least 0.9 on
both engines (`test_the_public_finds_what_they_mean`).

The demo is loaded once for the module, in a transaction rolled back at its end.
"""

from pathlib import Path

import pytest
from django.db import transaction
from django.utils import translation

from arfer.demo.loader import load_demo_practices
from arfer.demo.practices import PRACTICES
from arfer.menu.judged_search import listed_for_the_public, measure_judged
from arfer.menu.models import Practice
from arfer.menu.search.quality import (
    KINDS,
    Judgement,
    describe_misses,
    read_judgements,
    summarise,
)
from tests.conftest import load_directory

JUDGED_QUERIES = Path(__file__).with_name("judged_queries.csv")
RECALL_BAR = 0.9
# The spread the set keeps: at least this many queries of each kind.
LEAST_OF_KIND = {
    "mutated": 8,
    "diacritics": 6,
    "body": 8,
    "tier": 5,
    "typo": 6,
    "crosslanguage": 8,
}
LEAST_QUERIES = 90

JUDGEMENTS = read_judgements(JUDGED_QUERIES)


@pytest.fixture(scope="module")
def demo_menu(django_db_setup, django_db_blocker):
    """The reference directory and the demo's practices, published, for the whole module."""
    with django_db_blocker.unblock(), transaction.atomic():
        with translation.override("en"):
            load_directory()
            load_demo_practices(PRACTICES)
        with django_db_blocker.block():
            yield
        transaction.set_rollback(True)


@pytest.fixture
def menu(demo_menu, db):
    """The demo menu, for a test that reads it (inside a savepoint of its own)."""


def test_the_set_is_large_bilingual_and_spread_over_every_kind():
    assert len(JUDGEMENTS) >= LEAST_QUERIES
    welsh = [j for j in JUDGEMENTS if j.language == "cy"]
    assert len(welsh) * 2 >= len(JUDGEMENTS)
    of_kind = {kind: sum(j.kind == kind for j in JUDGEMENTS) for kind in KINDS}
    assert {kind: n for kind, n in of_kind.items() if n < LEAST_OF_KIND.get(kind, 1)} == {}
    assert len({(j.query.casefold(), j.language) for j in JUDGEMENTS}) == len(JUDGEMENTS)


def test_every_expected_practice_is_a_published_demo_practice(menu):
    published = set(Practice.objects.published().values_list("slug", flat=True))
    unknown = {
        judgement.query: sorted(set(judgement.expected) - published)
        for judgement in JUDGEMENTS
        if not set(judgement.expected) <= published
    }
    assert unknown == {}, f"expected slugs that are no published demo practice: {unknown}"


def test_the_measure_reads_the_pages_first_results(menu):
    """A practice's own title finds it: the measurement itself works on this engine, whatever
    the judged set's figures."""
    practice = Practice.objects.get(slug="care-home-in-reach-team")
    judgement = Judgement(practice.title_en, "en", "words", (practice.slug,), "its title")
    [result] = measure_judged([judgement])
    assert result.ranked[0] == practice.slug
    assert (result.recall, result.reciprocal_rank) == (1.0, 1.0)
    assert len(listed_for_the_public("care", count=3)) == 3


def test_the_public_finds_what_they_mean(menu):
    results = measure_judged(JUDGEMENTS)
    summary = summarise(results)
    titles = dict(Practice.objects.values_list("slug", "title_en"))
    assert summary["recall_at_10"] >= RECALL_BAR, (
        f"recall@10 {summary['recall_at_10']:.3f} (MRR {summary['mrr']:.3f}) over "
        f"{summary['queries']} judged queries, below {RECALL_BAR}. The queries that missed:\n"
        + describe_misses(results, titles)
    )
