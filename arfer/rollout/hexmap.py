"""A hex map of the 22 Welsh local-authority areas, drawn as inline SVG from pure Python.

Why hexagons: on a real boundary map Powys or Gwynedd fill the picture while Blaenau Gwent,
Merthyr Tydfil or Torfaen are a few pixels wide, although each is one council with one
adoption to show. Giving every area one hexagon of the same size makes each equally visible
and clickable, while the layout still follows the country's shape (Anglesey top left, the
valleys and the south-east coast packed along the bottom). Neighbours on the grid are, where
the grid allows, neighbours in reality. No map tiles, fonts or scripts are fetched: the
geometry is computed here and coloured by CSS classes, which suits the site's CSP.

The grid is of pointy-top hexagons in "odd-r" offset coordinates: odd rows sit half a hexagon
to the right. ``HEX_LAYOUT`` is Arfer's own layout, not copied from another hex map.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from arfer.core.bilingual import active_language

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

# GSS code -> (column, row, short label). W06000007 and W06000017 do not exist.
#
#   row 0:   .   ANG CON
#   row 1:     .   GWY DEN FLI
#   row 2:   .   CER POW WRX
#   row 3:     PEM CAR NPT MER BGW MON
#   row 4:   .   SWA BRI RCT CAE TOR
#   row 5:     .   .   VGL CDF NEW
HEX_LAYOUT: dict[str, tuple[int, int, str]] = {
    "W06000001": (1, 0, "ANG"),  # Isle of Anglesey
    "W06000003": (2, 0, "CON"),  # Conwy
    "W06000002": (1, 1, "GWY"),  # Gwynedd
    "W06000004": (2, 1, "DEN"),  # Denbighshire
    "W06000005": (3, 1, "FLI"),  # Flintshire
    "W06000008": (1, 2, "CER"),  # Ceredigion
    "W06000023": (2, 2, "POW"),  # Powys
    "W06000006": (3, 2, "WRX"),  # Wrexham
    "W06000009": (0, 3, "PEM"),  # Pembrokeshire
    "W06000010": (1, 3, "CAR"),  # Carmarthenshire
    "W06000012": (2, 3, "NPT"),  # Neath Port Talbot
    "W06000024": (3, 3, "MER"),  # Merthyr Tydfil
    "W06000019": (4, 3, "BGW"),  # Blaenau Gwent
    "W06000021": (5, 3, "MON"),  # Monmouthshire
    "W06000011": (1, 4, "SWA"),  # Swansea
    "W06000013": (2, 4, "BRI"),  # Bridgend
    "W06000016": (3, 4, "RCT"),  # Rhondda Cynon Taf
    "W06000018": (4, 4, "CAE"),  # Caerphilly
    "W06000020": (5, 4, "TOR"),  # Torfaen
    "W06000014": (2, 5, "VGL"),  # Vale of Glamorgan
    "W06000015": (3, 5, "CDF"),  # Cardiff
    "W06000022": (4, 5, "NEW"),  # Newport
}

# The short labels on Welsh pages, from the areas' Welsh names: a Welsh reader of "ANG" or
# "VGL" would have to know the English names. The full name is the cell's accessible name in
# either language.
WELSH_SHORT_LABELS: dict[str, str] = {
    "W06000001": "MÔN",  # Ynys Môn
    "W06000003": "CON",  # Conwy
    "W06000002": "GWY",  # Gwynedd
    "W06000004": "DIN",  # Sir Ddinbych
    "W06000005": "FFL",  # Sir y Fflint
    "W06000008": "CER",  # Ceredigion
    "W06000023": "POW",  # Powys
    "W06000006": "WRE",  # Wrecsam
    "W06000009": "BEN",  # Sir Benfro (not PEN, which reads as Pen-y-bont)
    "W06000010": "CFY",  # Sir Gaerfyrddin
    "W06000012": "CNPT",  # Castell-nedd Port Talbot
    "W06000024": "MER",  # Merthyr Tudful
    "W06000019": "BGW",  # Blaenau Gwent
    "W06000021": "MYN",  # Sir Fynwy
    "W06000011": "ABE",  # Abertawe
    "W06000013": "PYB",  # Pen-y-bont ar Ogwr
    "W06000016": "RCT",  # Rhondda Cynon Taf
    "W06000018": "CFF",  # Caerffili
    "W06000020": "TOR",  # Tor-faen
    "W06000014": "BRO",  # Bro Morgannwg
    "W06000015": "CDD",  # Caerdydd
    "W06000022": "CAS",  # Casnewydd
}

# The state keys the map is coloured by (one per area): adoption stages, the lead body's area
# and "none". The stylesheet has a class arfer-hex--KEY for each.
STATES = (
    "exploring",
    "planning",
    "piloting",
    "implemented",
    "embedded",
    "declined",
    "stopped",
    "lead",
    "none",
)

_SQRT3 = math.sqrt(3)


@dataclass(frozen=True)
class HexCell:
    gss: str
    name: str
    short_label: str
    state: str
    state_label: StrOrPromise
    points: str  # SVG polygon points, "x,y x,y ..."
    label_x: float
    label_y: float
    href: str = ""


def _centre(col: int, row: int, size: float) -> tuple[float, float]:
    margin = size
    return (size * _SQRT3 * (col + 0.5 * (row % 2)) + margin, size * 1.5 * row + margin)


def _points(cx: float, cy: float, size: float) -> str:
    corners = []
    for i in range(6):
        angle = math.radians(30 + 60 * i)
        x = round(cx + size * math.cos(angle), 1) + 0.0  # + 0.0 turns -0.0 into 0.0
        y = round(cy + size * math.sin(angle), 1) + 0.0
        corners.append(f"{x:.1f},{y:.1f}")
    return " ".join(corners)


def hex_cells(
    names: Mapping[str, str],
    states: Mapping[str, tuple[str, StrOrPromise]],
    hrefs: Mapping[str, str] | None = None,
    *,
    size: float = 28.0,
    empty_label: StrOrPromise = "No adoption recorded",
) -> list[HexCell]:
    """One cell per area, sorted by GSS code, labelled in the active language. ``states`` maps
    a code to (state key, label); an area missing from it is ("none", empty_label). A missing
    name falls back to the short label, a missing href to ""."""
    hrefs = hrefs or {}
    welsh = active_language() == "cy"
    cells = []
    for gss, (col, row, english_short) in sorted(HEX_LAYOUT.items()):
        short = WELSH_SHORT_LABELS[gss] if welsh else english_short
        cx, cy = _centre(col, row, size)
        state, state_label = states.get(gss, ("none", empty_label))
        cells.append(
            HexCell(
                gss=gss,
                name=names.get(gss) or short,
                short_label=short,
                state=state,
                state_label=state_label,
                points=_points(cx, cy, size),
                label_x=round(cx, 1),
                label_y=round(cy, 1),
                href=hrefs.get(gss, ""),
            )
        )
    return cells


def map_size(size: float = 28.0) -> tuple[float, float]:
    """The SVG viewBox (width, height) that holds every hexagon plus the margin."""
    centres = [_centre(col, row, size) for col, row, _ in HEX_LAYOUT.values()]
    width = max(x for x, _ in centres) + size * _SQRT3 / 2 + size
    height = max(y for _, y in centres) + size + size
    return round(width, 1), round(height, 1)
