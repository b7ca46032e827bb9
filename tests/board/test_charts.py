"""The server-drawn SVG charts: scales, number formats, geometry, escaping and ids."""

import math
import re
import xml.etree.ElementTree as ET

import pytest
from django.utils.safestring import SafeString

from arfer.board.chart_numbers import money_short, percent
from arfer.board.charts import (
    PALETTE,
    PLOT_HEIGHT,
    Edge,
    Node,
    Series,
    bar_chart,
    column_chart,
    network_chart,
    nice_ticks,
    stacked_share_chart,
)

NS = "{http://www.w3.org/2000/svg}"
DASH = "\u2013"  # the en dash between two node labels
NASTY = '<script>alert("x")</script> & co'


def parse(markup):
    """Every chart must be well-formed XML with an <svg> root."""
    assert isinstance(markup, SafeString)
    root = ET.fromstring(str(markup))  # noqa: S314 - the markup is the code under test's own
    assert root.tag == f"{NS}svg"
    return root


def group(root, name):
    found = root.find(f".//{NS}g[@class='arfer-chart__{name}']")
    assert found is not None, name
    return found


def rects(root, name="columns"):
    return group(root, name).findall(f"{NS}rect")


def number(element, attribute):
    return float(element.get(attribute))


def plot_extent(root):
    """Top and bottom of the plot area, read from the value axis gridlines."""
    ys = [number(line, "y1") for line in group(root, "grid").findall(f"{NS}line")]
    return min(ys), max(ys)


def savings(**kwargs):
    options = {
        "chart_id": "savings",
        "title": "Savings by year",
        "categories": ["2023-24", "2024-25"],
        "series": [Series("Forecast", [40, 87]), Series("Realised", [None, 60])],
    }
    return column_chart(**(options | kwargs))


# Scales and formats ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("maximum", "target", "expected"),
    [
        (87, 5, [0, 20, 40, 60, 80, 100]),
        (100, 5, [0, 20, 40, 60, 80, 100]),
        (101, 5, [0, 25, 50, 75, 100, 125]),
        (1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]),
        (7, 5, [0, 2, 4, 6, 8]),
        (1234, 5, [0, 250, 500, 750, 1000, 1250]),
        (0.03, 5, [0, 0.01, 0.02, 0.03]),
        (87, 10, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90]),
        (3, 5, [0, 1, 2, 3]),
    ],
)
def test_nice_ticks_known_values(maximum, target, expected):
    assert nice_ticks(maximum, target) == expected


@pytest.mark.parametrize("maximum", [0, -5, float("nan")])
def test_nice_ticks_without_a_positive_maximum_gives_a_unit_axis(maximum):
    assert nice_ticks(maximum) == [0, 1]


def test_nice_ticks_are_ints_when_whole_and_cover_the_maximum():
    assert [type(t) for t in nice_ticks(87)] == [int] * 6
    for maximum in (0.7, 3.3, 19, 250, 999, 1001, 123_456_789):
        ticks = nice_ticks(maximum)
        assert ticks[0] == 0 and ticks[-1] >= maximum
        assert 4 <= len(ticks) <= 6, (maximum, ticks)


@pytest.mark.parametrize(
    ("pence", "expected"),
    [
        (0, "£0"),
        (95_000, "£950"),
        (99_949, "£999"),
        (99_950, "£1k"),
        (1_200_000, "£12k"),
        (99_999_999, "£1m"),
        (100_000_000, "£1m"),
        (120_000_000, "£1.2m"),
        (1_200_000_000, "£12m"),
        (98_765_432_100, "£988m"),
        (340_000_000_000, "£3.4bn"),
        (2_500_000_000_000, "£25bn"),
        (-120_000_000, "-£1.2m"),
        (-1, "£0"),
    ],
)
def test_money_short(pence, expected):
    assert money_short(pence) == expected


