"""Where innovation and collaboration are missing, as pure functions over plain rows.

The board needs to see gaps, not only totals: service areas a region does not adopt in,
councils that share no practice with their own health board, sectors (trade unions, voluntary
bodies) left out of the network, and whether savings are moving towards prevention.
`figures.py` loads the rows (aggregated by the database where it can); these functions only
compute, so each is tested on small hand-made inputs and stays fast on the full register:
one pass over the rows, sets and counters, nothing quadratic."""

from collections import Counter, defaultdict
from collections.abc import Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import chain
from typing import Generic, TypeVar

S = TypeVar("S", bound=Hashable)  # a service area key
G = TypeVar("G", bound=Hashable)  # a group key: a regional footprint, "national", a sector


# Coverage: service areas against groups of bodies


@dataclass(frozen=True)
class CoverageCell(Generic[G]):
    group: G
    practices_led: int  # practices in the service area led by a body of the group
    adoptions: int  # open adoptions in the service area by bodies of the group
    bodies: int  # bodies in the group, whatever the service area
    bodies_adopting: int  # of those, how many adopt at least one practice of the service area
    is_gap: bool

    @property
    def share(self) -> float | None:
        if not self.bodies:
            return None
        return self.bodies_adopting / self.bodies


@dataclass(frozen=True)
class CoverageRow(Generic[S, G]):
    service_area: S
    cells: list[CoverageCell[G]]


@dataclass(frozen=True)
class Coverage(Generic[S, G]):
    rows: list[CoverageRow[S, G]]
    threshold: float

    @property
    def gaps(self) -> list[tuple[S, G]]:
        return [
            (row.service_area, cell.group) for row in self.rows for cell in row.cells if cell.is_gap
        ]


def coverage(
    *,
    service_areas: Sequence[S],
    groups: Sequence[G],
    body_groups: Mapping[int, Collection[G]],
    led: Iterable[tuple[S, int, int]],
    adopted: Iterable[tuple[S, int, int]],
    threshold: float,
) -> Coverage[S, G]:
    """Service areas (rows) against groups of bodies (columns). A cell is a gap when the group
    has bodies and fewer than `threshold` of them adopt anything in the service area: an empty
    group is no gap, and a share exactly at the threshold is enough.

    A body counts in every group it belongs to and in none when it belongs to none; rows for
    service areas not listed are ignored."""
    wanted = set(service_areas)
    # A body listing a group twice is still one body of it.
    groups_of = {body: set(member_of) for body, member_of in body_groups.items()}
    bodies_in: Counter[G] = Counter(group for gs in groups_of.values() for group in gs)

    practices_led: Counter[tuple[S, G]] = Counter()
    for area, body, practices in led:
        if area in wanted:
            for group in groups_of.get(body, ()):
                practices_led[area, group] += practices

    # Summed per (area, body) first, so a body on two rows is still one adopting body.
    by_body: Counter[tuple[S, int]] = Counter()
    for area, body, adoptions in adopted:
        if area in wanted:
            by_body[area, body] += adoptions
    adoptions_in: Counter[tuple[S, G]] = Counter()
    adopting_in: Counter[tuple[S, G]] = Counter()
    for (area, body), adoptions in by_body.items():
        for group in groups_of.get(body, ()):
            adoptions_in[area, group] += adoptions
            if adoptions > 0:
                adopting_in[area, group] += 1

    def cell(area: S, group: G) -> CoverageCell[G]:
        bodies, adopting = bodies_in[group], adopting_in[area, group]
        return CoverageCell(
            group,
            practices_led[area, group],
            adoptions_in[area, group],
            bodies,
            adopting,
            is_gap=bodies > 0 and adopting / bodies < threshold,
        )

    rows = [CoverageRow(area, [cell(area, group) for group in groups]) for area in service_areas]
    return Coverage(rows, threshold)


