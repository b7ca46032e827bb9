"""Illustrative demonstration practices for the menu of good practice, read from
`demo/data/practices.csv` so that they can be reviewed as a table.

These are illustrative examples, not real projects. The bodies named are real public bodies
in Wales, but the initiatives, partnerships, figures, dates and contacts in the table are
invented for demonstration: no body has reported these results. Every figure is illustrative,
and the demo loader flags each practice as illustrative wherever it is shown.

One row per practice. Money is in whole pounds; the loader converts it to pence. `partners`
lists `body-slug:role` pairs and `service_areas` and `areas` list slugs, each separated by
spaces; an empty `areas` means "the areas of the lead and its partners". Roughly half of the
rows carry a full Welsh text; the rest leave every `*_cy` column empty.
"""

import csv
from pathlib import Path

TABLE = Path(__file__).parent / "data" / "practices.csv"
WHOLE_NUMBERS = {
    "evidence_level",
    "setup_cost",
    "one_off_cashable",
    "one_off_non_cashable",
    "annual_cashable",
    "annual_non_cashable",
}


def _practice(row: dict[str, str]) -> dict:
    practice: dict = dict(row)
    for column in WHOLE_NUMBERS:
        practice[column] = int(row[column])
    practice["partners"] = [tuple(pair.split(":")) for pair in row["partners"].split()]
    practice["service_areas"] = row["service_areas"].split()
    practice["areas"] = row["areas"].split() or None
    return practice


with open(TABLE, newline="", encoding="utf-8") as table:
    PRACTICES: list[dict] = [_practice(row) for row in csv.DictReader(table)]
