"""The query layer of the board's figures. Each `_compute_*` function loads plain rows (summed
in the database where it can) in a fixed number of queries and hands them to the pure functions
in gaps.py and rollout/analytics.py; its result, plain JSON, is kept as a snapshot
(snapshots.py). The public functions read the snapshot and give the pages the figures with the
records they name, and `as_of`: when the figures were calculated and whether they are stale."""

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any, TypedDict

from django.db.models import Count, Q, Sum
from django.db.models.functions import Coalesce, ExtractMonth, ExtractYear
from django.utils.translation import gettext
from django_stubs_ext import StrOrPromise

from arfer.core.pagination import page_window
from arfer.directory.models import Area, Body
from arfer.menu.models import Practice, PracticePartner, PreventionTier, ServiceArea
from arfer.rollout import analytics
from arfer.rollout.figures import local_footprints, savings_rows
from arfer.rollout.models import Adoption, LedgerEntry, PeerAdoptionCount, SavingsTarget, Stage

from . import gaps, snapshots
from .models import Workstream, WorkstreamTarget

# Where councils and health boards must work together: the service areas of integrated care.
INTEGRATED_SERVICE_AREAS = ["adult-social-care", "community-health", "public-health-prevention"]
NATIONAL = "national"
LEADERS_LISTED = 10
PAIRS_PER_PAGE = 100


def _open_adoptions():
    """Adoptions that count as adopting: of a published practice, at any stage but closed."""
    return Adoption.objects.filter(
        stage__in=analytics.ACTIVE_STAGES, practice__status=Practice.Status.PUBLISHED
    )


def _published_links():
    return PracticePartner.objects.filter(practice__status=Practice.Status.PUBLISHED)


# The figures as calculated and kept: plain JSON, in which a row (a tuple when calculated) is
# read back as a list.


class CoverageCounts(TypedDict):
    groups: list[str]
    # (service area id, [(group, practices led, adoptions, bodies, bodies adopting), ...])
    rows: list[Any]


class BoundaryCounts(TypedDict):
    pair_count: int
    gap_count: int
    rows: list[Any]  # (council id, health board id, practices shared)


class NetworkCounts(TypedDict):
    """gaps.Network, with its dicts as lists of pairs."""

    bodies: int
    edges: int
    cross_sector_edges: int
    isolated: list[int]
    without_cross_sector: list[int]
    sector_links: list[Any]  # (sector, sector, links)
    by_sector: list[dict[str, Any]]  # the fields of gaps.SectorParticipation
    degree: list[Any]  # (body id, bodies it is linked to)


class PreventionCounts(TypedDict):
    practices: list[Any]  # (financial year, tier, practices published)
    savings: list[Any]  # (financial year, tier, pence realised)


class DashboardCounts(TypedDict):
    savings_rows: list[Any]  # (financial year, certainty, verification, pence)
    targets: Sequence[Any]  # (financial year, pence)
    workstream_rows: list[Any]  # (workstream id, financial year, certainty, verification, pence)
    workstream_targets: Sequence[Any]  # (workstream id, financial year, pence)
    pipeline: dict[str, int]  # adoptions of published practices by stage
    spread: list[Any]  # (practice id, bodies adopting it), furthest first
    leaders: list[Any]  # (body id, practices it leads), most first


class AtAGlanceCounts(TypedDict):
    practices: int
    leading_bodies: int
    pipeline: dict[str, int]
    savings_rows: list[Any]  # (financial year, certainty, verification, pence)


# Coverage ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    key: str
    label: StrOrPromise


def regions() -> list[Group]:
    rows = Area.objects.regions().order_by("name_en")
    return [
        *[Group(area.slug, area.name) for area in rows],
        Group(NATIONAL, gettext("National bodies")),
    ]


def body_regions() -> dict[int, set[str]]:
    """Body id -> the Regional Partnership Board footprints it works in; a body with no local
    footprint (national bodies, unions, national voluntary councils) is in "national"."""
    region_areas = defaultdict(set)
    for region, code in Area.local_authority_areas.through.objects.filter(
        from_area__kind=Area.Kind.REGIONAL_PARTNERSHIP
    ).values_list("from_area__slug", "to_area__code"):
        region_areas[code].add(region)
    body_ids = list(Body.objects.values_list("pk", flat=True))
    footprints = local_footprints(body_ids)
    grouped = {}
    for body_id in body_ids:
        found = {
            region for code in footprints.get(body_id, ()) for region in region_areas.get(code, ())
        }
        grouped[body_id] = found or {NATIONAL}
    return grouped