def test_percent_rounds_to_whole_percentages():
    assert [percent(s) for s in (0, 0.365, 0.5, 1)] == ["0%", "37%", "50%", "100%"]


# Column chart ----------------------------------------------------------------------------


def test_column_chart_root_and_accessible_name():
    root = parse(savings())
    assert root.get("viewBox").startswith("0 0 640 ")
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "savings-title"
    assert root.get("class") == "arfer-chart"
    assert root.get("width") == "100%"
    assert root.get("preserveAspectRatio") == "xMinYMin meet"
    title = root.find(f"{NS}title")
    assert title.get("id") == "savings-title" and title.text == "Savings by year"
    assert "style=" not in savings() and "<script" not in savings()


def test_column_heights_follow_the_values_and_none_draws_nothing():
    root = parse(savings())
    columns = rects(root)
    assert len(columns) == 3  # four slots, one None
    top, bottom = plot_extent(root)
    assert bottom - top == PLOT_HEIGHT
    # Ticks run to 100, so 87 fills 87% of the plot height.
    heights = sorted(number(rect, "height") for rect in columns)
    assert heights == [round(PLOT_HEIGHT * v / 100, 1) for v in (40, 60, 87)] == [96, 144, 208.8]
    for rect in columns:  # every column stands on the baseline
        assert number(rect, "y") + number(rect, "height") == pytest.approx(bottom)
    assert [rect.get("fill") for rect in columns] == [PALETTE[0], PALETTE[0], PALETTE[1]]
    assert columns[1].find(f"{NS}title").text == "2024-25, Forecast: 87"
    # A zero draws no column either.
    assert len(rects(parse(savings(series=[Series("Forecast", [0, 87])])))) == 1


def test_column_chart_formats_axis_and_hints_with_value_format():
    root = parse(
        savings(
            series=[Series("Forecast", [900_000_000, 50_000_000], "#123456")],
            value_format=money_short,
        )
    )
    labels = [t.text for t in group(root, "grid").findall(f"{NS}text")]
    assert labels == ["£0", "£2m", "£4m", "£6m", "£8m", "£10m"]
    assert [r.get("fill") for r in rects(root)] == ["#123456", "#123456"]
    assert rects(root)[0].find(f"{NS}title").text == "2023-24, Forecast: £9m"
    assert rects(root)[1].find(f"{NS}title").text == "2024-25, Forecast: £500k"


def test_targets_are_markers_with_a_legend_entry():
    root = parse(savings(targets=[50, None], target_label="Target"))
    marks = group(root, "targets").findall(f"{NS}line")
    assert len(marks) == 1
    _, bottom = plot_extent(root)
    assert number(marks[0], "y1") == bottom - PLOT_HEIGHT * 0.5
    assert marks[0].find(f"{NS}title").text == "Target: 50"
    legend = [t.text for t in group(root, "legend").findall(f"{NS}text")]
    assert legend == ["Forecast", "Realised", "Target"]
    # A target above every value raises the scale: 130 -> ticks up to 150.
    root = parse(savings(targets=[None, 130]))
    assert group(root, "grid").findall(f"{NS}text")[-1].text == "150"


def test_many_categories_are_labelled_every_other_one():
    categories = [f"{year}-{year % 100 + 1:02d}" for year in range(2010, 2024)]
    root = parse(savings(categories=categories, series=[Series("Spend", list(range(1, 15)))]))
    labels = [t.text for t in group(root, "categories").findall(f"{NS}text")]
    assert labels == categories[::2]
    root = parse(savings(categories=categories[:12], series=[Series("Spend", [1] * 12)]))
    assert len(group(root, "categories").findall(f"{NS}text")) == 12


def test_column_chart_is_empty_without_anything_to_draw():
    assert savings(categories=[], series=[]) == ""
    assert savings(series=[Series("Forecast", [0, None])]) == ""
    assert savings(series=[Series("Forecast", [0, None])], targets=[None, 0]) == ""
    # A target alone is drawn.
    assert savings(series=[Series("Forecast", [None, None])], targets=[None, 10]) != ""


