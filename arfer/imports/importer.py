"""One import from file to report: read the file, check its header, read every cell, then hand
the rows to the domain's bulk action (which checks them against the rules and what is stored,
and writes them in one transaction, or nothing). The `arfer import` command and the upload
task both run this.
"""

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext as _

from arfer.core.actors import require_actor
from arfer.core.bulk import duplicates

from .cells import MAX_CELL_CHARS, CellError, as_text
from .columns import KINDS, Kind
from .reading import FileProblem, Table, read_table

# Problems kept for the report beyond which only the count goes on: a file of garbage can have
# millions, nobody reads past the first thousand, and the report is stored with the run.
MAX_PROBLEMS_KEPT = 1_000
# A value quoted in a problem (“...”) is cut to this many characters: enough to find it.
QUOTED_CHARS = 80
# No message is longer than this, whatever it quotes.
MAX_MESSAGE_CHARS = 2_000
_QUOTED = re.compile(f"“([^”]{{{QUOTED_CHARS + 1},}})”")

ProgressCallback = Callable[[int, int], None]


@dataclass
class Problem:
    row: int | None  # as the spreadsheet shows it; None for the file as a whole
    column: str
    message: str


@dataclass
class Report:
    kind: str
    filename: str = ""
    encoding: str = ""
    rows_total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    invalid: int = 0
    written: bool = False
    dry_run: bool = False
    skip_invalid: bool = False
    fatal: str = ""  # why the file as a whole was refused
    problems: list[Problem] = field(default_factory=list)
    problems_total: int = 0

    @property
    def succeeded(self) -> bool:
        return not self.fatal and not self.invalid

    def add(self, row: int | None, column: str, message: str) -> None:
        self.problems_total += 1
        self.problems.append(Problem(row, column, briefly(str(message))))
        if len(self.problems) >= 2 * MAX_PROBLEMS_KEPT:
            # Problems come in row order from each stage of the check in turn: those of the
            # first rows are kept, whichever stage found them.
            self.keep_first()

    def keep_first(self, order=lambda problem: problem.row or 0) -> None:
        self.problems.sort(key=order)
        del self.problems[MAX_PROBLEMS_KEPT:]

    @property
    def problems_left_out(self) -> int:
        return self.problems_total - len(self.problems)

    def as_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Report":
        data = {"kind": "", **data}
        data["problems"] = [Problem(**problem) for problem in data.get("problems", [])]
        return cls(**data)


def briefly(message: str) -> str:
    """A message with every value it quotes cut short: a cell can hold 100,000 characters,
    and the report quotes it on every row it is wrong."""
    message = _QUOTED.sub(lambda quoted: f"“{quoted.group(1)[:QUOTED_CHARS]}…”", message)
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[: MAX_MESSAGE_CHARS - 1] + "…"
    return message


def normalise_header(name) -> str:
    return re.sub(r"[\s-]+", "_", as_text(name).strip().lower())


def import_file(
    kind_name: str,
    data: bytes,
    filename: str = "",
    *,
    actor,
    skip_invalid: bool = False,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    then_catch_up: bool = True,
) -> Report:
    """Import a file of `kind_name` and report. With `then_catch_up` false, the caller runs
    `catch_up(kind_name)` itself once it has recorded the outcome (the upload task does, so
    that a worker stopped while the search index catches up is never reported as having
    written nothing)."""
    require_actor(actor)  # before the file is read: a missing actor is a mistake, not a row
    kind = KINDS[kind_name]
    report = Report(kind=kind.name, filename=filename, dry_run=dry_run, skip_invalid=skip_invalid)
    try:
        table = read_table(data, filename)
        report.encoding = table.encoding
        header = _checked_header(kind, table)
    except FileProblem as problem:
        report.fatal = problem.message
        return report
    numbers, rows, invalid, partial = _read_rows(kind, table, header, report)
    del table  # the rows are read: the file's cells need not stay in memory meanwhile
    report.rows_total = len(numbers) + len(invalid)
    if not report.rows_total:
        report.fatal = _("The file has a header row but no records under it.")
        return report
    _check_and_save(
        kind,
        report,
        numbers,
        rows,
        invalid,
        partial,
        actor=actor,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        progress=progress,
    )
    report.keep_first(lambda p: (p.row or 0, _position(kind, p.column)))
    if report.written and then_catch_up:
        catch_up(kind_name)
    return report


