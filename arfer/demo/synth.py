"""Synthetic national-scale data for benchmarks: thousands of bodies and practices whose text
follows a Zipf-like word distribution over the demo practices' real vocabulary plus a long tail of
rarer made-up words, so that "rare", "typical" and "most common" queries mean what they say.

Everything here writes to the database alias it is given (never to the default one) and is
deterministic for a seed: the same seed gives the same bodies, practices and text.
"""

import json
import math
import random
import re
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path

from django.db import connections, transaction

from arfer.directory.models import Area, Body
from arfer.menu.models import Practice, PracticePartner, PreventionTier, ServiceArea
from arfer.menu.search.terms import STOPWORDS

BATCH_SIZE = 5_000
SYNTHETIC_REF_PREFIX = "synth:"
MADE_BY = "arfer synth"  # marks a summary file, and so its database, as made here
# Publication dates end here rather than "now", so that a seed always gives the same database.
PUBLISHED_UNTIL = datetime(2025, 1, 1, tzinfo=UTC)
PUBLISHED_SPAN = timedelta(days=round(15 * 365.25))
MAX_TAIL_WORDS = 120_000
ZIPF_EXPONENT = 1.05
ZIPF_OFFSET = 2.7  # Zipf-Mandelbrot: flattens the very top, as in real text
PENCE = 100

LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
ENGLISH_FIELDS = (
    "title_en",
    "summary_en",
    "problem_en",
    "approach_en",
    "outcomes_en",
    "adoption_needs_en",
)
# (field, fewest words, most words) of each practice text, titles aside.
TEXT_LENGTHS = (
    ("summary", 20, 45),
    ("problem", 15, 60),
    ("approach", 20, 80),
    ("outcomes", 15, 60),
    ("adoption_needs", 10, 40),
)

# (sector, kind, share, what the name calls it): national kinds serve the whole of Wales.
SYNTHETIC_BODY_KINDS = [
    ("third_sector", "county_voluntary_council", 30, "community and voluntary organisation"),
    ("local_government", "local_authority", 18, "council service"),
    ("nhs", "nhs_trust", 12, "NHS service"),
    ("nhs", "health_board", 6, "health board team"),
    ("emergency_services", "police_force", 5, "police team"),
    ("emergency_services", "fire_and_rescue", 4, "fire and rescue team"),
    ("national_parks", "national_park_authority", 2, "national park team"),
    ("government", "national_body", 8, "national public body"),
    ("trade_unions", "trade_union", 10, "trade union branch"),
    ("third_sector", "national_voluntary_council", 5, "national charity"),
]
NATIONAL_KINDS = {"national_body", "national_voluntary_council"}
TIER_SHARES = {
    PreventionTier.PRIMARY: 25,
    PreventionTier.SECONDARY: 35,
    PreventionTier.TERTIARY: 25,
    PreventionTier.ACUTE: 15,
}
EVIDENCE_SHARES = {1: 35, 2: 35, 3: 18, 4: 8, 5: 4}
NON_CASHABLE_UNITS = [
    ("bed days a year", "diwrnod gwely y flwyddyn"),
    ("hours of staff time a year", "awr o amser staff y flwyddyn"),
]
SYLLABLE_ONSETS = "b br c ch cr d dr f fl g gl gr h l m n p pl pr r s sc st t th tr v w".split()
SYLLABLE_VOWELS = "a e i o u ai ea ia ou ue".split()
SYLLABLE_CODAS = ["", "", "n", "r", "l", "s", "th", "nd", "st", "m", "x"]

Progress = Callable[[str], None]


def _ranked_words(texts: list[str]) -> list[str]:
    """Words of the texts, most frequent first; a word only ever written with capitals (a name,
    an acronym) keeps them, every other word is lower case."""
    counts: Counter[str] = Counter()
    capitalised: dict[str, str] = {}
    for text in texts:
        for word in LETTERS.findall(text):
            key = word.lower()
            counts[key] += 1
            if word != key:
                capitalised.setdefault(key, word)
    lower_case = {w for text in texts for w in LETTERS.findall(text) if w == w.lower()}
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [key if key in lower_case else capitalised[key] for key, _count in ranked]