def test_column_chart_rejects_mismatched_lengths():
    with pytest.raises(ValueError, match="one value per category"):
        savings(series=[Series("Forecast", [1, 2, 3])])
    with pytest.raises(ValueError, match="targets"):
        savings(targets=[1])


# Stacked shares ----------------------------------------------------------------------------


def test_stacked_shares_fill_the_plot_height_per_category():
    chart = stacked_share_chart(
        chart_id="mix",
        title="Who adopts",
        categories=["North", "Empty", "South"],
        series=[
            Series("NHS", [1, 0, 1]),
            Series("Councils", [2, None, 1]),
            Series("Third sector", [3, 0, 1]),
        ],
    )
    root = parse(chart)
    top, bottom = plot_extent(root)
    columns = rects(root)
    assert len(columns) == 6  # the empty category has no segments
    by_x = {}
    for rect in columns:
        by_x.setdefault(rect.get("x"), []).append(number(rect, "height"))
    north, south = by_x.values()
    assert north == [40, 80, 120]
    assert sum(north) == pytest.approx(bottom - top)
    assert south == [80, 80, 80]
    assert [t.text for t in group(root, "grid").findall(f"{NS}text")] == [
        "0%",
        "25%",
        "50%",
        "75%",
        "100%",
    ]
    assert columns[0].find(f"{NS}title").text == "North, NHS: 17%"


def test_stacked_segments_add_up_even_when_shares_do_not_round_evenly():
    chart = stacked_share_chart(
        chart_id="t",
        title="Thirds",
        categories=["a"],
        series=[Series(n, [1]) for n in "xyz"] + [Series("w", [4])],
    )
    heights = [number(r, "height") for r in rects(parse(chart))]
    assert heights == [34.3, 34.3, 34.3, 137.1]
    assert sum(heights) == pytest.approx(PLOT_HEIGHT)


def test_stacked_share_chart_is_empty_when_every_total_is_zero():
    assert (
        stacked_share_chart(
            chart_id="s",
            title="S",
            categories=["a"],
            series=[Series("x", [0]), Series("y", [None])],
        )
        == ""
    )
    assert stacked_share_chart(chart_id="s", title="S", categories=[], series=[]) == ""


# Bar chart ---------------------------------------------------------------------------------


def label_lines(text_element) -> list[str]:
    spans = text_element.findall(f"{NS}tspan")
    return [span.text for span in spans] if spans else [text_element.text]


def test_bar_lengths_labels_and_truncation():
    long_label = "Cyngor Bwrdeistref Sirol Rhondda Cynon Taf, Adran Gwasanaethau Cymdeithasol"
    root = parse(
        bar_chart(
            chart_id="bars",
            title="Adoptions",
            rows=[(long_label, 12), ("Cardiff", 3), ("Powys", 0)],
        )
    )
    bars = group(root, "bars").findall(f"{NS}g")
    assert len(bars) == 3
    widths = [number(rect, "width") for rect in group(root, "bars").iter(f"{NS}rect")]
    assert len(widths) == 2  # a zero draws no bar, but keeps its row
    assert widths[0] == pytest.approx(4 * widths[1], abs=0.25)
    # Counts have whole ticks, 0..15, so 12 fills 80% of the plot width.
    grid_xs = [number(line, "x1") for line in group(root, "grid").findall(f"{NS}line")]
    assert widths[0] == round((max(grid_xs) - min(grid_xs)) * 12 / 15, 1)
    # A long label wraps onto two lines between words, then is cut, its whole in a <title>.
    label = bars[0].findall(f"{NS}text")[0]
    lines = label_lines(label)
    assert lines == ["Cyngor Bwrdeistref Sirol", "Rhondda Cynon Taf, Adran…"]
    assert all(len(line) <= 26 for line in lines)
    assert label.find(f"{NS}title").text == long_label
    assert bars[0].find(f"{NS}title").text == f"{long_label}: 12"
    # A short label is one line, with no <title> of its own.
    assert label_lines(bars[1].findall(f"{NS}text")[0]) == ["Cardiff"]
    assert bars[1].findall(f"{NS}text")[0].find(f"{NS}title") is None
    assert [b.findall(f"{NS}text")[1].text for b in bars] == ["12", "3", "0"]


