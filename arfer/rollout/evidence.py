"""Evidence files attached to ledger entries: only the kinds of document people send as
evidence, recognised by their first bytes as well as their name (a renamed program is refused),
and no larger than ARFER_EVIDENCE_MAX_MB."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# Extension -> the signatures its first bytes may start with (None: plain text, checked apart).
ZIP = (b"PK\x03\x04",)
OLE = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",)  # legacy .doc / .xls
ACCEPTED = {
    ".pdf": (b"%PDF-",),
    ".docx": ZIP,
    ".xlsx": ZIP,
    ".pptx": ZIP,
    ".odt": ZIP,
    ".ods": ZIP,
    ".doc": OLE,
    ".xls": OLE,
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".csv": None,
    ".txt": None,
}


def max_bytes() -> int:
    return settings.ARFER_EVIDENCE_MAX_MB * 1024 * 1024


def check_evidence_file(upload) -> None:
    """Refuse a file of the wrong kind or too large, with a message saying what is accepted."""
    name = os.path.basename(upload.name or "")
    extension = os.path.splitext(name)[1].lower()
    if extension not in ACCEPTED:
        raise ValidationError(
            _(
                "The evidence file must be a PDF, Word, Excel, PowerPoint, OpenDocument, CSV, "
                "text, PNG or JPEG file."
            ),
            code="file_type",
        )
    if upload.size > max_bytes():
        raise ValidationError(
            _("The evidence file must be smaller than %(size)s MB.")
            % {"size": settings.ARFER_EVIDENCE_MAX_MB},
            code="file_size",
        )
    if upload.size == 0:
        raise ValidationError(_("The evidence file is empty."), code="file_empty")
    upload.seek(0)
    head = upload.read(2048)
    upload.seek(0)
    signatures = ACCEPTED[extension]
    if signatures is None:
        if b"\x00" in head:
            raise ValidationError(_("The evidence file is not a text file."), code="file_type")
    elif not head.startswith(signatures):
        raise ValidationError(
            _("The evidence file's contents do not match its name (%(name)s).")
            % {"name": name[:100]},
            code="file_type",
        )
