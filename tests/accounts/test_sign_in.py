import pytest
from django.contrib.auth import SESSION_KEY

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM

PASSWORD = "a-long-unusual-passphrase"


@pytest.fixture
def person(directory):
    # A body member: programme roles must also give a code (see test_two_factor.py).
    from arfer.directory.models import Body

    return create_account(
        "person@example.org",
        role="editor",
        password=PASSWORD,
        body=Body.objects.get(slug="gwynedd-council"),
        actor=SYSTEM,
    )[0]


def test_sign_in_and_out(client, person):
    response = client.post(
        "/account/sign-in/", {"username": "person@example.org", "password": PASSWORD}
    )
    # People land on My work, what needs them now.
    assert response.status_code == 302 and response["Location"] == "/my-work/"
    assert client.get("/account/").status_code == 200
    assert client.post("/account/sign-out/").status_code == 302
    assert client.get("/account/").status_code == 302


def test_sign_in_renews_the_session(client, person):
    client.get("/account/sign-in/")
    client.session["marker"] = 1
    before = client.session.session_key
    client.post("/account/sign-in/", {"username": "person@example.org", "password": PASSWORD})
    assert client.session.session_key != before


def test_wrong_password_gets_an_error_summary(client, person):
    response = client.post(
        "/account/sign-in/", {"username": "person@example.org", "password": "wrong-password"}
    )
    assert response.status_code == 200
    assert b"There is a problem" in response.content
    assert SESSION_KEY not in client.session


def test_lockout_after_repeated_failures(client, person):
    for _ in range(5):
        client.post("/account/sign-in/", {"username": "person@example.org", "password": "nope"})
    response = client.post(
        "/account/sign-in/", {"username": "person@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert b"Too many attempts to sign in" in response.content
    assert SESSION_KEY not in client.session


def test_lockout_page_in_welsh(client, person):
    for _ in range(6):
        response = client.post(
            "/cy/account/sign-in/", {"username": "person@example.org", "password": "nope"}
        )
    assert response.status_code == 429
    assert b'lang="cy"' in response.content


def test_password_change_ends_other_sessions(client, person):
    from django.test import Client

    other = Client()
    other.force_login(person)
    client.force_login(person)
    response = client.post(
        "/account/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "another-long-passphrase",
            "new_password2": "another-long-passphrase",
        },
    )
    assert response.status_code == 302
    assert client.get("/account/").status_code == 200
    assert other.get("/account/").status_code == 302  # signed out


def test_account_page_lists_memberships(client, directory):
    from arfer.directory.models import Body

    user, _ = create_account(
        "ed@example.org",
        role="editor",
        password=PASSWORD,
        body=Body.objects.get(slug="gwynedd-council"),
        actor=SYSTEM,
    )
    client.force_login(user)
    html = client.get("/account/").content.decode()
    assert "Gwynedd Council" in html and "Editor" in html


def test_sign_out_needs_post(client, person):
    client.force_login(person)
    assert client.get("/account/sign-out/").status_code == 405
