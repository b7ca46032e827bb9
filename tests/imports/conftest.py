import csv
import io

import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.imports.importer import import_file
from tests.conftest import make_practice

PRACTICE_HEADER = [
    "external_ref",
    "lead_body",
    "title_en",
    "summary_en",
    "prevention_tier",
    "evidence_level",
    "service_areas",
    "setup_cost_pounds",
    "start_date",
    "status",
]


@pytest.fixture(autouse=True)
def import_files_of_their_own(settings, tmp_path):
    """Uploaded files are stored in the "imports" storage: here the test's own folder."""
    settings.STORAGES = {
        **settings.STORAGES,
        "imports": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "imports")},
        },
    }


def csv_bytes(rows, *, encoding="utf-8", bom=False) -> bytes:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode(encoding)


def practice_row(n, *, lead="carmarthenshire-county-council", title=None, **overrides):
    row = {
        "external_ref": f"P-{n:06d}",
        "lead_body": lead,
        "title_en": title or f"Practice number {n}",
        "summary_en": f"What practice {n} does, in a sentence.",
        "prevention_tier": "secondary",
        "evidence_level": "2",
        "service_areas": "reablement; care-at-home",
        "setup_cost_pounds": "£1,234.56",
        "start_date": "01/04/2024",
        "status": "draft",
    }
    row.update(overrides)
    return [row[name] for name in PRACTICE_HEADER]


def practices_file(count, *, start=1, **overrides) -> bytes:
    return csv_bytes(
        [PRACTICE_HEADER, *(practice_row(n, **overrides) for n in range(start, start + count))]
    )


def run(kind, data, filename="file.csv", *, actor=SYSTEM, **options):
    return import_file(kind, data, filename, actor=actor, **options)


def problems(report):
    return [(p.row, p.column, p.message) for p in report.problems]


@pytest.fixture
def people(directory):
    own = Body.objects.get(slug="gwynedd-council")

    def person(role, email, **kwargs):
        return create_account(
            email, role=role, password="a-long-unusual-passphrase", actor=SYSTEM, **kwargs
        )[0]

    return {
        "editor": person("editor", "editor@gwynedd.example", body=own),
        "viewer": person("viewer", "viewer@gwynedd.example", body=own),
        "moderator": person("moderator", "moderator@example.org"),
        "board": person("board", "board@example.org"),
        "admin": person("programme-admin", "admin@example.org"),
    }


@pytest.fixture
def menu(directory):
    """A published practice of Carmarthenshire's, with an external reference, to adopt."""
    return make_practice(
        "reablement-at-home",
        external_ref="CCC-2024-017",
        problem_en="Waits.",
        approach_en="Teams.",
        outcomes_en="Fewer waits.",
    )
