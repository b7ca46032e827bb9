"""The hex map of the 22 local-authority areas: its layout, geometry and template."""

import re
from pathlib import Path

import pytest
from django.apps import apps
from django.template import engines
from django.template.loader import render_to_string
from django.utils import translation

from arfer.rollout.hexmap import HEX_LAYOUT, STATES, WELSH_SHORT_LABELS, hex_cells, map_size

CODES = {f"W060000{n:02d}" for n in range(1, 25)} - {"W06000007", "W06000017"}
TEMPLATE = Path(__file__).parents[2] / "arfer/rollout/templates/rollout/_hex_map.html"
# The hex map's colours come from the one palette (assets/scss/_palette.scss).
SCSS = Path(__file__).parents[2] / "assets/scss/_palette.scss"


def centre(gss):
    """The hexagon's centre in hex widths (x) and rows (y), from the layout."""
    col, row, _ = HEX_LAYOUT[gss]
    return col + 0.5 * (row % 2), row


def neighbours(a, b):
    (ax, ay), (bx, by) = centre(a), centre(b)
    return (ay == by and abs(ax - bx) == 1) or (abs(ay - by) == 1 and abs(ax - bx) == 0.5)


def test_layout_has_each_area_once_on_its_own_cell():
    assert set(HEX_LAYOUT) == CODES
    assert len(CODES) == 22
    assert len({(col, row) for col, row, _ in HEX_LAYOUT.values()}) == 22
    labels = [label for _, _, label in HEX_LAYOUT.values()]
    assert len(set(labels)) == 22
    assert all(2 <= len(label) <= 4 and label.isupper() for label in labels)
    assert HEX_LAYOUT["W06000012"][2] == "NPT" and HEX_LAYOUT["W06000022"][2] == "NEW"


def test_layout_follows_geography():
    rows = {gss: row for gss, (_, row, _) in HEX_LAYOUT.items()}
    assert rows["W06000001"] == min(rows.values())  # Anglesey in the top row
    assert centre("W06000001")[0] < centre("W06000005")[0]  # Anglesey west of Flintshire
    assert neighbours("W06000001", "W06000002")  # Anglesey and Gwynedd
    assert rows["W06000002"] > rows["W06000001"]  # Gwynedd below Anglesey
    assert neighbours("W06000015", "W06000014")  # Cardiff and the Vale
    assert centre("W06000015")[0] > centre("W06000014")[0]  # Cardiff east of the Vale
    assert neighbours("W06000015", "W06000022")  # Cardiff and Newport
    assert neighbours("W06000009", "W06000010")  # Pembrokeshire and Carmarthenshire
    assert neighbours("W06000004", "W06000005")  # Denbighshire and Flintshire
    assert neighbours("W06000005", "W06000006")  # Flintshire and Wrexham
    for area in ("W06000002", "W06000004", "W06000006", "W06000008", "W06000010"):
        assert neighbours("W06000023", area)  # Powys and its northern and western neighbours
    # Pembrokeshire is the westernmost area; Monmouthshire lies east of Cardiff.
    west = centre("W06000009")[0]
    assert all(centre(gss)[0] > west for gss in CODES - {"W06000009"})
    assert centre("W06000021")[0] > centre("W06000015")[0]
    # The south coast is the bottom row.
    assert rows["W06000015"] == max(rows.values())


def test_welsh_pages_label_each_area_from_its_welsh_name():
    assert set(WELSH_SHORT_LABELS) == CODES
    labels = list(WELSH_SHORT_LABELS.values())
    assert len(set(labels)) == 22
    assert all(2 <= len(label) <= 4 and label.isupper() for label in labels)
    with translation.override("cy"):
        welsh = {cell.gss: cell.short_label for cell in hex_cells({}, {})}
    english = {cell.gss: cell.short_label for cell in hex_cells({}, {})}
    assert welsh == WELSH_SHORT_LABELS
    assert (welsh["W06000001"], english["W06000001"]) == ("MÔN", "ANG")  # Ynys Môn
    assert (welsh["W06000014"], english["W06000014"]) == ("BRO", "VGL")  # Bro Morgannwg
    assert (welsh["W06000015"], english["W06000015"]) == ("CDD", "CDF")  # Caerdydd
    # Only where the Welsh name begins otherwise does the label change.
    assert welsh["W06000002"] == english["W06000002"] == "GWY"


