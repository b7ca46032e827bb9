"""The query layer of the rollout figures: each function loads plain rows in a fixed number of
queries and hands them to the pure functions in analytics.py."""

from collections import defaultdict

from django.db.models import Count, Exists, F, OuterRef, Sum, Window
from django.db.models.functions import RowNumber

from arfer.accounts.policy import sees_everything
from arfer.core.page_cache import highest_ids
from arfer.core.pagination import page_window
from arfer.directory.models import Area, Body
from arfer.menu.menu_index import menu_version_token
from arfer.menu.models import Practice

from . import analytics
from .models import Adoption, LedgerEntry, PeerAdoptionCount, SavingsTarget, Stage
from .policy import member_bodies

ADOPTIONS_PER_PAGE = 25
# Practices listed under each stage on a body's page.
LISTED_PER_STAGE = 20
# National bodies listed beside the map; the rest are in the table of every adoption.
NATIONAL_LISTED = 20


# Tables to which every change a practice's rollout page shows adds a row: its adoptions and
# savings (and their history), and the bodies; the practice itself, and a body's name, move the
# menu's version (menu/db_triggers.py).
ROLLOUT_PAGE_COLUMNS = [
    ("rollout_adoption", "id"),
    ("rollout_historicaladoption", "history_id"),
    ("rollout_ledgerentry", "id"),
    ("rollout_historicalledgerentry", "history_id"),
    ("directory_body", "id"),
    ("directory_historicalbody", "history_id"),
]


def rollout_page_version(**_address) -> str | None:
    """The version of what practices' rollout pages show the public, for keeping them drawn
    (core/page_cache.py); None when the menu has no version yet."""
    menu_version = menu_version_token()
    if menu_version is None:
        return None
    return f"{menu_version}:{highest_ids(ROLLOUT_PAGE_COLUMNS)}"


def local_footprints(body_ids) -> dict[int, set[str]]:
    """Body id -> the GSS codes of the local-authority areas it covers. A body whose only area
    is the whole nation (or that has none) has no local footprint: it is national."""
    through = Area.local_authority_areas.through
    rows = (
        through.objects.filter(from_area__bodies__in=list(body_ids))
        .exclude(from_area__kind=Area.Kind.NATION)
        .values_list("from_area__bodies", "to_area__code")
    )
    footprints: dict[int, set[str]] = defaultdict(set)
    for body_id, code in rows:
        if code:
            footprints[body_id].add(code)
    return footprints


def local_authority_names() -> dict[str, str]:
    return {
        area.code: area.name
        for area in Area.objects.filter(kind=Area.Kind.LOCAL_AUTHORITY).exclude(code="")
    }


def practice_rollout(practice: Practice, page: int | None) -> dict:
    """Who is at which stage of a practice, for its rollout page (public facts): the counts by
    stage, the map's state per local-authority area, one page of the adoptions and the national
    bodies beside the map. A fixed number of queries, summed in the database, however widely
    the practice has spread."""
    adoptions = Adoption.objects.filter(practice=practice)
    by_stage = dict(adoptions.order_by().values_list("stage").annotate(n=Count("pk")))
    window = page_window(page, sum(by_stage.values()), ADOPTIONS_PER_PAGE)
    # (area code, stage) for every local-authority area an adopting body covers.
    covered = (
        Area.local_authority_areas.through.objects.filter(
            from_area__bodies__adoptions__practice=practice
        )
        .exclude(from_area__kind=Area.Kind.NATION)
        .exclude(to_area__code="")
        .values_list("to_area__code", "from_area__bodies__adoptions__stage")
        .distinct()
    )
    # A national body covers no area but the nation (or none): asked of each adopter through
    # the index of its areas, rather than by listing every local body first.
    local_area = Body.areas.through.objects.filter(body_id=OuterRef("body_id")).exclude(
        area__kind=Area.Kind.NATION
    )
    national = adoptions.exclude(Exists(local_area)).select_related("body")
    return {
        "adoption_count": sum(by_stage.values()),
        "window": window,
        "adoptions": _in_order_of_body_names(adoptions, window.offset, window.size),
        "national": list(national.order_by("body__name_en", "pk")[:NATIONAL_LISTED]),
        "national_count": national.count(),
        "stage_counts": [
            (stage, Stage(stage).label, count) for stage, count in analytics.stage_counts(by_stage)
        ],
        "map_states": analytics.map_states(
            covered, lead_areas=local_footprints([practice.lead_body_id])[practice.lead_body_id]
        ),
    }


