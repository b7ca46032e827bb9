"""A corpus of malformed files: each gives a clear report, never a crash, and nothing is
half-written."""

import io

import pytest
from openpyxl import Workbook

from arfer.menu.models import Practice

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, practices_file, problems, run


def xlsx_bytes(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def refused(data, filename="file.csv", **options):
    report = run("practices", data, filename, **options)
    assert not report.written and Practice.objects.count() == 0
    return report


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b"   "])
def test_an_empty_file_says_so(directory, data):
    assert refused(data).fatal == "The file is empty."


def test_a_header_without_records_says_so(directory):
    report = refused(csv_bytes([PRACTICE_HEADER]))
    assert report.fatal == "The file has a header row but no records under it."


def test_a_csv_cut_inside_a_quoted_cell_is_refused_whole(directory):
    data = practices_file(3) + b'P-9,gwynedd-council,"A title cut sh'
    report = refused(data, skip_invalid=True)
    assert report.fatal.startswith(
        "The file ends inside a quoted cell of row 5: it looks cut short."
    )


def test_a_csv_cut_mid_row_is_refused_whole(directory):
    data = practices_file(3) + b"P-9,gwynedd-council,A title"
    report = refused(data, skip_invalid=True)
    assert report.fatal.startswith("The last row (row 5) stops after 3 of 10 cells")


