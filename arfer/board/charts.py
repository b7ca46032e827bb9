"""Charts drawn on the server as inline SVG, from plain numbers to markup.

Why server-side SVG: the content security policy allows no inline scripts or style attributes,
so a JavaScript charting library is out, and the same charts go into PDFs that WeasyPrint
renders without scripts or a stylesheet. So each chart is a pure, deterministic function of its
data (coordinates rounded to one decimal place) that colours itself with presentation
attributes (``fill``, ``stroke``, ``font-size``); its few classes are hooks, never for colour.

Every chart sits beside a table of the same numbers, which is the accessible version: the SVG
is a picture (``role="img"``) named by its ``<title>``; each shape's ``<title>`` is a hover
hint. A chart is "" when there is nothing to draw, so templates can use ``{% if chart %}``.
Text widths are estimated from character counts (there are no font metrics on the server).
Values below zero are not drawn (the table shows them): these charts are for counts and money.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from arfer.core import palette
from arfer.core.bilingual import LocalisedText

from .chart_labels import wrap_label
from .chart_numbers import percent

Number = int | float
# A label is text, or a record's text in the reader's language (English standing in for missing
# Welsh is marked lang="en").
Label = str | LocalisedText
ValueFormat = Callable[[Number], str]

# For series that have no colour of their own (those that stand for something have theirs in
# core/palette.py): GOV.UK colours, each at least 3:1 against white (WCAG 1.4.11 for graphics)
# except orange (2.8:1), which comes last so that only charts with nine or more series need it.
PALETTE = (
    "#1d70b8",
    "#003078",
    "#00703c",
    "#4c2c92",
    "#d4351c",
    "#28a197",
    "#d53880",
    "#505a5f",
    "#f47738",
)
TEXT_COLOUR = palette.TEXT
GRID_COLOUR = "#b1b4b6"
EDGE_COLOUR = "#505a5f"
FONT_SIZE = 14
SMALL_FONT_SIZE = 12
CHART_WIDTH = 640
PLOT_HEIGHT = 240
# A bar's label wraps onto this many lines of up to this many characters before it is cut.
BAR_LABEL_LINES = 2
BAR_LABEL_WIDTH = 26
_CHAR_WIDTH = 0.6  # of the font size: wider than most glyphs, so estimates err towards room
_SHARE_TICKS: list[float] = [0, 0.25, 0.5, 0.75, 1]
_EN_DASH = "\u2013"
_CHART_ID = re.compile(r"[A-Za-z0-9_-]+")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[Number | None]
    colour: str | None = None


@dataclass(frozen=True)
class Node:
    key: str
    label: str
    size: Number
    colour: str | None = None


@dataclass(frozen=True)
class Edge:
    a: str
    b: str
    weight: Number


@dataclass(frozen=True)
class _Box:
    left: float
    top: float
    width: float
    height: float

    @property
    def bottom(self) -> float:
        return self.top + self.height


def nice_ticks(maximum: float, target_count: int = 5, *, whole: bool = False) -> list[float]:
    """Axis ticks from 0 to at least ``maximum`` in steps of 1, 2, 2.5 or 5 times a power of
    ten, about ``target_count`` steps (never more). Whole ticks come back as ints, so that
    ``str`` prints "20" rather than "20.0". ``whole`` is for counts: every tick is a whole
    number (never 0.5 adoptions), so a small maximum gets fewer steps. A maximum of 0 (or
    below) gives [0, 1]."""
    if not (maximum > 0 and math.isfinite(maximum)):
        return [0, 1]
    rough = maximum / max(target_count, 1)
    magnitude = 10.0 ** math.floor(math.log10(rough))
    steps = [m * magnitude for m in (1, 2, 2.5, 5, 10)]
    if whole:
        steps = [round(step) for step in steps if step >= 1 and float(step).is_integer()] or [1]
    # The tolerance lets a maximum that is an exact multiple (100 in steps of 20) stay one.
    step = next((m for m in steps if m >= rough * (1 - 1e-9)), steps[-1])
    count = math.ceil(maximum / step - 1e-9)
    decimals = max(0, 1 - math.floor(math.log10(step)))  # enough for 2.5 x 10^n steps
    return [_tidy(round(i * step, decimals)) for i in range(count + 1)]


def column_chart(
    *,
    chart_id: str,
    title: str,
    categories: Sequence[Label],
    series: Sequence[Series],
    value_format: ValueFormat = str,
    targets: Sequence[Number | None] | None = None,
    target_label: str = "",
) -> SafeString:
    """Grouped columns: one group per category, one column per series, and an optional target
    per category drawn as a dark bar across its group. A target alone is worth drawing (no
    results yet), so the chart is empty only when every value and every target is 0 or None."""
    _check_id(chart_id)
    colours, legend = _series_key(categories, series)
    target_list = list(targets) if targets is not None else [None] * len(categories)
    if len(target_list) != len(categories):
        raise ValueError("targets must have one entry per category")
    peak = max(
        [_positive(v) for s in series for v in s.values] + [_positive(t) for t in target_list],
        default=0,
    )
    if peak <= 0:
        return SafeString("")
    ticks = nice_ticks(
        peak, whole=_all_whole([*(v for s in series for v in s.values), *target_list])
    )
    if target_label and any(t is not None and t > 0 for t in target_list):
        legend.append(("line", TEXT_COLOUR, target_label))

    def draw(plot: _Box, step: float) -> list[str]:
        column = min(step * 0.7 / max(len(series), 1), 48.0)
        gap = min(2.0, column * 0.2)  # a white gap keeps neighbouring colours apart
        columns, marks = ['<g class="arfer-chart__columns">'], ['<g class="arfer-chart__targets">']
        for i, category in enumerate(categories):
            start = plot.left + step * (i + 0.5) - column * len(series) / 2
            for j, (s, colour) in enumerate(zip(series, colours, strict=True)):
                value = s.values[i]
                if value is None or value <= 0:
                    continue
                hint = f"{category}, {s.name}: {value_format(value)}"
                columns.append(
                    _rect(
                        start + j * column + gap / 2,
                        plot.bottom,
                        column - gap,
                        value / ticks[-1] * plot.height,
                        colour,
                        hint,
                    )
                )
            target = target_list[i]
            if target is not None and target > 0:
                y = plot.bottom - target / ticks[-1] * plot.height
                hint = (
                    f"{target_label}: {value_format(target)}"
                    if target_label
                    else (value_format(target))
                )
                marks.append(
                    f'<line x1="{_n(start - 4)}" y1="{_n(y)}" '
                    f'x2="{_n(start + column * len(series) + 4)}" y2="{_n(y)}" '
                    f'stroke="{TEXT_COLOUR}" stroke-width="3">'
                    f"<title>{escape(hint)}</title></line>"
                )
        return [*columns, "</g>", *marks, "</g>"]

    return _category_chart(chart_id, title, categories, ticks, value_format, legend, draw)


def stacked_share_chart(
    *,
    chart_id: str,
    title: str,
    categories: Sequence[Label],
    series: Sequence[Series],
    value_format: ValueFormat = percent,
) -> SafeString:
    """100% stacked columns: each series' share of its category's total, stacked bottom-up in
    series order. A category whose total is 0 keeps its label but has no segments."""
    _check_id(chart_id)
    colours, legend = _series_key(categories, series)
    totals = [sum(_positive(s.values[i]) for s in series) for i in range(len(categories))]
    if not any(total > 0 for total in totals):
        return SafeString("")

    def draw(plot: _Box, step: float) -> list[str]:
        width = min(step * 0.6, 64.0)
        parts = ['<g class="arfer-chart__columns">']
        for i, (category, total) in enumerate(zip(categories, totals, strict=True)):
            running, below = 0.0, plot.bottom
            for s, colour in zip(series, colours, strict=True):
                value = _positive(s.values[i])
                if total <= 0 or value <= 0:
                    continue
                running += value
                # Segment edges are rounded from the running total, not segment by segment,
                # so the segments of a column always add up to the full plot height.
                top = round(plot.bottom - running / total * plot.height, 1)
                hint = f"{category}, {s.name}: {value_format(value / total)}"
                parts.append(
                    _rect(
                        plot.left + step * (i + 0.5) - width / 2,
                        below,
                        width,
                        below - top,
                        colour,
                        hint,
                    )
                )
                below = top
        return [*parts, "</g>"]

    return _category_chart(chart_id, title, categories, _SHARE_TICKS, value_format, legend, draw)


def bar_chart(
    *,
    chart_id: str,
    title: str,
    rows: Sequence[tuple[Label, Number]],
    value_format: ValueFormat = str,
    colour: str | None = None,
    colours: Sequence[str] | None = None,
) -> SafeString:
    """Horizontal bars in the given order, labelled on the left with the value at the bar's
    end, in one colour or, with ``colours``, one per row (a stage's own colour). A long label
    wraps onto two lines and, longer still, is shortened with "…"; the bar's <title> and the
    label's keep it whole. The chart grows downwards, one row per bar."""
    _check_id(chart_id)
    values = [_positive(value) for _, value in rows]
    if not any(values):
        return SafeString("")
    if colours is not None and len(colours) != len(rows):
        raise ValueError("colours must have one entry per row")
    fills = list(colours) if colours is not None else [colour or PALETTE[0]] * len(rows)
    ticks = nice_ticks(max(values), whole=_all_whole([value for _, value in rows]))
    shown = [wrap_label(str(label), BAR_LABEL_WIDTH, BAR_LABEL_LINES) for label, _ in rows]
    value_texts = [value_format(value) for _, value in rows]
    label_width = (
        max(_text_width(line, SMALL_FONT_SIZE) for lines, _cut in shown for line in lines) + 16
    )
    end_width = (
        max(_text_width(text, SMALL_FONT_SIZE) for text in [*value_texts, value_format(ticks[-1])])
        + 12
    )
    row_height, bar_height = 32.0, 20.0
    plot = _Box(label_width, 8, CHART_WIDTH - label_width - end_width, row_height * len(rows))
    body = _grid(ticks, plot, value_format, horizontal=True)
    body.append('<g class="arfer-chart__bars">')
    for i, ((label, _), wrapped, value, text, fill) in enumerate(
        zip(rows, shown, values, value_texts, fills, strict=True)
    ):
        middle = plot.top + row_height * (i + 0.5)
        length = value / ticks[-1] * plot.width
        lang = _lang(label)
        body.append(
            f'<g class="arfer-chart__bar"><title{lang}>{escape(label)}: {escape(text)}</title>'
        )
        if length > 0:
            body.append(
                f'<rect x="{_n(plot.left)}" y="{_n(middle - bar_height / 2)}" '
                f'width="{_n(length)}" height="{_n(bar_height)}" fill="{escape(fill)}"/>'
            )
        body += [
            _lines(
                plot.left - 8,
                middle + 4 - _LINE_HEIGHT / 2 * (len(wrapped[0]) - 1),
                wrapped,
                label,
                anchor="end",
                lang=lang,
            ),
            _text(plot.left + length + 6, middle + 4, text, size=SMALL_FONT_SIZE),
            "</g>",
        ]
    body.append("</g>")
    return _svg(chart_id, title, CHART_WIDTH, plot.bottom + 24, body)


def network_chart(
    *,
    chart_id: str,
    title: str,
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    value_format: ValueFormat = str,
) -> SafeString:
    """A small network with its nodes evenly on a circle, the first at the top and the rest
    clockwise. A node's area follows its size; a line's width follows its edge's weight, up to
    12 for the heaviest. An edge from a node to itself (links within one sector) is a ring
    around the node, as wide as a line of the same weight would be. Edges between the same
    two nodes, in either direction, are added together. ``value_format`` formats both the
    weights and the node sizes in the hover hints."""
    _check_id(chart_id)
    if not nodes:
        return SafeString("")
    index = {node.key: i for i, node in enumerate(nodes)}
    if len(index) != len(nodes):
        raise ValueError("node keys must be unique")
    weights: dict[tuple[int, int], float] = {}
    for edge in edges:
        if edge.a not in index or edge.b not in index:
            raise ValueError(f"edge {edge.a!r}, {edge.b!r} names a node that is not given")
        a, b = sorted((index[edge.a], index[edge.b]))
        weights[a, b] = weights.get((a, b), 0) + edge.weight
    heaviest = max((w for w in weights.values() if w > 0), default=0)
    widths = {pair: 12 * w / heaviest for pair, w in weights.items() if w > 0}

    ring = 150.0  # radius of the circle the node centres sit on
    count = len(nodes)
    largest_radius = min(30.0, 0.4 * 2 * math.pi * ring / count)  # neighbours must not touch
    biggest = max(_positive(node.size) for node in nodes)
    radii = [
        max(4.0, largest_radius * math.sqrt(_positive(node.size) / biggest)) if biggest else 4.0
        for node in nodes
    ]
    # How far each node reaches from its centre, counting its ring (2 apart) if it has one.
    reach = [
        radius + 2 + widths[i, i] if (i, i) in widths else radius for i, radius in enumerate(radii)
    ]
    label_room = max(_text_width(node.label) for node in nodes) + 8
    width = 2 * (ring + max(reach) + 8 + label_room)
    height = 2 * (ring + max(reach) + 8 + FONT_SIZE + 8)
    centre_x, centre_y = width / 2, height / 2
    angles = [-math.pi / 2 + 2 * math.pi * i / count for i in range(count)]
    centres = [
        (centre_x, centre_y)
        if count == 1
        else (centre_x + ring * math.cos(a), centre_y + ring * math.sin(a))
        for a in angles
    ]

    # Heavier edges first, so that thin lines stay visible on top of thick ones.
    body = ['<g class="arfer-chart__edges">']
    for (a, b), stroke in sorted(widths.items(), key=lambda item: (-item[1], item[0])):
        weight = value_format(weights[a, b])
        hint = escape(f"{nodes[a].label} {_EN_DASH} {nodes[b].label}: {weight}")
        (ax, ay), (bx, by) = centres[a], centres[b]
        if a == b:
            tag, shape = (
                "circle",
                (f'cx="{_n(ax)}" cy="{_n(ay)}" r="{_n(radii[a] + 2 + stroke / 2)}" fill="none"'),
            )
        else:
            tag, shape = "line", f'x1="{_n(ax)}" y1="{_n(ay)}" x2="{_n(bx)}" y2="{_n(by)}"'
        body.append(
            f'<{tag} {shape} stroke="{EDGE_COLOUR}" stroke-opacity="0.6" '
            f'stroke-width="{_n(stroke)}" stroke-linecap="round">'
            f"<title>{hint}</title></{tag}>"
        )
    body.append("</g>")
    for i, node in enumerate(nodes):
        (x, y), angle = centres[i], angles[i]
        ux, uy = math.cos(angle), math.sin(angle)
        distance = reach[i] + 8
        anchor = "start" if ux > 0.3 else "end" if ux < -0.3 else "middle"
        # Baseline shift: above a top node, below a bottom one, centred beside a side one.
        label_y = y + distance * uy + FONT_SIZE * (0.35 + 0.5 * uy)
        colour = node.colour or PALETTE[i % len(PALETTE)]
        body.append(
            f'<g class="arfer-chart__node">'
            f"<title>{escape(node.label)}: {escape(value_format(node.size))}</title>"
            f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(radii[i])}" '
            f'fill="{escape(colour)}" stroke="#ffffff" stroke-width="1.5"/>'
            f"{_text(x + distance * ux, label_y, node.label, anchor=anchor)}</g>"
        )
    return _svg(chart_id, title, width, height, body)