def _made_up_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    words: list[str] = []
    seen = set(taken)
    while len(words) < count:
        word = "".join(
            rng.choice(SYLLABLE_ONSETS) + rng.choice(SYLLABLE_VOWELS) + rng.choice(SYLLABLE_CODAS)
            for _ in range(rng.randint(2, 3))
        )
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


class Zipf:
    """Draws items (words, service areas) with probability falling as a power of their rank."""

    def __init__(self, ranked: list):
        self.ranked = ranked
        self.cumulative = list(
            accumulate(
                1.0 / (rank + ZIPF_OFFSET) ** ZIPF_EXPONENT for rank in range(1, len(ranked) + 1)
            )
        )

    def draw(self, rng: random.Random, count: int) -> list:
        return rng.choices(self.ranked, cum_weights=self.cumulative, k=count)


class TextWriter:
    """Practice text in English and Welsh, drawn from the demo practices' vocabulary."""

    def __init__(self, rng: random.Random, demo_practices: list[dict], tail_size: int):
        self.rng = rng
        english = _ranked_words([row.get(f, "") for row in demo_practices for f in ENGLISH_FIELDS])
        welsh = _ranked_words(
            [row.get(f.replace("_en", "_cy"), "") for row in demo_practices for f in ENGLISH_FIELDS]
        )
        tail = _made_up_words(rng, tail_size, {w.lower() for w in english + welsh})
        self.vocabulary_sizes = {"english": len(english), "welsh": len(welsh), "tail": len(tail)}
        self.english = Zipf(english + tail)
        self.welsh = Zipf((welsh or english) + tail)
        # Titles name what a practice is about, so they draw from the distinctive words only.
        self.english_titles = Zipf([w for w in english if self._distinctive(w)] + tail)
        self.welsh_titles = Zipf([w for w in welsh if self._distinctive(w)] + tail)

    @staticmethod
    def _distinctive(word: str) -> bool:
        return len(word) > 3 and word.lower() not in STOPWORDS

    def _prose(self, words: list[str]) -> str:
        sentences = []
        while words:
            cut = self.rng.randint(6, 18)
            sentence, words = words[:cut], words[cut:]
            sentences.append(
                sentence[0][:1].upper()
                + sentence[0][1:]
                + "".join(" " + word for word in sentence[1:])
                + "."
            )
        return " ".join(sentences)

    def texts(self, language: str) -> dict[str, str]:
        words, titles = (
            (self.english, self.english_titles)
            if language == "en"
            else (self.welsh, self.welsh_titles)
        )
        title = titles.draw(self.rng, self.rng.randint(3, 8))
        fields = {f"title_{language}": " ".join([title[0][:1].upper() + title[0][1:], *title[1:]])}
        for name, fewest, most in TEXT_LENGTHS:
            fields[f"{name}_{language}"] = self._prose(
                words.draw(self.rng, self.rng.randint(fewest, most))
            )
        return fields


def _weighted_choice(rng: random.Random, shares: dict):
    return rng.choices(list(shares), weights=list(shares.values()))[0]


def _pounds(rng: random.Random, median: float, spread: float, cap: float) -> int:
    """Pence, log-normally distributed: most amounts modest, a few very large."""
    return int(min(rng.lognormvariate(math.log(median), spread), cap)) * PENCE


class ReachMap:
    """The Regional Partnership Board footprints a practice reaches, worked out as
    `refresh_practice_reach` does: from the areas its lead and partners serve (national areas
    only when no local one is left), through the local authority areas they cover."""

    def __init__(self, using: str):
        kinds = dict(Area.objects.using(using).values_list("id", "kind"))
        covers: dict[int, set[int]] = {area_id: set() for area_id in kinds}
        for area_id, la_id in Area.local_authority_areas.through.objects.using(using).values_list(
            "from_area_id", "to_area_id"
        ):
            covers[area_id].add(la_id)
        regions = [a for a, kind in kinds.items() if kind == Area.Kind.REGIONAL_PARTNERSHIP]
        self.national = {a for a, kind in kinds.items() if kind == Area.Kind.NATION}
        self.by_area = {
            area_id: frozenset(r for r in regions if covers[r] & las)
            for area_id, las in covers.items()
        }

    def regions_of(self, area_ids: set[int]) -> list[int]:
        served = {a for a in area_ids if a not in self.national} or area_ids
        return sorted(frozenset().union(*(self.by_area[a] for a in served)))