def _service_area_roots():
    return list(ServiceArea.objects.top_level().order_by("position", "name_en"))


def _compute_coverage(by: str) -> CoverageCounts:
    """The grid's counts (no threshold: that is applied when it is read)."""
    roots = _service_area_roots()
    if by == "sector":
        groups = [value for value, _label in Body.Sector.choices]
        body_groups = {pk: {sector} for pk, sector in Body.objects.values_list("pk", "sector")}
    else:
        groups = [group.key for group in regions()]
        body_groups = body_regions()
    # The ignores below: django-stubs' plugin forgets an annotate() on an auto-created through
    # model, so it looks for "root" among the model's fields.
    through = Practice.service_areas.through.objects.annotate(
        root=Coalesce("servicearea__parent_id", "servicearea_id")
    )
    led = (
        through.filter(practice__status=Practice.Status.PUBLISHED)
        .values_list("root", "practice__lead_body_id")  # type: ignore[misc]  # see above
        .annotate(n=Count("practice_id", distinct=True))
        .order_by()
    )
    adopted = (
        through.filter(practice__adoptions__in=_open_adoptions())
        .values_list("root", "practice__adoptions__body_id")  # type: ignore[misc]  # see above
        .annotate(n=Count("practice__adoptions", distinct=True))
        .order_by()
    )
    table = gaps.coverage(
        service_areas=[area.pk for area in roots],
        groups=groups,
        body_groups=body_groups,
        led=led,
        adopted=adopted,
        threshold=0,
    )
    return {
        "groups": groups,
        "rows": [
            [
                row.service_area,
                [
                    [
                        cell.group,
                        cell.practices_led,
                        cell.adoptions,
                        cell.bodies,
                        cell.bodies_adopting,
                    ]
                    for cell in row.cells
                ],
            ]
            for row in table.rows
        ],
    }


def coverage(*, by: str, threshold: float) -> dict:
    """Service areas by region (or by sector): practices led, adoptions made and the share of
    bodies with at least one adoption, with the cells under the threshold flagged."""
    by = "sector" if by == "sector" else "region"
    figures = snapshots.read(f"coverage-{by}", lambda: _compute_coverage(by))
    counted = gaps.Coverage(
        [
            gaps.CoverageRow(
                area,
                [
                    gaps.CoverageCell(group, led, adoptions, bodies, adopting, is_gap=False)
                    for group, led, adoptions, bodies, adopting in cells
                ],
            )
            for area, cells in figures.payload["rows"]
        ],
        threshold=0,
    )
    labels: dict[str, StrOrPromise] = (
        dict(Body.Sector.choices)
        if by == "sector"
        else {group.key: group.label for group in regions()}
    )
    service_areas = ServiceArea.objects.in_bulk([row.service_area for row in counted.rows])
    return {
        "table": gaps.with_threshold(counted, threshold),
        "service_areas": service_areas,
        "groups": [Group(key, labels.get(key, key)) for key in figures.payload["groups"]],
        "labels": labels,
        "as_of": figures,
    }


# Boundary gaps -------------------------------------------------------------------------------


def council_health_board_pairs() -> list[tuple[Body, Body]]:
    """Each council with the health board that covers its area."""
    councils = list(Body.objects.filter(kind=Body.Kind.LOCAL_AUTHORITY, active_to__isnull=True))
    boards = list(Body.objects.filter(kind=Body.Kind.HEALTH_BOARD, active_to__isnull=True))
    footprints = local_footprints([body.pk for body in councils + boards])
    pairs = []
    for council in sorted(councils, key=lambda body: body.name_en):
        for board in boards:
            if footprints.get(council.pk, set()) & footprints.get(board.pk, set()):
                pairs.append((council, board))
    return pairs


def integrated_service_areas() -> list[ServiceArea]:
    return list(ServiceArea.objects.filter(slug__in=INTEGRATED_SERVICE_AREAS))


