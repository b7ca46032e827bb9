import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from arfer.core.actors import SYSTEM
from arfer.directory.bulk import bulk_save_bodies
from arfer.directory.models import Body
from arfer.menu.models import Practice

from .conftest import csv_bytes, problems, run

HEADER = [
    "external_ref",
    "slug",
    "name_en",
    "name_cy",
    "sector",
    "kind",
    "gss_code",
    "areas",
    "active_from",
    "active_to",
]


def body(
    ref,
    slug,
    name="A new body",
    areas="cardiff",
    active_from="",
    active_to="",
    kind="national_body",
):
    return [ref, slug, name, "", "government", kind, "", areas, active_from, active_to]


def test_bodies_are_created_and_the_directory_s_own_are_matched_by_slug(directory, people):
    count = Body.objects.count()
    data = csv_bytes(
        [
            HEADER,
            body("NEW-1", "new-body"),
            body(
                "W06000010",
                "carmarthenshire-county-council",
                name="Carmarthenshire County Council",
                kind="local_authority",
                areas="carmarthenshire",
            ),
        ]
    )
    report = run("bodies", data, actor=people["admin"])
    assert (report.created, report.updated, report.invalid) == (1, 1, 0)
    assert Body.objects.count() == count + 1
    council = Body.objects.get(slug="carmarthenshire-county-council")
    assert council.external_ref == "W06000010" and council.sector == "government"
    assert run("bodies", data, actor=people["admin"]).unchanged == 2


def test_only_programme_admins_change_the_directory(directory, people):
    data = csv_bytes([HEADER, body("NEW-1", "new-body")])
    assert run("bodies", data, actor=people["moderator"]).fatal == (
        "Only programme admins can change the directory of bodies."
    )


def test_body_rules(directory):
    Body.objects.filter(slug="gwynedd-council").update(external_ref="GWY")
    data = csv_bytes(
        [
            HEADER,
            body("N-1", "gwynedd-council"),
            body("N-2", "Not A Slug"),
            body("N-3", "n-3", areas="atlantis"),
            body("N-4", "n-4", active_from="2020-01-01", active_to="2019-01-01"),
        ]
    )
    report = run("bodies", data)
    assert problems(report) == [
        (2, "slug", "Another body already has this address name."),
        (3, "slug", "Enter a valid “slug” consisting of letters, numbers, underscores or hyphens."),
        (4, "areas", "No area has the slug or GSS code “atlantis”."),
        (5, "active_to", "A body cannot close before it opened."),
    ]


def test_a_body_s_new_areas_move_its_practices_regions(practice_factory):
    practice = practice_factory("reablement-at-home")
    assert list(practice.regions.values_list("slug", flat=True)) == ["west-wales-rpb"]
    data = csv_bytes(
        [
            HEADER,
            body(
                "W06000010",
                "carmarthenshire-county-council",
                name="Carmarthenshire County Council",
                kind="local_authority",
                areas="W06000015",
            ),
        ]
    )
    assert run("bodies", data).updated == 1
    practice = Practice.objects.get(pk=practice.pk)
    assert list(practice.regions.values_list("slug", flat=True)) == ["cardiff-and-vale-rpb"]


# The rules of the directory's pages, row by row ----------------------------------------------

# Every column a body has, so that each rule can be met by a cell.
FULL_HEADER = [
    "external_ref",
    "slug",
    "name_en",
    "sector",
    "kind",
    "gss_code",
    "ods_code",
    "website",
    "active_from",
    "active_to",
]


def full_row(n, **cells):
    row = {
        "external_ref": f"NEW-{n}",
        "slug": f"new-body-{n}",
        "name_en": f"New body {n}",
        "sector": "nhs",
        "kind": "nhs_trust",
        **cells,
    }
    return [row.get(column, "") for column in FULL_HEADER]


def days_from_today(days: int) -> str:
    return (timezone.localdate() + datetime.timedelta(days=days)).isoformat()


