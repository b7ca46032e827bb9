import re
import time

import pytest
from django.contrib.auth import SESSION_KEY
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command

from arfer.accounts import sign_in, totp, two_factor
from arfer.accounts.actions import create_account
from arfer.accounts.models import RecoveryCode, TwoFactorDevice
from arfer.accounts.two_factor_views import NEW_CODES_KEY, SET_UP_SECRET_KEY
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body

from .helpers import current_code, give_two_factor, sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"
PRIVILEGED_ROLES = ["moderator", "board", "programme-admin"]


@pytest.fixture
def member(directory):
    return create_account(
        "member@example.org",
        role="editor",
        password=PASSWORD,
        body=Body.objects.get(slug="gwynedd-council"),
        actor=SYSTEM,
    )[0]


@pytest.fixture
def privileged(db, django_user_model):
    """A person of each privileged kind, by name."""

    def make(kind):
        if kind == "superuser":
            return django_user_model.objects.create_superuser("root@example.org", PASSWORD)
        return create_account(f"{kind}@example.org", role=kind, password=PASSWORD, actor=SYSTEM)[0]

    return make


def sign_in_with_password(client, email, password=PASSWORD, path="/account/sign-in/"):
    return client.post(path, {"username": email, "password": password})


def test_set_up_shows_the_key_and_a_qr_code_and_asks_for_a_code(client, member):
    client.force_login(member)
    response = client.get("/account/two-factor/set-up/")
    assert response.status_code == 200
    html = response.content.decode()
    secret = client.session[SET_UP_SECRET_KEY]
    assert " ".join(secret[i : i + 4] for i in range(0, 32, 4)) in html
    assert 'src="data:image/svg+xml' in html
    # The Content Security Policy forbids inline styles and scripts: the page has neither.
    assert "style=" not in html and "<style" not in html
    assert all("src=" in tag for tag in re.findall(r"<script[^>]*>", html))
    assert 'autocomplete="one-time-code"' in html
    # Reloading keeps the same key, so a scanned code stays valid.
    client.get("/account/two-factor/set-up/")
    assert client.session[SET_UP_SECRET_KEY] == secret


def test_set_up_with_a_correct_code_turns_it_on_and_shows_recovery_codes_once(client, member):
    client.force_login(member)
    client.get("/account/two-factor/set-up/")
    secret = client.session[SET_UP_SECRET_KEY]
    wrong = client.post("/account/two-factor/set-up/", {"code": "000000"})
    if wrong.status_code == 302:  # one chance in a million that 000000 is right
        pytest.skip("000000 happened to be the current code")
    assert wrong.status_code == 200 and b"There is a problem" in wrong.content
    assert not TwoFactorDevice.objects.exists()

    code = totp.totp(totp.decode_secret(secret), time.time())
    response = client.post("/account/two-factor/set-up/", {"code": code})
    assert response.status_code == 302
    assert response["Location"] == "/account/two-factor/recovery-codes/"
    device = TwoFactorDevice.objects.get(user=member)
    assert device.secret == secret
    assert client.session[sign_in.STATE_KEY] == sign_in.VERIFIED
    assert SET_UP_SECRET_KEY not in client.session

    page = client.get("/account/two-factor/recovery-codes/")
    codes = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", page.content.decode())
    assert len(set(codes)) == 10
    assert page["Cache-Control"] == "no-store"
    stored = set(RecoveryCode.objects.filter(user=member).values_list("code_hash", flat=True))
    assert len(stored) == 10 and not stored & {code.replace("-", "") for code in codes}
    # Shown once only.
    again = client.get("/account/two-factor/recovery-codes/")
    assert again.status_code == 302 and NEW_CODES_KEY not in client.session
    assert client.get("/account/").content.decode().count("two-factor sign-in") >= 1


def test_the_set_up_code_cannot_then_be_used_to_sign_in(member):
    secret = totp.new_secret()
    now = time.time()
    code = totp.totp(totp.decode_secret(secret), now)
    two_factor.enable_two_factor(member, secret=secret, code=code, actor=member, at=now)
    assert two_factor.use_second_factor(member, code, at=now) is None


def test_set_up_twice_is_refused(member):
    secret = totp.new_secret()
    now = time.time()
    code = totp.totp(totp.decode_secret(secret), now)
    two_factor.enable_two_factor(member, secret=secret, code=code, actor=member, at=now)
    with pytest.raises(ValidationError, match="already set up"):
        two_factor.enable_two_factor(member, secret=secret, code=code, actor=member, at=now)


