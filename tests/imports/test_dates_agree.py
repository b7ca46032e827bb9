"""A date typed on a page and the same date written in an import cell are stored alike: the
pages ask for the day, month and year apart, and the import reads UK dates day first."""

import datetime

import pytest

from arfer.directory.models import Body
from arfer.imports import cells
from arfer.menu.models import Practice

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, run


def typed_on_the_page(client, person, day, month, year) -> datetime.date:
    client.force_login(person)
    body = Body.objects.get(slug="gwynedd-council")
    assert (
        client.post("/practices/share/", {"lead_body": body.pk, "title_en": "Typed"}).status_code
        == 302
    )
    practice = Practice.objects.get(title_en="Typed")
    response = client.post(
        f"/practices/{practice.slug}/edit/contact/",
        {
            "version": practice.version,
            "start_date_day": day,
            "start_date_month": month,
            "start_date_year": year,
        },
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    return practice.start_date


def written_in_a_file(cell: str) -> datetime.date:
    report = run("practices", csv_bytes([PRACTICE_HEADER, practice_row(1, start_date=cell)]))
    assert report.created == 1, report.problems
    return Practice.objects.get(external_ref="P-000001").start_date


@pytest.mark.parametrize(
    ("boxes", "cell", "expected"),
    [
        (("01", "04", "2024"), "01/04/2024", datetime.date(2024, 4, 1)),
        (("1", "4", "2024"), "2024-04-01", datetime.date(2024, 4, 1)),
        (("27", "3", "2007"), "27/03/2007", datetime.date(2007, 3, 27)),
    ],
)
def test_the_page_and_the_import_store_a_date_alike(client, people, boxes, cell, expected):
    on_the_page = typed_on_the_page(client, people["editor"], *boxes)
    in_the_file = written_in_a_file(cell)
    assert on_the_page == in_the_file == expected == cells.date(cell)
