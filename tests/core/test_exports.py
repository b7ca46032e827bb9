import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.utils.translation import gettext_lazy
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from arfer.core.exports import (
    FORMULA_PREFIXES,
    XLSX_CONTENT_TYPE,
    Column,
    clean_sheet_title,
    csv_response,
    neutralise,
    xlsx_response,
)

COLUMNS = [
    Column("Body"),
    Column("Saved (£)", "money"),
    Column("Adopted", "date"),
    Column("Staff", "integer"),
]
ROWS = [
    ["Ynys Môn", 123450, datetime.date(2025, 4, 1), 3],
    ['dŵr, "glân"\nac ŷ', 5, datetime.date(2026, 3, 31), -5],
    [None, -1200, None, None],
]
FORMULAS = ["=SUM(A1)", "+1", "-2+3", "@cmd", "\t=x", "\r=x"]


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def read_xlsx(response):
    return load_workbook(io.BytesIO(response.content)).active


# neutralise


@pytest.mark.parametrize("text", FORMULAS)
def test_formula_text_gets_an_apostrophe(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["Ynys Môn", "", " =1", "'=1", "1-2", "a=b"])
def test_ordinary_text_is_unchanged(value):
    assert neutralise(value) == value


@pytest.mark.parametrize(
    "value",
    [
        -5,
        0,
        Decimal("-1.5"),
        -2.5,
        None,
        True,
        datetime.date(2025, 4, 1),
        datetime.datetime(2025, 4, 1, 9, 30),
    ],
)
def test_non_text_passes_through(value):
    assert neutralise(value) is value


def test_unknown_column_kind_is_refused():
    with pytest.raises(ValueError, match="kind"):
        Column("Body", "currency")


# CSV


def test_csv_headers_and_response():
    response = csv_response("savings-2025-26.csv", COLUMNS, ROWS)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="savings-2025-26.csv"'
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert read_csv(response)[0] == ["Body", "Saved (£)", "Adopted", "Staff"]


def test_csv_cells():
    assert read_csv(csv_response("t.csv", COLUMNS, ROWS))[1:] == [
        ["Ynys Môn", "1234.50", "2025-04-01", "3"],
        ['dŵr, "glân"\nac ŷ', "0.05", "2026-03-31", "-5"],
        ["", "-12.00", "", ""],
    ]


def test_csv_quotes_per_rfc_4180_with_crlf_line_endings():
    raw = csv_response("t.csv", [Column("a"), Column("b")], [['x,"y"\nz', "plain"]]).content
    assert raw == '\ufeffa,b\r\n"x,""y""\nz",plain\r\n'.encode()


def test_csv_welsh_letters_survive_as_utf8():
    raw = csv_response("t.csv", [Column("Enw")], [["Ynys Môn"], ["dŵr"], ["ŷ"]]).content
    assert "Ynys Môn\r\ndŵr\r\nŷ\r\n".encode() in raw


def test_csv_neutralises_formulas_in_text_but_not_negative_numbers():
    columns = [Column("Text"), Column("Number", "integer"), Column("Money", "money")]
    rows = [[text, -5, -100] for text in FORMULAS]
    assert read_csv(csv_response("t.csv", columns, rows))[1:] == [
        ["'" + text, "-5", "-1.00"] for text in FORMULAS
    ]


def test_csv_neutralises_headers_and_text_that_is_not_a_str():
    columns = [Column('=HYPERLINK("http://x")'), Column(gettext_lazy("-1"))]
    parsed = read_csv(csv_response("t.csv", columns, [[gettext_lazy("@x"), "ok"]]))
    assert parsed == [['\'=HYPERLINK("http://x")', "'-1"], ["'@x", "ok"]]


def test_csv_datetime_is_iso_8601_in_the_site_time_zone():
    moment = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)
    parsed = read_csv(csv_response("t.csv", [Column("At", "date")], [[moment]]))
    assert parsed[1] == ["2025-06-01T13:00:00+01:00"]


def test_csv_with_no_rows_has_the_header_only():
    response = csv_response("empty.csv", COLUMNS, iter([]))
    assert response.content == "\ufeffBody,Saved (£),Adopted,Staff\r\n".encode()


def test_csv_reads_rows_lazily():
    rows = ([name, n] for n, name in enumerate(["a", "b"]))
    parsed = read_csv(csv_response("t.csv", [Column("x"), Column("n", "integer")], rows))
    assert parsed == [["x", "n"], ["a", "0"], ["b", "1"]]


def test_money_must_be_integer_pence():
    with pytest.raises(TypeError, match="pence"):
        csv_response("t.csv", [Column("Saved", "money")], [[12.5]])


def test_a_row_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError):
        csv_response("t.csv", [Column("a"), Column("b")], [["only one"]])


BAD_FILENAMES = [
    'a"b.csv',
    "a/b.csv",
    "..\\b.csv",
    "../b.csv",
    "dŵr.csv",
    "a b.csv",
    "",
    ".hidden",
    "a.csv\r\nSet-Cookie: x=1",
    "a;b.csv",
    "a..csv",
    "a.csv\n",
]


@pytest.mark.parametrize("filename", BAD_FILENAMES)
def test_bad_filenames_are_refused(filename):
    with pytest.raises(ValueError, match="file name"):
        csv_response(filename, COLUMNS, [])
    with pytest.raises(ValueError, match="file name"):
        xlsx_response(filename, "Sheet", COLUMNS, [])


# XLSX


