import io

import pytest
from django.core.management import call_command

from arfer.menu.models import Practice

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, practices_file


def arfer_import(*args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import", *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as stop:
        code = stop.code
    return code, out.getvalue(), err.getvalue()


def test_the_command_imports_and_reports(directory, tmp_path):
    path = tmp_path / "practices.csv"
    path.write_bytes(practices_file(3))
    code, out, _err = arfer_import("practices", str(path))
    assert code == 0
    assert "created: 3  updated: 0  unchanged: 0  invalid: 0" in out and "Written." in out
    code, out, _err = arfer_import("practices", str(path))
    assert code == 0 and "unchanged: 3" in out and "Nothing to write" in out


def test_invalid_rows_fail_the_command_and_are_listed(directory, tmp_path):
    path = tmp_path / "practices.csv"
    path.write_bytes(
        csv_bytes([PRACTICE_HEADER, practice_row(1), practice_row(2, prevention_tier="x")])
    )
    code, out, err = arfer_import("practices", str(path))
    assert code == 1 and Practice.objects.count() == 0
    assert "row 3, prevention_tier: “x” is not one of the choices" in err
    assert "Nothing was written: 1 row is invalid. Correct it" in out
    code, out, err = arfer_import("practices", str(path), "--skip-invalid")
    assert code == 1 and Practice.objects.count() == 1 and "1 invalid row skipped" in out


def test_a_dry_run_and_an_unreadable_file(directory, tmp_path):
    path = tmp_path / "practices.csv"
    path.write_bytes(practices_file(2))
    code, out, _err = arfer_import("practices", str(path), "--dry-run")
    assert code == 0 and "to be created: 2" in out and Practice.objects.count() == 0
    path.write_bytes(b"")
    code, _out, err = arfer_import("practices", str(path))
    assert code == 1 and "Nothing was imported: The file is empty." in err


def test_as_runs_with_that_person_s_permissions(people, tmp_path):
    path = tmp_path / "practices.csv"
    path.write_bytes(practices_file(1))
    code, _out, err = arfer_import("practices", str(path), "--as", "EDITOR@gwynedd.example")
    assert code == 1 and "Only the programme team can change the menu." in err
    with pytest.raises(Exception, match="No account has the email address"):
        call_command("import", "practices", str(path), "--as", "nobody@example.org")


class FakeStream:
    def __init__(self, tty):
        self.tty, self.written = tty, []

    def isatty(self):
        return self.tty

    def write(self, text, ending="\n"):
        self.written.append(text + ending)

    def flush(self):
        pass


def test_progress_is_a_bar_on_a_terminal_and_a_few_lines_in_a_log():
    import importlib

    progress_class = importlib.import_module("arfer.imports.management.commands.import").Progress
    terminal = FakeStream(tty=True)
    bar = progress_class(terminal)
    bar(5_000, 10_000)
    bar.finish()
    assert (
        terminal.written[0] == "\rChecking rows [###############---------------] 5,000/10,000 (50%)"
    )
    assert terminal.written[-1] == "\n"
    log = FakeStream(tty=False)
    lines = progress_class(log)
    for done in range(0, 10_001, 500):
        lines(done, 10_000)
    assert log.written[0].startswith("Checked 0 of 10,000 rows")
    assert log.written[-1].startswith("Checked 10,000 of 10,000 rows") and len(log.written) == 2
