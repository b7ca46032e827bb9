"""Open data: the published content only, in CSV, JSON, XLSX and one SQLite file, each with
its data dictionary and the Open Government Licence, safe to open in a spreadsheet."""

import csv
import io
import json
import sqlite3

import pytest
from django.db.models import Count
from django.utils.translation import gettext, override
from openpyxl import load_workbook

from arfer.core.actors import SYSTEM
from arfer.core.licence import open_government_licence
from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout import actions as rollout
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(directory):
    shared = make_practice(
        "shared-care",
        title_en='=HYPERLINK("http://x")',
        partners=[("hywel-dda-university-health-board", "joint_lead")],
    )
    make_practice("still-a-draft", publish=False)
    adoption = rollout.record_adoption(
        shared, Body.objects.get(slug="gwynedd-council"), actor=SYSTEM, stage="piloting"
    )
    rollout.record_saving(
        actor=SYSTEM,
        adoption=adoption,
        values={
            "financial_year": 2024,
            "quarter": 1,
            "kind": "cashable",
            "recurrence": "one_off",
            "certainty": "realised",
            "amount_pence": 123_456,
        },
    )
    return shared


def downloaded(response) -> bytes:
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def test_the_open_data_page_lists_every_dataset_with_its_licence(client, published):
    for prefix, language in (("", "en"), ("/cy", "cy")):
        page = client.get(prefix + "/data/")
        assert page.status_code == 200
        html = page.content.decode()
        licence = open_government_licence(language)
        assert f'href="{licence.url}" rel="license">{licence.name}</a>' in html
        for slug in ("practices", "bodies", "adoptions", "savings"):
            assert f"{prefix}/data/{slug}.csv" in html and f"{prefix}/data/{slug}/" in html
        assert "arfer-open-data.sqlite" in html


def test_the_data_dictionary_comes_from_the_models(client, published):
    english = client.get("/data/practices/").content.decode()
    assert "Prevention tier" in english and "title_cy" in english
    assert "Title (Welsh)" in english
    welsh = client.get("/cy/data/practices/").content.decode()
    assert "Prevention tier" not in welsh  # the model's verbose name, in Welsh


def test_csv_holds_published_practices_only_with_formulas_neutralised(client, published):
    text = downloaded(client.get("/data/practices.csv")).decode("utf-8")
    assert text.startswith("\ufeffslug,title_en,title_cy,")
    assert "shared-care" in text and "still-a-draft" not in text
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert "hywel-dda-university-health-board" in text


def test_json_carries_its_dictionary_and_licence(client, published):
    document = json.loads(downloaded(client.get("/data/adoptions.json")))
    assert document["licence"]["name"] == "Open Government Licence v3.0"
    assert [field["name"] for field in document["fields"]][:2] == ["practice", "exploring"]
    assert document["rows"] == [
        {
            "practice": "shared-care",
            "exploring": 0,
            "planning": 0,
            "piloting": 1,
            "implemented": 0,
            "embedded": 0,
            "declined": 0,
            "stopped": 0,
        }
    ]
    savings = json.loads(downloaded(client.get("/data/savings.json")))
    assert savings["rows"] == [
        {
            "financial_year": 2024,
            "forecast_pence": 0,
            "realised_pence": 123_456,
            "verified_pence": 0,
        }
    ]