def test_xlsx_response():
    response = xlsx_response("savings.xlsx", "Savings", COLUMNS, ROWS)
    assert response["Content-Type"] == XLSX_CONTENT_TYPE
    assert response["Content-Disposition"] == 'attachment; filename="savings.xlsx"'
    sheet = read_xlsx(response)
    assert sheet.title == "Savings"
    header = next(sheet.iter_rows(max_row=1))
    assert [c.value for c in header] == ["Body", "Saved (£)", "Adopted", "Staff"]
    assert all(c.font.b for c in header)
    assert sheet.column_dimensions["A"].width == 10


def test_xlsx_cells():
    sheet = read_xlsx(xlsx_response("t.xlsx", "Savings", COLUMNS, ROWS))
    rows = list(sheet.iter_rows(min_row=2))
    assert [[c.value for c in row] for row in rows] == [
        ["Ynys Môn", Decimal("1234.5"), datetime.datetime(2025, 4, 1), 3],
        ['dŵr, "glân"\nac ŷ', 0.05, datetime.datetime(2026, 3, 31), -5],
        [None, Decimal("-12"), None, None],
    ]
    # Spreadsheets hold binary floats; the file itself holds the exact pounds.
    assert [Decimal(str(row[1].value)) for row in rows] == [
        Decimal("1234.50"),
        Decimal("0.05"),
        Decimal("-12.00"),
    ]
    money, day = rows[0][1], rows[0][2]
    assert money.data_type == "n" and money.number_format == "#,##0.00"
    assert isinstance(day.value, datetime.date) and day.number_format == "yyyy-mm-dd"
    assert not any(c.font.b for c in rows[0])


def test_xlsx_datetime_is_a_date_cell_in_the_site_time_zone():
    moment = datetime.datetime(2025, 6, 1, 12, 0, tzinfo=datetime.UTC)
    cell = read_xlsx(xlsx_response("t.xlsx", "x", [Column("At", "date")], [[moment]]))["A2"]
    assert cell.value == datetime.datetime(2025, 6, 1, 13, 0)
    assert cell.is_date


def test_xlsx_formula_text_stays_text():
    columns = [Column("=1+1"), Column("Number", "integer"), Column("Money", "money")]
    rows = [[text, -5, -100] for text in FORMULAS]
    sheet = read_xlsx(xlsx_response("t.xlsx", "x", columns, rows))
    assert sheet["A1"].value == "'=1+1" and sheet["A1"].data_type == "s"
    for row, text in zip(sheet.iter_rows(min_row=2), FORMULAS, strict=True):
        cell, number, money = row
        assert cell.value.startswith("'") and cell.data_type != "f"
        assert cell.value.replace("\r", "\n") == ("'" + text).replace("\r", "\n")
        assert (number.value, number.data_type) == (-5, "n")
        assert (money.value, money.data_type) == (-1, "n")


def test_xlsx_removes_control_characters_before_neutralising():
    rows = [["a\x00b\x07c\x1fd"], ["\x01=cmd"], ["tab\tand\nline"], ["x\ufffe\uffffy"]]
    sheet = read_xlsx(xlsx_response("t.xlsx", "x\x02y", [Column("h\x0bi")], rows))
    assert [c.value for c in sheet["A"]] == ["hi", "abcd", "'=cmd", "tab\tand\nline", "xy"]
    assert sheet.title == "xy"


def test_xlsx_with_no_rows_has_the_header_only():
    sheet = read_xlsx(xlsx_response("empty.xlsx", "Empty", COLUMNS, iter([])))
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Body", "Saved (£)", "Adopted", "Staff"]
    ]


def test_xlsx_column_widths_follow_the_headers():
    columns = [Column("Body"), Column("A header of thirty characters!"), Column("x" * 100)]
    sheet = read_xlsx(xlsx_response("t.xlsx", "x", columns, []))
    widths = [sheet.column_dimensions[letter].width for letter in "ABC"]
    assert widths == [10, 32, 60]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Savings", "Savings"),
        ("Arbedion 2025-26: [Ynys Môn] / Gwynedd?*\\", "Arbedion 2025-26 Ynys Môn  Gwyn"),
        ("A" * 40, "A" * 31),
        ("'quoted'", "quoted"),
        ("[]:*?/\\", "Sheet1"),
        ("", "Sheet1"),
    ],
)
def test_sheet_titles_follow_excels_rules(title, expected):
    assert clean_sheet_title(title) == expected
    assert len(expected) <= 31
    sheet = read_xlsx(xlsx_response("t.xlsx", title, COLUMNS, []))
    assert sheet.title == expected


# properties


@given(st.text())
def test_csv_round_trip(text):
    parsed = read_csv(csv_response("t.csv", [Column("Text")], [[text]]))
    expected = "'" + text if text.startswith(FORMULA_PREFIXES) else text
    assert parsed == [["Text"], [expected]]


@settings(max_examples=60, deadline=None)
@given(st.text(), st.text(), st.integers(-(10**15) + 1, 10**15 - 1))
def test_xlsx_never_raises_opens_and_holds_no_formula(header, text, pence):
    columns = [Column(header), Column("Money", "money")]
    sheet = read_xlsx(xlsx_response("t.xlsx", text, columns, [[text, pence]]))
    cell = sheet["A2"]
    assert cell.data_type != "f"
    assert cell.value is None or not str(cell.value).startswith(FORMULA_PREFIXES)
    assert Decimal(str(sheet["B2"].value)) == Decimal(pence) / 100