def generate_bodies(using: str, rng: random.Random, count: int) -> None:
    areas = list(Area.objects.using(using).order_by("id"))
    local_authorities = [a for a in areas if a.kind == Area.Kind.LOCAL_AUTHORITY]
    health_boards = [a for a in areas if a.kind == Area.Kind.HEALTH_BOARD]
    wales = next(a for a in areas if a.kind == Area.Kind.NATION)
    regions = [a for a in areas if a.kind == Area.Kind.REGIONAL_PARTNERSHIP]
    las_by_region = {}
    for region in regions:
        covered = set(region.local_authority_areas.values_list("id", flat=True))
        las_by_region[region.pk] = [la for la in local_authorities if la.pk in covered]

    bodies: list[Body] = []
    body_area_links: list[tuple[int, int]] = []  # (body id, area id)
    first_id = (
        Body.objects.using(using).order_by("-id").values_list("id", flat=True).first() or 0
    ) + 1
    kind_shares = {entry: entry[2] for entry in SYNTHETIC_BODY_KINDS}
    for number in range(1, count + 1):
        sector, kind, _share, described = _weighted_choice(rng, kind_shares)
        if kind in NATIONAL_KINDS:
            served = [wales]
        elif sector == "nhs" and rng.random() < 0.5:
            served = [rng.choice(health_boards)]
        elif rng.random() < 0.2:
            neighbours = las_by_region[rng.choice(regions).pk]
            served = rng.sample(neighbours, min(len(neighbours), rng.randint(2, 3)))
        else:
            served = [rng.choice(local_authorities)]
        body_id = first_id + number - 1
        bodies.append(
            Body(
                id=body_id,
                slug=f"synthetic-body-{number:05d}",
                name_en=f"Synthetic body {number:05d}: {described}, {served[0].name_en}",
                name_cy=(
                    f"Corff synthetig {number:05d}, {served[0].name_cy or served[0].name_en}"
                    if rng.random() < 0.5
                    else ""
                ),
                sector=sector,
                kind=kind,
            )
        )
        body_area_links.extend((body_id, a.pk) for a in served)
    body_areas = [
        Body.areas.through(body_id=body_id, area_id=area_id) for body_id, area_id in body_area_links
    ]
    with transaction.atomic(using=using):
        Body.objects.using(using).bulk_create(bodies, batch_size=BATCH_SIZE)
        Body.areas.through.objects.using(using).bulk_create(body_areas, batch_size=BATCH_SIZE)


