"""No lost updates through the API: an update names the version it was made on, either as
`version` in the body or as the ETag of the caller's last read in `If-Match`. A stale one is
refused, 409 for a body version and 412 for If-Match, with what changed in between."""

import re
from contextlib import contextmanager

from django.utils.translation import gettext as _

from arfer.core.stale import StaleEdit

from .errors import PreconditionFailed, PreconditionRequired

_ETAG = re.compile(r'^(?:W/)?"v(\d{1,9})"$')


def etag(version: int) -> str:
    return f'"v{version}"'


def expected_version(request, body_version: int | None) -> tuple[int, bool]:
    """The version the caller updated from, and whether it came from If-Match."""
    if_match = request.headers.get("If-Match", "").strip()
    if if_match:
        found = _ETAG.match(if_match)
        if found is None:
            raise PreconditionRequired(
                _(
                    'If-Match must be the ETag of your last read of this record, like "v3"; '
                    "a wildcard would overwrite other people's changes unseen."
                )
            )
        return int(found.group(1)), True
    if body_version is None:
        raise PreconditionRequired(
            _(
                "Say which version you are changing: send “version” in the body, or the ETag of "
                "your last read in an If-Match header."
            )
        )
    return body_version, False


@contextmanager
def updating(request, body_version: int | None):
    """`with updating(request, payload.version) as version:` the update, made on `version`;
    a stale one answers 409, or 412 when the version came from If-Match."""
    version, from_if_match = expected_version(request, body_version)
    try:
        yield version
    except StaleEdit as stale:
        if from_if_match:
            raise PreconditionFailed(stale) from stale
        raise
