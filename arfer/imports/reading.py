"""Reading an uploaded file into a header and rows, numbered as a spreadsheet shows them (the
header is row 1), whatever it is: CSV in UTF-8 (with or without a byte-order mark) or
Windows-1252, or an Excel workbook. What cannot be read at all is a FileProblem with a message
for people; what is wrong with one row or cell is kept as a problem of that row.

The limits (rows, cells, a workbook's unpacked size, a cell's length) are checked while the file
is read, row by row, so that a small file that parses or unpacks into something huge is refused
before it fills the memory: a 355 KB workbook can hold a sheet of gigabytes.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from .cells import MAX_CELL_CHARS, as_text

ZIP_SIGNATURE = b"PK\x03\x04"
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls format
# Far above MAX_CELL_CHARS, so that a big cell is reported on its row; beyond this the file is
# not a table at all.
CSV_FIELD_LIMIT = 10 * MAX_CELL_CHARS
# A valid UTF-8 sequence of two or more bytes: text written as UTF-8.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
    rb"|[\xf0-\xf4][\x80-\xbf]{3}"
)


class FileProblem(Exception):
    """The file as a whole cannot be read; nothing in it is imported."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Limits:
    rows: int
    cells: int
    unpacked_bytes: int

    @classmethod
    def from_settings(cls) -> "Limits":
        return cls(
            rows=settings.ARFER_IMPORT_MAX_ROWS,
            cells=settings.ARFER_IMPORT_MAX_CELLS,
            unpacked_bytes=settings.ARFER_IMPORT_MAX_UNPACKED_MB * 1024 * 1024,
        )


class _Tally:
    """Rows and cells read so far, refused the moment either passes its limit."""

    def __init__(self, limits: Limits):
        self.limits, self.cells = limits, 0

    def count(self, number: int, width: int) -> None:
        if number > self.limits.rows:
            raise FileProblem(
                _(
                    "The file has more than %(limit)s rows, the most one import may have; it was "
                    "read as far as row %(row)s. Split it into smaller files and import each."
                )
                % {"limit": f"{self.limits.rows:,}", "row": f"{number:,}"}
            )
        self.cells += width
        if self.cells > self.limits.cells:
            raise FileProblem(
                _(
                    "The file has more than %(limit)s cells (rows times columns), the most one "
                    "import may have: its first %(rows)s rows already hold %(cells)s. Split it "
                    "into smaller files, or remove empty columns, and import each."
                )
                % {
                    "limit": f"{self.limits.cells:,}",
                    "rows": f"{number:,}",
                    "cells": f"{self.cells:,}",
                }
            )


def _too_long(length: int) -> str:
    return _("This cell holds %(length)s characters; a cell may hold at most %(limit)s.") % {
        "length": f"{length:,}",
        "limit": f"{MAX_CELL_CHARS:,}",
    }


@dataclass
class Table:
    header: list[str]
    rows: list[tuple[int, list]]  # (row number as the spreadsheet shows it, cells)
    encoding: str  # what the file was read as, for the report
    # (row, position of the cell from 0, message): cells the reader could not take.
    problems: list[tuple[int, int, str]] = field(default_factory=list)


def read_table(data: bytes, filename: str = "", limits: Limits | None = None) -> Table:
    limits = limits or Limits.from_settings()
    if not data.strip(b"\xef\xbb\xbf \t\r\n"):
        raise FileProblem(_("The file is empty."))
    if data.startswith(OLE_SIGNATURE):
        raise FileProblem(
            _(
                "This is an old-style Excel file (.xls). Save it as an Excel "
                "workbook (.xlsx) or as CSV, and import that."
            )
        )
    if data.startswith(ZIP_SIGNATURE) or filename.lower().endswith(".xlsx"):
        return _read_xlsx(data, limits)
    return _read_csv(data, limits)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "UTF-8 (with byte-order mark)"
        except UnicodeDecodeError as error:
            raise FileProblem(_mixed_message(data, error)) from None
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError as error:
        utf8_error = error
    if b"\x00" in data:
        raise FileProblem(
            _(
                "This is not a text file: it holds bytes no CSV file has. Save it "
                "as CSV (UTF-8) or as an Excel workbook (.xlsx)."
            )
        )
    if _UTF8_SEQUENCE.search(data):
        raise FileProblem(_mixed_message(data, utf8_error))
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        raise FileProblem(
            _(
                "The file is neither UTF-8 nor Windows-1252 text. Save it again as “CSV UTF-8” "
                "and import that."
            )
        ) from None


def _mixed_message(data: bytes, error: UnicodeDecodeError) -> str:
    line = data.count(b"\n", 0, error.start) + 1
    return _(
        "The file mixes character encodings: most of it is UTF-8, but line %(line)s is "
        "not. Save it again as “CSV UTF-8” and import that."
    ) % {"line": line}


