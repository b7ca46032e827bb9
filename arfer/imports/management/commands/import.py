"""`arfer import practices|adoptions|ledger|bodies FILE`: a bulk import from a CSV file or an
Excel workbook, all or nothing unless --skip-invalid, as the system or --as a person."""

import sys
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from arfer.core.actors import SYSTEM
from arfer.imports.columns import KINDS
from arfer.imports.importer import import_file

# A progress line at most this often when stderr is not a terminal (a log, a CI job).
LOG_EVERY_SECONDS = 10.0


class Progress:
    """A progress bar on stderr: redrawn in place on a terminal, an occasional line in a log."""

    def __init__(self, stream, *, enabled: bool = True):
        self.stream, self.enabled = stream, enabled
        self.interactive = stream.isatty()
        self.last, self.started, self.drawn = 0.0, time.monotonic(), False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or total < 1000:
            return
        if self.interactive:
            if now - self.last < 0.1 and done < total:
                return
            width = 30
            filled = width * done // total
            bar = "#" * filled + "-" * (width - filled)
            self.stream.write(
                f"\rChecking rows [{bar}] {done:,}/{total:,} ({100 * done // total}%)", ending=""
            )
            self.drawn = True
        elif now - self.last >= LOG_EVERY_SECONDS or done == total:
            self.stream.write(f"Checked {done:,} of {total:,} rows ({now - self.started:.0f} s)")
        self.stream.flush()
        self.last = now

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("")
            self.stream.flush()


class Command(BaseCommand):
    help = (
        "Import practices, adoptions, savings ledger entries or public bodies from a CSV "
        "file or an Excel workbook (.xlsx), by external reference. Every row is checked "
        "first; with any invalid row nothing is written, unless --skip-invalid."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(KINDS))
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Write the valid rows and report the others.",
        )
        parser.add_argument(
            "--as",
            dest="as_email",
            metavar="EMAIL",
            help="Import with this person's permissions (default: the system).",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Check every row and report, but write nothing."
        )

    def handle(self, *args, kind, file, skip_invalid, as_email, dry_run, **options):
        actor: object = SYSTEM
        if as_email:
            person = get_user_model().objects.filter(email__iexact=as_email.strip()).first()
            if person is None:
                raise CommandError(f"No account has the email address {as_email}.")
            actor = person
        try:
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror or error}.") from None
        progress = Progress(self.stderr, enabled=options["verbosity"] > 0)
        started = time.monotonic()
        report = import_file(
            kind,
            data,
            file.name,
            actor=actor,
            skip_invalid=skip_invalid,
            dry_run=dry_run,
            progress=progress,
        )
        progress.finish()
        self._print(report, file, time.monotonic() - started)
        if not report.succeeded:
            sys.exit(1)

    def _print(self, report, file, seconds) -> None:
        write = self.stdout.write
        read_as = f", {report.encoding}" if report.encoding else ""
        write(f"{report.kind} from {file} ({_rows(report.rows_total)}{read_as}, {seconds:.1f} s)")
        if report.fatal:
            self.stderr.write(f"Nothing was imported: {report.fatal}")
            return
        would = "" if report.written or not (report.created or report.updated) else "to be "
        write(
            f"  {would}created: {report.created:,}  {would}updated: {report.updated:,}  "
            f"unchanged: {report.unchanged:,}  invalid: {report.invalid:,}"
        )
        for problem in report.problems:
            column = f", {problem.column}" if problem.column else ""
            self.stderr.write(f"row {problem.row}{column}: {problem.message}")
        if report.problems_total > len(report.problems):
            self.stderr.write(
                f"... and {report.problems_total - len(report.problems):,} more problems."
            )
        if report.dry_run:
            write("Dry run: nothing was written.")
        elif report.written:
            skipped = f"; {_rows(report.invalid, 'invalid')} skipped" if report.invalid else ""
            write(f"Written{skipped}.")
        elif report.invalid:
            are = "is" if report.invalid == 1 else "are"
            write(
                f"Nothing was written: {_rows(report.invalid)} {are} invalid. Correct "
                f"{'it' if report.invalid == 1 else 'them'} and import again, or use "
                f"--skip-invalid to write the valid rows."
            )
        else:
            write("Nothing to write: every record is already as the file says.")


def _rows(count: int, adjective: str = "") -> str:
    words = [f"{count:,}", adjective, "row" if count == 1 else "rows"]
    return " ".join(word for word in words if word)