def test_only_the_person_sets_up_their_own(member, privileged):
    admin = privileged("programme-admin")
    secret = totp.new_secret()
    code = totp.totp(totp.decode_secret(secret), time.time())
    with pytest.raises(PermissionDenied):
        two_factor.enable_two_factor(member, secret=secret, code=code, actor=admin)


def test_sign_in_with_a_code(client, member):
    give_two_factor(member)
    response = client.post(
        "/account/sign-in/?next=/bodies/",
        {"username": member.email, "password": PASSWORD, "next": "/bodies/"},
    )
    assert response.status_code == 302 and response["Location"] == "/account/sign-in/code/"
    assert SESSION_KEY not in client.session
    # Not signed in yet: the account page still asks for a sign-in.
    assert client.get("/account/").status_code == 302
    page = client.get("/account/sign-in/code/")
    assert page.status_code == 200 and b'autocomplete="one-time-code"' in page.content
    before = client.session.session_key
    response = client.post("/account/sign-in/code/", {"code": current_code(member)})
    assert response.status_code == 302 and response["Location"] == "/bodies/"
    assert int(client.session[SESSION_KEY]) == member.pk
    assert client.session.session_key != before
    assert client.session[sign_in.STATE_KEY] == sign_in.VERIFIED
    assert sign_in.PENDING_KEY not in client.session
    assert client.get("/account/").status_code == 200


def test_a_code_cannot_be_used_twice(client, member):
    give_two_factor(member)
    code = current_code(member)
    sign_in_with_password(client, member.email)
    assert client.post("/account/sign-in/code/", {"code": code}).status_code == 302
    client.post("/account/sign-out/")
    sign_in_with_password(client, member.email)
    response = client.post("/account/sign-in/code/", {"code": code})
    assert response.status_code == 200
    assert b"already been used" in response.content
    assert SESSION_KEY not in client.session


def test_an_older_code_is_refused_once_a_newer_one_was_used(member):
    device = give_two_factor(member)
    now = time.time()
    key = totp.decode_secret(device.secret)
    assert two_factor.use_second_factor(member, totp.totp(key, now), at=now) == "app"
    assert two_factor.use_second_factor(member, totp.totp(key, now - 30), at=now) is None


def test_sign_in_with_a_recovery_code_spends_it(client, member):
    secret = totp.new_secret()
    now = time.time()
    codes = two_factor.enable_two_factor(
        member, secret=secret, code=totp.totp(totp.decode_secret(secret), now), actor=member, at=now
    )
    sign_in_with_password(client, member.email)
    # Typed in capitals, without the hyphen: still the same code.
    response = client.post(
        "/account/sign-in/code/", {"code": codes[0].upper().replace("-", " ")}, follow=True
    )
    assert response.status_code == 200
    assert "You have 9 left" in response.content.decode()
    assert int(client.session[SESSION_KEY]) == member.pk
    assert two_factor.unused_recovery_code_count(member) == 9

    client.post("/account/sign-out/")
    sign_in_with_password(client, member.email)
    again = client.post("/account/sign-in/code/", {"code": codes[0]})
    assert again.status_code == 200 and SESSION_KEY not in client.session
    assert client.post("/account/sign-in/code/", {"code": codes[1]}).status_code == 302


def test_recovery_codes_survive_a_secret_key_rotation(member, settings):
    secret = totp.new_secret()
    now = time.time()
    codes = two_factor.enable_two_factor(
        member, secret=secret, code=totp.totp(totp.decode_secret(secret), now), actor=member, at=now
    )
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-brand-new-secret-key-" + "x" * 40
    assert two_factor.use_second_factor(member, codes[3]) == "recovery"


def test_five_wrong_codes_end_the_pending_sign_in(client, member):
    give_two_factor(member)
    sign_in_with_password(client, member.email)
    good = current_code(member)
    wrong = "999999" if good != "999999" else "999998"
    for _attempt in range(4):
        response = client.post("/account/sign-in/code/", {"code": wrong})
        assert response.status_code == 200 and b"There is a problem" in response.content
    fifth = client.post("/account/sign-in/code/", {"code": wrong})
    # The wrong codes counted as failed sign-ins: the address is locked out for a while.
    assert fifth.status_code == 429 and b"Too many attempts to sign in" in fifth.content
    assert sign_in.PENDING_KEY not in client.session
    # The right code is now too late, and so is the right password.
    late = client.post("/account/sign-in/code/", {"code": good})
    assert late.status_code == 302 and late["Location"] == "/account/sign-in/"
    assert sign_in_with_password(client, member.email).status_code == 429
    assert SESSION_KEY not in client.session