class PracticeWriter:
    """Builds practices in batches with their partners, service areas and regions."""

    def __init__(self, using: str, rng: random.Random, text: TextWriter):
        self.using, self.rng, self.text = using, rng, text
        bodies = list(Body.objects.using(using).order_by("id").values_list("id", "slug"))
        self.body_ids = [body_id for body_id, _slug in bodies]
        # A few bodies lead much of the menu: the real national bodies, then a heavy tail.
        self.body_weights = list(
            accumulate(
                30.0 if not slug.startswith("synthetic-") else min(rng.paretovariate(1.16), 500.0)
                for _body_id, slug in bodies
            )
        )
        areas_of: dict[int, list[int]] = {}
        for body_id, area_id in (
            Body.areas.through.objects.using(using)
            .order_by("body_id", "area_id")
            .values_list("body_id", "area_id")
        ):
            areas_of.setdefault(body_id, []).append(area_id)
        self.areas_of_body = {b: frozenset(areas_of.get(b, ())) for b in self.body_ids}
        self.reach = ReachMap(using)
        service_area_ids = list(
            ServiceArea.objects.using(using).order_by("id").values_list("id", flat=True)
        )
        rng.shuffle(service_area_ids)
        self.service_areas = Zipf(service_area_ids)

    def _bodies(self, count: int) -> list[int]:
        return self.rng.choices(self.body_ids, cum_weights=self.body_weights, k=count)

    def _money(self) -> dict[str, int]:
        rng = self.rng
        money = {
            "setup_cost_pence": 0 if rng.random() < 0.1 else _pounds(rng, 25_000, 1.3, 2e7),
            "one_off_cashable_saving_pence": 0,
            "one_off_non_cashable_saving_pence": 0,
            "annual_cashable_saving_pence": 0,
            "annual_non_cashable_saving_pence": 0,
        }
        if rng.random() < 0.3:
            money["one_off_cashable_saving_pence"] = _pounds(rng, 15_000, 1.4, 1e7)
        if rng.random() < 0.8:
            annual = _pounds(rng, 40_000, 1.6, 5e7)
            cashable_share = rng.choice([0.0, 1.0, rng.random()])
            cashable = int(annual * cashable_share) // PENCE * PENCE
            money["annual_cashable_saving_pence"] = cashable
            money["annual_non_cashable_saving_pence"] = annual - cashable
        return money

    def _practice(self, number: int, lead_id: int) -> Practice:
        rng = self.rng
        status = _weighted_choice(
            rng,
            {Practice.Status.PUBLISHED: 95, Practice.Status.DRAFT: 3, Practice.Status.ARCHIVED: 2},
        )
        published_at = None
        if status != Practice.Status.DRAFT:
            # More practices in recent years, as a menu grows.
            published_at = PUBLISHED_UNTIL - PUBLISHED_SPAN * rng.random() ** 1.5
        start = (published_at or PUBLISHED_UNTIL) - timedelta(days=rng.randint(30, 1500))
        fields = self.text.texts("en")
        welsh = rng.random() < 1 / 3
        if welsh:
            fields.update(self.text.texts("cy"))
        money = self._money()
        if money["annual_non_cashable_saving_pence"]:
            unit_en, unit_cy = rng.choice(NON_CASHABLE_UNITS)
            amount = f"{rng.randint(20, 20_000):,}"
            fields["non_cashable_note_en"] = f"{amount} {unit_en}"
            if welsh:
                fields["non_cashable_note_cy"] = f"{amount} {unit_cy}"
        return Practice(
            id=number,
            slug=f"synthetic-practice-{number:06d}",
            external_ref=f"{SYNTHETIC_REF_PREFIX}{number:06d}",
            status=status,
            lead_body_id=lead_id,
            prevention_tier=_weighted_choice(rng, TIER_SHARES),
            evidence_level=_weighted_choice(rng, EVIDENCE_SHARES),
            published_at=published_at,
            start_date=start.date() if rng.random() < 0.8 else None,
            contact_name=f"Synthetic team {number}" if rng.random() < 0.5 else "",
            **fields,
            **money,
        )

    def write_batch(self, first: int, last: int) -> None:
        rng = self.rng
        practices: list[Practice] = []
        partners: list[PracticePartner] = []
        service_area_links: list[tuple[int, int]] = []  # (practice id, service area id)
        region_links: list[tuple[int, int]] = []  # (practice id, region id)
        roles = PracticePartner.Role.values
        for number in range(first, last + 1):
            lead_id = self._bodies(1)[0]
            partner_ids: list[int] = []
            if rng.random() < 0.6:
                wanted = rng.randint(1, 3)
                for candidate in self._bodies(wanted * 3):
                    if candidate != lead_id and candidate not in partner_ids:
                        partner_ids.append(candidate)
                    if len(partner_ids) == wanted:
                        break
            practice = self._practice(number, lead_id)
            practice.works_across_boundaries = bool(partner_ids)
            practices.append(practice)
            partners.extend(
                PracticePartner(practice_id=number, body_id=b, role=rng.choice(roles))
                for b in partner_ids
            )
            chosen = dict.fromkeys(self.service_areas.draw(rng, rng.randint(1, 3)))
            service_area_links.extend((number, s) for s in chosen)
            served = set().union(*(self.areas_of_body[b] for b in [lead_id, *partner_ids]))
            region_links.extend((number, r) for r in self.reach.regions_of(served))
        service_areas = [
            Practice.service_areas.through(practice_id=p, servicearea_id=s)
            for p, s in service_area_links
        ]
        regions = [Practice.regions.through(practice_id=p, area_id=r) for p, r in region_links]
        with transaction.atomic(using=self.using):
            Practice.objects.using(self.using).bulk_create(practices)
            PracticePartner.objects.using(self.using).bulk_create(partners)
            Practice.service_areas.through.objects.using(self.using).bulk_create(service_areas)
            Practice.regions.through.objects.using(self.using).bulk_create(regions)


