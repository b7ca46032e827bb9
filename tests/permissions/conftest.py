"""The test world of the permission matrix, built once per test module.

Building it (the whole reference directory, seven accounts, practices, adoptions and savings)
costs far more than most cases do, and the matrix has hundreds of cases. So `shared_world` builds
it once, inside a transaction that stays open for the module and is rolled back at the module's
end, so nothing of it reaches the other test modules run by the same process. Each case asks for
`db`, whose transaction is then a savepoint inside that one: whatever a case writes (a POST, a
sign-in, a two-factor device, a session, a sign-in throttle record) is rolled back before the next
case, which sees the world exactly as built.
"""

import datetime

import pytest
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.db.models import Model
from django.test import override_settings
from django.utils import translation

from arfer.accounts.actions import create_account
from arfer.accounts.invitations import invite_member
from arfer.accounts.models import Membership
from arfer.accounts.tokens import create_api_token
from arfer.board.actions import (
    add_action,
    add_decision,
    add_paper,
    assign_practice,
    close_action,
    save_meeting,
    save_workstream,
)
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.actions import add_attachment, ask_lead_body, follow_practice
from arfer.menu.models import Practice
from arfer.rollout.actions import record_adoption, record_saving
from tests.accounts.helpers import give_two_factor, sign_in_with_two_factor
from tests.conftest import load_directory, make_practice

from .matrix import ROLES

PASSWORD = "a-long-unusual-passphrase"


def build_world():
    """One body's people and practices, and the outsiders, for every row of the matrix."""
    own = Body.objects.get(slug="carmarthenshire-county-council")
    other = other_body = Body.objects.get(slug="gwynedd-council")

    def person(role, email, **kwargs):
        return create_account(email, role=role, password=PASSWORD, actor=SYSTEM, **kwargs)[0]

    people = {
        "viewer": person("viewer", "viewer@example.org", body=own),
        "editor": person("editor", "editor@example.org", body=own),
        "body_admin": person("body-admin", "body-admin@example.org", body=own),
        "outsider": person("editor", "outsider@example.org", body=other),
        "moderator": person("moderator", "moderator@example.org"),
        "board": person("board", "board@example.org"),
        "programme_admin": person("programme-admin", "admin@example.org"),
    }
    make_practice("own-draft", publish=False)
    # A draft holding all that a review needs (the one above lacks some), ready to submit.
    make_practice(
        "own-ready",
        publish=False,
        problem_en="Hospital stays run long.",
        approach_en="Teams work across services.",
        outcomes_en="People go home sooner.",
    )
    submitted = make_practice("own-submitted", publish=False)
    Practice.objects.filter(pk=submitted.pk).update(status="submitted")
    published = make_practice("published")
    member = Membership.objects.get(user=people["viewer"])
    # The board member has set up two-factor sign-in (for the code step of signing in).
    give_two_factor(people["board"])
    invitation, invitation_token = invite_member(
        own, "invited@example.org", "viewer", actor=people["programme_admin"]
    )
    # The own body adopts another body's practice; a third body adopts the own body's one.
    # The outsider's body (Gwynedd) has no part in either.
    cardiff = Body.objects.get(slug="cardiff-council")
    other = make_practice("other-published", lead="cardiff-council")
    make_practice("not-yet-adopted", lead="cardiff-council")
    # A practice every person follows (for stopping), beside those nobody follows yet.
    followed = make_practice("followed", lead="cardiff-council")
    for someone in people.values():
        follow_practice(followed, actor=someone)
    own_adoption = record_adoption(other, own, actor=SYSTEM)
    incoming_adoption = record_adoption(published, cardiff, actor=SYSTEM)
    saving = {
        "financial_year": 2024,
        "quarter": 1,
        "kind": "cashable",
        "recurrence": "one_off",
        "certainty": "realised",
        "amount_pence": 100_000,
    }

    def document(practice, title):
        upload = SimpleUploadedFile("case.pdf", b"%PDF-1.7\n" + b"x" * 100)
        return add_attachment(practice, actor=SYSTEM, title=title, kind="other", upload=upload)

    return {
        **board_business(own, published),
        # The outsider's body asks the own body about its published practice.
        "question": ask_lead_body(
            published, actor=people["outsider"], body=other_body, text="Who paid for it?"
        ),
        "published_document": document(published, "Business case"),
        "draft_document": document(Practice.objects.get(slug="own-draft"), "Draft contract"),
        "people": people,
        "password": PASSWORD,
        "member": member,
        "invitation": invitation,
        "invitation_token": invitation_token,
        "own_adoption": own_adoption,
        "incoming_adoption": incoming_adoption,
        "own_entry": record_saving(actor=SYSTEM, values=saving, adoption=own_adoption),
        "incoming_entry": record_saving(actor=SYSTEM, values=saving, adoption=incoming_adoption),
        "editor_token": create_api_token(
            people["editor"], name="Script", scope="read", actor=SYSTEM
        )[0],
    }


