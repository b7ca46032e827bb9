"""Rate limits: the database counter every process shares, and the forms that send e-mail
(invitations), answered 429 with Retry-After and the form as it was typed."""

import logging

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.accounts import ratelimit
from arfer.accounts.invitations import cancel_invitation
from arfer.accounts.models import Invitation, RateLimitCounter

TEN_A_MINUTE = ratelimit.Limit("test", "TEST_RATE", ratelimit.MINUTE)
START = 1_800_000_000.0  # the start of a minute


@pytest.fixture
def ten_a_minute(settings, monkeypatch):
    settings.TEST_RATE = 10
    monkeypatch.setattr(ratelimit, "SWEEP_CHANCE", 0)


def statements(captured) -> list[str]:
    """The queries, without the savepoints of the test's own transaction."""
    return [
        q["sql"]
        for q in captured.captured_queries
        if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
    ]


# The counter ---------------------------------------------------------------------------------


def test_the_limit_allows_so_many_a_window_then_says_when_to_come_back(db, ten_a_minute):
    for _ in range(10):
        ratelimit.count(TEN_A_MINUTE, "10.0.0.1", now=START + 15)
    with pytest.raises(ratelimit.RateLimited) as refused:
        ratelimit.count(TEN_A_MINUTE, "10.0.0.1", now=START + 15)
    assert refused.value.retry_after == 45
    # Someone else, and the next window, start afresh.
    ratelimit.count(TEN_A_MINUTE, "10.0.0.2", now=START + 15)
    ratelimit.count(TEN_A_MINUTE, "10.0.0.1", now=START + 60)
    assert RateLimitCounter.objects.count() == 2


def test_each_check_is_one_statement(db, ten_a_minute):
    ratelimit.count(TEN_A_MINUTE, "10.0.0.1", now=START)
    with CaptureQueriesContext(connection) as captured:
        ratelimit.count(TEN_A_MINUTE, "10.0.0.1", now=START + 1)
    assert len(statements(captured)) == 1
    assert RateLimitCounter.objects.get().hits == 2


A_THOUSAND_A_MINUTE = ratelimit.Limit("test-large", "TEST_LARGE_RATE", ratelimit.MINUTE)


@pytest.fixture
def a_thousand_a_minute(settings, monkeypatch):
    settings.TEST_LARGE_RATE = 1000
    monkeypatch.setattr(ratelimit, "SWEEP_CHANCE", 0)


def test_a_large_limit_is_taken_from_the_counter_a_block_at_a_time(db, a_thousand_a_minute):
    assert ratelimit.block_size(1000) == 20
    with CaptureQueriesContext(connection) as captured:
        for _ in range(45):
            ratelimit.count(A_THOUSAND_A_MINUTE, "10.0.0.1", now=START)
    # Three blocks of twenty cover forty-five requests: three writes, not forty-five.
    assert len(statements(captured)) == 3
    assert RateLimitCounter.objects.get().hits == 60
    # A new window starts with a new block.
    ratelimit.count(A_THOUSAND_A_MINUTE, "10.0.0.1", now=START + 60)
    assert RateLimitCounter.objects.get().hits == 20


def test_processes_sharing_a_counter_never_grant_more_than_the_limit(db, a_thousand_a_minute):
    # Another process has taken all but five of the window's hits: this one gets those five,
    # then is refused, though a block is twenty.
    ratelimit.count(A_THOUSAND_A_MINUTE, "10.0.0.1", now=START)
    RateLimitCounter.objects.update(hits=995)
    ratelimit.forget_hits_in_hand()
    for _ in range(5):
        ratelimit.count(A_THOUSAND_A_MINUTE, "10.0.0.1", now=START + 1)
    with pytest.raises(ratelimit.RateLimited):
        ratelimit.count(A_THOUSAND_A_MINUTE, "10.0.0.1", now=START + 1)


def test_a_small_limit_is_counted_request_by_request(db, ten_a_minute):
    assert ratelimit.block_size(99) == 1
    for _ in range(3):
        ratelimit.count(TEN_A_MINUTE, "10.0.0.1", now=START)
    assert RateLimitCounter.objects.get().hits == 3


def test_a_limit_of_zero_is_off_and_costs_nothing(db, settings):
    settings.TEST_RATE = 0
    with CaptureQueriesContext(connection) as captured:
        for _ in range(20):
            ratelimit.count(TEN_A_MINUTE, "10.0.0.1")
    assert statements(captured) == []