def generate(
    using: str,
    *,
    bodies: int,
    practices: int,
    seed: int,
    demo_practices: list[dict],
    progress: Progress,
) -> dict:
    """Add synthetic bodies and practices to a database that holds the reference directory and
    the taxonomy but no practice yet; returns what was made, for `synth.json`."""
    rng = random.Random(seed)
    # About one made-up word per practice keeps the rarest in a handful of practices at any size.
    text = TextWriter(rng, demo_practices, tail_size=min(MAX_TAIL_WORDS, max(2_000, practices)))
    generate_bodies(using, rng, bodies)
    progress(f"{bodies:,} synthetic bodies")
    writer = PracticeWriter(using, rng, text)
    for first in range(1, practices + 1, BATCH_SIZE):
        last = min(first + BATCH_SIZE - 1, practices)
        writer.write_batch(first, last)
        progress(f"{last:,} of {practices:,} practices")
    return {
        "seed": seed,
        "bodies": bodies,
        "practices": practices,
        "vocabulary": text.vocabulary_sizes,
    }


def finish(using: str) -> None:
    """The search documents, statistics for the planner and one self-contained file, once
    everything is written."""
    from arfer.menu.search.indexing import refresh_all_queued

    refresh_all_queued(using=using, alone=True)
    with connections[using].cursor() as cursor:
        # Without statistics SQLite's planner takes `status = 'published'` for a selective filter
        # and may drive a search from the practice table instead of the full-text index.
        cursor.execute("ANALYZE")
        # Fold the write-ahead log into the file, so that it can be read (or copied) on its own.
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def summary_path(database_path: Path) -> Path:
    """Where the description of a synthetic database lives: `synth.json` beside `synth.sqlite3`."""
    return database_path.with_suffix(".json")


def read_summary(database_path: Path) -> dict | None:
    try:
        return json.loads(summary_path(database_path).read_text())
    except (OSError, ValueError):
        return None


def write_summary(database_path: Path, summary: dict) -> None:
    summary_path(database_path).write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n")


def _matches(db: sqlite3.Connection, words: list[str]) -> int:
    expression = " ".join(f'"{word}"' for word in words)
    return db.execute(
        "SELECT COUNT(*) FROM menu_practice_fts WHERE menu_practice_fts MATCH ?", [expression]
    ).fetchone()[0]


def english_words(demo_practices: list[dict]) -> set[str]:
    return {
        word.lower()
        for word in _ranked_words(
            [row.get(f, "") for row in demo_practices for f in ENGLISH_FIELDS]
        )
    }


def choose_queries(database_path: Path, practices: int, language: set[str]) -> dict[str, dict]:
    """The benchmark's queries, read from the index itself: the word in the most practices, the
    most widespread distinctive word, a typical pair of distinctive words of one `language` (each
    in a few percent of practices, together in about one percent) and a rare word (in a
    handful)."""
    with closing(sqlite3.connect(database_path)) as db:
        db.execute(
            "CREATE VIRTUAL TABLE temp.synth_vocabulary "
            "USING fts5vocab(main, menu_practice_fts, row)"
        )
        terms = db.execute(
            "SELECT term, doc FROM temp.synth_vocabulary "
            "WHERE term GLOB '[a-z]*' ORDER BY doc DESC, term"
        ).fetchall()
        distinctive = [(t, n) for t, n in terms if len(t) > 4 and t not in STOPWORDS]
        if not distinctive:
            return {}
        rare_limit = max(5, practices // 5_000)
        rare = next(((t, n) for t, n in terms if n <= rare_limit), terms[-1])
        candidates = [
            t for t, n in distinctive if t in language and 0.03 * practices <= n <= 0.15 * practices
        ]
        candidates = candidates[:30] or [t for t, _n in distinctive[:10]]
        pairs: list[tuple[str, ...]] = [
            (a, b) for i, a in enumerate(candidates) for b in candidates[i + 1 :]
        ]
        pairs = pairs[:60] or [(distinctive[0][0],)]
        target = max(0.01 * practices, 1)
        typical = min((abs(math.log(max(_matches(db, list(p)), 1) / target)), p) for p in pairs)[1]
        return {
            "rare": {"query": rare[0], "matches": rare[1]},
            "typical": {"query": " ".join(typical), "matches": _matches(db, list(typical))},
            "most_common_distinctive": {"query": distinctive[0][0], "matches": distinctive[0][1]},
            "most_common": {"query": terms[0][0], "matches": terms[0][1]},
        }