def with_threshold(table: Coverage[S, G], threshold: float) -> Coverage[S, G]:
    """The same grid flagged against another threshold (the board tries several on the page;
    the counts behind the grid do not change)."""
    return Coverage(
        [
            CoverageRow(
                row.service_area,
                [
                    replace(
                        cell,
                        is_gap=cell.bodies > 0 and cell.bodies_adopting / cell.bodies < threshold,
                    )
                    for cell in row.cells
                ],
            )
            for row in table.rows
        ],
        threshold,
    )


# Boundary gaps: each council with the health board that covers it


@dataclass(frozen=True)
class PairCoverage:
    local_authority: int
    health_board: int
    shared_practices: int  # distinct practices both bodies lead, partner or adopt

    @property
    def is_gap(self) -> bool:
        return self.shared_practices == 0


def boundary_gaps(
    pairs: Sequence[tuple[int, int]], involvement: Iterable[tuple[int, int]]
) -> list[PairCoverage]:
    """How many practices each council shares with its health board, pairs in input order.
    Involvement rows are (practice id, body id), duplicates allowed; only the bodies of the
    pairs are kept, so the whole register can be passed in."""
    in_pairs = {body for pair in pairs for body in pair}
    practices_of: dict[int, set[int]] = defaultdict(set)
    for practice, body in involvement:
        if body in in_pairs:
            practices_of[body].add(practice)
    empty: set[int] = set()
    return [
        PairCoverage(
            council, board, len(practices_of.get(council, empty) & practices_of.get(board, empty))
        )
        for council, board in pairs
    ]


# Collaboration network: bodies linked by shared practices and adoptions


@dataclass(frozen=True)
class SectorParticipation:
    sector: str
    bodies: int
    connected: int  # bodies with at least one link
    cross_sector: int  # bodies with at least one link to another sector
    edges: int  # links touching the sector, a link within it counted once

    @property
    def connected_share(self) -> float | None:
        if not self.bodies:
            return None
        return self.connected / self.bodies


@dataclass(frozen=True)
class Network:
    bodies: int
    edges: int
    cross_sector_edges: int
    isolated: list[int]  # bodies with no link, sorted
    without_cross_sector: list[int]  # linked, but only within their own sector; sorted
    sector_links: dict[tuple[str, str], int]  # (a, b) with a <= b; (s, s) within a sector
    by_sector: list[SectorParticipation]
    degree: dict[int, int]  # every body -> how many other bodies it is linked to

    @property
    def cross_sector_share(self) -> float | None:
        if not self.edges:
            return None
        return self.cross_sector_edges / self.edges


def collaboration_network(
    sectors: Mapping[int, str],
    links: Iterable[tuple[int, int]],
    *,
    sector_order: Sequence[str] = (),
) -> Network:
    """The network of bodies (every key of `sectors`) with one edge per pair of distinct bodies
    linked at least once, whichever way round and however often. Links to a body not in
    `sectors`, and a body's links to itself, are ignored.

    `by_sector` follows `sector_order` (a sector listed there with no bodies still gets its
    row, so a missing sector shows), then any other sector alphabetically."""
    # A dict, not a set, as the distinct edges: it keeps them in the order they were made, so
    # the passes below walk memory in order instead of hopping around it (several times
    # faster on a million links). The passes are counted in C by Counter, and the figures
    # per sector then come from the handful of sector pairs.
    edges = dict.fromkeys(
        (a, b) if a < b else (b, a) for a, b in links if a != b and a in sectors and b in sectors
    )
    degree = dict.fromkeys(sectors, 0)
    degree.update(Counter(chain.from_iterable(edges)))
    crossing = {body for a, b in edges if sectors[a] != sectors[b] for body in (a, b)}
    sector_links: Counter[tuple[str, str]] = Counter()
    edges_touching: Counter[str] = Counter()
    for (sector_a, sector_b), count in Counter((sectors[a], sectors[b]) for a, b in edges).items():
        sector_links[min(sector_a, sector_b), max(sector_a, sector_b)] += count
        edges_touching[sector_a] += count
        if sector_a != sector_b:
            edges_touching[sector_b] += count

    bodies_in: Counter[str] = Counter()
    connected_in: Counter[str] = Counter()
    crossing_in: Counter[str] = Counter()
    isolated: list[int] = []
    without_cross_sector: list[int] = []
    for body, sector in sectors.items():
        bodies_in[sector] += 1
        if not degree[body]:
            isolated.append(body)
            continue
        connected_in[sector] += 1
        if body in crossing:
            crossing_in[sector] += 1
        else:
            without_cross_sector.append(body)

    listed = list(dict.fromkeys(sector_order))
    order = listed + sorted(set(bodies_in) - set(listed))
    return Network(
        bodies=len(sectors),
        edges=len(edges),
        cross_sector_edges=sum(n for (a, b), n in sector_links.items() if a != b),
        isolated=sorted(isolated),
        without_cross_sector=sorted(without_cross_sector),
        sector_links=dict(sector_links),
        by_sector=[
            SectorParticipation(
                sector,
                bodies_in[sector],
                connected_in[sector],
                crossing_in[sector],
                edges_touching[sector],
            )
            for sector in order
        ],
        degree=degree,
    )