def test_a_welsh_map_names_each_area_in_full_for_screen_readers():
    names = {"W06000001": "Ynys Môn"}
    width, height = map_size()
    with translation.override("cy"):
        html = render(
            {
                "cells": hex_cells(names, {}, empty_label="Dim mabwysiadu"),
                "map_width": width,
                "map_height": height,
                "map_title": "Mabwysiadu fesul ardal",
                "map_id": "test-map",
                "legend": [],
            }
        )
    assert "<title>Ynys Môn: Dim mabwysiadu</title>" in html
    assert 'aria-hidden="true">MÔN</text>' in html
    assert ">ANG<" not in html


def test_polygons_are_hexagons_inside_the_view_box():
    for size in (28.0, 10.0):
        width, height = map_size(size)
        for cell in hex_cells({}, {}, size=size):
            corners = [tuple(map(float, p.split(","))) for p in cell.points.split()]
            assert len(corners) == 6
            assert all(0 <= x <= width and 0 <= y <= height for x, y in corners)
            assert all(re.fullmatch(r"\d+\.\d", p) for p in cell.points.replace(",", " ").split())
            assert 0 < cell.label_x < width and 0 < cell.label_y < height


def test_cells_take_names_states_and_hrefs_with_fallbacks():
    names = {"W06000015": "Cardiff", "W06000001": "Isle of Anglesey"}
    states = {"W06000015": ("embedded", "Embedded"), "W06000010": ("lead", "Lead body's area")}
    hrefs = {"W06000015": "/areas/cardiff/"}
    cells = hex_cells(names, states, hrefs, empty_label="Dim mabwysiadu")
    assert [cell.gss for cell in cells] == sorted(CODES)
    by_code = {cell.gss: cell for cell in cells}
    cardiff = by_code["W06000015"]
    assert (
        cardiff.name,
        cardiff.short_label,
        cardiff.state,
        cardiff.state_label,
        cardiff.href,
    ) == ("Cardiff", "CDF", "embedded", "Embedded", "/areas/cardiff/")
    assert (by_code["W06000010"].state, by_code["W06000010"].name) == ("lead", "CAR")
    anglesey = by_code["W06000001"]
    assert (anglesey.name, anglesey.state, anglesey.state_label, anglesey.href) == (
        "Isle of Anglesey",
        "none",
        "Dim mabwysiadu",
        "",
    )
    assert hex_cells({}, {})[0].state_label == "No adoption recorded"


def test_stylesheet_colours_every_state():
    scss = SCSS.read_text()
    assert {
        "exploring",
        "planning",
        "piloting",
        "implemented",
        "embedded",
        "declined",
        "stopped",
        "lead",
        "none",
    } == set(STATES)
    for state in STATES:
        assert f'"{state}":' in scss


def render(context):
    if apps.is_installed("arfer.rollout"):
        return render_to_string("rollout/_hex_map.html", context)
    return engines["django"].from_string(TEMPLATE.read_text()).render(context)


@pytest.fixture
def html():
    names = {"W06000015": "Cardiff", "W06000022": "New <b>& port"}
    states = {"W06000015": ("piloting", "Piloting")}
    width, height = map_size()
    return render(
        {
            "cells": hex_cells(names, states, {"W06000015": "/cardiff/?a=1&b=2"}),
            "map_width": width,
            "map_height": height,
            "map_title": "Adoption by area",
            "map_id": "test-map",
            "legend": [("piloting", "Piloting"), ("none", "No adoption recorded")],
        }
    )


def test_template_renders_one_group_per_area_without_inline_style_or_script(html):
    width, height = map_size()
    assert f'viewBox="0 0 {width} {height}"' in html
    assert 'aria-labelledby="test-map-title"' in html
    assert '<title id="test-map-title">Adoption by area</title>' in html
    assert "style=" not in html
    assert "<script" not in html
    assert html.count('<g class="arfer-hex') == 22
    assert html.count("<polygon") == 22
    assert html.count('aria-hidden="true">') == 22 + 2  # the labels and the two swatches
    assert '<g class="arfer-hex arfer-hex--piloting">' in html
    assert html.count('<g class="arfer-hex arfer-hex--none">') == 21
    assert "<title>Cardiff: Piloting</title>" in html
    assert "<title>ANG: No adoption recorded</title>" in html
    assert len(re.findall(r"<title>[^<]+: [^<]+</title>", html)) == 22
    assert html.count("<a ") == 1
    assert '<a href="/cardiff/?a=1&amp;b=2" aria-label="Cardiff: Piloting">' in html
    assert 'class="arfer-hex-map__swatch arfer-hex-map__swatch--piloting"' in html
    assert "No adoption recorded</li>" in html


def test_template_escapes_names(html):
    assert "<title>New &lt;b&gt;&amp; port: No adoption recorded</title>" in html
    assert "<b>" not in html