def test_a_truncated_workbook_is_refused(directory):
    data = xlsx_bytes([PRACTICE_HEADER, practice_row(1)])
    report = refused(data[: len(data) // 2], "file.xlsx")
    assert "damaged or incomplete" in report.fatal


def test_an_old_excel_file_is_refused_with_advice(directory):
    report = refused(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "file.xls")
    assert "Save it as an Excel workbook (.xlsx) or as CSV" in report.fatal


def test_windows_1252_is_read_and_reported(directory):
    data = csv_bytes(
        [PRACTICE_HEADER, practice_row(1, title="Café \u2013 the “caffi”")], encoding="cp1252"
    )
    report = run("practices", data)
    assert report.encoding == "Windows-1252" and report.created == 1
    assert Practice.objects.get().title_en == "Café \u2013 the “caffi”"


def test_utf8_with_a_byte_order_mark_and_welsh_letters(directory):
    data = csv_bytes([PRACTICE_HEADER, practice_row(1, title="Dŵr Cymru a\u2019r ŷd")], bom=True)
    report = run("practices", data)
    assert report.encoding == "UTF-8 (with byte-order mark)" and report.created == 1
    assert Practice.objects.get().title_en == "Dŵr Cymru a\u2019r ŷd"


def test_a_file_mixing_encodings_is_refused(directory):
    data = csv_bytes([PRACTICE_HEADER, practice_row(1, title="Dŵr")]) + csv_bytes(
        [practice_row(2, title="Café")], encoding="cp1252"
    )
    report = refused(data)
    assert report.fatal == (
        "The file mixes character encodings: most of it is UTF-8, but "
        "line 3 is not. Save it again as “CSV UTF-8” and import that."
    )


def test_a_binary_file_is_refused(directory):
    assert "not a text file" in refused(b"\x00\x01\x02\x81\x8d\xff" * 20).fatal


def test_quoting_per_rfc_4180_is_read(directory):
    data = csv_bytes(
        [
            PRACTICE_HEADER,
            practice_row(
                1, title='Homes, "safe" and warm', summary_en="Line one.\nLine two, with a comma."
            ),
        ]
    )
    data += csv_bytes([practice_row(2)])
    report = run("practices", data)
    assert report.created == 2
    practice = Practice.objects.get(external_ref="P-000001")
    assert practice.title_en == 'Homes, "safe" and warm'
    assert practice.summary_en == "Line one.\nLine two, with a comma."


def test_missing_and_unknown_headers_are_named(directory):
    header = [name for name in PRACTICE_HEADER if name != "summary_en"] + ["colour"]
    report = refused(csv_bytes([header, ["x"] * len(header)]))
    assert report.fatal.startswith(
        "Required columns are missing: summary_en. These columns "
        "are not known: colour. The columns of a practices file "
        "are: external_ref, lead_body,"
    )


def test_headers_are_read_whatever_their_case(directory):
    header = [name.upper().replace("_", " ") for name in PRACTICE_HEADER]
    assert run("practices", csv_bytes([header, practice_row(1)])).created == 1


def test_a_repeated_reference_is_reported_on_every_row(directory):
    data = csv_bytes(
        [PRACTICE_HEADER, practice_row(1), practice_row(2), practice_row(1, title="Again")]
    )
    report = refused(data)
    message = "“P-000001” appears on more than one row (rows 2, 4); give each record once."
    assert problems(report) == [(2, "external_ref", message), (4, "external_ref", message)]


def test_rows_of_the_wrong_width(directory):
    data = csv_bytes(
        [
            PRACTICE_HEADER,
            practice_row(1)[:5],
            [*practice_row(2), "extra"],
            [*practice_row(3), "", ""],
        ]
    )
    report = refused(data)
    assert problems(report) == [
        (2, "", "This row has 5 cells, but the header has 10 columns."),
        (
            3,
            "",
            "This row has 11 cells, but the header has 10 columns: a value is beyond "
            "the last column.",
        ),
    ]
    assert report.created == 1  # empty cells beyond the last column are harmless


def test_an_enormous_cell(directory):
    report = refused(csv_bytes([PRACTICE_HEADER, practice_row(1, summary_en="x" * 150_000)]))
    assert problems(report) == [
        (2, "summary_en", "This cell holds 150,000 characters; a cell may hold at most 100,000.")
    ]
    report = refused(csv_bytes([PRACTICE_HEADER, practice_row(1, summary_en="x" * 2_000_000)]))
    assert report.fatal.startswith("Row 2 has a cell of more than 1,000,000 characters")


def test_a_required_cell_left_empty(directory):
    report = refused(csv_bytes([PRACTICE_HEADER, practice_row(1, title_en="")]))
    assert problems(report) == [(2, "title_en", "This column is required: fill in this cell.")]


def test_a_workbook_is_read_with_its_numbers_and_dates(directory):
    import datetime

    row = practice_row(1)
    row[PRACTICE_HEADER.index("evidence_level")] = 3
    row[PRACTICE_HEADER.index("setup_cost_pounds")] = 1234.56
    row[PRACTICE_HEADER.index("start_date")] = datetime.datetime(2024, 4, 1)
    report = run("practices", xlsx_bytes([PRACTICE_HEADER, row, [], practice_row(2)]), "file.xlsx")
    assert report.encoding == "Excel workbook" and report.created == 2
    practice = Practice.objects.get(external_ref="P-000001")
    assert (practice.evidence_level, practice.setup_cost_pence) == (3, 123_456)
    assert practice.start_date == datetime.date(2024, 4, 1)


def test_a_formula_in_a_workbook_is_refused_and_text_like_one_is_kept(directory):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(PRACTICE_HEADER)
    sheet.append(practice_row(1))
    sheet.append(practice_row(2))
    sheet["H2"] = "=1000*2"  # setup_cost_pounds as a formula
    sheet["C3"].value = "=not a formula"
    sheet["C3"].data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    report = refused(buffer.getvalue(), "file.xlsx")
    assert problems(report) == [
        (2, "setup_cost_pounds", "This cell contains a formula; paste values instead.")
    ]
    assert run("practices", buffer.getvalue(), "file.xlsx", skip_invalid=True).created == 1
    assert Practice.objects.get().title_en == "=not a formula"


def test_a_large_file_with_one_bad_row_at_the_end_writes_nothing(directory):
    size = 100_000
    data = practices_file(size - 1) + csv_bytes([practice_row(size, evidence_level="six")])
    report = refused(data)  # (its speed is measured by benchmarks/imports.py, not here)
    assert report.rows_total == size and report.invalid == 1
    assert problems(report) == [
        (size + 1, "evidence_level", "“six” is not one of the choices: 1, 2, 3, 4, 5.")
    ]
    assert Practice.history.count() == 0
