"""The permission rules kept in one place: each app's policy.py decides, the system acts as
SYSTEM, and None is never an actor. The source is read too, so that a role check written out
again elsewhere, or an `actor is None` read as a permission, fails here rather than drifting
from the policy."""

import copy
import datetime
import importlib
import inspect
import io
import pickle
import pkgutil
import re
import tokenize
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

import arfer
from arfer.accounts import policy as accounts_policy
from arfer.accounts.actions import create_account
from arfer.board import policy as board_policy
from arfer.core.actors import NO_ACTOR, SYSTEM, person_of
from arfer.directory import policy as directory_policy
from arfer.directory.actions import add_body
from arfer.directory.models import Body
from arfer.imports.actions import start_import
from arfer.menu import policy as menu_policy
from arfer.menu.models import Practice
from arfer.menu.workflow import review_practice
from arfer.rollout import policy as rollout_policy
from arfer.rollout.actions import record_adoption, record_saving, set_target, verify_saving
from arfer.rollout.models import Adoption, StageChange
from tests.conftest import make_practice

SOURCE = Path(arfer.__file__).parent
PASSWORD = "a-long-unusual-passphrase"


# The source -------------------------------------------------------------------------------


def code_of(path: Path) -> str:
    """The file's code with its strings and comments blanked out: what it does, not what its
    words say about it."""
    text = path.read_text()
    lines = text.splitlines(keepends=True)
    quiet = {tokenize.STRING, tokenize.COMMENT}
    quiet |= {getattr(tokenize, name) for name in ("FSTRING_MIDDLE",) if hasattr(tokenize, name)}
    for token in reversed(list(tokenize.generate_tokens(io.StringIO(text).readline))):
        if token.type not in quiet:
            continue
        (start_row, start_col), (end_row, end_col) = token.start, token.end
        for row in range(start_row, end_row + 1):
            line = lines[row - 1]
            first = start_col if row == start_row else 0
            last = end_col if row == end_row else len(line.rstrip("\n"))
            lines[row - 1] = line[:first] + " " * (last - first) + line[last:]
    return "".join(lines)


def source_files():
    return [path for path in sorted(SOURCE.rglob("*.py")) if "migrations" not in path.parts]


def findings(pattern: re.Pattern, allowed) -> list[str]:
    found = []
    for path in source_files():
        name = path.relative_to(SOURCE.parent).as_posix()
        if allowed(name):
            continue
        for number, line in enumerate(code_of(path).splitlines(), start=1):
            if pattern.search(line):
                found.append(f"{name}:{number}: {line.strip()}")
    return found


def is_policy(name: str) -> bool:
    return name.endswith("/policy.py")


# A role spelled out from its parts: "staff or superuser", "sees everything or is a member",
# or the superuser flag read outside the policies.
ROLE_WRITTEN_OUT = re.compile(
    r"\bis_programme_staff\s+or\b|\bsees_everything\s+or\b|[.]is_superuser\b|__is_superuser\b"
    r"|\bis_superuser\s*="
)
# None taken for an actor: a default, an argument, or a test that lets it through.
ACTOR_NONE = re.compile(r"\bactor\s*=\s*None\b|\bactor\s+is\s+(not\s+)?None\b")


def test_role_checks_are_written_only_in_the_policies():
    assert findings(ROLE_WRITTEN_OUT, is_policy) == []


def test_no_code_reads_a_missing_actor_as_a_permission():
    assert findings(ACTOR_NONE, lambda name: name == "arfer/core/actors.py") == []


def test_the_source_scan_sees_what_it_looks_for(tmp_path):
    # The scan itself: code is found, the same words in a string or comment are not.
    sample = tmp_path / "sample.py"
    sample.write_text(
        "if actor is None or user.is_superuser:  # actor is None\n"
        "    note = 'is_programme_staff or is_superuser'\n"
    )
    code = code_of(sample).splitlines()
    assert ACTOR_NONE.search(code[0]) and ROLE_WRITTEN_OUT.search(code[0])
    assert code[0].rstrip().endswith(":")
    assert not ROLE_WRITTEN_OUT.search(code[1])


# Every action -----------------------------------------------------------------------------


