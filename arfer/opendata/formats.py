"""The open datasets written out: CSV and XLSX through core/exports.py (so spreadsheet formula
injection is neutralised as in every other download), JSON with its data dictionary and
licence, and every dataset together as one SQLite file.

Each file is written in a language, the reader's (the Welsh ones are downloaded from the Welsh
pages, under /cy/data/). The column names are the same in both; a Welsh file has the Welsh
label in place of each code of a coded column (datasets.Field.codes), its descriptions, sheet
names and licence in Welsh, and its dictionary gives the codes with both labels."""

import datetime
import json
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path

from django.http import FileResponse
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

from arfer.core.bilingual import active_language
from arfer.core.exports import (
    XLSX_CONTENT_TYPE,
    Column,
    Sheet,
    csv_response,
    xlsx_sheets_response,
)
from arfer.core.licence import open_government_licence

from .datasets import DATASETS, Code, Dataset, Field
from .files import cached_file, open_data_storage

BUNDLE_NAME = "arfer-open-data.sqlite"
SQL_TYPES = {"integer": "INTEGER", "text": "TEXT", "date": "TEXT"}


def _columns(dataset: Dataset) -> list[Column]:
    return [Column(field.name, field.kind) for field in dataset.fields]


def labels(field: Field, language: str) -> dict[Code, str]:
    """A coded column's labels in `language`, by code."""
    with override(language):
        return {code: str(label) for code, label in field.codes}


def file_rows(dataset: Dataset) -> Iterable[tuple]:
    """The rows as the file in the active language holds them: in Welsh, the Welsh label in
    place of the code in each coded column whose codes are words."""
    rows = dataset.rows()
    if active_language() != "cy":
        return rows
    welsh = {
        index: labels(field, "cy")
        for index, field in enumerate(dataset.fields)
        if field.labelled_in_welsh
    }
    if not welsh:
        return rows
    return (
        tuple(
            welsh[index].get(value, value) if index in welsh else value
            for index, value in enumerate(row)
        )
        for row in rows
    )


def write_csv(dataset: Dataset, path: Path) -> None:
    path.write_bytes(
        csv_response(f"{dataset.slug}.csv", _columns(dataset), file_rows(dataset)).content
    )


DICTIONARY_COLUMNS = [Column("name"), Column("type"), Column("description"), Column("values")]
LICENCE_COLUMNS = [Column("name"), Column("url"), Column("note")]


def write_xlsx(dataset: Dataset, path: Path) -> None:
    """The data on the first sheet, then the data dictionary and the licence, each on a sheet
    named in the file's language."""
    dictionary_rows = [
        (entry["name"], entry["type"], entry["description"], values_text(entry))
        for entry in dictionary(dataset)
    ]
    found = licence()
    sheets = [
        Sheet(str(dataset.sheet or dataset.slug), _columns(dataset), file_rows(dataset)),
        Sheet(
            _("data dictionary"),
            DICTIONARY_COLUMNS,
            dictionary_rows,
        ),
        Sheet(
            _("licence"),
            LICENCE_COLUMNS,
            [(found["name"], found["url"], attribution())],
        ),
    ]
    path.write_bytes(xlsx_sheets_response(f"{dataset.slug}.xlsx", sheets).content)


def _plain(value):
    if isinstance(value, datetime.datetime):
        return (
            timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
        )
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def coding(field: Field) -> str:
    """What the dictionary says of a coded column, in the reader's language."""
    if field.labelled_in_welsh:
        return _(
            "A coded value: the English files hold the code, the Welsh files its Welsh label "
            "in its place. The codes and their labels in English and Welsh are listed."
        )
    return _("A coded value: the numbers are the same in the English and the Welsh files.")


def dictionary(dataset: Dataset) -> list[dict]:
    """Each column's name, type and description; a coded column's too its codes, each with its
    English and Welsh labels (so a Welsh file can be read back into the codes)."""
    entries = []
    for field in dataset.fields:
        entry: dict = {
            "name": field.name,
            "type": field.kind,
            "description": str(field.description),
        }
        if field.codes:
            english, welsh = labels(field, "en"), labels(field, "cy")
            entry["description"] += " " + coding(field)
            entry["values"] = [
                {"code": code, "label_en": english[code], "label_cy": welsh[code]}
                for code, _label in field.codes
            ]
        entries.append(entry)
    return entries


def values_text(entry: dict) -> str:
    """A coded column's codes and labels as one cell: "primary = Primary prevention / Atal
    sylfaenol; ..."."""
    return "; ".join(
        f"{value['code']} = {value['label_en']} / {value['label_cy']}"
        for value in entry.get("values", [])
    )


def licence() -> dict:
    """The Open Government Licence, named and linked in the reader's language."""
    found = open_government_licence()
    return {"name": found.name, "url": found.url}


def attribution() -> str:
    return _("Contains public sector information licensed under the Open Government Licence v3.0.")


def write_json(dataset: Dataset, path: Path) -> None:
    names = [field.name for field in dataset.fields]
    document = {
        "dataset": dataset.slug,
        "title": str(dataset.title),
        "description": str(dataset.description),
        "language": active_language(),
        "licence": {**licence(), "attribution": attribution()},
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "fields": dictionary(dataset),
        "rows": [dict(zip(names, map(_plain, row), strict=True)) for row in file_rows(dataset)],
    }
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def _write_table(database: sqlite3.Connection, dataset: Dataset) -> None:
    columns = ", ".join(f'"{field.name}" {SQL_TYPES[field.kind]}' for field in dataset.fields)
    database.execute(f'CREATE TABLE "{dataset.slug}" ({columns})')
    marks = ", ".join("?" for _field in dataset.fields)
    rows: Iterable[tuple] = (tuple(map(_plain, row)) for row in file_rows(dataset))
    database.executemany(f'INSERT INTO "{dataset.slug}" VALUES ({marks})', rows)


def write_bundle(path: Path) -> None:
    """Every dataset as a table of one SQLite file, with the data dictionary, the codes of the
    coded columns and the licence as tables of their own."""
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
                "CREATE TABLE coded_values (dataset TEXT, name TEXT, code TEXT, "
                "label_en TEXT, label_cy TEXT)"
            )
            database.executemany(
                "INSERT INTO coded_values VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        dataset.slug,
                        entry["name"],
                        str(value["code"]),
                        value["label_en"],
                        value["label_cy"],
                    )
                    for dataset in DATASETS
                    for entry in dictionary(dataset)
                    for value in entry.get("values", [])
                ],
            )
            found = licence()
            database.execute(
                "CREATE TABLE licence (name TEXT, url TEXT, generated_at TEXT, note TEXT)"
            )
            database.execute(
                "INSERT INTO licence VALUES (?, ?, ?, ?)",
                (
                    found["name"],
                    found["url"],
                    timezone.now().isoformat(timespec="seconds"),
                    attribution(),
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
