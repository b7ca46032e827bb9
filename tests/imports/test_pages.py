import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from arfer.core.actors import SYSTEM
from arfer.imports.models import ImportRun
from arfer.menu.models import Practice
from arfer.rollout.models import Adoption
from tests.accounts.helpers import sign_in_with_two_factor

from .conftest import PRACTICE_HEADER, csv_bytes, practice_row, practices_file
from .test_rollout import ADOPTION_HEADER, adoption


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def upload(client, kind, data, name="file.csv", **extra):
    return client.post("/imports/", {"kind": kind, "file": SimpleUploadedFile(name, data), **extra})


def test_a_moderator_uploads_practices_and_sees_the_report(
    client, people, django_capture_on_commit_callbacks
):
    sign_in_with_two_factor(client, people["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, "practices", practices_file(3))
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/imports/{run.pk}/"
    run.refresh_from_db()
    assert (run.status, run.created_count, run.rows_done, run.uploaded_by) == (
        "done",
        3,
        3,
        people["moderator"],
    )
    assert Practice.objects.count() == 3
    assert Practice.history.first().history_user == people["moderator"]
    page = client.get(f"/imports/{run.pk}/")
    assert b"Import complete" in page.content and b"hx-get" not in page.content
    assert client.get("/imports/").status_code == 200


def test_invalid_rows_are_listed_with_every_problem_downloadable(
    client, people, django_capture_on_commit_callbacks
):
    sign_in_with_two_factor(client, people["moderator"])
    data = csv_bytes([PRACTICE_HEADER, practice_row(1), practice_row(2, evidence_level="8")])
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, "practices", data)
    run = ImportRun.objects.get()
    page = client.get(f"/imports/{run.pk}/")
    assert b"Nothing was imported" in page.content and Practice.objects.count() == 0
    assert "“8” is not one of the choices: 1, 2, 3, 4, 5." in page.content.decode()
    csv_file = client.get(f"/imports/{run.pk}/problems.csv")
    assert csv_file.content.decode("utf-8-sig").splitlines()[1] == (
        '3,evidence_level,"“8” is not one of the choices: 1, 2, 3, 4, 5."'
    )


def test_an_editor_imports_adoptions_for_their_body(
    client, people, menu, django_capture_on_commit_callbacks
):
    client.force_login(people["editor"])
    page = client.get("/imports/")
    assert b'value="adoptions"' in page.content and b'value="practices"' not in page.content
    with django_capture_on_commit_callbacks(execute=True):
        upload(
            client, "adoptions", csv_bytes([ADOPTION_HEADER, adoption("A-1")]), skip_invalid="on"
        )
    assert ImportRun.objects.get().mode == "skip_invalid"
    assert Adoption.objects.get().body.slug == "gwynedd-council"
    # Practices are not theirs to import: the choice is refused.
    response = upload(client, "practices", practices_file(1))
    assert "Choose what the file holds." in response.content.decode()


def test_a_run_is_seen_by_its_uploader_and_programme_admins_only(client, people):
    run = ImportRun.objects.create(
        kind="adoptions", file_path="x.csv", original_name="x.csv", uploaded_by=people["editor"]
    )
    for who, status in [("moderator", 404), ("admin", 200)]:
        sign_in_with_two_factor(client, people[who])
        assert client.get(f"/imports/{run.pk}/").status_code == status
        assert client.get(f"/imports/{run.pk}/problems.csv").status_code == status
    client.force_login(people["editor"])
    page = client.get(f"/imports/{run.pk}/")
    assert page.status_code == 200 and b'hx-trigger="every 2s"' in page.content
    partial = client.get(f"/imports/{run.pk}/", HTTP_HX_REQUEST="true")
    assert partial.content.startswith(b'<div id="import-status"')
    assert b"0% done" in partial.content


def test_progress_is_shown_while_a_run_checks_its_rows(client, people):
    run = ImportRun.objects.create(
        kind="adoptions",
        file_path="x.csv",
        original_name="x.csv",
        uploaded_by=people["editor"],
        status="running",
        rows_total=200,
        rows_done=50,
    )
    client.force_login(people["editor"])
    page = client.get(f"/imports/{run.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert 'value="25"' in page and "25% done: 50 of 200 rows checked." in page


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (None, None, "Choose a file to import."),
        (b"hello", "notes.txt", "The file must be a CSV file or an Excel workbook (.xlsx)."),
        (b"x" * (1024 * 1024 + 1), "big.csv", "The file must be smaller than 1 MB."),
    ],
)
def test_the_form_explains_what_is_wrong(client, people, settings, data, name, message):
    settings.ARFER_IMPORT_MAX_MB = 1
    sign_in_with_two_factor(client, people["moderator"])
    fields = {"kind": "practices"}
    if data is not None:
        fields["file"] = SimpleUploadedFile(name, data)
    response = client.post("/imports/", fields)
    page = response.content.decode()
    assert response.status_code == 200 and "govuk-error-summary" in page and message in page
    assert ImportRun.objects.count() == 0