def _category_chart(
    chart_id: str,
    title: str,
    categories: Sequence[Label],
    ticks: list[float],
    value_format: ValueFormat,
    legend: list[tuple[str, str, str]],
    draw: Callable[[_Box, float], list[str]],
) -> SafeString:
    """The frame shared by the column charts: value axis, category labels and legend around
    the columns that ``draw`` returns for the plot area and the width of one category."""
    left = max(_text_width(value_format(tick), SMALL_FONT_SIZE) for tick in ticks) + 12
    plot = _Box(left, 12, CHART_WIDTH - left - 8, PLOT_HEIGHT)
    step = plot.width / len(categories)
    body = _grid(ticks, plot, value_format, horizontal=False)
    body += draw(plot, step)
    every = 2 if len(categories) > 12 else 1  # beyond 12 the labels would run together
    body.append('<g class="arfer-chart__categories">')
    # A label wider than its column (a long workstream name) wraps onto a second line and,
    # longer still, is cut, so neighbours do not run into each other; its <title> and the
    # data table beside the chart have it in full.
    fits = max(4, int(step * every / (SMALL_FONT_SIZE * _CHAR_WIDTH)))
    wrapped = [wrap_label(str(category), fits, 2) for category in categories]
    label_lines = max(len(lines) for lines, _cut in wrapped)
    body += [
        _lines(
            plot.left + step * (i + 0.5),
            plot.bottom + 18,
            wrapped[i],
            category,
            anchor="middle",
            lang=_lang(category),
        )
        for i, category in enumerate(categories)
        if i % every == 0
    ]
    body.append("</g>")
    legend_top = plot.bottom + 22 + _LINE_HEIGHT * label_lines
    markup, legend_height = _legend(legend, plot.left, legend_top, plot.width)
    return _svg(chart_id, title, CHART_WIDTH, legend_top + legend_height, body + markup)


