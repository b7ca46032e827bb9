"""Table downloads (CSV and XLSX) for every export view, made safe in one place.

Exports are opened in spreadsheet programs, which run text that looks like a formula (formula
injection), misread UTF-8 without a byte-order mark (Welsh ŵ and ŷ) and refuse files holding XML
control characters. Every view that offers a download goes through here, so none can forget a
defence, and money and dates come out the same in every file.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, TypeVar, overload

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Kind = Literal["text", "integer", "money", "date"]
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MONEY_FORMAT = "#,##0.00"
_FILENAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*")
_SHEET_TITLE_FORBIDDEN_RE = re.compile(r"[\[\]:*?/\\]")
# What XML 1.0 forbids beyond openpyxl's ILLEGAL_CHARACTERS_RE: openpyxl writes these without
# complaint, but the file then cannot be opened.
_NOT_XML_RE = re.compile("[\ud800-\udfff\ufffe\uffff]")
_EXCEL_MAX_TEXT = 32767
_NATIVE = (int, float, Decimal, datetime.date)  # bool is an int; datetime is a date
_T = TypeVar("_T")


@overload
def neutralise(value: str) -> str: ...
@overload
def neutralise(value: _T) -> _T: ...
def neutralise(value: Any) -> Any:
    """Prefix text a spreadsheet would read as a formula with an apostrophe (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


@dataclass(frozen=True)
class Column:
    header: str
    kind: Kind = "text"

    def __post_init__(self) -> None:
        if self.kind not in ("text", "integer", "money", "date"):
            raise ValueError(f"Unknown column kind {self.kind!r}.")


def _pounds(pence: int) -> Decimal:
    if isinstance(pence, bool) or not isinstance(pence, int):
        raise TypeError(f"Money is given as integer pence, not {pence!r}.")
    return Decimal(pence) / 100


def _local(value: datetime.date) -> datetime.date:
    # Aware datetimes are shown in the site's time zone, the clock time people know.
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _text(value: Any, *, xml: bool = False) -> Any:
    """Numbers and dates stay as they are; anything else (lazy translations too) is made safe."""
    if isinstance(value, _NATIVE):
        return value
    if not xml:
        return neutralise(str(value))
    # Remove what XML cannot hold before neutralising, so "\x01=1" cannot become "=1".
    text = _NOT_XML_RE.sub("", ILLEGAL_CHARACTERS_RE.sub("", str(value)))
    return neutralise(text)[:_EXCEL_MAX_TEXT]


def _checked(filename: str) -> str:
    if not isinstance(filename, str) or not _FILENAME_RE.fullmatch(filename):
        raise ValueError(
            f"A download's file name must be plain ASCII such as "
            f"'savings-2025-26.csv', not {filename!r}."
        )
    return filename


def _download(content: bytes | str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{_checked(filename)}"'
    return response


def _csv_cell(column: Column, value: Any) -> Any:
    if value is None:
        return ""
    if column.kind == "money":
        return f"{_pounds(value):.2f}"
    if column.kind == "date":
        return _local(value).isoformat()
    return _text(value)


def csv_response(
    filename: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]
) -> HttpResponse:
    """A CSV download: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line endings."""
    # The BOM is what makes Excel read the file as UTF-8 rather than mangle ŵ and ŷ.
    response = _download("\ufeff", "text/csv; charset=utf-8", filename)
    writer = csv.writer(response, lineterminator="\r\n")
    writer.writerow([_text(column.header) for column in columns])
    for row in rows:
        writer.writerow([_csv_cell(c, v) for c, v in zip(columns, row, strict=True)])
    return response


def clean_sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\, no apostrophe at either end."""
    text = _NOT_XML_RE.sub("", ILLEGAL_CHARACTERS_RE.sub("", str(title)))
    text = _SHEET_TITLE_FORBIDDEN_RE.sub("", text).strip("' ")
    return text[:31].rstrip("' ") or "Sheet1"


def _xlsx_cell(sheet: Any, column: Column, value: Any) -> Any:
    if value is None:
        return None
    if column.kind == "money":
        cell = WriteOnlyCell(sheet, value=_pounds(value))
        cell.number_format = MONEY_FORMAT
        return cell
    if column.kind == "date":
        value = _local(value)
        has_time = isinstance(value, datetime.datetime)
        cell = WriteOnlyCell(sheet, value=value.replace(tzinfo=None) if has_time else value)
        cell.number_format = "yyyy-mm-dd hh:mm" if has_time else "yyyy-mm-dd"
        return cell
    return _text(value, xml=True)


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its title, columns and rows."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]


def xlsx_response(
    filename: str, sheet_title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]
) -> HttpResponse:
    """An XLSX download with one sheet: a bold header row, then one row per item of rows."""
    return xlsx_sheets_response(filename, [Sheet(sheet_title, columns, rows)])


def xlsx_sheets_response(filename: str, sheets: Sequence[Sheet]) -> HttpResponse:
    """An XLSX download with a sheet for each of `sheets`, the first one open, each as
    xlsx_response writes its one."""
    _checked(filename)  # before any work
    workbook = Workbook(write_only=True)
    for found in sheets:
        _write_sheet(workbook, found)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _download(buffer.getvalue(), XLSX_CONTENT_TYPE, filename)


def _write_sheet(workbook: Workbook, found: Sheet) -> None:
    sheet = workbook.create_sheet(clean_sheet_title(found.title))
    bold, header_row = Font(bold=True), []
    for index, column in enumerate(found.columns, start=1):
        width = min(60, max(10, len(str(column.header)) + 2))
        sheet.column_dimensions[get_column_letter(index)].width = width
        cell = WriteOnlyCell(sheet, value=_text(column.header, xml=True))
        cell.font = bold
        header_row.append(cell)
    sheet.append(header_row)
    for row in found.rows:
        sheet.append([_xlsx_cell(sheet, c, v) for c, v in zip(found.columns, row, strict=True)])
