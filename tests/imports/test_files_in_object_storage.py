"""Uploaded import files kept in S3-compatible object storage (ARFER_STORAGE=s3): the page
stores the file in the bucket, and the task (on whichever machine runs the worker) reads it
from there."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from arfer.imports import tasks
from arfer.imports.models import ImportRun
from arfer.menu.models import Practice
from tests.accounts.helpers import sign_in_with_two_factor

from .conftest import practices_file


@pytest.fixture
def queued_not_run(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def test_an_uploaded_file_is_kept_in_the_bucket_and_read_from_there_by_the_task(
    client, people, object_storage, queued_not_run, django_capture_on_commit_callbacks
):
    sign_in_with_two_factor(client, people["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/imports/",
            {"kind": "practices", "file": SimpleUploadedFile("practices.csv", practices_file(25))},
        )
    run = ImportRun.objects.get()
    assert response.status_code == 302 and run.status == "queued"
    key = f"{object_storage.prefix}imports/{run.file_path}"
    assert object_storage.keys() == [key]
    assert object_storage.read(key) == practices_file(25)

    tasks.run_import.call(run.pk)  # what the worker runs
    run.refresh_from_db()
    assert (run.status, run.created_count) == ("done", 25)
    assert Practice.objects.filter(external_ref__startswith="P-").count() == 25


def test_a_file_gone_from_the_bucket_fails_its_run_with_a_clear_message(
    client, people, object_storage, queued_not_run, django_capture_on_commit_callbacks
):
    sign_in_with_two_factor(client, people["moderator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/imports/",
            {"kind": "practices", "file": SimpleUploadedFile("practices.csv", practices_file(3))},
        )
    run = ImportRun.objects.get()
    object_storage.client.delete_object(
        Bucket=object_storage.name, Key=f"{object_storage.prefix}imports/{run.file_path}"
    )
    tasks.run_import.call(run.pk)
    run.refresh_from_db()
    assert run.status == "failed"
    assert run.report["fatal"] == (
        "The uploaded file could not be found where Arfer keeps it, "
        "so nothing was imported. Upload the file again."
    )
    assert not Practice.objects.filter(external_ref__startswith="P-").exists()
