import os
import subprocess
import sys

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command

from arfer.accounts.actions import create_account
from arfer.accounts.models import Membership, User
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body

PASSWORD = "a-long-unusual-passphrase"


@pytest.fixture
def council(directory):
    return Body.objects.get(slug="carmarthenshire-county-council")


def test_create_a_body_editor(council):
    user, password = create_account(
        "Editor@Example.org", role="editor", body=council, password=PASSWORD, actor=SYSTEM
    )
    assert user.email == "editor@example.org" and password == PASSWORD
    assert Membership.objects.get(user=user).role == "editor"
    assert not user.is_staff and user.programme_role == ""


def test_create_a_moderator_with_a_generated_password(db):
    user, password = create_account("mod@example.org", role="moderator", actor=SYSTEM)
    assert len(password) >= 20 and user.check_password(password)
    assert user.is_staff and user.programme_role == "moderator"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"role": "editor"}, "needs a body"),
        ({"role": "wizard"}, "Unknown role"),
        ({"role": "moderator", "password": "password"}, "too common"),
        ({"role": "moderator", "password": "short"}, "too short"),
    ],
)
def test_bad_accounts_are_refused_clearly(db, kwargs, message):
    with pytest.raises(ValidationError, match=message):
        create_account("someone@example.org", actor=SYSTEM, **kwargs)
    assert not User.objects.exists()


def test_programme_role_with_a_body_is_refused(council):
    with pytest.raises(ValidationError, match="whole programme"):
        create_account("someone@example.org", role="board", body=council, actor=SYSTEM)


def test_duplicate_address_is_refused_whatever_its_case(db):
    create_account("one@example.org", role="board", password=PASSWORD, actor=SYSTEM)
    with pytest.raises(ValidationError, match="already exists"):
        create_account("ONE@example.org", role="board", password=PASSWORD, actor=SYSTEM)


def test_long_passwords_are_allowed(db):
    user, _password = create_account(
        "long@example.org", role="board", password="x7" * 64, actor=SYSTEM
    )
    assert user.check_password("x7" * 64)


def test_only_programme_admins_create_accounts_through_the_action(council):
    editor, _ = create_account(
        "editor@example.org", role="editor", body=council, password=PASSWORD, actor=SYSTEM
    )
    with pytest.raises(PermissionDenied):
        create_account("new@example.org", role="board", actor=editor)


def test_passwords_are_hashed_with_argon2(db, settings):
    import arfer.settings as configured

    # The suite swaps in a fast hasher (tests/conftest.py); the service itself uses Argon2.
    settings.PASSWORD_HASHERS = configured.PASSWORD_HASHERS
    assert configured.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    user, _ = create_account("hash@example.org", role="board", password=PASSWORD, actor=SYSTEM)
    assert user.password.startswith("argon2")


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="runs on a SQLite database of its own; the SQLite run covers it",
)
def test_cli_user_add_reads_the_password_from_standard_input(tmp_path):
    env = {"ARFER_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    run = [sys.executable, "-m", "arfer.cli"]
    subprocess.run([*run, "migrate", "-v0"], env=env, check=True, timeout=180)
    # The directory alone (the demo's menu and register would add half a minute, unused).
    subprocess.run(
        [
            *run,
            "shell",
            "-c",
            "from arfer.directory.actions import "
            "load_reference_directory as load; from arfer.directory.reference import "
            "AREAS, BODIES; load(AREAS, BODIES)",
        ],
        env=env,
        check=True,
        timeout=180,
        capture_output=True,
    )
    added = subprocess.run(
        [
            *run,
            "user",
            "add",
            "cli@example.org",
            "--role",
            "editor",
            "--body",
            "carmarthenshire-county-council",
        ],
        env=env,
        input=PASSWORD + "\n",
        text=True,
        capture_output=True,
        timeout=120,
    )
    assert added.returncode == 0, added.stderr
    assert "Password (shown once)" not in added.stdout
    again = subprocess.run(
        [*run, "user", "add", "cli@example.org", "--role", "board"],
        env=env,
        input="",
        text=True,
        capture_output=True,
        timeout=120,
    )
    assert again.returncode != 0 and "already exists" in again.stderr
    generated = subprocess.run(
        [*run, "user", "add", "gen@example.org", "--role", "board"],
        env=env,
        input="",
        text=True,
        capture_output=True,
        timeout=120,
    )
    assert "Password (shown once): " in generated.stdout
    missing = subprocess.run(
        [*run, "user", "add", "x@example.org", "--role", "editor", "--body", "nowhere"],
        env=env,
        input="",
        text=True,
        capture_output=True,
        timeout=120,
    )
    assert missing.returncode != 0 and "No body has the slug" in missing.stderr


def test_demo_creates_one_account_per_role_and_prints_passwords_once(directory, capsys):
    call_command("demo")
    first = capsys.readouterr().out
    assert first.count("@example.org") == 6 and "shown once" in first
    call_command("demo")
    assert "@example.org" not in capsys.readouterr().out
    assert User.objects.filter(email__startswith="demo-").count() == 6


def test_no_demo_accounts_outside_demo_mode(directory, settings, capsys):
    settings.ARFER_DEMO_MODE = False
    call_command("demo")
    assert not User.objects.exists()