def catch_up(kind_name: str) -> None:
    """What follows a written import outside its transaction (practices: the search index)."""
    after_write = KINDS[kind_name].after_write
    if after_write is not None:
        after_write()


def _check_and_save(
    kind: Kind,
    report: Report,
    numbers,
    rows,
    invalid,
    partial,
    *,
    actor,
    skip_invalid: bool,
    dry_run: bool,
    progress,
) -> None:
    total = report.rows_total

    def checked(done: int) -> None:
        if progress:
            progress(min(done + len(invalid), total), total)

    try:
        outcome = kind.save(
            rows,
            actor=actor,
            skip_invalid=skip_invalid,
            dry_run=dry_run or bool(invalid and not skip_invalid),
            progress=checked,
            row_number=numbers.__getitem__,
        )
    except PermissionDenied as refusal:
        report.fatal = str(refusal) or _("You cannot import %(kind)s.") % {"kind": kind.label}
        return
    except ValidationError as error:  # changed by someone else meanwhile: nothing written
        report.fatal = " ".join(error.messages)
        return
    if progress:
        progress(total, total)
    for index, errors in sorted(outcome.errors.items()):
        for field_name, message in errors:
            report.add(numbers[index], kind.column_of_field.get(field_name, field_name), message)
    _check_the_rest(kind, partial, report, actor)
    report.created, report.updated, report.unchanged = (
        outcome.created,
        outcome.updated,
        outcome.unchanged,
    )
    report.invalid = len(invalid) + outcome.invalid
    report.written = outcome.written


def _check_the_rest(kind: Kind, partial, report: Report, actor) -> None:
    """Rows refused for a cell that could not be read are also checked, without that cell,
    against the directory and the rules (a dry run), so that one report lists everything to
    fix in a row, not one problem per attempt."""
    if not partial:
        return
    numbers = [number for number, _values, _refused in partial]
    try:
        outcome = kind.save(
            [values for _number, values, _refused in partial],
            actor=actor,
            skip_invalid=True,
            dry_run=True,
            progress=None,
            row_number=numbers.__getitem__,
        )
    except (PermissionDenied, ValidationError):
        return  # said already, for the whole file
    for index, errors in sorted(outcome.errors.items()):
        number, _values, refused = partial[index]
        for field_name, message in errors:
            column = kind.column_of_field.get(field_name, field_name)
            if column not in refused:
                report.add(number, column, message)


def _position(kind: Kind, column: str) -> int:
    names = [c.name for c in kind.columns]
    return names.index(column) if column in names else len(names)


def _checked_header(kind: Kind, table: Table) -> list[str]:
    header = [normalise_header(name) for name in table.header]
    while header and not header[-1]:
        header.pop()  # empty columns after the last one a spreadsheet kept
    expected = ", ".join(column.name for column in kind.columns)
    blank = [str(position + 1) for position, name in enumerate(header) if not name]
    if blank:
        raise FileProblem(
            _(
                "Column %(columns)s of the header row has no name. The first row "
                "must name every column: %(expected)s."
            )
            % {"columns": ", ".join(blank), "expected": expected}
        )
    repeated = sorted(name for name, _rows in duplicates(enumerate(header)).items())
    unknown = [name for name in header if name not in kind.by_name]
    missing = [name for name in kind.required if name not in header]
    messages = []
    if repeated:
        messages.append(
            _("These columns appear more than once: %(columns)s.")
            % {"columns": ", ".join(repeated)}
        )
    if missing:
        messages.append(
            _("Required columns are missing: %(columns)s.") % {"columns": ", ".join(missing)}
        )
    if unknown:
        messages.append(
            _("These columns are not known: %(columns)s.") % {"columns": ", ".join(unknown)}
        )
    if messages:
        messages.append(
            _(
                "The columns of a %(kind)s file are: %(expected)s (required: "
                "%(required)s). Download the template to start from."
            )
            % {"kind": kind.name, "expected": expected, "required": ", ".join(kind.required)}
        )
        raise FileProblem(" ".join(messages))
    return header


