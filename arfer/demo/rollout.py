"""Illustrative adoptions, savings and targets for the demo menu, made through the rollout's own
actions so that every stage change, ledger entry and target is recorded as a real one would be.

The figures are invented but shaped like a real programme's: most adopters are bodies of the
same kind as the lead body, adoptions move through the stages over months, some are declined
("adopt or justify") or stopped with a reason, savings start when a pilot does and are verified
a year or two later. Everything is flagged illustrative. A fixed seed makes every run the same.
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction
from django.db.models import Sum
from django.utils import timezone

from arfer.core.actors import SYSTEM
from arfer.core.periods import FIRST_YEAR, Quarter, year_of
from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout import actions
from arfer.rollout.models import PROGRESS, Adoption, LedgerEntry, SavingsTarget, Stage, Support

SEED = 2010
ADOPTING_SECTORS = [
    "local_government",
    "nhs",
    "emergency_services",
    "national_parks",
    "government",
    "third_sector",
]
# Where the demo adoptions end up, with weights: most get somewhere, some are declined.
FINAL_STAGES = [
    (Stage.EXPLORING, 8),
    (Stage.PLANNING, 9),
    (Stage.PILOTING, 14),
    (Stage.IMPLEMENTED, 24),
    (Stage.EMBEDDED, 28),
    (Stage.DECLINED, 11),
    (Stage.STOPPED, 6),
]
DECLINE_REASONS = [
    "Our own approach already delivers the same outcome at lower cost; we have shared it "
    "with the lead body.",
    "The practice depends on a shared care record that our area will not have until 2027.",
    "Demand in our area is too low to justify the set-up cost; we will review in two years.",
    "We cannot release the staff needed for the pilot while the service is being restructured.",
    "The trade unions' consultation raised workload concerns that the model does not yet "
    "answer; we will look again with them.",
]
STOP_REASONS = [
    "The pilot's funding ended and the savings did not cover the running cost.",
    "Staff turnover in the team meant the model could not be kept going.",
    "The partner organisation withdrew from the arrangement.",
    "The service was recommissioned regionally and the practice folded into the new contract.",
]
BACKWARD_REASONS = [
    "The pilot site closed for refurbishment; planning starts again for a new site.",
    "The business case has to be redone after the budget settlement.",
]
ADAPTATIONS = [
    "Run by the community health team rather than social services, to fit our structure.",
    "Delivered in Welsh first, with English on request.",
    "Scaled down to two localities for a rural area.",
    "Combined with our existing falls prevention service.",
]
UNIT_COST_PENCE = {LedgerEntry.Unit.STAFF_HOURS: 3_000, LedgerEntry.Unit.BED_DAYS: 40_000}


def _adopters(rng: random.Random, practice: Practice, bodies: list[Body]) -> list[Body]:
    """Mostly peers of the lead body (same kind), some from elsewhere."""
    candidates = [b for b in bodies if b.pk != practice.lead_body_id]
    peers = [b for b in candidates if b.kind == practice.lead_body.kind]
    others = [b for b in candidates if b.kind != practice.lead_body.kind]
    wanted = rng.choice([0, 2, 3, 4, 5, 6, 8, 10, 12])
    chosen = rng.sample(peers, min(len(peers), round(wanted * 0.7)))
    chosen += rng.sample(others, min(len(others), wanted - len(chosen)))
    return chosen


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def _walk(
    rng, adoption: Adoption, final: str, started: datetime.date, today: datetime.date
) -> tuple[datetime.date | None, datetime.date]:
    """Move an adoption towards its final stage. Returns the date piloting began (None if it
    did not) and the last day it could save (the day it stopped, or today)."""
    day, piloting_from = started, None
    path = PROGRESS[1 : PROGRESS.index(Stage(final)) + 1] if final in PROGRESS else []
    if final == Stage.STOPPED:
        path = PROGRESS[1 : rng.choice([3, 4])]
    for stage in path:
        day += datetime.timedelta(days=rng.randint(45, 300))
        if day > today:
            return piloting_from, today
        if stage == Stage.PILOTING:
            piloting_from = day
        adoption = actions.change_stage(
            adoption,
            actor=SYSTEM,
            expected_version=adoption.version,
            to_stage=stage,
            changed_on=day,
        )
        if stage == Stage.PILOTING and rng.random() < 0.05:
            day += datetime.timedelta(days=rng.randint(30, 120))
            if day <= today:
                adoption = actions.change_stage(
                    adoption,
                    actor=SYSTEM,
                    expected_version=adoption.version,
                    to_stage=Stage.PLANNING,
                    changed_on=day,
                    reason=rng.choice(BACKWARD_REASONS),
                )
                day += datetime.timedelta(days=rng.randint(30, 120))
                if day > today:
                    return None, today
                piloting_from = day
                adoption = actions.change_stage(
                    adoption,
                    actor=SYSTEM,
                    expected_version=adoption.version,
                    to_stage=Stage.PILOTING,
                    changed_on=day,
                )
    if final in (Stage.DECLINED, Stage.STOPPED):
        day += datetime.timedelta(days=rng.randint(30, 200))
        if day <= today:
            reasons = DECLINE_REASONS if final == Stage.DECLINED else STOP_REASONS
            actions.change_stage(
                adoption,
                actor=SYSTEM,
                expected_version=adoption.version,
                to_stage=final,
                changed_on=day,
                reason=rng.choice(reasons),
            )
            return piloting_from, day
    return piloting_from, today


def _savings(
    rng,
    *,
    practice: Practice,
    adoption: Adoption | None,
    from_day: datetime.date,
    until: datetime.date,
    today: datetime.date,
) -> int:
    """Realised savings for each year from from_day to until (verified once a year or two
    old), and, while still going, a forecast for the current and next year."""
    annual = practice.annual_saving_pence or 5_000_000
    scale = rng.uniform(0.2, 0.9)
    current = Quarter.containing(today)
    made = 0
    first_year = max(year_of(from_day), FIRST_YEAR)
    last_year = current.year + 1 if until >= today else year_of(until)
    for year in range(first_year, last_year + 1):
        quarter = rng.randint(1, 4)
        if until < today and year == last_year:
            # Nothing is saved after an adoption stops.
            quarter = rng.randint(1, Quarter.containing(until).quarter)
        realised = Quarter(year, quarter) <= current
        certainty = LedgerEntry.Certainty.REALISED if realised else LedgerEntry.Certainty.FORECAST
        kind = LedgerEntry.Kind.CASHABLE
        values = {
            "financial_year": year,
            "quarter": quarter,
            "certainty": certainty,
            "recurrence": LedgerEntry.Recurrence.RECURRING,
            "amount_pence": max(10_000, round(annual * scale * rng.uniform(0.6, 1.2))),
            "evidence": "Illustrative: budget monitoring report for the year, compared "
            "with the baseline before adoption.",
        }
        if practice.annual_non_cashable_saving_pence and rng.random() < 0.4:
            kind = LedgerEntry.Kind.NON_CASHABLE
            unit = rng.choice(list(UNIT_COST_PENCE))
            quantity = Decimal(max(1, values["amount_pence"] // UNIT_COST_PENCE[unit]))
            values |= {
                "unit": unit,
                "quantity": quantity,
                "amount_pence": int(quantity) * UNIT_COST_PENCE[unit],
            }
        values["kind"] = kind
        entry = actions.record_saving(
            actor=SYSTEM,
            values=values,
            adoption=adoption,
            practice=None if adoption else practice,
            is_illustrative=True,
        )
        made += 1
        if realised and year <= current.year - 2:
            if rng.random() < 0.08:
                actions.verify_saving(
                    entry,
                    actor=SYSTEM,
                    verification="queried",
                    reason="The baseline year is not stated; please add it.",
                )
            elif rng.random() < 0.9:
                actions.verify_saving(entry, actor=SYSTEM, verification="verified")
    return made


@transaction.atomic
def load_demo_rollout() -> tuple[int, int, int]:
    """Adoptions, ledger entries and targets for the illustrative demo menu. Does nothing if
    any adoption exists already (run it on a fresh demo database)."""
    if Adoption.objects.exists():
        return 0, 0, 0
    rng = random.Random(SEED)
    today = timezone.localdate()
    bodies = list(Body.objects.filter(sector__in=ADOPTING_SECTORS).order_by("slug"))
    practices = list(
        Practice.objects.published()
        .filter(is_illustrative=True)
        .select_related("lead_body")
        .order_by("slug")
    )
    adoptions = entries = 0
    for practice in practices:
        begun = practice.start_date or datetime.date(2012, 4, 1)
        if begun < today:
            entries += _savings(
                rng, practice=practice, adoption=None, from_day=begun, until=today, today=today
            )
        for body in _adopters(rng, practice, bodies):
            latest_start = (today - begun).days
            if latest_start < 30:
                continue
            started = begun + datetime.timedelta(days=rng.randint(30, latest_start))
            final = _weighted(rng, FINAL_STAGES)
            declined_at_once = final == Stage.DECLINED and rng.random() < 0.5
            adapted = rng.random() < 0.2
            adoption = actions.record_adoption(
                practice,
                body,
                actor=SYSTEM,
                is_illustrative=True,
                changed_on=started,
                stage=Stage.DECLINED if declined_at_once else Stage.EXPLORING,
                reason=rng.choice(DECLINE_REASONS) if declined_at_once else "",
                target_date=started + datetime.timedelta(days=rng.randint(180, 720)),
                support_requested=rng.sample(Support.values, rng.randint(0, 2)),
                adapted=adapted,
                adaptations=rng.choice(ADAPTATIONS) if adapted else "",
            )
            adoptions += 1
            if declined_at_once:
                continue
            piloting_from, until = _walk(rng, adoption, final, started, today)
            if piloting_from is not None:
                entries += _savings(
                    rng,
                    practice=practice,
                    adoption=adoption,
                    from_day=piloting_from,
                    until=until,
                    today=today,
                )
    targets = _targets(rng, today)
    return adoptions, entries, targets


def _targets(rng: random.Random, today: datetime.date) -> int:
    """A target per year, set near what was (or is forecast to be) saved, rounded to £100k."""
    totals: dict[int, int] = {}
    for year, certainty, pence in (
        LedgerEntry.objects.values_list("financial_year", "certainty")
        .order_by()
        .annotate(total=Sum("amount_pence"))
    ):
        if certainty == LedgerEntry.Certainty.REALISED or year >= year_of(today):
            totals[year] = totals.get(year, 0) + pence
    made = 0
    for year, pence in sorted(totals.items()):
        if SavingsTarget.objects.filter(financial_year=year).exists():
            continue
        target = max(10_000_000, int(round(pence * rng.uniform(0.95, 1.3), -7)))
        actions.set_target(year, target, actor=SYSTEM, is_illustrative=True)
        made += 1
    return made
