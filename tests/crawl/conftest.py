"""The crawl's world: the demo as `arfer demo` loads it (directory, menu, rollout, board and one
account per role), built once per test module.

Like the permission matrix's world (tests/permissions/conftest.py), it is built inside a
transaction that stays open for the module and is rolled back at its end; each crawl asks for
`db`, whose savepoint holds whatever its requests write (sessions, sign-in records)."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client, override_settings
from django.utils import translation

from arfer.accounts.actions import ROLE_NAMES
from arfer.accounts.models import User
from tests.accounts.helpers import give_two_factor, sign_in_with_two_factor
from tests.browser_support import left_to_sqlite

from .accessibility import axe_runs

HERE = Path(__file__).parent


def pytest_collection_modifyitems(config, items):
    left_to_sqlite(
        items,
        HERE,
        "the crawl checks the pages' words, landmarks and accessibility, the same on either "
        "engine; the permission matrix reaches every address on PostgreSQL",
    )


ANONYMOUS = "anonymous"
# The public, then each role the demo has an account for (the project's own list of roles).
ROLES = [ANONYMOUS, *ROLE_NAMES]


@pytest.fixture(scope="module")
def demo_world(request, django_db_setup, django_db_blocker):
    """The demo's people by role, in a world rolled back at the module's end."""
    if axe_runs():
        # Started first: once Playwright runs in this thread, Django's code here sees an event
        # loop and keeps its database connection elsewhere, so the world's transaction must be
        # opened on that connection, the one every later request uses.
        request.getfixturevalue("browser")
    with django_db_blocker.unblock(), transaction.atomic():
        with (
            override_settings(
                PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
                ARFER_DEMO_MODE=True,
            ),
            translation.override("en"),
        ):
            call_command("demo", stdout=io.StringIO())
            people = {
                role: User.objects.get(email=f"demo-{role}@example.org") for role in ROLE_NAMES
            }
            for person in people.values():
                if person.requires_two_factor:
                    give_two_factor(person)
        with django_db_blocker.block():
            yield people
        transaction.set_rollback(True)


@pytest.fixture
def client_as(demo_world, db):
    """A test client signed in as the demo's person of a role (two-factor sign-in done), or
    signed out for the public."""

    def client_for(role: str) -> Client:
        client = Client()
        if role != ANONYMOUS:
            sign_in_with_two_factor(client, demo_world[role])
        return client

    return client_for