def actions_taking_an_actor():
    """Every public function of the project that takes `actor` as a keyword: the actions."""
    found = []
    for info in pkgutil.walk_packages(arfer.__path__, "arfer."):
        if ".migrations" in info.name or ".management" in info.name or info.name == "arfer.wsgi":
            continue
        module = importlib.import_module(info.name)
        for name, function in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(function):
                continue
            if function.__module__ != info.name:
                continue
            parameter = inspect.signature(function).parameters.get("actor")
            if parameter is not None and parameter.kind is parameter.KEYWORD_ONLY:
                found.append(function)
    return found


ACTIONS = actions_taking_an_actor()


def test_the_actions_are_found():
    names = {f"{f.__module__}.{f.__name__}" for f in ACTIONS}
    assert {
        "arfer.menu.workflow.publish_practice",
        "arfer.rollout.actions.change_stage",
        "arfer.board.actions.save_meeting",
        "arfer.directory.bulk.bulk_save_bodies",
        "arfer.accounts.actions.create_account",
        "arfer.imports.importer.import_file",
    } <= names
    assert len(names) >= 50


@pytest.mark.django_db
@pytest.mark.parametrize("action", ACTIONS, ids=lambda f: f"{f.__module__}.{f.__name__}")
def test_every_action_refuses_a_missing_actor_before_anything_else(action):
    """Whatever else it is given (stand-ins that would pass any other check), an action given
    actor=None stops with the one error that says what to pass instead."""
    arguments, keywords = [], {}
    for parameter in inspect.signature(action).parameters.values():
        if parameter.name == "actor" or parameter.default is not parameter.empty:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY:
            keywords[parameter.name] = mock.MagicMock()
        elif parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            arguments.append(mock.MagicMock())
    with pytest.raises(TypeError, match=re.escape(NO_ACTOR)):
        action(*arguments, actor=None, **keywords)


# The predicates ---------------------------------------------------------------------------

ROLE_PREDICATES = [
    accounts_policy.is_programme_staff,
    accounts_policy.is_programme_admin,
    accounts_policy.sees_everything,
    directory_policy.may_change_directory,
    menu_policy.may_curate,
    rollout_policy.may_verify,
    rollout_policy.may_see_targets,
    rollout_policy.may_set_targets,
    board_policy.sees_board_business,
    board_policy.runs_meetings,
    board_policy.manages_workstreams,
]


def named(function) -> str:
    return f"{function.__module__.split('.')[1]}.{function.__name__}"


@pytest.mark.parametrize("predicate", ROLE_PREDICATES, ids=named)
def test_none_is_nobody_and_refused(predicate):
    with pytest.raises(TypeError, match=re.escape(NO_ACTOR)):
        predicate(None)


@pytest.mark.parametrize("predicate", ROLE_PREDICATES, ids=named)
def test_the_system_holds_every_programme_role(predicate):
    assert predicate(SYSTEM) is True


@pytest.mark.parametrize("predicate", ROLE_PREDICATES, ids=named)
def test_an_anonymous_visitor_holds_none(predicate):
    assert predicate(AnonymousUser()) is False


@pytest.fixture
def people(directory, django_user_model):
    council = Body.objects.get(slug="carmarthenshire-county-council")

    def person(email, role, **kwargs):
        return create_account(email, role=role, password=PASSWORD, actor=SYSTEM, **kwargs)[0]

    return {
        "editor": person("editor@example.org", "editor", body=council),
        "viewer": person("viewer@example.org", "viewer", body=council),
        "moderator": person("moderator@example.org", "moderator"),
        "board": person("board@example.org", "board"),
        "admin": person("admin@example.org", "programme-admin"),
        "superuser": django_user_model.objects.create_superuser("root@example.org", PASSWORD),
    }


@pytest.mark.parametrize(
    ("role", "staff", "admin", "everything"),
    [
        ("editor", False, False, False),
        ("viewer", False, False, False),
        ("moderator", True, False, True),
        ("board", False, False, True),
        ("admin", True, True, True),
        ("superuser", True, True, True),
    ],
)
def test_each_role_is_what_the_policy_says_and_the_user_agrees(
    people, role, staff, admin, everything
):
    person = people[role]
    assert accounts_policy.is_programme_staff(person) is person.is_programme_staff is staff
    assert accounts_policy.is_programme_admin(person) is person.is_programme_admin is admin
    assert accounts_policy.sees_everything(person) is person.sees_everything is everything