def _grid(
    ticks: Sequence[float], plot: _Box, value_format: ValueFormat, *, horizontal: bool
) -> list[str]:
    """Gridlines with tick labels; the zero line is dark as it is the bars' baseline.
    ``horizontal`` is for horizontal bars, whose values run left to right."""
    parts = ['<g class="arfer-chart__grid">']
    for tick in ticks:
        colour = TEXT_COLOUR if tick == 0 else GRID_COLOUR
        label = value_format(_tidy(tick))
        if horizontal:
            x = plot.left + tick / ticks[-1] * plot.width
            line = f'x1="{_n(x)}" y1="{_n(plot.top)}" x2="{_n(x)}" y2="{_n(plot.bottom)}"'
            text = _text(x, plot.bottom + 16, label, size=SMALL_FONT_SIZE, anchor="middle")
        else:
            y = plot.bottom - tick / ticks[-1] * plot.height
            right = plot.left + plot.width
            line = f'x1="{_n(plot.left)}" y1="{_n(y)}" x2="{_n(right)}" y2="{_n(y)}"'
            text = _text(plot.left - 6, y + 4, label, size=SMALL_FONT_SIZE, anchor="end")
        parts += [f'<line {line} stroke="{colour}" stroke-width="1"/>', text]
    return [*parts, "</g>"]