def _read_csv(data: bytes, limits: Limits) -> Table:
    text, encoding = _decode(data)
    previous_limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    records: list[tuple[int, list]] = []
    too_long: list[tuple[int, int, str]] = []
    tally = _Tally(limits)
    number = 0
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        for number, read in enumerate(reader, start=1):
            tally.count(number, len(read))
            cells: list[str | None] = list(read)
            for position, cell in enumerate(read):
                if len(cell) > MAX_CELL_CHARS:
                    too_long.append((number, position, _too_long(len(cell))))
                    cells[position] = None  # reported; not kept
            records.append((number, cells))
    except csv.Error as error:
        row = number + 1
        if "field larger than field limit" in str(error):
            raise FileProblem(
                _(
                    "Row %(row)s has a cell of more than %(limit)s characters: "
                    "this is not a table of records."
                )
                % {"row": row, "limit": f"{CSV_FIELD_LIMIT:,}"}
            ) from None
        if "unexpected end of data" in str(error) or "EOF" in str(error):
            raise FileProblem(
                _(
                    "The file ends inside a quoted cell of row %(row)s: it looks "
                    "cut short. Nothing was imported; export the whole file "
                    "again."
                )
                % {"row": row}
            ) from None
        raise FileProblem(
            _("Row %(row)s cannot be read as CSV (%(error)s). Check its quotation marks.")
            % {"row": row, "error": error}
        ) from None
    finally:
        csv.field_size_limit(previous_limit)
    if not records:
        raise FileProblem(_("The file is empty."))
    header, rows = records[0][1], records[1:]
    table = Table(header=header, rows=rows, encoding=encoding, problems=too_long)
    if rows and not text.endswith(("\n", "\r")) and 0 < len(rows[-1][1]) < len(header):
        raise FileProblem(
            _(
                "The last row (row %(row)s) stops after %(cells)s of %(columns)s "
                "cells and the file has no line end: it looks cut short. Nothing "
                "was imported; export the whole file again."
            )
            % {"row": rows[-1][0], "cells": len(rows[-1][1]), "columns": len(header)}
        )
    return table


def _check_unpacked_size(data: bytes, limits: Limits) -> None:
    """A workbook is a zip file: the sizes its parts unpack to are read from its directory
    before any part is opened (zipfile never unpacks a part beyond the size declared)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return  # openpyxl says what is wrong with it
    if unpacked > limits.unpacked_bytes:
        megabytes = 1024 * 1024
        raise FileProblem(
            _(
                "The Excel file unpacks to %(size)s MB, more than the %(limit)s MB one import may "
                "hold. Save it as CSV, or split it into smaller workbooks, and import each."
            )
            % {
                "size": f"{-(-unpacked // megabytes):,}",
                "limit": f"{limits.unpacked_bytes // megabytes:,}",
            }
        )


def _read_xlsx(data: bytes, limits: Limits) -> Table:
    from openpyxl import load_workbook

    _check_unpacked_size(data, limits)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except zipfile.BadZipFile:
        raise FileProblem(
            _(
                "The Excel file is damaged or incomplete (it is not a whole .xlsx "
                "file). Save it again from Excel and import that."
            )
        ) from None
    except Exception:  # openpyxl raises many kinds of error for a broken workbook
        raise FileProblem(
            _(
                "The Excel file cannot be read. Save it again from Excel as an "
                "Excel workbook (.xlsx) and import that."
            )
        ) from None
    try:
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # read every row, whatever size the file claims
        table = Table(header=[], rows=[], encoding="Excel workbook")
        tally = _Tally(limits)
        for number, row in enumerate(sheet.iter_rows(), start=1):
            tally.count(number, len(row))
            values: list[object] = []
            for position, cell in enumerate(row):
                if getattr(cell, "data_type", None) == "f":
                    table.problems.append(
                        (number, position, _("This cell contains a formula; paste values instead."))
                    )
                    values.append(None)
                elif getattr(cell, "data_type", None) == "e":
                    table.problems.append(
                        (
                            number,
                            position,
                            _("This cell shows a spreadsheet error (%(error)s).")
                            % {"error": cell.value},
                        )
                    )
                    values.append(None)
                elif type(cell.value) is str and len(cell.value) > MAX_CELL_CHARS:
                    table.problems.append((number, position, _too_long(len(cell.value))))
                    values.append(None)
                else:
                    values.append(cell.value)
            if number == 1:
                table.header = [as_text(value) for value in values]
            else:
                table.rows.append((number, values))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise FileProblem(
            _("The Excel file is damaged or incomplete. Save it again from Excel and import that.")
        ) from None
    finally:
        workbook.close()
    if not table.header:
        raise FileProblem(_("The file is empty."))
    return table