def test_who_is_counted_is_not_stored_in_the_clear(db, ten_a_minute):
    ratelimit.count(TEN_A_MINUTE, "someone@example.org")
    assert "someone" not in RateLimitCounter.objects.get().key


def test_ended_windows_are_swept_away(db, ten_a_minute, monkeypatch):
    ratelimit.count(TEN_A_MINUTE, "10.0.0.1", now=START)
    monkeypatch.setattr(ratelimit, "SWEEP_CHANCE", 1)
    ratelimit.count(TEN_A_MINUTE, "10.0.0.2", now=START + 120)
    assert list(RateLimitCounter.objects.values_list("window", flat=True)) == [
        int((START + 120) // 60)
    ]


def test_a_counter_that_fails_lets_the_request_through(db, ten_a_minute, monkeypatch, caplog):
    monkeypatch.setattr(ratelimit, "_statement", lambda: "SELECT * FROM no_such_table")
    with caplog.at_level(logging.WARNING, logger="arfer.accounts.ratelimit"):
        ratelimit.count(TEN_A_MINUTE, "10.0.0.1")
    assert "let through" in caplog.text
    assert RateLimitCounter.objects.count() == 0  # and the database is still usable


# Forms that send e-mail ------------------------------------------------------------------------


def invite_url(body, language=""):
    return f"{language}/account/bodies/{body.slug}/members/invite/"


def test_one_address_gets_so_many_invitations_an_hour(
    client, council, people, settings, django_capture_on_commit_callbacks
):
    settings.ARFER_EMAIL_RATE_PER_ADDRESS_PER_HOUR = 2
    client.force_login(people["admin"])
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                invite_url(council), {"email": "x@example.org", "role": "viewer"}
            )
        assert response.status_code == 302
        cancel_invitation(Invitation.objects.get(email="x@example.org"), actor=people["admin"])
    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(invite_url(council), {"email": "X@example.org", "role": "editor"})
    assert refused.status_code == 429 and 1 <= int(refused["Retry-After"]) <= 3600
    page = refused.content.decode()
    assert "There is a problem" in page
    assert "Too many emails have been sent to x@example.org recently. Try again in" in page
    # Nothing typed is lost, nothing was made and nothing sent.
    assert 'value="X@example.org"' in page and 'value="editor" checked' in page
    assert not Invitation.objects.exists() and len(mail.outbox) == 2
    # Another address is still welcome.
    assert (
        client.post(invite_url(council), {"email": "y@example.org", "role": "viewer"}).status_code
        == 302
    )


def test_one_client_sends_so_many_invitations_an_hour(client, council, people, settings):
    settings.ARFER_EMAIL_RATE_PER_CLIENT_PER_HOUR = 2
    client.force_login(people["admin"])
    for address in ("a@example.org", "b@example.org"):
        assert (
            client.post(invite_url(council), {"email": address, "role": "viewer"}).status_code
            == 302
        )
    refused = client.post(invite_url(council), {"email": "c@example.org", "role": "viewer"})
    assert refused.status_code == 429 and refused["Retry-After"]
    assert "Too many emails have been sent from your connection recently" in (
        refused.content.decode()
    )
    assert not Invitation.objects.filter(email="c@example.org").exists()
    # From another address (the proxy puts the client's own in REMOTE_ADDR) it goes.
    other = client.post(
        invite_url(council), {"email": "c@example.org", "role": "viewer"}, REMOTE_ADDR="192.0.2.9"
    )
    assert other.status_code == 302


def test_the_refusal_page_is_in_the_language_of_the_request(client, council, people, settings):
    settings.ARFER_EMAIL_RATE_PER_CLIENT_PER_HOUR = 1
    client.force_login(people["admin"])
    client.post(invite_url(council), {"email": "a@example.org", "role": "viewer"})
    refused = client.post(invite_url(council, "/cy"), {"email": "b@example.org", "role": "viewer"})
    assert refused.status_code == 429 and refused["Content-Language"] == "cy"
    assert '<html lang="cy"' in refused.content.decode()


def test_a_form_with_mistakes_is_not_counted(client, council, people, settings):
    settings.ARFER_EMAIL_RATE_PER_CLIENT_PER_HOUR = 1
    client.force_login(people["admin"])
    for _ in range(3):
        assert client.post(invite_url(council), {"email": "not an address"}).status_code == 200
    assert (
        client.post(invite_url(council), {"email": "a@example.org", "role": "viewer"}).status_code
        == 302
    )
