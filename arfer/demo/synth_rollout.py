"""Synthetic adoptions, stage changes and ledger entries for benchmarks, added to a synthetic
database that already holds bodies and practices (synth.py).

Shaped like a programme's register: a few practices spread widely and most hardly at all (a
heavy-tailed popularity), any body may adopt any published practice but its own, most adoptions
get somewhere and about one in six is declined or stopped with a reason, and an adoption that
reached piloting records a saving a year, some of them verified. Rows are written with plain
INSERTs in batches: a million of them through the ORM would take minutes. Deterministic for a
seed.
"""

import json
import random
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate

from django.db import connections, transaction

from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout.models import PROGRESS, LedgerEntry, Stage

from .synth import BATCH_SIZE, Progress

STAGE_SHARES = [
    (Stage.EXPLORING, 12),
    (Stage.PLANNING, 12),
    (Stage.PILOTING, 14),
    (Stage.IMPLEMENTED, 22),
    (Stage.EMBEDDED, 24),
    (Stage.DECLINED, 11),
    (Stage.STOPPED, 5),
]
SAVING_STAGES = {Stage.PILOTING, Stage.IMPLEMENTED, Stage.EMBEDDED, Stage.STOPPED}
FIRST_DAY = date(2011, 4, 1)
LAST_DAY = date(2024, 12, 31)  # fixed, so that a seed always gives the same database
RECORDED_AT = datetime(2025, 1, 1, tzinfo=UTC).isoformat()
REASONS = [
    "Our own approach already does this.",
    "No budget for the set-up cost this year.",
    "The pilot's funding ended.",
    "The partner withdrew.",
]

ADOPTION_COLUMNS = [
    "id",
    "practice_id",
    "body_id",
    "stage",
    "stage_since",
    "closed_reason",
    "decline_reason",  # the synthetic reasons are written words, not codes
    "adapted",
    "adaptations",
    "target_date",
    "contact_name",
    "contact_email",
    "support_requested",
    "support_details",
    "is_illustrative",
    "created_at",
    "updated_at",
    "version",
    "external_ref",
]
CHANGE_COLUMNS = [
    "adoption_id",
    "from_stage",
    "to_stage",
    "changed_on",
    "reason",
    "actor_id",
    "recorded_at",
]
ENTRY_COLUMNS = [
    "practice_id",
    "body_id",
    "adoption_id",
    "financial_year",
    "quarter",
    "kind",
    "unit",
    "quantity",
    "amount_pence",
    "recurrence",
    "certainty",
    "evidence",
    "attachment",
    "attachment_name",
    "verification",
    "query_reason",
    "verified_by_id",
    "verified_at",
    "recorded_by_id",
    "is_illustrative",
    "created_at",
    "updated_at",
    "version",
    "external_ref",
]


def _insert(cursor, table: str, columns: list[str], rows: list[tuple]) -> None:
    if rows:
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})",
            rows,
        )


