"""The palette is written once in Python (core/palette.py) and once in Sass
(assets/scss/_palette.scss): the two must be equal, every series and stage must have its
colour, and the colours must be readable (WCAG non-text 3:1 on white, text 4.5:1 on tags)."""

import re
from pathlib import Path

import pytest

from arfer.core import palette
from arfer.menu.models import PreventionTier
from arfer.rollout.hexmap import STATES
from arfer.rollout.models import Stage

SASS = Path(__file__).resolve().parents[2] / "assets" / "scss" / "_palette.scss"


def sass_map(name: str) -> dict[str, tuple[str, ...]]:
    """A Sass map of the palette file: key -> its colour, or its (fill, text) pair."""
    source = SASS.read_text(encoding="utf-8")
    found = re.search(rf"\${name}: \((.*?)\n\);", source, re.S)
    assert found, f"${name} is missing from {SASS.name}"
    return {
        key: tuple(colour.lower() for colour in re.findall(r"#[0-9a-fA-F]{6}", value))
        for key, value in re.findall(r'"([a-z-]+)": (\(?[^)\n]*\)?),', found.group(1))
    }


def test_the_sass_palette_is_the_python_palette():
    assert sass_map("arfer-savings-series") == {
        key: (colour,) for key, colour in palette.SAVINGS_SERIES.items()
    }
    assert sass_map("arfer-stages") == {
        key: (swatch.fill, swatch.text) for key, swatch in palette.STAGES.items()
    }
    assert sass_map("arfer-map-states") == {
        key: (swatch.fill, swatch.text) for key, swatch in palette.MAP_STATES.items()
    }
    assert sass_map("arfer-prevention-tiers") == {
        key: (colour,) for key, colour in palette.PREVENTION_TIERS.items()
    }


def test_every_stage_tier_and_map_state_has_a_colour():
    assert list(palette.STAGES) == Stage.values
    assert list(palette.PREVENTION_TIERS) == PreventionTier.values
    assert set(STATES) == set(palette.STAGES) | set(palette.MAP_STATES)


def test_stages_have_colours_of_their_own():
    fills = [swatch.fill for swatch in palette.STAGES.values()]
    assert len(set(fills)) == len(fills)
    assert palette.stage_fill("implemented") != palette.stage_fill("embedded")
    series = list(palette.SAVINGS_SERIES.values())
    assert len(set(series)) == len(series)


@pytest.mark.parametrize(
    "colour",
    [
        *palette.SAVINGS_SERIES.values(),
        *palette.PREVENTION_TIERS.values(),
        *(swatch.fill for swatch in palette.STAGES.values()),
        palette.MAP_STATES["lead"].fill,
    ],
)
def test_each_colour_stands_out_from_the_page(colour):
    assert palette.contrast(colour, palette.WHITE) >= 3


@pytest.mark.parametrize("swatch", [*palette.STAGES.values(), *palette.MAP_STATES.values()])
def test_text_on_each_fill_is_readable(swatch):
    assert palette.contrast(swatch.text, swatch.fill) >= 4.5


def test_contrast_matches_wcags_examples():
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert palette.contrast("#ffffff", "#ffffff") == 1


@pytest.mark.parametrize("stage", Stage.values)
def test_a_stage_tag_wears_its_stages_colour(stage):
    from django.template.loader import render_to_string

    tag = render_to_string("rollout/_stage_tag.html", {"stage": stage, "label": "x"})
    assert f"arfer-stage-tag--{stage}" in tag
    # The stylesheet has the class for every stage, from the palette's map.
    rollout_sass = (SASS.parent / "components" / "_rollout.scss").read_text(encoding="utf-8")
    assert ".arfer-stage-tag--#{$stage}" in rollout_sass
    assert "@each $stage, $colours in palette.$arfer-stages" in rollout_sass