def test_wrong_codes_end_the_pending_sign_in_even_without_the_lockout(client, member, settings):
    settings.AXES_FAILURE_LIMIT = 100
    give_two_factor(member)
    sign_in_with_password(client, member.email)
    for _attempt in range(sign_in.MAX_WRONG_CODES):
        response = client.post("/account/sign-in/code/", {"code": "abc"})
    assert response.status_code == 302 and response["Location"] == "/account/sign-in/"
    assert sign_in.PENDING_KEY not in client.session


def test_a_pending_sign_in_lapses_after_five_minutes(client, member):
    give_two_factor(member)
    sign_in_with_password(client, member.email)
    session = client.session
    pending = session[sign_in.PENDING_KEY]
    pending["started"] = time.time() - sign_in.PENDING_SECONDS - 1
    session[sign_in.PENDING_KEY] = pending
    session.save()
    response = client.post("/account/sign-in/code/", {"code": current_code(member)})
    assert response.status_code == 302 and response["Location"] == "/account/sign-in/"
    assert SESSION_KEY not in client.session


def test_the_code_page_without_a_password_first_goes_back_to_sign_in(client, db):
    response = client.get("/account/sign-in/code/")
    assert response.status_code == 302 and response["Location"] == "/account/sign-in/"


def test_code_page_in_welsh(client, member):
    give_two_factor(member)
    sign_in_with_password(client, member.email, path="/cy/account/sign-in/")
    page = client.get("/cy/account/sign-in/code/")
    assert page.status_code == 200 and b'<html lang="cy"' in page.content


@pytest.mark.parametrize("kind", [*PRIVILEGED_ROLES, "superuser"])
def test_privileged_people_are_sent_to_set_up_from_every_page(client, privileged, kind):
    person = privileged(kind)
    assert person.requires_two_factor
    client.force_login(person)
    for path in ["/", "/practices/", "/account/", "/account/password/", "/admin/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/account/two-factor/set-up/?next="), path
    welsh = client.get("/cy/practices/")
    assert welsh["Location"] == "/cy/account/two-factor/set-up/?next=%2Fcy%2Fpractices%2F"
    page = client.get("/account/two-factor/set-up/")
    assert page.status_code == 200
    assert b"requires two-factor sign-in" in page.content
    assert client.get("/healthz").status_code == 200
    assert client.post("/account/sign-out/").status_code == 302
    assert SESSION_KEY not in client.session


@pytest.mark.parametrize("kind", PRIVILEGED_ROLES)
def test_privileged_people_signing_in_set_up_and_carry_on(client, privileged, kind):
    person = privileged(kind)
    response = sign_in_with_password(client, person.email)
    assert response.status_code == 302
    landing = client.get(response["Location"])
    assert landing.status_code == 302 and "/account/two-factor/set-up/" in landing["Location"]
    client.get(landing["Location"])
    secret = client.session[SET_UP_SECRET_KEY]
    code = totp.totp(totp.decode_secret(secret), time.time())
    done = client.post(landing["Location"], {"code": code, "next": "/account/"})
    assert done.status_code == 302
    codes_page = client.get(done["Location"]).content.decode()
    assert 'href="/account/"' in codes_page
    assert client.get("/account/").status_code == 200
    assert client.get("/practices/").status_code == 200


def test_body_members_are_not_required_to_set_it_up(client, member):
    response = sign_in_with_password(client, member.email)
    assert response.status_code == 302
    assert client.get("/account/").status_code == 200
    assert client.get("/practices/").status_code == 200
    client.force_login(member)
    assert client.get("/account/").status_code == 200


def test_privileged_people_with_two_factor_reach_every_page(client, privileged):
    person = privileged("moderator")
    sign_in_with_two_factor(client, person)
    assert client.get("/practices/").status_code == 200
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize("kind", ["member", "moderator"])
def test_a_session_that_skipped_the_code_is_signed_out(client, member, privileged, kind):
    """Someone with two-factor sign-in whose session was made without the code (by a path
    other than Arfer's sign-in) is signed out and asked to sign in properly."""
    person = member if kind == "member" else privileged(kind)
    give_two_factor(person)
    client.force_login(person)
    response = client.get("/practices/")
    assert response.status_code == 302
    assert response["Location"] == "/account/sign-in/?next=%2Fpractices%2F"
    assert SESSION_KEY not in client.session


def test_a_privileged_password_only_session_ends_once_two_factor_exists(client, privileged):
    """Set up in one browser: a session elsewhere that signed in with the password alone
    must now give a code too."""
    person = privileged("board")
    sign_in_with_password(client, person.email)
    give_two_factor(person)
    response = client.get("/practices/")
    assert response.status_code == 302 and response["Location"].startswith("/account/sign-in/")
    assert SESSION_KEY not in client.session


