"""TOTP secrets are stored encrypted: the database holds no secret in the clear, the keys can be
rotated without locking anyone out, and existing secrets are encrypted by a migration."""

import importlib
import logging
import time
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth import SESSION_KEY
from django.core.management import CommandError, call_command
from django.db import connection

from arfer.accounts import encryption, totp, two_factor
from arfer.accounts.actions import create_account
from arfer.accounts.models import TwoFactorDevice
from arfer.core.actors import SYSTEM

from .conftest import PASSWORD

NEW_KEY = "a-new-key-for-two-factor-secrets-0123456789"
MIGRATION = importlib.import_module("arfer.accounts.migrations.0007_two_factor_secret_encrypted")


@pytest.fixture
def member(db):
    return create_account("member@example.org", role="moderator", password=PASSWORD, actor=SYSTEM)[
        0
    ]


def stored(user) -> str:
    """The secret's column as the database holds it."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT encrypted_secret FROM accounts_twofactordevice WHERE user_id = %s", [user.pk]
        )
        return cursor.fetchone()[0]


def set_up(user) -> str:
    secret = totp.new_secret()
    now = time.time()
    two_factor.enable_two_factor(
        user, secret=secret, actor=user, at=now, code=totp.totp(totp.decode_secret(secret), now)
    )
    return secret


def code_for(secret: str, offset_steps: int = 0) -> str:
    return totp.totp(totp.decode_secret(secret), time.time() + offset_steps * totp.STEP_SECONDS)


def test_the_database_holds_the_secret_only_encrypted(member):
    secret = set_up(member)
    column = stored(member)
    assert secret not in column and totp.decode_secret(secret).hex() not in column
    assert encryption.decrypt(column) == secret
    assert TwoFactorDevice.objects.get(user=member).secret == secret


def test_signing_in_with_the_app_still_works(client, member):
    secret = set_up(member)
    client.post("/account/sign-in/", {"username": member.email, "password": PASSWORD})
    response = client.post("/account/sign-in/code/", {"code": code_for(secret, 1)})
    assert response.status_code == 302 and int(client.session[SESSION_KEY]) == member.pk


def test_a_dedicated_key_takes_over_and_old_secrets_stay_readable(member, settings):
    secret = set_up(member)  # encrypted under the secret key
    settings.ARFER_TOTP_KEYS = [NEW_KEY]
    assert TwoFactorDevice.objects.get(user=member).secret == secret
    assert not encryption.is_current(stored(member))


def test_rotation_re_encrypts_every_secret_with_the_newest_key(member, settings):
    secret = set_up(member)
    settings.ARFER_TOTP_KEYS = [NEW_KEY]
    out = SimpleNamespace(write=lambda text: None)
    call_command("user", "rekey-two-factor", stdout=out)
    assert encryption.is_current(stored(member))
    assert two_factor.rekey_two_factor_secrets() == 0  # nothing left to do
    # The secret key may now change: the dedicated key alone reads the secret.
    settings.SECRET_KEY = "an-entirely-different-secret-key-" + "y" * 30
    assert TwoFactorDevice.objects.get(user=member).secret == secret


def test_rotation_refuses_and_changes_nothing_when_a_secret_cannot_be_read(member, settings):
    set_up(member)
    before = stored(member)
    settings.SECRET_KEY = "an-entirely-different-secret-key-" + "y" * 30
    with pytest.raises(CommandError, match="cannot be decrypted"):
        call_command("user", "rekey-two-factor")
    assert stored(member) == before


def test_a_secret_no_key_opens_refuses_app_codes_without_an_error(client, member, settings, caplog):
    secret = set_up(member)
    settings.SECRET_KEY = "an-entirely-different-secret-key-" + "y" * 30
    client.post("/account/sign-in/", {"username": member.email, "password": PASSWORD})
    with caplog.at_level(logging.ERROR, logger="arfer.accounts.two_factor"):
        response = client.post("/account/sign-in/code/", {"code": code_for(secret, 1)})
    assert response.status_code == 200 and SESSION_KEY not in client.session
    assert "cannot be decrypted" in caplog.text


def test_a_short_dedicated_key_is_refused_at_start_up(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", "import arfer.settings"],
        capture_output=True,
        text=True,
        env={"ARFER_DATA_DIR": str(tmp_path), "ARFER_TOTP_KEY": "too-short", "PATH": ""},
        check=False,
    )
    assert result.returncode != 0 and "at least 32 characters" in result.stderr


def test_the_migration_encrypts_existing_secrets_and_its_reverse_decrypts_them(member):
    plain = totp.new_secret()
    # As the column holds it just after the rename: the secret in the clear.
    TwoFactorDevice.objects.create(user=member, encrypted_secret=plain)
    editor = SimpleNamespace(connection=connection)
    MIGRATION.encrypt_existing(apps, editor)
    assert stored(member) != plain and encryption.decrypt(stored(member)) == plain
    MIGRATION.decrypt_existing(apps, editor)
    assert stored(member) == plain