def _legend(
    items: Sequence[tuple[str, str, str]], left: float, top: float, width: float
) -> tuple[list[str], float]:
    """Legend entries, ("box" or "line", colour, label), flowing left to right and wrapping
    at ``width``. Returns the markup and the height it takes."""
    if not items:
        return [], 0.0
    row_height = 22.0
    parts, x, y = ['<g class="arfer-chart__legend">'], left, top
    for kind, colour, label in items:
        item_width = 22 + _text_width(label) + 20
        if x > left and x + item_width > left + width:
            x, y = left, y + row_height
        if kind == "line":
            parts.append(
                f'<line x1="{_n(x)}" y1="{_n(y + 7)}" x2="{_n(x + 16)}" '
                f'y2="{_n(y + 7)}" stroke="{escape(colour)}" stroke-width="3"/>'
            )
        else:
            parts.append(
                f'<rect x="{_n(x)}" y="{_n(y)}" width="14" height="14" fill="{escape(colour)}"/>'
            )
        parts.append(_text(x + 22, y + 12, label))
        x += item_width
    return [*parts, "</g>"], y - top + row_height


def _rect(x: float, bottom: float, width: float, height: float, colour: str, hint: str) -> str:
    """A column standing on ``bottom``, with a hover hint."""
    return (
        f'<rect x="{_n(x)}" y="{_n(bottom - height)}" width="{_n(width)}" '
        f'height="{_n(height)}" fill="{escape(colour)}"><title>{escape(hint)}</title></rect>'
    )


