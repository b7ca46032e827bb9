"""The open datasets written out: CSV and XLSX through core/exports.py (so spreadsheet formula
injection is neutralised as in every other download), JSON with its data dictionary and
licence, and every dataset together as one SQLite file."""

import datetime
import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from arfer.core.exports import XLSX_CONTENT_TYPE, Column, csv_response, xlsx_response

from .datasets import DATASETS, Dataset
from .files import cached_file, open_data_storage

LICENCE_NAME = "Open Government Licence v3.0"
LICENCE_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
BUNDLE_NAME = "arfer-open-data.sqlite"
SQL_TYPES = {"integer": "INTEGER", "text": "TEXT", "date": "TEXT"}


def _columns(dataset: Dataset) -> list[Column]:
    return [Column(field.name, field.kind) for field in dataset.fields]


def write_csv(dataset: Dataset, path: Path) -> None:
    path.write_bytes(csv_response(f"{dataset.slug}.csv", _columns(dataset), dataset.rows()).content)


def write_xlsx(dataset: Dataset, path: Path) -> None:
    path.write_bytes(
        xlsx_response(
            f"{dataset.slug}.xlsx", dataset.slug, _columns(dataset), dataset.rows()
        ).content
    )


def _plain(value):
    if isinstance(value, datetime.datetime):
        return (
            timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
        )
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def dictionary(dataset: Dataset) -> list[dict]:
    return [
        {"name": field.name, "type": field.kind, "description": str(field.description)}
        for field in dataset.fields
    ]


def licence() -> dict:
    return {"name": LICENCE_NAME, "url": LICENCE_URL}


def write_json(dataset: Dataset, path: Path) -> None:
    names = [field.name for field in dataset.fields]
    document = {
        "dataset": dataset.slug,
        "title": str(dataset.title),
        "description": str(dataset.description),
        "licence": licence(),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "fields": dictionary(dataset),
        "rows": [dict(zip(names, map(_plain, row), strict=True)) for row in dataset.rows()],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_table(database: sqlite3.Connection, dataset: Dataset) -> None:
    columns = ", ".join(f'"{field.name}" {SQL_TYPES[field.kind]}' for field in dataset.fields)
    database.execute(f'CREATE TABLE "{dataset.slug}" ({columns})')
    marks = ", ".join("?" for _field in dataset.fields)
    rows: Iterable[tuple] = (tuple(map(_plain, row)) for row in dataset.rows())
    database.executemany(f'INSERT INTO "{dataset.slug}" VALUES ({marks})', rows)


def write_bundle(path: Path) -> None:
    """Every dataset as a table of one SQLite file, with the data dictionary and the licence
    as tables of their own."""
    database = sqlite3.connect(path)
    try:
        with database:
            for dataset in DATASETS:
                _write_table(database, dataset)
            database.execute(
                "CREATE TABLE data_dictionary (dataset TEXT, name TEXT, "
                "type TEXT, description TEXT)"
            )
            database.executemany(
                "INSERT INTO data_dictionary VALUES (?, ?, ?, ?)",
                [
                    (dataset.slug, entry["name"], entry["type"], entry["description"])
                    for dataset in DATASETS
                    for entry in dictionary(dataset)
                ],
            )
            database.execute(
                "CREATE TABLE licence (name TEXT, url TEXT, generated_at TEXT, note TEXT)"
            )
            database.execute(
                "INSERT INTO licence VALUES (?, ?, ?, ?)",
                (
                    LICENCE_NAME,
                    LICENCE_URL,
                    timezone.now().isoformat(timespec="seconds"),
                    _(
                        "Contains public sector information licensed under the Open Government "
                        "Licence v3.0."
                    ),
                ),
            )
    finally:
        database.close()


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": XLSX_CONTENT_TYPE,
    "sqlite": "application/vnd.sqlite3",
}
WRITERS = {"csv": write_csv, "json": write_json, "xlsx": write_xlsx}


def _file(dataset: Dataset | None, extension: str, language: str) -> tuple[str, Callable]:
    """The stored name of a download in a language, and what writes it."""
    if dataset is None:
        return f"bundle.{language}.sqlite", write_bundle
    return (
        f"{dataset.slug}.{language}.{extension}",
        lambda target: WRITERS[extension](dataset, target),
    )


def every_file(language: str) -> list[tuple[str, Callable]]:
    return [
        *(_file(dataset, extension, language) for dataset in DATASETS for extension in WRITERS),
        _file(None, "sqlite", language),
    ]


def download(dataset: Dataset | None, extension: str) -> FileResponse:
    """The file, made once for the data as it is now (files.py) and in the reader's language
    where it carries descriptions (JSON and the SQLite file)."""
    name, write = _file(dataset, extension, get_language() or "en")
    filename = BUNDLE_NAME if dataset is None else f"{dataset.slug}.{extension}"
    stored = open_data_storage().open(cached_file(name, write), "rb")
    return FileResponse(
        stored, as_attachment=True, filename=filename, content_type=CONTENT_TYPES[extension]
    )