class RolloutWriter:
    def __init__(self, using: str, rng: random.Random):
        self.using, self.rng = using, rng
        published = list(
            Practice.objects.using(using)
            .filter(status="published")
            .order_by("id")
            .values_list("id", "lead_body_id")
        )
        self.practices = [practice_id for practice_id, _lead in published]
        self.lead_of = dict(published)
        # Popularity: a Pareto weight per practice, so a few spread far and most hardly at all.
        self.practice_weights = list(
            accumulate(min(rng.paretovariate(1.3), 2_000.0) for _ in self.practices)
        )
        self.bodies = list(Body.objects.using(using).order_by("id").values_list("id", flat=True))
        self.taken: set[tuple[int, int]] = set()
        self.next_id = 1
        stages, weights = zip(*STAGE_SHARES, strict=True)
        self.stages, self.stage_weights = stages, list(accumulate(weights))

    def _pair(self) -> tuple[int, int]:
        while True:
            practice = self.rng.choices(self.practices, cum_weights=self.practice_weights)[0]
            body = self.rng.choice(self.bodies)
            if body != self.lead_of[practice] and (practice, body) not in self.taken:
                self.taken.add((practice, body))
                return practice, body

    def _entries(self, adoption_id: int, practice: int, body: int, since: date) -> list[tuple]:
        rng, rows = self.rng, []
        first_year = since.year if since.month >= 4 else since.year - 1
        for year in range(first_year, min(first_year + rng.randint(1, 3), 2025)):
            verified = rng.random() < 0.6
            queried = not verified and rng.random() < 0.1
            non_cashable = rng.random() < 0.3
            amount = int(rng.lognormvariate(13.5, 1.2)) // 100 * 100 + 100
            quarter = rng.randint(1, 4)
            recurrence = rng.choice(["one_off", "recurring"])
            certainty = rng.choice(["forecast", "realised", "realised"])
            # Only a realised saving can be verified: a forecast drawn as verified is left
            # unverified (the draws stay as they were, so the rest of the data is unchanged).
            verified = verified and certainty == "realised"
            rows.append(
                (
                    practice,
                    body,
                    adoption_id,
                    year,
                    quarter,
                    "non_cashable" if non_cashable else "cashable",
                    "bed_days" if non_cashable else "",
                    amount // 40_000 + 1 if non_cashable else None,
                    amount,
                    recurrence,
                    certainty,
                    "Synthetic evidence.",
                    "",
                    "",
                    "verified" if verified else "queried" if queried else "unverified",
                    "Synthetic query." if queried else "",
                    None,
                    RECORDED_AT if verified else None,
                    None,
                    True,
                    RECORDED_AT,
                    RECORDED_AT,
                    1,
                    "",
                )
            )
        return rows

    def write_batch(self, count: int) -> tuple[int, int]:
        rng = self.rng
        adoptions, changes, entries = [], [], []
        span = (LAST_DAY - FIRST_DAY).days
        for _ in range(count):
            practice, body = self._pair()
            stage = rng.choices(self.stages, cum_weights=self.stage_weights)[0]
            since = FIRST_DAY + timedelta(days=rng.randint(0, span))
            reason = rng.choice(REASONS) if stage in (Stage.DECLINED, Stage.STOPPED) else ""
            adoption_id = self.next_id
            self.next_id += 1
            adapted = rng.random() < 0.15
            adoptions.append(
                (
                    adoption_id,
                    practice,
                    body,
                    stage,
                    since.isoformat(),
                    reason,
                    "",
                    adapted,
                    "Adapted to local services." if adapted else "",
                    None,
                    "",
                    "",
                    json.dumps(rng.sample(["advice", "visit", "documents"], rng.randint(0, 2))),
                    "",
                    True,
                    RECORDED_AT,
                    RECORDED_AT,
                    1,
                    "",
                )
            )
            first = stage if stage in PROGRESS[:1] or stage == Stage.DECLINED else Stage.EXPLORING
            changes.append((adoption_id, "", first, since.isoformat(), "", None, RECORDED_AT))
            if first != stage:
                changes.append(
                    (adoption_id, first, stage, since.isoformat(), reason, None, RECORDED_AT)
                )
            if stage in SAVING_STAGES:
                entries.extend(self._entries(adoption_id, practice, body, since))
        with transaction.atomic(using=self.using), connections[self.using].cursor() as cursor:
            _insert(cursor, "rollout_adoption", ADOPTION_COLUMNS, adoptions)
            _insert(cursor, "rollout_stagechange", CHANGE_COLUMNS, changes)
            _insert(cursor, LedgerEntry._meta.db_table, ENTRY_COLUMNS, entries)
        return len(adoptions), len(entries)


def generate_rollout(using: str, *, adoptions: int, seed: int, progress: Progress) -> dict:
    """Add `adoptions` adoptions (capped by how many practice and body pairs exist) and their
    ledger entries; returns what was made, for the summary file."""
    rng = random.Random(seed + 1)
    writer = RolloutWriter(using, rng)
    possible = len(writer.practices) * (len(writer.bodies) - 1)
    adoptions = min(adoptions, possible // 2)
    made = entries = 0
    while made < adoptions:
        batch, batch_entries = writer.write_batch(min(BATCH_SIZE * 4, adoptions - made))
        made += batch
        entries += batch_entries
        progress(f"{made:,} of {adoptions:,} adoptions, {entries:,} ledger entries")
    return {"adoptions": made, "ledger_entries": entries}