def _compute_boundary_gaps() -> BoundaryCounts:
    pairs = [(council.pk, board.pk) for council, board in council_health_board_pairs()]
    bodies = {body for pair in pairs for body in pair}
    integrated = (
        Practice.objects.published()
        .filter(
            Q(service_areas__slug__in=INTEGRATED_SERVICE_AREAS)
            | Q(service_areas__parent__slug__in=INTEGRATED_SERVICE_AREAS)
        )
        .values("pk")
    )
    involvement = [
        *Practice.objects.filter(pk__in=integrated, lead_body__in=bodies).values_list(
            "pk", "lead_body_id"
        ),
        *PracticePartner.objects.filter(practice__in=integrated, body__in=bodies).values_list(
            "practice_id", "body_id"
        ),
        *_open_adoptions()
        .filter(practice__in=integrated, body__in=bodies)
        .values_list("practice_id", "body_id"),
    ]
    rows = [
        [pair.local_authority, pair.health_board, pair.shared_practices]
        for pair in gaps.boundary_gaps(pairs, involvement)
    ]
    rows.sort(key=lambda row: row[2] > 0)  # stable: the gaps first, each group in name order
    return {
        "pair_count": len(rows),
        "gap_count": sum(1 for row in rows if row[2] == 0),
        "rows": rows,
    }


def boundary_gaps(*, page: int | None = None, per_page: int = PAIRS_PER_PAGE) -> dict:
    """Each council with the health board that covers it, and how many practices in integrated
    service areas the two share (as lead, partner or adopter): the gaps first, one page of
    pairs at a time (a national directory can hold thousands of pairs)."""
    figures = snapshots.read("boundaries", _compute_boundary_gaps)
    rows = figures.payload["rows"]
    window = page_window(page, len(rows), per_page)
    shown = rows[window.offset : window.offset + window.size]
    bodies = Body.objects.in_bulk({pk for row in shown for pk in row[:2]})
    pairs = [
        (bodies[council], bodies[board], gaps.PairCoverage(council, board, shared))
        for council, board, shared in shown
        if council in bodies and board in bodies
    ]
    return {
        "pairs": pairs,
        "gaps": [pair for pair in pairs if pair[2].is_gap],
        "pair_count": len(rows),
        "gap_count": figures.payload["gap_count"],
        "window": window,
        "as_of": figures,
    }


# Collaboration network -----------------------------------------------------------------------


def _compute_network() -> NetworkCounts:
    sectors = dict(Body.objects.values_list("pk", "sector"))
    partner_links = _published_links().values_list("practice__lead_body_id", "body_id")
    adoption_links = (
        _open_adoptions().values_list("body_id", "practice__lead_body_id").distinct().order_by()
    )
    links = (
        *partner_links.iterator(chunk_size=10_000),
        *adoption_links.iterator(chunk_size=10_000),
    )
    network = gaps.collaboration_network(
        sectors, links, sector_order=[value for value, _label in Body.Sector.choices]
    )
    return {
        "bodies": network.bodies,
        "edges": network.edges,
        "cross_sector_edges": network.cross_sector_edges,
        "isolated": network.isolated,
        "without_cross_sector": network.without_cross_sector,
        "sector_links": [[a, b, count] for (a, b), count in network.sector_links.items()],
        "by_sector": [asdict(part) for part in network.by_sector],
        "degree": list(network.degree.items()),
    }


def collaboration_network() -> dict:
    """Bodies linked by leading and partnering the same practice, and by adopting another's
    practice; both counted from published practices (and adoptions that are not closed)."""
    figures = snapshots.read("network", _compute_network)
    data = figures.payload
    network = gaps.Network(
        bodies=data["bodies"],
        edges=data["edges"],
        cross_sector_edges=data["cross_sector_edges"],
        isolated=data["isolated"],
        without_cross_sector=data["without_cross_sector"],
        sector_links={(a, b): count for a, b, count in data["sector_links"]},
        by_sector=[gaps.SectorParticipation(**part) for part in data["by_sector"]],
        degree=dict(data["degree"]),
    )
    return {"network": network, "as_of": figures}


def network_tables(network: gaps.Network) -> dict:
    """The network's tables as the pages and the pack list them: the links between sectors
    (most first), and the first bodies with no link, or none across sectors."""
    sector_labels = dict(Body.Sector.choices)
    listed = LEADERS_LISTED * 5
    return {
        "sector_labels": sector_labels,
        "sector_links": [
            (sector_labels.get(a, a), sector_labels.get(b, b), count)
            for (a, b), count in sorted(network.sector_links.items(), key=lambda item: -item[1])
        ],
        "isolated": bodies_by_pk(network.isolated[:listed]),
        "without_cross_sector": bodies_by_pk(network.without_cross_sector[:listed]),
        "listed": listed,
    }