def test_bar_chart_colours_each_row_its_own_when_asked():
    root = parse(
        bar_chart(
            chart_id="stages",
            title="Stages",
            rows=[("Implemented", 2), ("Embedded", 1)],
            colours=["#28a197", "#00703c"],
        )
    )
    fills = [rect.get("fill") for rect in group(root, "bars").iter(f"{NS}rect")]
    assert fills == ["#28a197", "#00703c"]
    with pytest.raises(ValueError, match="one entry per row"):
        bar_chart(chart_id="s", title="S", rows=[("A", 1)], colours=[])


@pytest.mark.parametrize("peak", [1, 2, 3, 4, 7])
def test_count_axes_have_whole_ticks(peak):
    """Never 0.5 of an adoption: counts of 2 would get ticks of 0.5 on a plain axis."""
    root = parse(bar_chart(chart_id="c", title="C", rows=[("A", peak), ("B", 1)]))
    labels = [text.text for text in group(root, "grid").findall(f"{NS}text")]
    assert all(label.isdigit() for label in labels), labels
    assert int(labels[-1]) >= peak


@pytest.mark.parametrize(
    ("maximum", "expected"),
    [
        (2, [0, 1, 2]),
        (1, [0, 1]),
        (7, [0, 2, 4, 6, 8]),
        (12, [0, 5, 10, 15]),
        (40, [0, 10, 20, 30, 40]),
        (101, [0, 25, 50, 75, 100, 125]),
    ],
)
def test_whole_ticks_known_values(maximum, expected):
    ticks = nice_ticks(maximum, whole=True)
    assert ticks == expected
    assert all(isinstance(tick, int) for tick in ticks)


def test_bar_chart_grows_with_rows():
    def height(count):
        chart = bar_chart(chart_id="b", title="B", rows=[(f"Row {i}", i + 1) for i in range(count)])
        return float(parse(chart).get("viewBox").split()[3])

    assert height(5) - height(2) == 3 * 32


def test_bar_chart_is_empty_without_rows_or_values():
    assert bar_chart(chart_id="b", title="B", rows=[]) == ""
    assert bar_chart(chart_id="b", title="B", rows=[("A", 0), ("B", 0)]) == ""


# Network chart -----------------------------------------------------------------------------


SECTORS = [
    Node("nhs", "NHS", 100),
    Node("lg", "Local government", 25),
    Node("third", "Third sector", 0),
    Node("police", "Police", 4),
]


def network(edges, **kwargs):
    return network_chart(chart_id="net", title="Links", nodes=SECTORS, edges=edges, **kwargs)


def test_network_nodes_sit_clockwise_from_the_top_with_area_by_size():
    root = parse(network([]))
    nodes = root.findall(f".//{NS}g[@class='arfer-chart__node']")
    circles = [node.find(f"{NS}circle") for node in nodes]
    xs = [number(c, "cx") for c in circles]
    ys = [number(c, "cy") for c in circles]
    width = float(root.get("viewBox").split()[2])
    # First at the top centre, then right, bottom and left.
    assert xs[0] == xs[2] == pytest.approx(width / 2)
    assert ys[0] == min(ys) and ys[2] == max(ys) and xs[1] == max(xs) and xs[3] == min(xs)
    radii = [number(c, "r") for c in circles]
    assert radii[0] == 30 and radii[1] == 15  # a quarter of the size, a quarter of the area
    assert radii[2] == 4  # size 0 is still visible
    assert [n.find(f"{NS}title").text for n in nodes][:2] == ["NHS: 100", "Local government: 25"]
    assert [n.find(f"{NS}text").text for n in nodes] == [s.label for s in SECTORS]


