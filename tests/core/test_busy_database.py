"""A database locked by a long write (SQLite's one writer at a time) answers 503 with
Retry-After, in the page's language or the API's error format, and nothing is half-written."""

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import OperationalError
from django.test import Client, override_settings

from arfer.directory.models import Area
from tests.core.test_error_pages import in_the_sites_design

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("busy_urls")]


@pytest.fixture
def busy_urls():
    with override_settings(ROOT_URLCONF="tests.core.busy_urls"):
        yield


def test_a_locked_database_is_a_busy_page_and_nothing_is_written():
    response = Client().post("/busy/")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    html = response.content.decode()
    in_the_sites_design(html)
    assert "Sorry, the service is busy" in html and "Try again in a moment." in html
    assert '<html lang="en"' in html
    assert not Area.objects.filter(slug="half-written").exists()


def test_the_busy_page_is_in_the_language_of_the_request():
    response = Client().post("/cy/busy/")
    assert response.status_code == 503
    assert '<html lang="cy"' in response.content.decode()


def test_under_the_api_the_answer_is_the_api_s_error():
    response = Client().post("/api/v1/busy/")
    assert response.status_code == 503 and response["Retry-After"] == "10"
    assert response.json() == {
        "status": 503,
        "code": "unavailable",
        "message": "The service is busy. Nothing was changed; try again in a moment.",
    }
    assert not Area.objects.filter(slug="half-written").exists()


def test_a_session_that_cannot_be_saved_for_the_lock_is_a_busy_page_too(monkeypatch):
    def locked(self, must_create=False):
        raise OperationalError("database is locked")

    monkeypatch.setattr(SessionStore, "save", locked)
    response = Client(raise_request_exception=False).get("/session/")
    assert response.status_code == 503 and response["Retry-After"] == "10"
    assert "Sorry, the service is busy" in response.content.decode()


def test_any_other_database_error_is_still_the_500_page():
    response = Client(raise_request_exception=False).get("/broken/")
    assert response.status_code == 500 and not response.has_header("Retry-After")
    assert "Sorry, there is a problem with the service" in response.content.decode()
