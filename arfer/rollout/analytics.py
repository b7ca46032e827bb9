"""Rollout figures as pure functions over plain rows, so each is tested on small hand-made
inputs with known answers. `figures.py` loads the rows; these only compute."""

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .models import CLOSED, Stage

# Adopting or adopted: every stage but declined and stopped.
ACTIVE_STAGES = [stage for stage in Stage.values if stage not in CLOSED]


def stage_counts(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Adoptions per stage (as counted by the database), every stage listed in order, zeros
    included; anything that is not a stage is left out."""
    return [(stage, counts.get(stage, 0)) for stage in Stage.values]


@dataclass(frozen=True)
class YearSavings:
    financial_year: int
    forecast: int = 0  # pence
    realised: int = 0
    verified: int = 0  # realised savings the programme has verified
    target: int | None = None

    @property
    def realised_share_of_target(self) -> float | None:
        if not self.target:
            return None
        return self.realised / self.target

    @property
    def verified_share_of_target(self) -> float | None:
        if not self.target:
            return None
        return self.verified / self.target


def savings_by_year(
    rows: Iterable[tuple[int, str, str, int]], targets: Mapping[int, int] | None = None
) -> list[YearSavings]:
    """Rows of (financial year, certainty, verification, pence) summed per year, newest first,
    with the target of each year; a year with a target and no savings is listed too."""
    totals: dict[int, dict[str, int]] = defaultdict(
        lambda: {"forecast": 0, "realised": 0, "verified": 0}
    )
    for year, certainty, verification, pence in rows:
        year_totals = totals[year]
        if certainty == "forecast":
            year_totals["forecast"] += pence
        else:
            year_totals["realised"] += pence
            if verification == "verified":
                year_totals["verified"] += pence
    targets = targets or {}
    years = sorted(set(totals) | set(targets), reverse=True)
    return [YearSavings(year, target=targets.get(year), **totals[year]) for year in years]


def public_savings_by_year(
    rows: Iterable[tuple[int, int, int]], min_bodies: int
) -> list[YearSavings]:
    """Rows of (financial year, bodies contributing, verified pence) as the public may see
    them, newest first: only the years whose figure sums the savings of at least `min_bodies`
    bodies, so that no one body's saving can be read from it."""
    return [
        YearSavings(year, verified=pence)
        for year, bodies, pence in sorted(rows, reverse=True)
        if bodies >= min_bodies
    ]


def savings_total(years: Iterable[YearSavings]) -> YearSavings:
    """All years together (financial_year 0), targets summed over the years that have one."""
    years = list(years)
    targets = [y.target for y in years if y.target is not None]
    return YearSavings(
        0,
        forecast=sum(y.forecast for y in years),
        realised=sum(y.realised for y in years),
        verified=sum(y.verified for y in years),
        target=sum(targets) if targets else None,
    )


@dataclass(frozen=True)
class PeerSuggestion:
    practice_id: int
    peers_adopting: int
    evidence_level: int


def adopted_by_peers(
    peer_counts: Mapping[int, int],
    already_considered: set[int],
    evidence: Mapping[int, int],
    limit: int = 10,
) -> list[PeerSuggestion]:
    """Practices that peers (bodies of the same kind) are adopting and this body has not
    considered, ranked by how many peers adopt them, then by evidence level.

    peer_counts: practice id -> how many peers are adopting it (declined and stopped do not
    count). already_considered: practices this body has any adoption record of (declined ones
    included: it has made its choice). evidence: practice id -> evidence level, for the
    published practices of other bodies only: no other practice is ever suggested."""
    candidates = [
        PeerSuggestion(practice_id, peers, evidence[practice_id])
        for practice_id, peers in peer_counts.items()
        if peers > 0 and practice_id in evidence and practice_id not in already_considered
    ]
    candidates.sort(key=lambda s: (-s.peers_adopting, -s.evidence_level, s.practice_id))
    return candidates[:limit]


def map_states(
    adoptions: Iterable[tuple[str, str]], lead_areas: Iterable[str] = ()
) -> dict[str, str]:
    """One state per local-authority area for the rollout map, from (area code, stage) pairs:
    the most advanced open stage of any body covering the area; declined or stopped only when
    no body there is adopting; "lead" for the lead body's own areas."""
    best: dict[str, str] = {}
    order = {stage: rank for rank, stage in enumerate([*CLOSED, *ACTIVE_STAGES])}
    for area, stage in adoptions:
        if area not in best or order[stage] > order[best[area]]:
            best[area] = stage
    for area in lead_areas:
        best[area] = "lead"
    return best