def test_network_edge_widths_are_proportional_to_weight():
    root = parse(network([Edge("nhs", "lg", 8), Edge("lg", "third", 2), Edge("police", "nhs", 4)]))
    lines = group(root, "edges").findall(f"{NS}line")
    widths = {line.find(f"{NS}title").text: number(line, "stroke-width") for line in lines}
    assert widths == {
        f"NHS {DASH} Local government: 8": 12,
        f"NHS {DASH} Police: 4": 6,
        f"Local government {DASH} Third sector: 2": 3,
    }


def test_network_merges_both_directions_and_uses_value_format():
    root = parse(
        network([Edge("nhs", "lg", 150_000), Edge("lg", "nhs", 50_000)], value_format=money_short)
    )
    lines = group(root, "edges").findall(f"{NS}line")
    assert len(lines) == 1
    assert lines[0].find(f"{NS}title").text == f"NHS {DASH} Local government: £2k"


def test_network_self_edge_is_a_ring_around_its_node():
    root = parse(network([Edge("nhs", "nhs", 5), Edge("nhs", "lg", 10)]))
    rings = group(root, "edges").findall(f"{NS}circle")
    assert len(rings) == 1
    ring = rings[0]
    assert ring.find(f"{NS}title").text == f"NHS {DASH} NHS: 5"
    assert ring.get("fill") == "none" and number(ring, "stroke-width") == 6
    node = root.find(f".//{NS}g[@class='arfer-chart__node']/{NS}circle")
    assert (ring.get("cx"), ring.get("cy")) == (node.get("cx"), node.get("cy"))
    assert number(ring, "r") - 3 > number(node, "r")  # its inner edge clears the node


def test_network_rejects_unknown_nodes_and_is_empty_without_nodes():
    with pytest.raises(ValueError, match="ambulance"):
        network([Edge("nhs", "ambulance", 1)])
    with pytest.raises(ValueError, match="unique"):
        network_chart(chart_id="n", title="N", nodes=SECTORS + SECTORS[:1], edges=[])
    assert network_chart(chart_id="n", title="N", nodes=[], edges=[]) == ""


# Every chart -------------------------------------------------------------------------------


def all_charts(chart_id="any", label=NASTY):
    return [
        column_chart(
            chart_id=chart_id,
            title=label,
            categories=[label],
            series=[Series(label, [3])],
            targets=[2],
            target_label=label,
        ),
        stacked_share_chart(
            chart_id=chart_id,
            title=label,
            categories=[label],
            series=[Series(label, [1]), Series("Other", [1])],
        ),
        bar_chart(chart_id=chart_id, title=label, rows=[(label, 5)]),
        network_chart(
            chart_id=chart_id, title=label, nodes=[Node("a", label, 1)], edges=[Edge("a", "a", 1)]
        ),
    ]


def test_text_is_escaped_everywhere():
    for chart in all_charts():
        assert "<script" not in chart
        assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co" in chart
        root = parse(chart)
        texts = [el.text for el in root.iter() if el.tag in (f"{NS}text", f"{NS}title")]
        assert texts[0] == NASTY
        assert all(NASTY in text or "<" not in text for text in texts if text)


def test_ids_come_from_chart_id_and_are_unique():
    for first, second in zip(all_charts("alpha"), all_charts("beta"), strict=True):
        ids_first = re.findall(r'\bid="([^"]+)"', first)
        ids_second = re.findall(r'\bid="([^"]+)"', second)
        assert ids_first == ["alpha-title"] and ids_second == ["beta-title"]
        assert 'aria-labelledby="alpha-title"' in first


