from arfer.core.actors import SYSTEM
from arfer.imports.importer import import_file
from arfer.menu.models import Practice

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, practices_file, problems, run


def history_count():
    return Practice.history.count()


def test_a_file_of_new_practices_creates_them_with_history_and_derived_data(directory):
    report = run("practices", practices_file(3))
    assert (report.created, report.updated, report.unchanged, report.invalid) == (3, 0, 0, 0)
    assert report.written and report.succeeded and report.encoding == "UTF-8"
    practice = Practice.objects.get(external_ref="P-000001")
    assert practice.setup_cost_pence == 123_456
    assert practice.start_date.isoformat() == "2024-04-01"
    assert practice.slug == "practice-number-1"
    assert sorted(practice.service_areas.values_list("slug", flat=True)) == [
        "care-at-home",
        "reablement",
    ]
    assert list(practice.regions.values_list("slug", flat=True)) == ["west-wales-rpb"]
    assert practice.history.get().history_change_reason == "import"


def test_importing_the_same_file_again_changes_nothing_and_writes_no_history(directory):
    data = practices_file(5)
    run("practices", data)
    before = history_count()
    again = run("practices", data)
    assert (again.created, again.updated, again.unchanged, again.invalid) == (0, 0, 5, 0)
    assert not again.written and again.succeeded
    assert history_count() == before


def test_a_changed_row_updates_its_practice_with_history(directory):
    run("practices", practices_file(3))
    practice = Practice.objects.get(external_ref="P-000002")
    changed = csv_bytes(
        [
            PRACTICE_HEADER,
            practice_row(1),
            practice_row(
                2, title="A better title", lead="gwynedd-council", service_areas="mental-health"
            ),
            practice_row(3),
        ]
    )
    report = run("practices", changed)
    assert (report.created, report.updated, report.unchanged) == (0, 1, 2)
    practice.refresh_from_db()
    assert practice.title_en == "A better title"
    assert practice.slug == "practice-number-2"  # a slug never changes: links keep working
    assert practice.version == 2
    assert list(practice.service_areas.values_list("slug", flat=True)) == ["mental-health"]
    assert list(practice.regions.values_list("slug", flat=True)) == ["north-wales-rpb"]
    assert practice.history.count() == 2
    assert practice.history.first().history_type == "~"


def test_titles_that_clash_get_numbered_slugs(directory):
    run(
        "practices",
        csv_bytes(
            [PRACTICE_HEADER, practice_row(1, title="Share"), practice_row(2, title="Share")]
        ),
    )
    assert sorted(Practice.objects.values_list("slug", flat=True)) == [
        "share-practice",
        "share-practice-2",
    ]


def test_text_that_looks_like_a_formula_is_stored_as_text(directory):
    run(
        "practices",
        csv_bytes(
            [
                PRACTICE_HEADER,
                practice_row(1, title='=HYPERLINK("x")', summary_en="+44 1267 234567"),
            ]
        ),
    )
    practice = Practice.objects.get()
    assert practice.title_en == '=HYPERLINK("x")' and practice.summary_en == "+44 1267 234567"


def test_bad_values_are_reported_by_row_and_column_and_nothing_is_written(directory):
    data = csv_bytes(
        [
            PRACTICE_HEADER,
            practice_row(1),
            practice_row(
                2, lead="W99999999", setup_cost_pounds="£1,234.567", start_date="31/02/2024"
            ),
            practice_row(
                3,
                evidence_level="7",
                prevention_tier="sometimes",
                service_areas="reablement; knitting",
            ),
            practice_row(4, setup_cost_pounds="twelve"),
        ]
    )
    report = run("practices", data)
    assert not report.written and Practice.objects.count() == 0
    assert report.invalid == 3 and report.created == 1
    found = problems(report)
    assert (
        3,
        "setup_cost_pounds",
        "“£1,234.567” has fractions of a penny; give at most two decimal places.",
    ) in found
    assert (
        3,
        "start_date",
        "“31/02/2024” is not a date. Write it like 2025-04-01 or 01/04/2025.",
    ) in found
    assert (
        4,
        "prevention_tier",
        "“sometimes” is not one of the choices: primary, secondary, tertiary, acute.",
    ) in found
    assert (4, "evidence_level", "“7” is not one of the choices: 1, 2, 3, 4, 5.") in found
    assert (
        5,
        "setup_cost_pounds",
        "“twelve” is not an amount in pounds. Write it like "
        "1234.56, £1,234.56 or 1,234 (not negative).",
    ) in found
    # A row with readable cells is checked against the directory and the taxonomy too.
    report = run(
        "practices",
        csv_bytes(
            [
                PRACTICE_HEADER,
                practice_row(1, lead="W99999999", service_areas="reablement; knitting"),
            ]
        ),
    )
    assert problems(report) == [
        (2, "lead_body", "No body has the slug, GSS code or ODS code “W99999999”."),
        (2, "service_areas", "No service area has the slug “knitting”."),
    ]


