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
        (2, "slug", "Another body already has the slug “gwynedd-council”."),
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
