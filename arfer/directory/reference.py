"""Reference directory of Welsh public bodies and the areas they serve, read from the tables in
`directory/data/` so that a reviewer can check them as tables (in a spreadsheet, or on a code
host's CSV view) rather than as Python.

Real names and official codes only: GSS codes for local-authority areas, health board areas and
the nation, and NHS ODS codes for the health boards. Every code, Welsh name and website is left
blank where it is not known for certain; nothing in them is invented.

- `areas.csv`: the geographies. `covers` names, separated by spaces, the local-authority areas
  each covers in whole or in part (a local-authority area covers itself).
- `bodies.csv`: the public bodies, unions and voluntary councils. `areas` names, separated by
  spaces, the areas each serves.

`AREAS` and `BODIES` are those rows as dicts, the lists split. Pure data: no Django imports.
"""

import csv
from pathlib import Path

DATA = Path(__file__).parent / "data"
LISTS = {"covers", "areas"}


def _read(name: str) -> list[dict]:
    with open(DATA / name, newline="", encoding="utf-8") as table:
        return [
            {column: value.split() if column in LISTS else value for column, value in row.items()}
            for row in csv.DictReader(table)
        ]


AREAS: list[dict] = _read("areas.csv")
BODIES: list[dict] = _read("bodies.csv")