def _read_rows(kind: Kind, table: Table, header: list[str], report: Report):
    """(row numbers, rows for the bulk action, numbers of rows refused already, and those
    refused rows' readable values with the columns refused). A row with any cell that cannot
    be read is refused here, with every such cell reported."""
    columns = [kind.by_name[name] for name in header]
    cell_problems: dict[int, list[tuple[int, str]]] = {}
    for row, position, message in table.problems:
        cell_problems.setdefault(row, []).append((position, message))
    is_sheet = table.encoding == "Excel workbook"
    ref_position = header.index("external_ref")
    refs = [
        (number, as_text(cells[ref_position]) if ref_position < len(cells) else "")
        for number, cells in table.rows
    ]
    repeated = {
        number: ", ".join(map(str, numbers))
        for _ref, numbers in duplicates(refs).items()
        for number in numbers
    }
    numbers, rows, invalid, partial = [], [], [], []
    for number, cells in table.rows:
        cells = [as_text(cell) if cell is None or type(cell) is str else cell for cell in cells]
        if not any(cell != "" for cell in cells):
            continue  # a blank line is not a record
        problems = [
            (header[p] if p < len(header) else "", m) for p, m in cell_problems.get(number, [])
        ]
        if len(cells) < len(header):
            if is_sheet:
                cells = [*cells, *[None] * (len(header) - len(cells))]
            else:
                # Its cells cannot be matched to the columns: only the width is reported.
                invalid.append(number)
                report.add(
                    number,
                    "",
                    _("This row has %(cells)s cells, but the header has %(columns)s columns.")
                    % {"cells": len(cells), "columns": len(header)},
                )
                continue
        elif any(as_text(cell) for cell in cells[len(header) :]):
            problems.append(
                (
                    "",
                    _(
                        "This row has %(cells)s cells, but the header has "
                        "%(columns)s columns: a value is beyond the last column."
                    )
                    % {"cells": len(cells), "columns": len(header)},
                )
            )
        values = {}
        refused = {p for p, _m in cell_problems.get(number, ())}
        for position, column in enumerate(columns):
            raw = cells[position] if position < len(cells) else None
            if position in refused:
                continue
            written = raw if type(raw) is str else as_text(raw)
            if len(written) > MAX_CELL_CHARS:
                problems.append(
                    (
                        column.name,
                        _(
                            "This cell holds %(length)s characters; a cell may hold at most "
                            "%(limit)s."
                        )
                        % {"length": f"{len(written):,}", "limit": f"{MAX_CELL_CHARS:,}"},
                    )
                )
                continue
            if column.required and not written:
                problems.append((column.name, _("This column is required: fill in this cell.")))
                continue
            try:
                values[column.key] = column.read(raw)
            except CellError as error:
                problems.append((column.name, str(error)))
        if number in repeated:
            problems.append(
                (
                    "external_ref",
                    _(
                        "“%(value)s” appears on more than one row (rows %(rows)s); give each "
                        "record "
                        "once."
                    )
                    % {"value": values.get("external_ref", ""), "rows": repeated[number]},
                )
            )
        if problems:
            invalid.append(number)
            for column_name, message in problems:
                report.add(number, column_name, message)
            refused_columns = {column_name for column_name, _message in problems}
            if "" not in refused_columns and "external_ref" not in refused_columns:
                partial.append((number, values, refused_columns))
        else:
            numbers.append(number)
            rows.append(values)
    return numbers, rows, invalid, partial