@pytest.mark.parametrize(
    ("column", "cell", "message"),
    [
        ("slug", "gwynedd-council", "Another body already has this address name."),
        ("slug", "new", "This address name is used by a page of the directory."),
        (
            "gss_code",
            "W0600001",
            "Enter a GSS code as a capital letter and 8 digits, like W06000015.",
        ),
        ("gss_code", "w06000002", "Gwynedd Council already has this GSS code."),
        ("ods_code", "7A-4", "Enter an ODS code as 3 to 10 letters and digits, like 7A4."),
        ("ods_code", "7a4", "Cardiff and Vale University Health Board already has this ODS code."),
        ("website", "not a website", "Enter a valid URL."),
        (
            "active_from",
            "1700-01-01",
            "The date it opened must be from 1800 to ten years from now.",
        ),
        (
            "active_from",
            366 * 11,
            "The date it opened must be from 1800 to ten years from now.",
        ),
        (
            "active_to",
            1,
            "The date it closed must be from 1800 to today.",
        ),
        ("active_to", "1799-12-31", "The date it closed must be from 1800 to today."),
    ],
)
def test_each_rule_of_the_directory_s_pages_refuses_its_row(directory, column, cell, message):
    """The same rules and messages as adding a body on its page (tests/directory/test_manage.py),
    on the row and column at fault, and nothing written. A number of days is a date from today."""
    if isinstance(cell, int):
        cell = days_from_today(cell)
    # Gwynedd Council has a reference: a row giving its slug is another body's.
    Body.objects.filter(slug="gwynedd-council").update(external_ref="GWY")
    before = Body.objects.count()
    data = csv_bytes([FULL_HEADER, full_row(1), full_row(2, **{column: cell}), full_row(3)])
    report = run("bodies", data)
    assert problems(report) == [(3, column, message)]
    assert (report.created, report.invalid, report.written) == (2, 1, False)
    assert Body.objects.count() == before


def test_a_body_that_closes_before_it_opens_is_refused(directory):
    data = csv_bytes([FULL_HEADER, full_row(1, active_from="2020-04-01", active_to="2019-03-31")])
    assert problems(run("bodies", data)) == [
        (2, "active_to", "A body cannot close before it opened.")
    ]


def test_every_problem_of_a_row_is_reported_at_once(directory):
    data = csv_bytes(
        [
            [*FULL_HEADER, "areas"],
            [*full_row(1, slug="new", gss_code="nonsense", website="nope"), "atlantis"],
        ]
    )
    assert problems(run("bodies", data)) == [
        (2, "slug", "This address name is used by a page of the directory."),
        (2, "gss_code", "Enter a GSS code as a capital letter and 8 digits, like W06000015."),
        (2, "website", "Enter a valid URL."),
        (2, "areas", "No area has the slug or GSS code “atlantis”."),
    ]


def test_two_rows_giving_one_code_are_both_refused_and_name_each_other(directory):
    data = csv_bytes(
        [
            FULL_HEADER,
            full_row(1, gss_code="W99000001", ods_code="zz1"),
            full_row(2, gss_code="w99000001"),
            full_row(3, ods_code="ZZ1"),
            full_row(4, gss_code="W99000004", ods_code="ZZ4"),
        ]
    )
    report = run("bodies", data)
    assert problems(report) == [
        (2, "gss_code", "New body 2 already has this GSS code."),
        (2, "ods_code", "New body 3 already has this ODS code."),
        (3, "gss_code", "New body 1 already has this GSS code."),
        (4, "ods_code", "New body 1 already has this ODS code."),
    ]
    assert not report.written
    assert not Body.objects.filter(external_ref__startswith="NEW-").exists()
    # With the clashing rows skipped, the rest is written, and no code is held twice.
    report = run("bodies", data, skip_invalid=True)
    assert (report.created, report.invalid, report.written) == (1, 3, True)
    assert list(Body.objects.filter(gss_code="W99000004").values_list("slug", flat=True)) == [
        "new-body-4"
    ]