def _in_order_of_body_names(adoptions, offset: int, size: int) -> list[Adoption]:
    """One page of `adoptions` by their bodies' names. The page's ids are ordered first from
    the index of (practice, body) alone; sorting thousands of whole rows to keep 25 cost ten
    times as much for a widely adopted practice."""
    ids = list(
        adoptions.order_by("body__name_en", "pk").values_list("pk", flat=True)[
            offset : offset + size
        ]
    )
    by_id = Adoption.objects.select_related("body").in_bulk(ids)
    return [by_id[pk] for pk in ids]


def _targets() -> dict[int, int]:
    return dict(SavingsTarget.objects.values_list("financial_year", "amount_pence"))


def savings_rows(entries):
    """(year, certainty, verification, pence) summed in the database, for savings_by_year."""
    return (
        entries.order_by()
        .values_list("financial_year", "certainty", "verification")
        .annotate(total=Sum("amount_pence"))
    )


def savings_by_year(entries, *, with_targets: bool = False) -> list[analytics.YearSavings]:
    return analytics.savings_by_year(savings_rows(entries), _targets() if with_targets else None)


# A figure the public sees sums the verified savings of at least this many bodies.
PUBLIC_MIN_BODIES = 2


def public_savings_by_year(entries) -> list[analytics.YearSavings]:
    """Verified savings by year, summed in the database with how many bodies made each."""
    rows = (
        entries.filter(
            certainty=LedgerEntry.Certainty.REALISED, verification=LedgerEntry.Verification.VERIFIED
        )
        .order_by()
        .values_list("financial_year")
        .annotate(bodies=Count("body_id", distinct=True), total=Sum("amount_pence"))
    )
    return analytics.public_savings_by_year(rows, PUBLIC_MIN_BODIES)


def savings_seen_by(user, entries) -> dict:
    """What a person sees of some savings. The programme team: every figure. Anyone else: what
    the public sees (verified savings only, summed over several bodies) and, for members of
    bodies, their own bodies' figures in full (forecasts and unverified savings included)."""
    if sees_everything(user):
        return {"years": savings_by_year(entries), "public_only": False, "own_years": []}
    own = (
        savings_by_year(entries.filter(body__in=member_bodies(user)))
        if user.is_authenticated
        else []
    )
    return {"years": public_savings_by_year(entries), "public_only": True, "own_years": own}


def body_rollout(body: Body, viewer, *, suggestions: int = 10) -> dict:
    """A body page's rollout section: its adoptions by stage, its savings by year and the
    practices peers of the same kind are adopting that it has not considered."""
    public = Adoption.objects.public().filter(body=body)
    counts = dict(public.order_by().values_list("stage").annotate(n=Count("pk")))
    # The most recent few at each stage, in one query; the counts say how many in all.
    newest_first = Window(
        RowNumber(), partition_by=F("stage"), order_by=[F("stage_since").desc(), F("pk").desc()]
    )
    listed = defaultdict(list)
    for adoption in (
        public.select_related("practice")
        .only("stage", "practice__slug", "practice__title_en", "practice__title_cy")
        .annotate(place=newest_first)
        .filter(place__lte=LISTED_PER_STAGE)
        .order_by("place")
    ):
        listed[adoption.stage].append(adoption)
    return {
        "adoptions_by_stage": [
            (stage, label, listed[stage], counts[stage])
            for stage, label in Stage.choices
            if counts.get(stage)
        ],
        "adoption_count": sum(counts.values()),
        # Only practices on the menu count; the public sees no one body's figures.
        "savings": savings_seen_by(
            viewer, LedgerEntry.objects.filter(body=body, practice__status="published")
        ),
        "peer_suggestions": peer_suggestions(body, limit=suggestions),
    }


def peer_suggestions(body: Body, *, limit: int = 10) -> list[tuple[Practice, int]]:
    """Practices adopted by bodies like this one, with how many peers adopt each.

    Read from the precomputed counts (counts.py) down their index, most adopted first (the
    database sorts only the ties by evidence level), and ranked again by the pure function
    that states the rule. A practice this body has any record of never counts it among its
    adopters, so the kind's count is the peers' count."""
    candidates = (
        PeerAdoptionCount.objects.filter(
            body_kind=body.kind, adopters__gt=0, practice__status="published"
        )
        .exclude(practice__lead_body=body)
        .exclude(practice__in=Adoption.objects.filter(body=body).values("practice_id"))
        .order_by("-adopters", "-practice__evidence_level", "practice_id")
        .values_list("practice_id", "adopters", "practice__evidence_level")
    )
    top = list(candidates[:limit])
    ranked = analytics.adopted_by_peers(
        {p: n for p, n, _level in top}, set(), {p: level for p, _n, level in top}, limit
    )
    practices = Practice.objects.select_related("lead_body").in_bulk(
        [s.practice_id for s in ranked]
    )
    return [(practices[s.practice_id], s.peers_adopting) for s in ranked]
