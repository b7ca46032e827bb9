"""The JSON API's rate limits: per token, and per client address without one; answered 429 in
the API's error format, with Retry-After."""

import pytest
from django.test import Client

from tests.accounts.helpers import sign_in_with_two_factor

from .conftest import ApiClient, person, token_for


@pytest.fixture
def limits(settings):
    settings.ARFER_API_RATE_PER_MINUTE = 3
    settings.ARFER_API_ANONYMOUS_RATE_PER_MINUTE = 2


def assert_limited(response):
    assert response.status_code == 429
    body = response.json()
    assert body["status"] == 429 and body["code"] == "too_many_requests"
    assert "Too many requests" in body["message"]
    assert 1 <= int(response["Retry-After"]) <= 60


def test_a_client_without_a_token_is_limited_by_its_address(db, limits):
    anonymous = ApiClient()
    assert [anonymous.get("/api/v1/areas").status_code for _ in range(2)] == [200, 200]
    assert_limited(anonymous.get("/api/v1/areas"))
    # Another address has its own count.
    elsewhere = anonymous.client.get("/api/v1/areas", REMOTE_ADDR="192.0.2.7")
    assert elsewhere.status_code == 200


def test_a_token_has_its_own_count(programme, limits):
    editor = person("editor", "editor@example.org")
    first, second = ApiClient(token_for(editor)), ApiClient(token_for(editor))
    assert [first.get("/api/v1/practices").status_code for _ in range(3)] == [200] * 3
    assert_limited(first.get("/api/v1/practices"))
    assert second.get("/api/v1/practices").status_code == 200
    # The client's address is not used up by its token's calls.
    assert ApiClient().get("/api/v1/areas").status_code == 200


def test_changes_are_counted_too(programme, limits):
    editor = person("editor", "editor@example.org")
    writer = ApiClient(token_for(editor, scope="write"))
    practice = programme["draft"]
    for _ in range(3):
        writer.get("/api/v1/areas")
    assert_limited(
        writer.patch(f"/api/v1/practices/{practice.slug}", {"version": 1, "title_en": "Changed"})
    )
    practice.refresh_from_db()
    assert practice.title_en != "Changed"


def test_a_refused_token_counts_against_the_address(db, limits):
    guesser = ApiClient("arfer_not-a-real-token")
    assert [guesser.get("/api/v1/areas").status_code for _ in range(2)] == [401, 401]
    assert_limited(guesser.get("/api/v1/areas"))


def test_a_signed_in_browser_is_counted_as_its_person(programme, limits):
    moderator = person("moderator", "moderator@example.org")
    browser = Client()
    sign_in_with_two_factor(browser, moderator)
    assert [browser.get("/api/v1/practices").status_code for _ in range(3)] == [200] * 3
    assert_limited(browser.get("/api/v1/practices"))


def test_no_limit_when_the_setting_is_zero(db, settings):
    settings.ARFER_API_ANONYMOUS_RATE_PER_MINUTE = 0
    anonymous = ApiClient()
    assert {anonymous.get("/api/v1/areas").status_code for _ in range(5)} == {200}