def test_a_deactivated_account_holds_no_role(people):
    admin = people["admin"]
    admin.is_active = False
    assert not any(predicate(admin) for predicate in ROLE_PREDICATES)


def test_the_history_of_a_bodys_records_is_for_its_members_and_the_programme(people):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    other = Body.objects.get(slug="gwynedd-council")
    may_see = accounts_policy.may_see_history_of
    assert may_see(people["viewer"], council.pk) and not may_see(people["viewer"], other.pk)
    assert may_see(people["board"], other.pk) and may_see(SYSTEM, other.pk)
    assert not may_see(AnonymousUser(), council.pk)


def test_only_editors_of_a_body_act_for_it(people):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    may_act = directory_policy.may_act_for
    assert may_act(people["editor"], council.pk) and not may_act(people["viewer"], council.pk)
    assert may_act(people["moderator"], council.pk) and not may_act(people["board"], council.pk)
    editable = Body.objects.editable_by(people["editor"])
    assert list(editable.values_list("pk", flat=True)) == [council.pk]


def test_the_querysets_read_the_same_policy(people):
    draft = make_practice("a-draft", publish=False)
    make_practice("on-the-menu")
    assert set(Practice.objects.visible_to(SYSTEM)) == set(Practice.objects.all())
    assert draft not in Practice.objects.visible_to(AnonymousUser())
    assert draft in Practice.objects.visible_to(people["viewer"])  # the lead body's member
    assert draft in Practice.objects.editable_by(people["editor"])
    assert draft not in Practice.objects.editable_by(people["viewer"])
    with pytest.raises(TypeError, match=re.escape(NO_ACTOR)):
        Practice.objects.visible_to(None)


# The system -------------------------------------------------------------------------------


def test_the_system_is_one_object_and_no_person():
    assert repr(SYSTEM) == "SYSTEM"
    assert copy.deepcopy(SYSTEM) is SYSTEM
    assert pickle.loads(pickle.dumps(SYSTEM)) is SYSTEM  # noqa: S301 (bytes made just above)
    assert person_of(SYSTEM) is None
    with pytest.raises(AttributeError):
        SYSTEM.is_authenticated  # noqa: B018 (taken for a person, it fails at once)
    with pytest.raises(TypeError, match=re.escape(NO_ACTOR)):
        person_of(None)


def test_the_system_acts_and_its_records_name_no_person(people):
    practice = make_practice("made-by-the-system")  # saved and published by the system
    assert practice.status == "published"
    assert {record.history_user for record in practice.history.all()} == {None}
    body = add_body(
        {"name_en": "Valleys Trust", "sector": "third_sector", "kind": "county_voluntary_council"},
        actor=SYSTEM,
    )
    assert body.history.get().history_user is None
    adopter = Body.objects.get(slug="gwynedd-council")
    adoption = record_adoption(
        practice, adopter, actor=SYSTEM, stage="implemented", changed_on=datetime.date(2024, 4, 1)
    )
    assert adoption.history.get().history_user is None
    assert StageChange.objects.get(adoption=adoption).actor is None
    entry = record_saving(
        actor=SYSTEM,
        adoption=Adoption.objects.get(pk=adoption.pk),
        values={
            "financial_year": 2024,
            "quarter": 1,
            "kind": "cashable",
            "recurrence": "one_off",
            "certainty": "realised",
            "amount_pence": 100_000,
        },
    )
    assert entry.recorded_by is None
    verified = verify_saving(entry, actor=SYSTEM, verification="verified")
    assert verified.verified_by is None and verified.verification == "verified"
    target = set_target(2024, 5_000_000, actor=SYSTEM)
    assert target.history.get().history_user is None


def test_what_only_a_person_does_is_refused_to_the_system(people):
    """A review names its reviewer, and an uploaded file is imported later as the person who
    uploaded it: the system does neither."""
    practice = make_practice("waiting", publish=False)
    Practice.objects.filter(pk=practice.pk).update(status="submitted")
    with pytest.raises(PermissionDenied):
        review_practice(practice, actor=SYSTEM, decision="publish", criteria_met=[])
    upload = SimpleUploadedFile("bodies.csv", b"external_ref\n")
    with pytest.raises(PermissionDenied):
        start_import(actor=SYSTEM, kind="bodies", upload=upload, skip_invalid=False)
