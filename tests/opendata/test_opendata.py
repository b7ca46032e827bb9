"""Open data: the published content only, in CSV, JSON, XLSX and one SQLite file, each with
its data dictionary and the Open Government Licence, safe to open in a spreadsheet."""

import io
import json
import sqlite3

import pytest
from django.db.models import Count
from openpyxl import load_workbook

from arfer.core.actors import SYSTEM
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
    for prefix in ("", "/cy"):
        page = client.get(prefix + "/data/")
        assert page.status_code == 200
        html = page.content.decode()
        assert "Open Government Licence v3.0" in html
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


def test_the_whole_dataset_as_one_sqlite_file(client, published, tmp_path):
    path = tmp_path / "open.sqlite"
    path.write_bytes(downloaded(client.get("/data/arfer-open-data.sqlite")))
    database = sqlite3.connect(path)
    tables = {
        name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert tables == {"practices", "bodies", "adoptions", "savings", "data_dictionary", "licence"}
    assert database.execute("SELECT COUNT(*) FROM practices").fetchone() == (
        Practice.objects.published().count(),
    )
    assert database.execute("SELECT realised_pence FROM savings").fetchall() == [(123_456,)]
    assert database.execute("SELECT name FROM licence").fetchone() == (
        "Open Government Licence v3.0",
    )
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
