"""Files people upload as documents (a saving's evidence, a practice's business case): only the
kinds of document people send, recognised by their first bytes as well as their name (a renamed
program is refused), no larger than ARFER_EVIDENCE_MAX_MB, kept under a name of our own and
handed back only as a download.

Here, in core, because the rollout's ledger and the menu's practices both take such files, and
the menu sits below the rollout."""

import os
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy


@dataclass(frozen=True)
class FileKind:
    # The signatures its first bytes may start with (None: plain text, checked apart).
    signatures: tuple[bytes, ...] | None
    content_type: str
    # What people call it, as a page lists it ("PDF", "Word document").
    label: object


ZIP = (b"PK\x03\x04",)
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)  # legacy .doc / .xls
OOXML = "application/vnd.openxmlformats-officedocument"
ODF = "application/vnd.oasis.opendocument"
ACCEPTED = {
    ".pdf": FileKind((b"%PDF-",), "application/pdf", "PDF"),
    ".docx": FileKind(ZIP, f"{OOXML}.wordprocessingml.document", gettext_lazy("Word document")),
    ".doc": FileKind(OLE, "application/msword", gettext_lazy("Word document")),
    ".xlsx": FileKind(ZIP, f"{OOXML}.spreadsheetml.sheet", gettext_lazy("Excel spreadsheet")),
    ".xls": FileKind(OLE, "application/vnd.ms-excel", gettext_lazy("Excel spreadsheet")),
    ".pptx": FileKind(
        ZIP, f"{OOXML}.presentationml.presentation", gettext_lazy("PowerPoint presentation")
    ),
    ".odt": FileKind(ZIP, f"{ODF}.text", gettext_lazy("OpenDocument text")),
    ".ods": FileKind(ZIP, f"{ODF}.spreadsheet", gettext_lazy("OpenDocument spreadsheet")),
    ".png": FileKind((b"\x89PNG\r\n\x1a\n",), "image/png", "PNG"),
    ".jpg": FileKind((b"\xff\xd8\xff",), "image/jpeg", "JPEG"),
    ".jpeg": FileKind((b"\xff\xd8\xff",), "image/jpeg", "JPEG"),
    ".csv": FileKind(None, "text/csv", "CSV"),
    ".txt": FileKind(None, "text/plain", gettext_lazy("Text")),
}
# Anything else (a file stored before a kind was dropped) is handed out as plain bytes.
UNKNOWN_CONTENT_TYPE = "application/octet-stream"


def max_bytes() -> int:
    return settings.ARFER_EVIDENCE_MAX_MB * 1024 * 1024


def extension_of(name: str) -> str:
    return os.path.splitext(os.path.basename(name or ""))[1].lower()


def kind_of(name: str) -> FileKind | None:
    return ACCEPTED.get(extension_of(name))


def check_uploaded_file(upload) -> None:
    """Refuse a file of the wrong kind or too large, with a message saying what is accepted."""
    name = os.path.basename(upload.name or "")
    kind = kind_of(name)
    if kind is None:
        raise ValidationError(
            _(
                "The file must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG "
                "or JPEG file."
            ),
            code="file_type",
        )
    if upload.size > max_bytes():
        raise ValidationError(
            _("The file must be smaller than %(size)s MB.")
            % {"size": settings.ARFER_EVIDENCE_MAX_MB},
            code="file_size",
        )
    if upload.size == 0:
        raise ValidationError(_("The file is empty."), code="file_empty")
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    if kind.signatures is None:
        if b"\x00" in head:
            raise ValidationError(_("The file is not a text file."), code="file_type")
    elif not head.startswith(kind.signatures):
        raise ValidationError(
            _("The file's contents do not match its name (%(name)s).") % {"name": name[:100]},
            code="file_type",
        )


def store_checked_file(field_file, upload, stem: str) -> str:
    """Write a checked upload under a name of our own (`stem` and the file's extension: no path
    tricks, no clashes) through the field's storage, without saving the record; returns the
    name given by the person, to keep beside it."""
    given = os.path.basename(upload.name)[:200]
    field_file.save(f"{stem}{extension_of(upload.name)}", upload, save=False)
    return given


def file_download(field_file, given_name: str) -> FileResponse:
    """A stored file handed out as a download, never shown in the browser: a type decided by
    its (checked) extension, not by what the browser might guess, and a policy forbidding any
    script should it be opened anyway. Raises FileNotFoundError if the storage lost it."""
    handle = field_file.open("rb")
    kind = kind_of(field_file.name)
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=given_name or os.path.basename(field_file.name),
        content_type=kind.content_type if kind else UNKNOWN_CONTENT_TYPE,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