def test_the_back_office_signs_in_through_the_same_page(client, db):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/account/sign-in/?next=/admin/"


def test_turning_it_off_needs_the_password(client, member):
    give_two_factor(member)
    sign_in_with_two_factor(client, member)
    assert client.get("/account/two-factor/").status_code == 200
    assert client.get("/account/two-factor/turn-off/").status_code == 200
    wrong = client.post("/account/two-factor/turn-off/", {"password": "not-my-password"})
    assert wrong.status_code == 200 and b"Your password is not correct" in wrong.content
    assert TwoFactorDevice.objects.filter(user=member).exists()
    response = client.post("/account/two-factor/turn-off/", {"password": PASSWORD})
    assert response.status_code == 302
    assert not TwoFactorDevice.objects.filter(user=member).exists()
    assert not RecoveryCode.objects.filter(user=member).exists()
    assert client.get("/account/").status_code == 200
    # Signing in again needs the password only.
    client.post("/account/sign-out/")
    assert sign_in_with_password(client, member.email)["Location"] == "/my-work/"


@pytest.mark.parametrize("kind", [*PRIVILEGED_ROLES, "superuser"])
def test_privileged_people_cannot_turn_it_off(client, privileged, kind):
    person = privileged(kind)
    sign_in_with_two_factor(client, person)
    assert client.get("/account/two-factor/turn-off/").status_code == 403
    response = client.post("/account/two-factor/turn-off/", {"password": PASSWORD})
    assert response.status_code == 403
    assert TwoFactorDevice.objects.filter(user=person).exists()
    assert b"turn-off" not in client.get("/account/two-factor/").content
    with pytest.raises(PermissionDenied):
        two_factor.disable_two_factor(person, actor=person, password=PASSWORD)


def test_new_recovery_codes_replace_the_old_ones(client, member):
    secret = totp.new_secret()
    now = time.time()
    old = two_factor.enable_two_factor(
        member, secret=secret, code=totp.totp(totp.decode_secret(secret), now), actor=member, at=now
    )
    sign_in_with_two_factor(client, member)
    refused = client.post("/account/two-factor/recovery-codes/new/", {"password": "wrong"})
    assert refused.status_code == 200 and b"Your password is not correct" in refused.content
    response = client.post(
        "/account/two-factor/recovery-codes/new/", {"password": PASSWORD}, follow=True
    )
    new = re.findall(r"<code>([a-z2-9]{5}-[a-z2-9]{5})</code>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    assert two_factor.use_second_factor(member, old[0]) is None
    assert two_factor.use_second_factor(member, new[0]) == "recovery"


def test_programme_admins_reset_a_lost_phone(member, privileged):
    give_two_factor(member)
    with pytest.raises(PermissionDenied):
        two_factor.reset_two_factor(member, actor=member)
    assert two_factor.reset_two_factor(member, actor=privileged("programme-admin"))
    assert not TwoFactorDevice.objects.filter(user=member).exists()


def test_reset_from_the_back_office(client, member, privileged):
    give_two_factor(member)
    admin = privileged("programme-admin")
    sign_in_with_two_factor(client, admin)
    device = TwoFactorDevice.objects.get(user=member)
    page = client.get("/admin/accounts/twofactordevice/")
    assert page.status_code == 200 and device.secret not in page.content.decode()
    client.post(
        "/admin/accounts/twofactordevice/", {"action": "reset", "_selected_action": [device.pk]}
    )
    assert not TwoFactorDevice.objects.filter(user=member).exists()


def test_reset_from_the_command_line(member, capsys):
    give_two_factor(member)
    call_command("user", "reset-two-factor", "Member@Example.org")
    assert "reset for member@example.org" in capsys.readouterr().out
    assert not TwoFactorDevice.objects.filter(user=member).exists()
    call_command("user", "reset-two-factor", "member@example.org")
    assert "had no two-factor" in capsys.readouterr().out


def test_account_page_shows_two_factor_status(client, member):
    client.force_login(member)
    assert b"/account/two-factor/set-up/" in client.get("/account/").content
    give_two_factor(member)
    sign_in_with_two_factor(client, member)
    assert b'href="/account/two-factor/"' in client.get("/account/").content


def test_two_factor_pages_in_welsh(client, member):
    client.force_login(member)
    page = client.get("/cy/account/two-factor/set-up/")
    assert page.status_code == 200 and b'<html lang="cy"' in page.content