def test_xlsx_opens_with_the_same_columns(client, published):
    workbook = load_workbook(io.BytesIO(downloaded(client.get("/data/bodies.xlsx"))))
    rows = list(workbook.active.values)
    assert rows[0][:3] == ("slug", "name_en", "name_cy")
    assert len(rows) == Body.objects.count() + 1
    assert workbook.sheetnames == ["bodies", "data dictionary", "licence"]
    dictionary = list(workbook["data dictionary"].values)
    assert dictionary[0] == ("name", "type", "description", "values")
    sector = next(row for row in dictionary if row[0] == "sector")
    assert "local_government = Local government / Llywodraeth leol" in sector[3]
    assert list(workbook["licence"].values)[1][:2] == (
        "Open Government Licence v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    )


# The Welsh files

WELSH_PRACTICE = {
    "prevention_tier": ("secondary", "Atal eilaidd"),
    "works_across_boundaries": ("yes", "Ie"),
    "is_illustrative": ("no", "Na"),
}


def welsh(text: str) -> str:
    with override("cy"):
        return gettext(text)


def csv_rows(content: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def test_a_welsh_csv_gives_the_welsh_labels_of_coded_values(client, published):
    english = csv_rows(downloaded(client.get("/data/practices.csv")))
    cymraeg = csv_rows(downloaded(client.get("/cy/data/practices.csv")))
    # The same columns, by the same machine names.
    assert list(english[0]) == list(cymraeg[0])
    for column, (code, label) in WELSH_PRACTICE.items():
        assert english[0][column] == code, column
        assert cymraeg[0][column] == label, column
    # Numbers, identifiers and the texts themselves are the same in both.
    for column in ("evidence_level", "slug", "lead_body", "partners", "title_en"):
        assert english[0][column] == cymraeg[0][column], column
    bodies = {row["slug"]: row for row in csv_rows(downloaded(client.get("/cy/data/bodies.csv")))}
    council = bodies["carmarthenshire-county-council"]
    assert (council["sector"], council["kind"]) == ("Llywodraeth leol", "Awdurdod lleol")


def test_a_welsh_xlsx_has_welsh_sheets_labels_and_licence(client, published):
    workbook = load_workbook(io.BytesIO(downloaded(client.get("/cy/data/practices.xlsx"))))
    assert workbook.sheetnames == [
        welsh("practices"),
        welsh("data dictionary"),
        welsh("licence"),
    ]
    rows = list(workbook.worksheets[0].values)
    record = dict(zip(rows[0], rows[1], strict=True))
    for column, (_code, label) in WELSH_PRACTICE.items():
        assert record[column] == label, column
    dictionary = {row[0]: row for row in list(workbook.worksheets[1].values)[1:]}
    # The descriptions are the Welsh of the models' fields, and the codes are given with both
    # labels, so the Welsh file can be read back into codes.
    assert dictionary["prevention_tier"][2].startswith("Haen atal")
    assert "secondary = Secondary prevention / Atal eilaidd" in dictionary["prevention_tier"][3]
    assert "2 = Level 2" in dictionary["evidence_level"][3]
    licence = list(workbook.worksheets[2].values)[1]
    assert licence[:2] == (
        "Trwydded Llywodraeth Agored v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/",
    )
    assert licence[2].startswith("Yn cynnwys gwybodaeth y sector cyhoeddus")


def test_welsh_json_and_sqlite_files_say_their_licence_and_labels_in_welsh(
    client, published, tmp_path
):
    document = json.loads(downloaded(client.get("/cy/data/practices.json")))
    assert document["language"] == "cy"
    assert document["licence"]["name"] == "Trwydded Llywodraeth Agored v3.0"
    assert document["licence"]["url"] == open_government_licence("cy").url
    assert document["rows"][0]["prevention_tier"] == "Atal eilaidd"
    tier = next(field for field in document["fields"] if field["name"] == "prevention_tier")
    assert {
        "code": "secondary",
        "label_en": "Secondary prevention",
        "label_cy": "Atal eilaidd",
    } in (tier["values"])
    path = tmp_path / "cy.sqlite"
    path.write_bytes(downloaded(client.get("/cy/data/arfer-open-data.sqlite")))
    database = sqlite3.connect(path)
    assert database.execute("SELECT name, url FROM licence").fetchone() == (
        "Trwydded Llywodraeth Agored v3.0",
        open_government_licence("cy").url,
    )
    assert database.execute("SELECT prevention_tier FROM practices").fetchone() == ("Atal eilaidd",)
    assert database.execute(
        "SELECT label_en, label_cy FROM coded_values WHERE name = 'sector' "
        "AND code = 'local_government'"
    ).fetchall() == [("Local government", "Llywodraeth leol")]
    database.close()


def test_the_data_dictionary_lists_the_codes_in_both_languages(client, published):
    for prefix in ("", "/cy"):
        html = client.get(prefix + "/data/practices/").content.decode()
        assert (
            '<code lang="en">secondary</code>: <span lang="en">Secondary prevention</span> / '
            '<span lang="cy">Atal eilaidd</span>'
        ) in html


def test_the_whole_dataset_as_one_sqlite_file(client, published, tmp_path):
    path = tmp_path / "open.sqlite"
    path.write_bytes(downloaded(client.get("/data/arfer-open-data.sqlite")))
    database = sqlite3.connect(path)
    tables = {
        name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert tables == {
        "practices",
        "bodies",
        "adoptions",
        "savings",
        "data_dictionary",
        "licence",
        "coded_values",
    }
    assert database.execute("SELECT COUNT(*) FROM practices").fetchone() == (
        Practice.objects.published().count(),
    )
    assert database.execute("SELECT realised_pence FROM savings").fetchall() == [(123_456,)]
    assert database.execute("SELECT name FROM licence").fetchone() == (
        "Open Government Licence v3.0",
    )
    assert database.execute("SELECT prevention_tier FROM practices").fetchone() == ("secondary",)
    assert ("bodies", "sector", "nhs", "NHS", "GIG") in database.execute(
        "SELECT * FROM coded_values"
    ).fetchall()
    assert (
        database.execute(
            "SELECT COUNT(*) FROM data_dictionary WHERE dataset = 'bodies'"
        ).fetchone()[0]
        == 12
    )
    database.close()


def test_unknown_datasets_and_formats_are_not_found(client, published):
    for url in (
        "/data/nothing/",
        "/data/nothing.csv",
        "/data/practices.exe",
        "/data/practices.sqlite",
    ):
        assert client.get(url).status_code == 404, url


def test_archived_practices_leave_the_open_data(client, published):
    Practice.objects.filter(pk=published.pk).update(status="archived")
    assert "shared-care" not in downloaded(client.get("/data/practices.csv")).decode()
    assert json.loads(downloaded(client.get("/data/savings.json")))["rows"] == []
    assert json.loads(downloaded(client.get("/data/adoptions.json")))["rows"] == []


def test_the_downloads_run_a_fixed_number_of_queries(
    client, published, django_assert_max_num_queries
):
    for slug in ("practices", "bodies", "adoptions", "savings"):
        make_practice(f"more-{slug}")
        with django_assert_max_num_queries(7):
            downloaded(client.get(f"/data/{slug}.csv"))
    assert Practice.objects.aggregate(n=Count("pk"))["n"] == 6


def test_a_file_is_made_once_for_each_state_of_the_data(client, published, monkeypatch):
    from arfer.opendata import formats

    made = []
    real = formats.WRITERS["csv"]
    monkeypatch.setitem(
        formats.WRITERS,
        "csv",
        lambda dataset, path: made.append(dataset.slug) or real(dataset, path),
    )
    first = downloaded(client.get("/data/practices.csv"))
    assert downloaded(client.get("/data/practices.csv")) == first
    assert made == ["practices"]
    make_practice("a-new-one")
    assert b"a-new-one" in downloaded(client.get("/data/practices.csv"))
    assert made == ["practices", "practices"]


def test_the_open_data_page_has_the_files_written_in_the_background(
    client, published, settings, monkeypatch, django_capture_on_commit_callbacks
):
    """After a change, the first visit to /data/ queues every file for the task worker (once),
    so that no reader waits for the writing; a file written there is served as it is."""
    from django.core.cache import cache

    from arfer.opendata import formats
    from arfer.opendata.tasks import write_every_file

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    cache.clear()
    with django_capture_on_commit_callbacks(execute=True) as queued:
        assert client.get("/data/").status_code == 200
        assert client.get("/cy/data/").status_code == 200
    assert len(queued) == 1
    write_every_file.call()  # what the worker runs
    made = []
    real = formats.WRITERS["csv"]
    monkeypatch.setitem(
        formats.WRITERS,
        "csv",
        lambda dataset, path: made.append(dataset.slug) or real(dataset, path),
    )
    assert b"shared-care" in downloaded(client.get("/data/practices.csv"))
    assert downloaded(client.get("/cy/data/bodies.csv"))
    assert made == []  # already written by the worker, in both languages
    with django_capture_on_commit_callbacks(execute=True) as queued:
        client.get("/data/")
    assert queued == []  # nothing missing: nothing queued
    make_practice("a-new-one")
    with django_capture_on_commit_callbacks(execute=True) as queued:
        client.get("/data/")
    assert len(queued) == 1  # the data changed: written again


def test_files_written_by_an_earlier_release_are_not_served(monkeypatch, published):
    from arfer.opendata import files

    before = files.state_key()
    assert files.state_key() == before
    monkeypatch.setattr(files, "FILES_VERSION", files.FILES_VERSION + 1)
    assert files.state_key() != before
