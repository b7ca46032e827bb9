"""`arfer boardpack`: write a meeting's board pack as a PDF, for sending out with the papers or
printing, without a browser."""

import os
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import override

from arfer.board.models import Meeting
from arfer.board.pdf import pack_document, pdf_bytes


class Command(BaseCommand):
    help = (
        "Write a meeting's board pack as a PDF in English or Welsh: the meeting, the "
        "dashboard, where innovation and collaboration are missing, the action log and the "
        "decisions. The file is replaced whole or not at all."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--meeting",
            type=int,
            required=True,
            metavar="ID",
            help="The meeting's id (the number in its page's address).",
        )
        parser.add_argument(
            "--lang",
            choices=["en", "cy"],
            required=True,
            help="The pack's language: en (English) or cy (Welsh).",
        )
        parser.add_argument(
            "--out",
            type=Path,
            required=True,
            metavar="FILE.pdf",
            help="Where to write the PDF; its folder must exist.",
        )

    def handle(self, *args, meeting: int, lang: str, out: Path, **options):
        found = Meeting.objects.filter(pk=meeting).first()
        if found is None:
            raise CommandError(f"There is no meeting with the id {meeting}.")
        folder = out.parent
        if not folder.is_dir():
            raise CommandError(
                f"The folder {folder} does not exist: create it first, or "
                "choose another place for the PDF."
            )
        if out.is_dir():
            raise CommandError(f"{out} is a folder: give the name of the PDF file to write.")

        started = time.perf_counter()
        document = pack_document(found, language=lang)
        write_atomically(out, pdf_bytes(document))
        took = time.perf_counter() - started
        with override(lang):
            title = str(found)
        self.stdout.write(
            f"Board pack for {title} ({lang}) written to {out}: "
            f"{len(document.pages)} pages, {took:.1f} s"
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`: a reader (or a
    failure half way) never sees half a PDF, and an older pack stays until the new one is whole."""
    try:
        handle, temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".part"
        )
    except OSError as error:
        raise CommandError(f"Cannot write in {path.parent}: {error.strerror}.") from error
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        # mkstemp makes the file readable by its owner only; a pack is an ordinary file.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise CommandError(f"Cannot write {path}: {error.strerror}.") from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