def _text(
    x: float,
    y: float,
    content: str,
    *,
    size: int = FONT_SIZE,
    anchor: str = "start",
    lang: str = "",
) -> str:
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{size}" fill="{TEXT_COLOUR}" '
        f'text-anchor="{anchor}"{lang}>{escape(content)}</text>'
    )


_LINE_HEIGHT = 14  # between the lines of a wrapped label, for SMALL_FONT_SIZE


def _lines(
    x: float, y: float, wrapped: tuple[list[str], bool], full: Label, *, anchor: str, lang: str
) -> str:
    """A label of one or more lines (from ``wrap_label``), the first on ``y``; a label cut short
    carries its whole text in a <title>, which a pointer shows."""
    lines, cut = wrapped
    # The <title> after the words, so that a one-line label is the element's own text.
    title = f"<title>{escape(full)}</title>" if cut else ""
    if len(lines) == 1:
        words = str(escape(lines[0]))
    else:
        words = "".join(
            f'<tspan x="{_n(x)}" dy="{0 if i == 0 else _LINE_HEIGHT}">{escape(line)}</tspan>'
            for i, line in enumerate(lines)
        )
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" font-size="{SMALL_FONT_SIZE}" fill="{TEXT_COLOUR}" '
        f'text-anchor="{anchor}"{lang}>{words}{title}</text>'
    )