def test_people_with_nothing_to_import_do_not_find_the_page(client, people):
    for who in ("viewer", "board"):
        if who == "board":
            sign_in_with_two_factor(client, people[who])
        else:
            client.force_login(people[who])
        assert client.get("/imports/").status_code == 404


@pytest.mark.parametrize("kind", ["practices", "adoptions", "ledger", "bodies"])
def test_templates_hold_the_parser_s_columns_and_an_example(client, kind):
    from arfer.imports.columns import KINDS

    names = [column.name for column in KINDS[kind].columns]
    text = client.get(f"/imports/templates/{kind}.csv").content.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(names)
    sheet = load_workbook(
        io.BytesIO(client.get(f"/imports/templates/{kind}.xlsx").content), read_only=True
    ).active
    assert [cell.value for cell in next(sheet.iter_rows())] == names
    assert client.get(f"/imports/templates/{kind}.pdf").status_code == 404


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_the_templates_import_cleanly(client, menu, extension):
    """The example rows are real: in order, they import without a problem."""
    from arfer.imports.importer import import_file

    for kind in ("bodies", "practices", "adoptions", "ledger"):
        data = client.get(f"/imports/templates/{kind}.{extension}").content
        report = import_file(kind, data, f"template.{extension}", actor=SYSTEM)
        assert report.succeeded, (kind, report.fatal, report.problems)
        assert report.created + report.updated == 1, kind


def test_the_run_page_reads_a_fixed_number_of_queries(
    client, people, django_assert_max_num_queries
):
    client.force_login(people["editor"])
    run = ImportRun.objects.create(
        kind="adoptions",
        file_path="x.csv",
        original_name="x.csv",
        uploaded_by=people["editor"],
        status="done",
        report={
            "kind": "adoptions",
            "invalid": 2,
            "problems": [{"row": n, "column": "body", "message": "No."} for n in range(500)],
            "problems_total": 500,
        },
    )
    with django_assert_max_num_queries(6):
        page = client.get(f"/imports/{run.pk}/")
    assert page.content.count(b"<code>body</code>") == 100
    for n in range(30):
        ImportRun.objects.create(
            kind="adoptions",
            file_path="x.csv",
            original_name=f"{n}.csv",
            uploaded_by=people["editor"],
        )
    with django_assert_max_num_queries(8):
        client.get("/imports/")


def test_the_account_page_leads_to_imports_only_for_those_who_may_import(client, people):
    client.force_login(people["editor"])
    assert 'href="/imports/"' in client.get("/account/").content.decode()
    client.force_login(people["viewer"])
    page = client.get("/account/").content.decode()
    assert 'href="/imports/"' not in page
    assert 'href="/api/"' in page  # the footer leads everyone to the API's reference