def test_bodies_are_found_by_slug_gss_code_or_ods_code(directory):
    data = csv_bytes(
        [
            PRACTICE_HEADER,
            practice_row(1, lead="W06000010"),
            practice_row(2, lead="7a2"),
            practice_row(3, lead="gwynedd-council"),
        ]
    )
    assert run("practices", data).created == 3
    assert list(
        Practice.objects.order_by("external_ref").values_list("lead_body__slug", flat=True)
    ) == ["carmarthenshire-county-council", "hywel-dda-university-health-board", "gwynedd-council"]


def test_money_in_pounds_becomes_exact_pence(directory):
    for written, pence in [
        ("1234.56", 123_456),
        ("£1,234.56", 123_456),
        ("1,234", 123_400),
        ("", 0),
        ("0.1", 10),
        ("£ 12", 1_200),
    ]:
        Practice.objects.all().delete()
        run("practices", csv_bytes([PRACTICE_HEADER, practice_row(1, setup_cost_pounds=written)]))
        assert Practice.objects.get().setup_cost_pence == pence, written


def test_skip_invalid_writes_the_valid_rows_and_reports_the_rest(directory):
    data = csv_bytes(
        [PRACTICE_HEADER, practice_row(1), practice_row(2, evidence_level="9"), practice_row(3)]
    )
    report = run("practices", data, skip_invalid=True)
    assert report.written and (report.created, report.invalid) == (2, 1)
    assert not report.succeeded
    assert sorted(Practice.objects.values_list("external_ref", flat=True)) == [
        "P-000001",
        "P-000003",
    ]


def test_a_dry_run_reports_and_writes_nothing(directory):
    report = run("practices", practices_file(4), dry_run=True)
    assert report.created == 4 and not report.written
    assert Practice.objects.count() == 0


def test_publishing_needs_what_a_review_needs(directory):
    report = run("practices", csv_bytes([PRACTICE_HEADER, practice_row(1, status="published")]))
    assert problems(report) == [
        (
            2,
            "status",
            "To publish, add: the problem (English); what was done (English); outcomes (English).",
        )
    ]
    header = [*PRACTICE_HEADER, "problem_en", "approach_en", "outcomes_en"]
    data = csv_bytes(
        [header, [*practice_row(1, status="published"), "Waits.", "A team.", "Fewer waits."]]
    )
    assert run("practices", data).created == 1
    practice = Practice.objects.get()
    assert practice.status == "published" and practice.published_at is not None
    # A published practice does not go back to draft by import.
    report = run(
        "practices", csv_bytes([header, [*practice_row(1), "Waits.", "A team.", "Fewer waits."]])
    )
    assert problems(report) == [
        (2, "status", "A practice that is “Published” cannot become “Draft”.")
    ]


def test_only_the_programme_team_imports_practices(people):
    report = run("practices", practices_file(1), actor=people["editor"])
    assert report.fatal == "Only the programme team can change the menu."
    assert Practice.objects.count() == 0
    assert run("practices", practices_file(1), actor=people["moderator"]).created == 1
    assert Practice.history.get().history_user == people["moderator"]


