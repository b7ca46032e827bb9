"""Files built to exhaust the machine: every limit is checked while the file is read, before its
contents fill the memory, and a report stays small whatever the file holds."""

import io
import json
import zipfile

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from openpyxl import Workbook

from arfer.imports.models import ImportRun
from arfer.imports.reading import read_table
from arfer.menu.models import Practice
from tests.accounts.helpers import sign_in_with_two_factor

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, practices_file, problems, run


def xlsx_bytes(fill) -> bytes:
    workbook = Workbook()
    fill(workbook.active)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def practice_sheet(sheet, count=1):
    sheet.append(PRACTICE_HEADER)
    for n in range(1, count + 1):
        sheet.append(practice_row(n))


def with_padded_part(workbook: bytes, megabytes: int) -> bytes:
    """The workbook with one more part that unpacks to `megabytes` of spaces: a few kilobytes
    in the file."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for member in source.infolist():
            bomb.writestr(member, source.read(member))
        bomb.writestr("xl/padding.xml", b" " * (megabytes * 1024 * 1024))
    return buffer.getvalue()


def with_part_rewritten(workbook: bytes, name: str, old: bytes, new: bytes) -> bytes:
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(workbook)) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as changed,
    ):
        for member in source.infolist():
            content = source.read(member)
            changed.writestr(
                member, content.replace(old, new) if member.filename == name else content
            )
    return buffer.getvalue()


def refused(data, filename="file.csv"):
    report = run("practices", data, filename)
    assert not report.written and Practice.objects.count() == 0
    return report


def test_a_workbook_that_unpacks_beyond_the_limit_is_refused_before_it_is_opened(
    directory, settings, monkeypatch
):
    settings.ARFER_IMPORT_MAX_UNPACKED_MB = 3
    data = with_padded_part(xlsx_bytes(practice_sheet), megabytes=8)
    assert len(data) < 100_000

    def never(*args, **kwargs):
        raise AssertionError("the workbook was opened")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    report = refused(data, "bomb.xlsx")
    assert report.fatal == (
        "The Excel file unpacks to 9 MB, more than the 3 MB one import may "
        "hold. Save it as CSV, or split it into smaller workbooks, and "
        "import each."
    )


def test_a_workbook_within_the_unpacked_limit_is_read(directory, settings):
    settings.ARFER_IMPORT_MAX_UNPACKED_MB = 3
    report = run(
        "practices", with_padded_part(xlsx_bytes(practice_sheet), megabytes=1), "file.xlsx"
    )
    assert report.written and report.created == 1


def test_a_csv_with_too_many_rows_is_refused_as_far_as_read(directory, settings):
    settings.ARFER_IMPORT_MAX_ROWS = 50
    report = refused(practices_file(60))
    assert report.fatal == (
        "The file has more than 50 rows, the most one import may have; it "
        "was read as far as row 51. Split it into smaller files and import "
        "each."
    )
    assert run("practices", practices_file(49)).created == 49


def test_a_sheet_of_a_million_empty_rows_stops_at_the_row_limit(directory, settings):
    """Two cells a million rows apart: a few kilobytes, but a million rows to read."""
    settings.ARFER_IMPORT_MAX_ROWS = 1_000

    def sparse(sheet):
        practice_sheet(sheet)
        sheet.cell(row=1_000_000, column=1, value="P-999999")

    report = refused(xlsx_bytes(sparse), "sparse.xlsx")
    assert "more than 1,000 rows" in report.fatal and "as far as row 1,001" in report.fatal


def test_a_file_with_too_many_cells_is_refused(directory, settings):
    settings.ARFER_IMPORT_MAX_CELLS = 200
    report = refused(practices_file(30))  # 31 rows of 10 cells
    assert report.fatal == (
        "The file has more than 200 cells (rows times columns), the most "
        "one import may have: its first 21 rows already hold 210. Split it "
        "into smaller files, or remove empty columns, and import each."
    )


def test_a_sheet_with_a_cell_far_to_the_right_counts_every_column_up_to_it(directory, settings):
    settings.ARFER_IMPORT_MAX_CELLS = 10_000

    def wide(sheet):
        practice_sheet(sheet)
        sheet.cell(row=2, column=16_384, value="far away")

    report = refused(xlsx_bytes(wide), "wide.xlsx")
    assert "more than 10,000 cells" in report.fatal and "first 2 rows" in report.fatal


@pytest.mark.parametrize("filename", ["file.csv", "file.xlsx"])
def test_a_cell_over_the_length_limit_is_reported_and_not_kept(directory, filename):
    long_title = "A" * 150_000
    rows = [PRACTICE_HEADER, practice_row(1, title=long_title), practice_row(2)]
    if filename.endswith(".xlsx"):
        # Excel (and openpyxl) cut a cell at 32,767 characters; a file made by hand need not.
        rows[1] = practice_row(1, title="LONG-TITLE")
        data = with_part_rewritten(
            xlsx_bytes(lambda sheet: [sheet.append(row) for row in rows]),
            "xl/worksheets/sheet1.xml",
            b"LONG-TITLE",
            long_title.encode(),
        )
    else:
        data = csv_bytes(rows)
    table = read_table(data, filename)
    position = PRACTICE_HEADER.index("title_en")
    assert table.rows[0][1][position] is None  # the reader let go of it
    assert (
        2,
        position,
        "This cell holds 150,000 characters; a cell may hold at most 100,000.",
    ) in table.problems
    report = run("practices", data, filename)
    assert not report.written and report.invalid == 1
    assert (
        2,
        "title_en",
        "This cell holds 150,000 characters; a cell may hold at most 100,000.",
    ) in problems(report)


def test_a_bad_value_is_quoted_briefly(directory):
    report = run("practices", practices_file(1, start_date="9" * 5_000))
    [message] = [m for _r, column, m in problems(report) if column == "start_date"]
    assert message == f"“{'9' * 80}…” is not a date. Write it like 2025-04-01 or 01/04/2025."


def test_a_report_keeps_the_first_thousand_problems_and_counts_the_rest(directory):
    """Rows 2 to 1,001 name an unknown lead body (found by the domain's check); rows 1,002 to
    2,201 have a bad level, long enough to weigh (found while reading, so reported first)."""
    data = csv_bytes(
        [
            PRACTICE_HEADER,
            *(practice_row(n, lead="nobody-at-all") for n in range(1, 1_001)),
            *(practice_row(n, evidence_level="7" * 5_000) for n in range(1_001, 2_201)),
        ]
    )
    report = run("practices", data)
    assert report.problems_total == 2_200 and report.invalid == 2_200
    assert len(report.problems) == 1_000 and report.problems_left_out == 1_200
    assert [p.row for p in report.problems] == list(range(2, 1_002))
    assert len(json.dumps(report.as_json())) < 300_000  # the stored report stays small


def test_the_command_says_how_many_problems_are_left_out(directory, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(practices_file(1_050, evidence_level="7"))
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(SystemExit):
        call_command("import", "practices", str(path), stdout=out, stderr=err, verbosity=0)
    assert err.getvalue().count("is not one of the choices") == 1_000
    assert "... and 50 more problems." in err.getvalue()


def test_the_page_and_the_download_say_how_many_problems_are_left_out(
    client, people, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    sign_in_with_two_factor(client, people["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/imports/",
            {
                "kind": "practices",
                "file": SimpleUploadedFile("bad.csv", practices_file(1_250, evidence_level="7")),
            },
        )
    run = ImportRun.objects.get()
    page = client.get(f"/imports/{run.pk}/").content.decode()
    assert "The first 100 of 1,250 problems are shown." in page
    assert (
        "The report keeps the first 1,000 problems, and 250 more were found. Correct these "
        "and import the file again to see the rest."
    ) in page
    assert "Download the first 1,000 problems as CSV" in page
    lines = client.get(f"/imports/{run.pk}/problems.csv").content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + 1_000 + 1
    assert lines[-1] == (
        ',,"And 250 more problems, not kept. Correct these and import the file '
        'again to see the rest."'
    )