def _all_whole(values: Sequence[Number | None]) -> bool:
    """Whether every value is a whole number (counts): their axis then has whole ticks."""
    return all(isinstance(v, int) and not isinstance(v, bool) for v in values if v is not None)


def _lang(label: object) -> str:
    """` lang="en"` for a label that is English standing in for missing Welsh (a record's
    `LocalisedText`, see core/bilingual.py), so a Welsh page's chart marks it; else nothing."""
    return ' lang="en"' if getattr(label, "is_fallback", False) else ""


def _svg(chart_id: str, title: str, width: float, height: float, body: list[str]) -> SafeString:
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'role="img" aria-labelledby="{chart_id}-title" class="arfer-chart" width="100%" '
        f'preserveAspectRatio="xMinYMin meet"><title id="{chart_id}-title">'
        f"{escape(title)}</title>"
    )
    # Safe: chart_id is checked to be a slug and every caller-supplied text goes through escape.
    return mark_safe(head + "".join(body) + "</svg>")  # noqa: S308


def _check_id(chart_id: str) -> None:
    if not _CHART_ID.fullmatch(chart_id):
        raise ValueError(f"chart_id must be a slug of letters, digits, - or _: {chart_id!r}")


def _series_key(
    categories: Sequence[Label], series: Sequence[Series]
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Each series' colour (its own, or the palette's in turn) and its legend entry."""
    if any(len(s.values) != len(categories) for s in series):
        raise ValueError("every series must have one value per category")
    colours = [s.colour or PALETTE[i % len(PALETTE)] for i, s in enumerate(series)]
    return colours, [("box", colour, s.name) for s, colour in zip(series, colours, strict=True)]


def _positive(value: Number | None) -> Number:
    return value if value is not None and value > 0 else 0


def _text_width(text: str, size: float = FONT_SIZE) -> float:
    return len(text) * size * _CHAR_WIDTH


def _tidy(value: Number) -> Number:
    return int(value) if float(value).is_integer() else value


def _n(value: float) -> str:
    """A coordinate to one decimal place, without a trailing ".0" or a "-0"."""
    rounded = round(value, 1) + 0.0
    return str(int(rounded)) if rounded.is_integer() else f"{rounded:.1f}"
