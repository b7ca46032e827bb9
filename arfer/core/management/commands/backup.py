from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from arfer.core.backups import BackupRefused, back_up


class Command(BaseCommand):
    help = (
        "Copy the database to a new file while the site runs: SQLite's online backup, checked "
        "with PRAGMA integrity_check, or pg_dump's custom format on PostgreSQL. Prints the "
        "copy's path."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "path",
            nargs="?",
            type=Path,
            help="A new file, or a folder to name it in (default: $ARFER_DATA_DIR/backups/"
            "arfer-<UTC time>.sqlite3, or .pgdump on PostgreSQL).",
        )

    def handle(self, *args, path, **options):
        try:
            target = back_up(path)
        except BackupRefused as refusal:
            raise CommandError(str(refusal)) from refusal
        except OSError as error:
            raise CommandError(f"The backup could not be written: {error}") from error
        # Standard output carries the path alone, for scripts that copy it off the machine.
        self.stdout.write(str(target))