def bodies_by_pk(ids) -> list[Body]:
    """The bodies of these ids, in the order given."""
    found = Body.objects.in_bulk(list(ids))
    return [found[pk] for pk in ids if pk in found]


# Prevention shift ----------------------------------------------------------------------------


def _compute_prevention_shift() -> PreventionCounts:
    published: defaultdict[tuple[int, str], int] = defaultdict(int)
    for year, month, tier, n in (
        Practice.objects.published()
        .exclude(published_at=None)
        .annotate(y=ExtractYear("published_at"), m=ExtractMonth("published_at"))
        .values_list("y", "m", "prevention_tier")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        published[(year if month >= 4 else year - 1, tier)] += n
    saved = (
        LedgerEntry.objects.filter(certainty=LedgerEntry.Certainty.REALISED)
        .values_list("financial_year", "practice__prevention_tier")
        .annotate(total=Sum("amount_pence"))
        .order_by()
    )
    return {
        "practices": [[year, tier, n] for (year, tier), n in published.items()],
        "savings": [list(row) for row in saved],
    }


def prevention_shift() -> dict:
    """Practices published and savings realised each financial year, by prevention tier."""
    figures = snapshots.read("prevention", _compute_prevention_shift)
    years = gaps.prevention_shift(
        tiers=PreventionTier.values,
        practices=figures.payload["practices"],
        savings=figures.payload["savings"],
    )
    return {"years": years, "as_of": figures}


def prevention_tables(years: list[gaps.YearShift]) -> dict:
    """The shift's tables as rows a template can print: (year, [(share, amount) per tier])."""
    tiers = PreventionTier.values
    comparison = gaps.shift_comparison(years)
    return {
        "tiers": PreventionTier.choices,
        "comparison": comparison,
        "base_share": gaps.BASE_YEAR_SHARE,
        "shifts": [
            (label, comparison.change(tier) if comparison else None)
            for tier, label in PreventionTier.choices
        ],
        "practice_rows": [
            (year.year, [(year.practice_shares[tier], year.practices[tier]) for tier in tiers])
            for year in years
        ],
        "saving_rows": [
            (year.year, [(year.saving_shares[tier], year.savings[tier]) for tier in tiers])
            for year in years
        ],
    }


# Dashboard -----------------------------------------------------------------------------------


def _compute_dashboard() -> DashboardCounts:
    workstream_rows = (
        LedgerEntry.objects.filter(practice__workstream_assignment__isnull=False)
        .values_list(
            "practice__workstream_assignment__workstream_id",
            "financial_year",
            "certainty",
            "verification",
        )
        .annotate(total=Sum("amount_pence"))
        .order_by()
    )
    spread = (
        PeerAdoptionCount.objects.filter(practice__status=Practice.Status.PUBLISHED)
        .values_list("practice_id")
        .annotate(adopters=Sum("adopters"))
        .filter(adopters__gt=0)
        .order_by("-adopters", "practice_id")[:LEADERS_LISTED]
    )
    leaders = (
        Practice.objects.published()
        .values_list("lead_body_id")
        .annotate(n=Count("pk"))
        .order_by("-n", "lead_body_id")[:LEADERS_LISTED]
    )
    return {
        "savings_rows": [list(row) for row in savings_rows(LedgerEntry.objects.all())],
        "targets": list(SavingsTarget.objects.values_list("financial_year", "amount_pence")),
        "workstream_rows": [list(row) for row in workstream_rows],
        "workstream_targets": list(
            WorkstreamTarget.objects.values_list("workstream_id", "financial_year", "amount_pence")
        ),
        "pipeline": _pipeline_counts(),
        "spread": [list(row) for row in spread],
        "leaders": [list(row) for row in leaders],
    }


def _pipeline_counts() -> dict[str, int]:
    """Adoptions of published practices at each stage."""
    return dict(Adoption.objects.public().values_list("stage").annotate(n=Count("pk")).order_by())


def _pipeline(counts: dict[str, int]) -> list[tuple[str, StrOrPromise, int]]:
    return [(stage, Stage(stage).label, count) for stage, count in analytics.stage_counts(counts)]


def _by_workstream(data: DashboardCounts) -> list[tuple[Workstream, list[analytics.YearSavings]]]:
    """Each workstream's savings by year against its targets (a practice counts toward one
    workstream only, so these add up to the savings of assigned practices)."""
    rows: defaultdict[int, list[tuple]] = defaultdict(list)
    targets: defaultdict[int, dict[int, int]] = defaultdict(dict)
    for workstream_id, *row in data["workstream_rows"]:
        rows[workstream_id].append(tuple(row))
    for workstream_id, year, pence in data["workstream_targets"]:
        targets[workstream_id][year] = pence
    return [
        (workstream, analytics.savings_by_year(rows[workstream.pk], targets[workstream.pk]))
        for workstream in Workstream.objects.select_related("sponsor").order_by("name_en")
    ]


def dashboard() -> dict:
    """Savings against targets by year and workstream, the adoption pipeline, the practices
    that spread furthest and the bodies that lead most."""
    figures = snapshots.read("dashboard", _compute_dashboard)
    data = figures.payload
    years = analytics.savings_by_year(data["savings_rows"], dict(data["targets"]))
    by_workstream = _by_workstream(data)
    practices = Practice.objects.select_related("lead_body").in_bulk(
        [pk for pk, _n in data["spread"]]
    )
    bodies = Body.objects.in_bulk([pk for pk, _n in data["leaders"]])
    return {
        "savings_by_year": years,
        "savings_total": analytics.savings_total(years),
        "by_workstream": by_workstream,
        "workstream_totals": [
            (workstream, analytics.savings_total(years)) for workstream, years in by_workstream
        ],
        "pipeline": _pipeline(data["pipeline"]),
        "furthest_spread": [(practices[pk], n) for pk, n in data["spread"] if pk in practices],
        "leading_bodies": [(bodies[pk], n) for pk, n in data["leaders"] if pk in bodies],
        "as_of": figures,
    }


def gap_headlines(*, threshold: float) -> dict:
    """One line for each analysis of where innovation and collaboration are missing, for the
    dashboard: so the board sees progress and gaps on one page."""
    grid = coverage(by="region", threshold=threshold)["table"]
    boundary = snapshots.read(
        "boundaries", _compute_boundary_gaps, keys=["pair_count", "gap_count"]
    ).payload
    network = collaboration_network()["network"]
    comparison = gaps.shift_comparison(prevention_shift()["years"])
    return {
        "coverage_gap_count": len(grid.gaps),
        "coverage_cell_count": sum(1 for row in grid.rows for cell in row.cells if cell.bodies),
        "threshold_percent": round(threshold * 100),
        "boundary_gap_count": boundary["gap_count"],
        "boundary_pair_count": boundary["pair_count"],
        "cross_sector_share": network.cross_sector_share,
        "isolated_count": len(network.isolated),
        "primary_label": PreventionTier.PRIMARY.label,
        "shift_comparison": comparison,
        "primary_shift": comparison.change(PreventionTier.PRIMARY) if comparison else None,
    }


def savings_by_workstream() -> list[tuple[Workstream, list[analytics.YearSavings]]]:
    return dashboard()["by_workstream"]


def _compute_at_a_glance() -> AtAGlanceCounts:
    published = Practice.objects.published()
    return {
        "practices": published.count(),
        "leading_bodies": published.values("lead_body_id").distinct().count(),
        "pipeline": _pipeline_counts(),
        "savings_rows": [
            list(row)
            for row in savings_rows(
                LedgerEntry.objects.filter(practice__status=Practice.Status.PUBLISHED)
            )
        ],
    }


def at_a_glance() -> dict:
    """The public's view of the programme: aggregate figures of published practices only."""
    figures = snapshots.read("at-a-glance", _compute_at_a_glance)
    data = figures.payload
    years = analytics.savings_by_year(data["savings_rows"])
    return {
        "practices": data["practices"],
        "leading_bodies": data["leading_bodies"],
        "pipeline": _pipeline(data["pipeline"]),
        "savings_by_year": years,
        "savings_total": analytics.savings_total(years),
        "as_of": figures,
    }


# Every figure kept as a snapshot, by name: what `arfer boardfigures` calculates.
SNAPSHOTS = {
    "dashboard": _compute_dashboard,
    "coverage-region": lambda: _compute_coverage("region"),
    "coverage-sector": lambda: _compute_coverage("sector"),
    "boundaries": _compute_boundary_gaps,
    "network": _compute_network,
    "prevention": _compute_prevention_shift,
    "at-a-glance": _compute_at_a_glance,
}
