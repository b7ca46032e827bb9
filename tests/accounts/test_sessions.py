"""Sessions: shorter for the privileged roles (a fixed lifetime from signing in, and an idle
limit), and every session of a person ends when their two-factor sign-in is reset or turned
off."""

import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.management import call_command
from django.test import Client

from arfer.accounts import sign_in, two_factor
from arfer.accounts.models import TwoFactorDevice

from .conftest import PASSWORD
from .helpers import current_code, give_two_factor, sign_in_with_two_factor

HOUR = 3600


def sign_in_through_the_pages(client, user):
    client.post("/account/sign-in/", {"username": user.email, "password": PASSWORD})
    if TwoFactorDevice.objects.filter(user=user).exists():
        client.post("/account/sign-in/code/", {"code": current_code(user, offset_steps=1)})
    assert int(client.session[SESSION_KEY]) == user.pk


def shift_clock(client, *, signed_in_ago=None, last_seen_ago=None):
    """Make the session look as if it was signed in, or last used, that many seconds ago."""
    session = client.session
    now = time.time()
    if signed_in_ago is not None:
        session[sign_in.SIGNED_IN_AT_KEY] = now - signed_in_ago
    if last_seen_ago is not None:
        session[sign_in.LAST_SEEN_KEY] = now - last_seen_ago
    session.save()


def signed_in(client) -> bool:
    return SESSION_KEY in client.session


@pytest.mark.parametrize("role", ["moderator", "board", "programme_admin"])
def test_privileged_sessions_are_short_from_sign_in(client, people, settings, role):
    give_two_factor(people[role])
    sign_in_through_the_pages(client, people[role])
    assert client.session.get_expiry_age() == 60 * 60
    assert client.session.get_expire_at_browser_close() is False
    assert client.session[sign_in.SIGNED_IN_AT_KEY] == pytest.approx(time.time(), abs=60)


def test_other_people_keep_the_usual_session(client, people, settings):
    sign_in_through_the_pages(client, people["editor"])
    assert client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE
    assert settings.SESSION_COOKIE_AGE > 8 * HOUR
    # And no clock of its own: a long session of a body's member carries on.
    shift_clock(client, signed_in_ago=30 * HOUR, last_seen_ago=5 * HOUR)
    assert client.get("/account/").status_code == 200 and signed_in(client)


def test_a_privileged_session_ends_eight_hours_after_signing_in(client, people):
    give_two_factor(people["moderator"])
    sign_in_through_the_pages(client, people["moderator"])
    shift_clock(client, signed_in_ago=8 * HOUR - 60, last_seen_ago=10)
    assert client.get("/account/").status_code == 200 and signed_in(client)
    shift_clock(client, signed_in_ago=8 * HOUR + 1, last_seen_ago=10)
    response = client.get("/account/")
    assert response.status_code == 302
    assert response["Location"] == "/account/sign-in/?next=%2Faccount%2F"
    assert not signed_in(client)
    page = client.get(response["Location"]).content.decode()
    assert "your session ended" in page


def test_a_privileged_session_ends_after_an_hour_without_a_request(client, people):
    give_two_factor(people["programme_admin"])
    sign_in_through_the_pages(client, people["programme_admin"])
    shift_clock(client, last_seen_ago=59 * 60)
    assert client.get("/account/").status_code == 200 and signed_in(client)
    # That request counted: the hour starts again from it.
    assert client.session[sign_in.LAST_SEEN_KEY] == pytest.approx(time.time(), abs=60)
    shift_clock(client, last_seen_ago=61 * 60)
    assert client.get("/account/").status_code == 302 and not signed_in(client)


def test_the_limits_come_from_the_settings(client, people, settings):
    settings.ARFER_PRIVILEGED_SESSION_HOURS = 1
    settings.ARFER_PRIVILEGED_SESSION_IDLE_MINUTES = 10
    give_two_factor(people["board"])
    sign_in_through_the_pages(client, people["board"])
    assert client.session.get_expiry_age() == 10 * 60
    shift_clock(client, signed_in_ago=HOUR + 1, last_seen_ago=60)
    assert client.get("/account/").status_code == 302 and not signed_in(client)


def test_a_session_signed_in_another_way_starts_its_clock_at_its_next_request(client, people):
    give_two_factor(people["moderator"])
    client.force_login(people["moderator"])
    session = client.session
    session[sign_in.STATE_KEY] = sign_in.VERIFIED  # but no clock in the session
    session.save()
    assert client.get("/account/").status_code == 200
    assert client.session[sign_in.SIGNED_IN_AT_KEY] == pytest.approx(time.time(), abs=60)
    assert client.session.get_expiry_age() == 60 * 60


def test_a_lapsed_session_calling_the_api_is_answered_as_the_public(client, people):
    give_two_factor(people["moderator"])
    sign_in_through_the_pages(client, people["moderator"])
    shift_clock(client, signed_in_ago=9 * HOUR)
    response = client.get("/api/v1/bodies")
    assert response.status_code == 200 and not signed_in(client)


# Ending every session of a person ---------------------------------------------------------------


def test_resetting_someones_two_factor_signs_out_their_sessions(people):
    member = people["moderator"]
    phone, laptop = Client(), Client()
    sign_in_with_two_factor(phone, member)
    sign_in_with_two_factor(laptop, member)
    assert phone.get("/account/").status_code == 200

    assert two_factor.reset_two_factor(member, actor=people["programme_admin"])
    for client in (phone, laptop):
        response = client.get("/account/")
        assert response.status_code == 302 and "/account/sign-in/" in response["Location"]
        assert not signed_in(client)


def test_the_admin_who_resets_stays_signed_in(client, people):
    member = people["moderator"]
    sign_in_with_two_factor(client, people["programme_admin"])
    other = Client()
    sign_in_with_two_factor(other, member)
    device = TwoFactorDevice.objects.get(user=member)
    client.post(
        "/admin/accounts/twofactordevice/", {"action": "reset", "_selected_action": [device.pk]}
    )
    assert not TwoFactorDevice.objects.filter(user=member).exists()
    assert client.get("/account/").status_code == 200
    assert other.get("/account/").status_code == 302 and not signed_in(other)


def test_a_reset_from_the_command_line_signs_out_their_sessions(people, capsys):
    member = people["board"]
    client = Client()
    sign_in_with_two_factor(client, member)
    call_command("user", "reset-two-factor", member.email)
    assert client.get("/account/").status_code == 302 and not signed_in(client)


def test_turning_off_two_factor_keeps_this_session_and_ends_the_others(people):
    member = people["editor"]
    give_two_factor(member)
    here, elsewhere = Client(), Client()
    sign_in_through_the_pages(here, member)
    sign_in_with_two_factor(elsewhere, member)
    response = here.post("/account/two-factor/turn-off/", {"password": PASSWORD})
    assert response.status_code == 302
    assert here.get("/account/").status_code == 200 and signed_in(here)
    assert elsewhere.get("/account/").status_code == 302 and not signed_in(elsewhere)


def test_sessions_made_before_the_sign_out_count_carry_on(people):
    member = people["editor"]
    assert member.session_generation == 0
    # Until the count is first raised, the hash is the one Django made.
    assert member.get_session_auth_hash() == AbstractBaseUser.get_session_auth_hash(member)