def test_queries_do_not_grow_with_the_number_of_rows(directory, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for start, size in [(1, 10), (1000, 100)]:
        with CaptureQueriesContext(connection) as captured:
            report = run("practices", practices_file(size, start=start))
        assert report.created == size
        counts.append(len(captured))
    assert counts[0] == counts[1], counts
    # Re-importing (every row unchanged) reads a fixed few queries too.
    with django_assert_max_num_queries(counts[0]):
        assert run("practices", practices_file(100, start=1000)).unchanged == 100


def test_the_rows_are_checked_by_the_bulk_action_for_any_caller(directory):
    from arfer.menu.bulk import bulk_save_practices

    outcome = bulk_save_practices(
        [
            {
                "external_ref": "X",
                "lead_body": "gwynedd-council",
                "title_en": "T",
                "summary_en": "S",
                "prevention_tier": "primary",
                "evidence_level": 9,
            }
        ],
        actor=SYSTEM,
    )
    assert not outcome.written and outcome.errors[0][0][0] == "evidence_level"
    assert import_file  # the importer is one caller among others


def test_imported_practices_are_found_by_search(directory):
    """The search documents of an import's published practices are made after its write (its
    drafts have none), those of the practices stored before are left alone, and the pages'
    writes are found as ever."""
    from arfer.menu import search
    from arfer.menu.search_models import PracticeSearchDocument, SearchQueue
    from tests.conftest import make_practice

    before = make_practice("kept-before", title_en="Telecare for every household")
    search.ranked_matches("telecare")
    header = [*PRACTICE_HEADER, "problem_en", "approach_en", "outcomes_en"]
    published, draft = (
        [
            *practice_row(n, title=f"Zephyrine telecare {n}", status=status),
            "Waits.",
            "A team.",
            "Fewer waits.",
        ]
        for n, status in [(1, "published"), (2, "draft")]
    )
    assert run("practices", csv_bytes([header, published, draft])).created == 2
    imported = Practice.objects.get(external_ref="P-000001")
    assert not SearchQueue.objects.exists()  # made by the importer, after the write
    assert sorted(PracticeSearchDocument.objects.values_list("practice_id", flat=True)) == [
        before.pk,
        imported.pk,
    ]
    assert [pk for pk, _rank in search.ranked_matches("zephyrine")] == [imported.pk]
    assert sorted(pk for pk, _rank in search.ranked_matches("telecare")) == [before.pk, imported.pk]
    later = make_practice("made-later", title_en="Quillwort reablement")
    assert [pk for pk, _rank in search.ranked_matches("quillwort")] == [later.pk]


def test_a_failed_write_queues_nothing(directory, monkeypatch):
    import pytest

    from arfer.menu.search_models import SearchQueue

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("arfer.core.staging.StagedWrite.write", broken)
    with pytest.raises(RuntimeError):
        run("practices", practices_file(2))
    assert not SearchQueue.objects.exists()
    assert not Practice.objects.exists()


def test_a_file_that_brings_the_welsh_text_fulfils_its_request(directory):
    from arfer.menu.actions import request_welsh_text
    from arfer.menu.models import WelshTextRequest

    run("practices", practices_file(2))
    practice = Practice.objects.get(external_ref="P-000001")
    request = request_welsh_text(practice, actor=SYSTEM)
    other = request_welsh_text(Practice.objects.get(external_ref="P-000002"), actor=SYSTEM)
    header = [*PRACTICE_HEADER, "title_cy", "summary_cy"]
    report = run(
        "practices",
        csv_bytes(
            [
                header,
                [*practice_row(1), "Arfer rhif 1", "Beth mae arfer 1 yn ei wneud."],
                [*practice_row(2), "Arfer rhif 2", ""],
            ]
        ),
    )
    assert report.updated == 2 and report.succeeded
    request.refresh_from_db()
    other.refresh_from_db()
    assert request.fulfilled_at is not None
    assert other.fulfilled_at is None  # its summary is still English only
    assert list(WelshTextRequest.objects.waiting()) == [other]