@pytest.mark.parametrize("bad", ["", "has space", 'quote"', "<x>"])
def test_chart_id_must_be_a_slug(bad):
    with pytest.raises(ValueError, match="chart_id"):
        bar_chart(chart_id=bad, title="B", rows=[("A", 1)])


def test_output_is_deterministic_and_rounded_to_one_decimal():
    assert all_charts() == all_charts()
    for chart in all_charts():
        attributes = re.findall(
            r'\b(?:x|y|x1|y1|x2|y2|cx|cy|r|width|height|stroke-width)="([^"]+)"', chart
        )
        assert attributes
        for value in attributes:
            if value != "100%":
                assert re.fullmatch(r"-?\d+(\.\d)?", value), value
        view_box = re.search(r'viewBox="([^"]+)"', chart).group(1).split()
        assert all(math.isfinite(float(v)) for v in view_box)


def test_long_category_labels_wrap_within_their_column_and_are_cut_beyond_two_lines():
    names = [
        "Integrated health and social care",
        "Prevention and early help",
        "Shared back-office services",
        "Workforce and digital",
        "Community resilience through volunteering, mutual aid and local networks",
    ]
    root = parse(
        column_chart(
            chart_id="long",
            title="Workstreams",
            categories=names,
            series=[Series("Realised", [5, 4, 3, 2, 1])],
        )
    )
    labels = group(root, "categories").findall(f"{NS}text")
    lines = [label_lines(label) for label in labels]
    assert all(len(line) <= 20 for found in lines for line in found)  # 5 columns of ~110 units
    assert all(len(found) <= 2 for found in lines)
    assert lines[0] == ["Integrated health", "and social care"]
    # Wrapped whole: the words are all there, so no <title> is needed.
    assert " ".join(lines[1]) == names[1] and labels[1].find(f"{NS}title") is None
    # Too long for two lines: cut, with the whole name in a <title>.
    assert lines[4][-1].endswith("…")
    assert labels[4].find(f"{NS}title").text == names[4]


def test_labels_in_english_standing_in_for_welsh_are_marked_english():
    from arfer.core.bilingual import LocalisedText

    fallback = LocalisedText("Food pantries", "en", is_fallback=True)
    welsh = LocalisedText("Pantrïoedd bwyd", "cy", is_fallback=False)
    bars = str(bar_chart(chart_id="bars", title="Bariau", rows=[(fallback, 3), (welsh, 2)]))
    assert '<text x="' in bars
    assert re.search(r'<text [^>]* lang="en">Food pantries</text>', bars)
    assert '<title lang="en">Food pantries: 3</title>' in bars
    assert re.search(r'<text [^>]*text-anchor="end">Pantrïoedd bwyd</text>', bars)
    columns = str(
        column_chart(
            chart_id="columns",
            title="Colofnau",
            categories=[fallback, welsh],
            series=[Series("Wedi'u gwireddu", [1, 2])],
        )
    )
    assert re.search(r'<text [^>]* lang="en">Food pantries</text>', columns)
    assert not re.search(r'lang="en">Pantrïoedd', columns)


# The board's pictures in the palette's colours ------------------------------------------


def test_the_board_pictures_colour_each_series_and_stage_as_the_palette_does():
    from types import SimpleNamespace

    from arfer.board.pictures import pipeline_chart, savings_chart
    from arfer.core import palette

    years = [
        SimpleNamespace(financial_year=2024, forecast=300, realised=200, verified=100, target=0)
    ]
    root = parse(savings_chart(years))
    fills = {rect.get("fill") for rect in group(root, "columns").iter(f"{NS}rect")}
    assert fills == set(palette.SAVINGS_SERIES.values())
    stages = [("implemented", "Implemented", 2), ("embedded", "Embedded", 1)]
    root = parse(pipeline_chart(stages))
    fills = [rect.get("fill") for rect in group(root, "bars").iter(f"{NS}rect")]
    assert fills == [palette.stage_fill("implemented"), palette.stage_fill("embedded")]