# Prevention shift: practices and savings by prevention tier, year on year


@dataclass(frozen=True)
class YearShift:
    year: int  # the start year: 2024 is 2024-25
    practices: dict[str, int]  # tier -> practices published in the year
    savings: dict[str, int]  # tier -> pence

    @property
    def practice_total(self) -> int:
        return sum(self.practices.values())

    @property
    def saving_total(self) -> int:
        return sum(self.savings.values())

    @property
    def practice_shares(self) -> dict[str, float | None]:
        return _shares(self.practices)

    @property
    def saving_shares(self) -> dict[str, float | None]:
        return _shares(self.savings)


def _shares(amounts: Mapping[str, int]) -> dict[str, float | None]:
    total = sum(amounts.values())
    return {tier: amount / total if total else None for tier, amount in amounts.items()}


def prevention_shift(
    *,
    tiers: Sequence[str],
    practices: Iterable[tuple[int, str, int]],
    savings: Iterable[tuple[int, str, int]],
) -> list[YearShift]:
    """Practices published and savings recorded per financial year and tier, oldest year
    first, every tier listed in order (zeros included). A year is listed when any row of a
    known tier names it; rows of other tiers are ignored."""
    known = set(tiers)
    totals: dict[int, tuple[Counter[str], Counter[str]]] = defaultdict(
        lambda: (Counter(), Counter())
    )
    for which, rows in enumerate((practices, savings)):
        for year, tier, amount in rows:
            if tier in known:
                totals[year][which][tier] += amount
    return [
        YearShift(
            year, {tier: counted[tier] for tier in tiers}, {tier: saved[tier] for tier in tiers}
        )
        for year, (counted, saved) in sorted(totals.items())
    ]


# The base year of the shift is the first financial year whose realised savings are at least
# this share of the latest year's: a first year of a few thousand pounds, when only one or two
# practices had savings, would make any change look like a revolution.
BASE_YEAR_SHARE = 0.25


@dataclass(frozen=True)
class ShiftComparison:
    """The years the shift compares: the base year and the latest, with their savings."""

    base: YearShift
    latest: YearShift

    def change(self, tier: str) -> float:
        """How far a tier's share of savings moved from the base year to the latest (0.12 reads
        "up 12 points")."""
        before, after = self.base.saving_shares, self.latest.saving_shares
        return (after.get(tier) or 0.0) - (before.get(tier) or 0.0)


def shift_comparison(
    years: Sequence[YearShift], *, base_share: float = BASE_YEAR_SHARE
) -> ShiftComparison | None:
    """The base year (the first year, before the latest year with savings, whose savings are
    at least ``base_share`` of the latest year's) and the latest year; None when no earlier year
    has savings that large, or there are fewer than two years with savings."""
    with_savings = sorted((year for year in years if year.saving_total > 0), key=lambda y: y.year)
    if len(with_savings) < 2:
        return None
    latest = with_savings[-1]
    base = next(
        (
            year
            for year in with_savings[:-1]
            if year.saving_total >= base_share * latest.saving_total
        ),
        None,
    )
    return ShiftComparison(base, latest) if base is not None else None