def test_a_code_leaves_one_body_before_another_takes_it(directory):
    """Other bodies' stored codes count, even when their own row changes them, as on the pages:
    otherwise a row skipped as invalid could leave two bodies holding one code."""
    gwynedd = {
        "external_ref": "GWY",
        "slug": "gwynedd-council",
        "name_en": "Gwynedd Council",
        "sector": "local_government",
        "kind": "local_authority",
    }
    moved = csv_bytes([FULL_HEADER, full_row(0, **gwynedd), full_row(1, gss_code="W06000002")])
    assert problems(run("bodies", moved)) == [
        (3, "gss_code", "Gwynedd Council already has this GSS code.")
    ]
    cleared = run("bodies", csv_bytes([FULL_HEADER, full_row(0, **gwynedd)]))
    assert (cleared.updated, cleared.invalid) == (1, 0)
    report = run("bodies", moved)
    assert (report.created, report.unchanged, report.invalid) == (1, 1, 0)
    assert Body.objects.get(gss_code="W06000002").slug == "new-body-1"


def test_a_valid_file_with_codes_is_imported_in_capitals_and_again_changes_nothing(directory):
    data = csv_bytes(
        [
            FULL_HEADER,
            full_row(
                1,
                gss_code="w99000001",
                ods_code="zz1",
                website="https://www.example.org",
                active_from="1948-07-05",
                active_to=days_from_today(0),
            ),
            # A body of the reference directory, matched by its slug, keeps its own codes.
            [
                "HYWEL-DDA",
                "hywel-dda-university-health-board",
                "Hywel Dda University Health Board",
                "nhs",
                "health_board",
                "W11000025",
                "7a2",
                "",
                "2009-10-01",
                "",
            ],
        ]
    )
    report = run("bodies", data)
    assert (report.created, report.updated, report.invalid) == (1, 1, 0), problems(report)
    new = Body.objects.get(slug="new-body-1")
    assert (new.gss_code, new.ods_code, new.active_to) == ("W99000001", "ZZ1", timezone.localdate())
    board = Body.objects.get(slug="hywel-dda-university-health-board")
    assert (board.external_ref, board.gss_code, board.ods_code) == ("HYWEL-DDA", "W11000025", "7A2")
    again = run("bodies", data)
    assert (again.unchanged, again.invalid, again.written) == (2, 0, False)


def test_checking_a_file_reads_a_fixed_number_of_queries_whatever_its_length(directory):
    """New bodies with codes, reference bodies taken up by slug and a pair of clashing rows:
    the same queries for 3 rows of each as for 30."""
    reference = list(
        Body.objects.filter(external_ref="").order_by("slug").values_list("slug", "name_en")
    )

    def rows(count):
        new = [
            {
                "external_ref": f"NEW-{n}",
                "slug": f"new-body-{n}",
                "name_en": f"New body {n}",
                "sector": "nhs",
                "kind": "nhs_trust",
                "gss_code": f"W99{n:06d}",
                "ods_code": f"ZZ{n}",
                "website": "https://www.example.org",
                "active_from": datetime.date(2000, 1, 1),
                "areas": ["cardiff"],
            }
            for n in range(count)
        ]
        taken_up = [
            {"external_ref": f"REF-{slug}", "slug": slug, "name_en": name, "short_name": "X"}
            for slug, name in reference[:count]
        ]
        clashing = [
            {**new[0], "external_ref": "CLASH", "slug": "clash"},
        ]
        return new + taken_up + clashing

    counts = []
    for count in (3, 30):
        with CaptureQueriesContext(connection) as captured:
            outcome = bulk_save_bodies(rows(count), actor=SYSTEM, dry_run=True)
        assert (outcome.created, outcome.updated, outcome.invalid) == (count - 1, count, 2)
        counts.append(len(captured))
    assert counts[0] == counts[1], counts
