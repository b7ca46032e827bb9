"""The board's figures drawn as charts: one function per figure, used by the pages and the board
pack alike, so that the picture in the PDF is the picture on the screen."""

from django.utils.translation import gettext as _

from arfer.core import palette
from arfer.core.bilingual import localised
from arfer.core.periods import year_label
from arfer.menu.models import PreventionTier

from .chart_numbers import money_short
from .charts import (
    Edge,
    Node,
    Series,
    bar_chart,
    column_chart,
    network_chart,
    stacked_share_chart,
)


def savings_chart(years, *, chart_id: str = "savings-by-year"):
    """Forecast, realised and verified savings by financial year (oldest first), with targets."""
    years = sorted(years, key=lambda year: year.financial_year)
    with_targets = any(year.target for year in years)
    return column_chart(
        chart_id=chart_id,
        title=(
            _("Savings by financial year against target")
            if with_targets
            else _("Savings by financial year")
        ),
        categories=[year_label(year.financial_year) for year in years],
        series=[
            Series(_("Forecast"), [year.forecast for year in years], _colour("forecast")),
            Series(_("Realised"), [year.realised for year in years], _colour("realised")),
            Series(_("Verified"), [year.verified for year in years], _colour("verified")),
        ],
        targets=[year.target for year in years] if with_targets else None,
        target_label=_("Target"),
        value_format=money_short,
    )


def workstream_chart(by_workstream, *, chart_id: str = "savings-by-workstream"):
    """Each workstream's realised and verified savings, all years, against its targets."""
    totals = [
        (
            localised(workstream, "name"),
            sum(y.realised for y in years),
            sum(y.verified for y in years),
            sum(y.target or 0 for y in years) or None,
        )
        for workstream, years in by_workstream
    ]
    return column_chart(
        chart_id=chart_id,
        title=_("Savings by workstream, all years, against target"),
        categories=[name for name, *_rest in totals],
        series=[
            Series(
                _("Realised"), [realised for _n, realised, _v, _t in totals], _colour("realised")
            ),
            Series(
                _("Verified"), [verified for _n, _r, verified, _t in totals], _colour("verified")
            ),
        ],
        targets=[target for *_rest, target in totals],
        target_label=_("Target"),
        value_format=money_short,
    )


def pipeline_chart(stages, *, chart_id: str = "pipeline"):
    return bar_chart(
        chart_id=chart_id,
        title=_("Adoptions by stage"),
        rows=[(label, count) for _stage, label, count in stages],
        colours=[palette.stage_fill(stage) for stage, _label, _count in stages],
    )


def spread_chart(practices, *, chart_id: str = "furthest-spread"):
    return bar_chart(
        chart_id=chart_id,
        title=_("Practices that spread furthest"),
        rows=[(practice.title, adopters) for practice, adopters in practices],
    )


def leaders_chart(bodies, *, chart_id: str = "leading-bodies"):
    return bar_chart(
        chart_id=chart_id,
        title=_("Bodies that lead most practices"),
        rows=[(localised(body, "name"), count) for body, count in bodies],
    )


def prevention_chart(years, measure: str, *, chart_id: str):
    """The share of practices (measure "practices") or of savings ("savings") by prevention
    tier, year by year."""
    title = (
        _("Practices published each year by prevention tier")
        if measure == "practices"
        else _("Realised savings each year by prevention tier")
    )
    return stacked_share_chart(
        chart_id=chart_id,
        title=title,
        categories=[year_label(year.year) for year in years],
        series=[
            Series(
                str(label),
                [getattr(year, measure)[tier] for year in years],
                palette.PREVENTION_TIERS[tier],
            )
            for tier, label in PreventionTier.choices
        ],
    )


def network_picture(network, sector_labels, *, chart_id: str = "network"):
    """Sectors as nodes (sized by their bodies), links between and within sectors as edges."""
    nodes = [
        Node(part.sector, str(sector_labels.get(part.sector, part.sector)), part.bodies)
        for part in network.by_sector
    ]
    edges = [Edge(a, b, count) for (a, b), count in sorted(network.sector_links.items())]
    return network_chart(
        chart_id=chart_id,
        title=_("Links between sectors: shared practices and adoptions"),
        nodes=nodes,
        edges=edges,
    )


def _colour(series: str) -> str:
    return palette.SAVINGS_SERIES[series]
