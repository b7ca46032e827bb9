"""The open datasets written out: CSV and XLSX through core/exports.py (so spreadsheet formula
injection is neutralised as in every other download), JSON with its data dictionary and
licence, and every dataset together as one SQLite file."""

import datetime
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable

from django.http import FileResponse, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from arfer.core.exports import Column, csv_response, xlsx_response

from .datasets import DATASETS, Dataset

LICENCE_NAME = "Open Government Licence v3.0"
LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
BUNDLE_NAME = "arfer-open-data.sqlite"
SQL_TYPES = {"integer": "INTEGER", "text": "TEXT", "date": "TEXT"}


def _columns(dataset: Dataset) -> list[Column]:
    return [Column(field.name, field.kind) for field in dataset.fields]


def csv_download(dataset: Dataset) -> HttpResponse:
    return csv_response(f"{dataset.slug}.csv", _columns(dataset), dataset.rows())


def xlsx_download(dataset: Dataset) -> HttpResponse:
    return xlsx_response(f"{dataset.slug}.xlsx", dataset.slug, _columns(dataset),
                         dataset.rows())


def _plain(value):
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) \
            else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def dictionary(dataset: Dataset) -> list[dict]:
    return [{"name": field.name, "type": field.kind, "description": str(field.description)}
            for field in dataset.fields]


def licence() -> dict:
    return {"name": LICENCE_NAME, "url": LICENCE_URL}


def json_download(dataset: Dataset) -> HttpResponse:
    names = [field.name for field in dataset.fields]
    document = {
        "dataset": dataset.slug, "title": str(dataset.title),
        "description": str(dataset.description), "licence": licence(),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "fields": dictionary(dataset),
        "rows": [dict(zip(names, map(_plain, row), strict=True)) for row in dataset.rows()],
    }
    response = HttpResponse(json.dumps(document, ensure_ascii=False, indent=1),
                            content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{dataset.slug}.json"'
    return response


def _write_table(database: sqlite3.Connection, dataset: Dataset) -> None:
    columns = ", ".join(f'"{field.name}" {SQL_TYPES[field.kind]}' for field in dataset.fields)
    database.execute(f'CREATE TABLE "{dataset.slug}" ({columns})')
    marks = ", ".join("?" for _field in dataset.fields)
    rows: Iterable[tuple] = (tuple(map(_plain, row)) for row in dataset.rows())
    database.executemany(f'INSERT INTO "{dataset.slug}" VALUES ({marks})', rows)


def bundle_download() -> FileResponse:
    """Every dataset as a table of one SQLite file, with the data dictionary and the licence
    as tables of their own. Written to a temporary file that is gone when the download ends."""
    folder = tempfile.mkdtemp(prefix="arfer-open-data-")
    path = os.path.join(folder, BUNDLE_NAME)
    database = sqlite3.connect(path)
    try:
        with database:
            for dataset in DATASETS:
                _write_table(database, dataset)
            database.execute("CREATE TABLE data_dictionary (dataset TEXT, name TEXT, "
                             "type TEXT, description TEXT)")
            database.executemany("INSERT INTO data_dictionary VALUES (?, ?, ?, ?)", [
                (dataset.slug, entry["name"], entry["type"], entry["description"])
                for dataset in DATASETS for entry in dictionary(dataset)])
            database.execute("CREATE TABLE licence (name TEXT, url TEXT, generated_at TEXT, "
                             "note TEXT)")
            database.execute("INSERT INTO licence VALUES (?, ?, ?, ?)", (
                LICENCE_NAME, LICENCE_URL, timezone.now().isoformat(timespec="seconds"),
                _("Contains public sector information licensed under the Open Government "
                  "Licence v3.0.")))
    finally:
        database.close()
    handle = open(path, "rb")  # noqa: SIM115 - FileResponse closes it when the download ends
    # The name goes now; the open handle keeps the data until the download has been sent.
    os.unlink(path)
    os.rmdir(folder)
    return FileResponse(handle, as_attachment=True, filename=BUNDLE_NAME,
                        content_type="application/vnd.sqlite3")