def board_business(owner, practice):
    """A board meeting (with an attending body, an open action and a closed one), a summit with
    a published summary, and a workstream holding the published practice."""
    meeting = save_meeting(
        {"kind": "board", "title_en": "Board meeting", "date": datetime.date(2024, 5, 1)},
        actor=SYSTEM,
        attending=[owner],
    )
    summit = save_meeting(
        {
            "kind": "summit",
            "title_en": "Summit",
            "summary_en": "What we agreed.",
            "summary_published": True,
            "date": datetime.date(2024, 2, 26),
        },
        actor=SYSTEM,
    )
    action = add_action(
        meeting,
        {
            "text_en": "Report back",
            "owner_body": owner,
            "owner_name": "Chief executive",
            "rag": "amber",
            "due_date": datetime.date(2024, 7, 1),
        },
        actor=SYSTEM,
    )
    done = add_action(
        meeting,
        {
            "text_en": "Write to the bodies",
            "owner_body": owner,
            "owner_name": "Programme director",
            "rag": "green",
            "due_date": datetime.date(2024, 6, 1),
        },
        actor=SYSTEM,
    )
    closed_action = close_action(
        done,
        actor=SYSTEM,
        expected_version=done.version,
        closed_on=datetime.date(2024, 5, 20),
        note="Written.",
    )
    paper = add_paper(meeting, {"title_en": "Savings report"}, actor=SYSTEM)
    decision = add_decision(meeting, {"text_en": "Spread the practice."}, actor=SYSTEM)
    workstream = save_workstream({"name_en": "Integrated care", "sponsor": owner}, actor=SYSTEM)
    assign_practice(workstream, practice, actor=SYSTEM)
    return {
        "meeting": meeting,
        "summit": summit,
        "action": action,
        "closed_action": closed_action,
        "paper": paper,
        "decision": decision,
        "workstream": workstream,
    }


def _uploads_storage(folder) -> dict:
    return {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(folder)},
    }


@pytest.fixture(scope="module")
def uploads_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("uploads")


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker, uploads_folder):
    """The world, built once for the module in a transaction that is rolled back at its end.

    `django_db_setup` comes first so that this writes to the test database."""
    from django.conf import settings

    uploads = {**settings.STORAGES, "default": _uploads_storage(uploads_folder)}
    with django_db_blocker.unblock(), transaction.atomic(), override_settings(STORAGES=uploads):
        # What the function-scoped autouse fixtures of tests/conftest.py would otherwise set:
        # a fast password hasher (seven accounts) and English.
        with (
            override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
            translation.override("en"),
        ):
            # What the `directory` fixture loads (it is function-scoped).
            load_directory()
            world = build_world()
        # Between cases the database is blocked again, as for any test that does not ask for
        # it: only cases that use `db` reach it, and then only inside their own savepoint.
        with django_db_blocker.block():
            yield world
        transaction.set_rollback(True)


def _fresh(value):
    """A model instance read again from the database; a dict of them, each read again; any
    other value (a slug, a number) as it is."""
    if isinstance(value, Model):
        return type(value)._base_manager.get(pk=value.pk)
    if isinstance(value, dict):
        return {key: _fresh(item) for key, item in value.items()}
    return value


@pytest.fixture(scope="module")
def imports_folder(tmp_path_factory):
    return tmp_path_factory.mktemp("imports")


@pytest.fixture(autouse=True)
def import_files_of_their_own(settings, imports_folder, uploads_folder):
    """Files uploaded for import are kept in the "imports" storage, documents and evidence in
    the default one: here folders of the module's own (the world's documents are there)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "imports": _uploads_storage(imports_folder),
        "default": _uploads_storage(uploads_folder),
    }


@pytest.fixture
def world(shared_world, db):
    """The shared world as each case sees it: its objects read afresh from the database.

    Signing in changes the user object (`last_login`, through Django's `user_logged_in`), and a
    view may change an object it is handed; fresh copies keep one case's changes to Python objects
    from reaching the next, as the savepoint does for the rows. (`transactional_db` does not mix
    with this: it empties the database after each case, the shared world with it.)"""
    # The cache is not rolled back with the savepoint: a value one case put there (about rows
    # that are gone after it) must not be what the next case reads.
    for cache in caches.all(initialized_only=True):
        cache.clear()
    return _fresh(shared_world)


@pytest.fixture
def client_as(client, world):
    def sign_in(role):
        assert role in ROLES
        if role == "anonymous":
            return client
        user = world["people"][role]
        if user.requires_two_factor:
            # Creates the person's two-factor device: a row, rolled back with the case.
            sign_in_with_two_factor(client, user)
        else:
            client.force_login(user)
        return client

    return sign_in
