"""The colours that stand for something, written once: each savings series, each adoption stage
and each prevention tier keeps its colour on every chart, on the rollout's hex map and on the
stage tags, so a reader who learns "green is embedded" on one page can trust it on the next.

The charts (board/charts.py, board/pictures.py) and the hex map's SVG read this module; the
stylesheet's copy is assets/scss/_palette.scss, which tests/core/test_palette.py keeps equal
to it, colour for colour.

Each colour is at least 3:1 against white (WCAG 1.4.11, graphics), so a column or a hexagon
stands out from the page; each stage's text colour is at least 4.5:1 on its fill (WCAG 1.4.3),
for the tags and the hex map's labels. The savings series run light to dark as they grow
surer (forecast, realised, verified); the stages have a hue each, so that implemented
(turquoise) and embedded (green) are told apart at a glance.
"""

from __future__ import annotations

from dataclasses import dataclass

WHITE = "#ffffff"
TEXT = "#0b0c0c"


@dataclass(frozen=True)
class Swatch:
    fill: str
    text: str  # the colour of text written on the fill


# Savings, by how sure they are; the target is a dark line, not a fill.
SAVINGS_SERIES: dict[str, str] = {
    "forecast": "#5694ca",
    "realised": "#1d70b8",
    "verified": "#003078",
}
TARGET = TEXT

# Adoption stages (rollout.models.Stage), in the order an adoption moves through them, then
# the closed ones.
STAGES: dict[str, Swatch] = {
    "exploring": Swatch("#5694ca", TEXT),
    "planning": Swatch("#1d70b8", WHITE),
    "piloting": Swatch("#4c2c92", WHITE),
    "implemented": Swatch("#28a197", TEXT),
    "embedded": Swatch("#00703c", WHITE),
    "declined": Swatch("#d4351c", WHITE),
    "stopped": Swatch("#b58840", TEXT),
}

# The hex map's other states: the lead body's own area, and an area with nothing recorded
# (a pale grey with a visible edge: it is the absence of a colour, not a series).
MAP_STATES: dict[str, Swatch] = {
    "lead": Swatch("#505a5f", WHITE),
    "none": Swatch("#f3f2f1", TEXT),
}

# Prevention tiers (menu.models.PreventionTier), from prevention to acute spending.
PREVENTION_TIERS: dict[str, str] = {
    "primary": "#00703c",
    "secondary": "#28a197",
    "tertiary": "#1d70b8",
    "acute": "#d4351c",
}


def stage_fill(stage: str) -> str:
    return STAGES[stage].fill


def relative_luminance(colour: str) -> float:
    """WCAG 2's relative luminance of a "#rrggbb" colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)
