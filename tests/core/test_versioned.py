"""The optimistic-locking counter (core/versioned.py): every write of an editable record moves
its version, by the database, whatever path the write takes; and nothing moves it by hand."""

import ast
import datetime
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.test.utils import isolate_apps
from simple_history.utils import bulk_update_with_history

import arfer
from arfer.board import actions as board
from arfer.board.models import Action, Meeting
from arfer.core.actors import SYSTEM
from arfer.core.staging import StagedWrite
from arfer.core.stale import StaleEdit
from arfer.core.versioned import VersionedModel, VersionedQuerySet
from arfer.directory.models import Body
from arfer.menu import editing, workflow
from arfer.menu.bulk import bulk_save_practices
from arfer.menu.models import Practice, ReviewCriterion
from arfer.rollout import actions as rollout
from arfer.rollout.models import Adoption, LedgerEntry
from tests.accounts.helpers import sign_in_with_two_factor
from tests.conftest import make_practice

VERSIONED = [Practice, Adoption, LedgerEntry, Meeting, Action]


def stored(record) -> int:
    return type(record).objects.values_list("version", flat=True).get(pk=record.pk)


def last_history_version(record) -> int:
    return record.history.order_by("-history_id").values_list("version", flat=True).first()


@pytest.fixture
def draft(directory):
    return make_practice(
        "versioned-draft",
        publish=False,
        problem_en="Waits.",
        approach_en="One team.",
        outcomes_en="Fewer waits.",
    )


@pytest.fixture
def adoption(directory):
    practice = make_practice("adopted-practice")
    return rollout.record_adoption(
        practice,
        Body.objects.get(slug="gwynedd-council"),
        actor=SYSTEM,
        changed_on=datetime.date(2024, 4, 1),
    )


@pytest.fixture
def saving(adoption):
    return rollout.record_saving(
        actor=SYSTEM,
        adoption=adoption,
        values={
            "financial_year": 2024,
            "quarter": 1,
            "kind": "cashable",
            "recurrence": "recurring",
            "certainty": "realised",
            "amount_pence": 1_250_000,
            "evidence": "Budget report.",
        },
    )


@pytest.fixture
def meeting(directory):
    return board.save_meeting(
        {"kind": "board", "title_en": "Board meeting", "date": datetime.date(2024, 4, 10)},
        actor=SYSTEM,
    )


@pytest.fixture
def board_action(meeting):
    return board.add_action(
        meeting,
        {
            "text_en": "Map the discharge pathways",
            "owner_body": Body.objects.get(slug="carmarthenshire-county-council"),
            "owner_name": "Head of care",
            "due_date": datetime.date(2024, 5, 31),
        },
        actor=SYSTEM,
    )


# The base class -----------------------------------------------------------------------------


def test_every_record_with_a_version_inherits_the_counter():
    with_a_version = {
        model
        for model in apps.get_models()
        if any(field.name == "version" for field in model._meta.concrete_fields)
        and not model.__name__.startswith("Historical")
    }
    assert with_a_version == set(VERSIONED)
    for model in VERSIONED:
        assert issubclass(model, VersionedModel)
        assert isinstance(model.objects.all(), VersionedQuerySet)
        assert not [error for error in model.check() if error.id == "core.E001"]


@isolate_apps("arfer.core")
def test_a_versioned_model_with_a_plain_manager_fails_the_checks():
    class Plain(VersionedModel):
        objects = models.Manager()

        class Meta:
            app_label = "core"

    assert [error.id for error in Plain.check()] == ["core.E001"]


def test_a_new_record_starts_at_one(draft, meeting):
    assert (draft.version, stored(draft)) == (1, 1)
    assert (meeting.version, stored(meeting)) == (1, 1)


def test_every_save_moves_the_version_in_the_database_and_on_the_instance(draft):
    draft.title_en = "Renamed"
    draft.save()
    assert (draft.version, stored(draft)) == (2, 2)
    draft.save(update_fields=["title_en"])
    assert (draft.version, stored(draft)) == (3, 3)
    # The history row written by the save records the new version, not the old one.
    assert last_history_version(draft) == 3


def test_an_instance_holding_a_wrong_version_cannot_set_it(draft):
    draft.version = 40
    draft.save()
    assert (draft.version, stored(draft)) == (2, 2)


def test_two_saves_from_the_same_read_both_move_it_and_the_database_decides(draft):
    first, second = Practice.objects.get(pk=draft.pk), Practice.objects.get(pk=draft.pk)
    first.save()
    second.save()
    # Each moved the stored counter; neither wrote back a number it computed from its read.
    assert (first.version, second.version, stored(draft)) == (2, 3, 3)


def test_a_queryset_update_moves_it(draft, meeting):
    Practice.objects.filter(pk=draft.pk).update(title_en="Renamed")
    Meeting.objects.filter(pk=meeting.pk).update(place="Bangor")
    assert (stored(draft), stored(meeting)) == (2, 2)
    with pytest.raises(TypeError):
        Practice.objects.filter(pk=draft.pk).update(version=9)
    assert stored(draft) == 2


def test_only_derived_columns_are_written_without_moving_it(draft):
    Practice.objects.filter(pk=draft.pk).update_derived(works_across_boundaries=True)
    assert stored(draft) == 1
    with pytest.raises(TypeError):
        Practice.objects.filter(pk=draft.pk).update_derived(title_en="Renamed")
    with pytest.raises(TypeError):
        Meeting.objects.update_derived(place="Bangor")


def test_bulk_update_moves_it_and_hands_back_the_new_numbers(directory):
    practices = [make_practice(f"bulk-{n}", publish=False) for n in range(3)]
    for practice in practices:
        practice.title_en = f"Renamed {practice.pk}"
    Practice.objects.bulk_update(practices, ["title_en"], batch_size=2)
    assert [p.version for p in practices] == [stored(p) for p in practices] == [2, 2, 2]
    with pytest.raises(TypeError):
        Practice.objects.bulk_update(practices, ["title_en", "version"])


def test_bulk_update_with_history_records_the_new_numbers(directory):
    practices = [make_practice(f"with-history-{n}", publish=False) for n in range(2)]
    for practice in practices:
        practice.summary_en = "Shorter."
    bulk_update_with_history(practices, Practice, ["summary_en"])
    assert [last_history_version(p) for p in practices] == [2, 2]


@pytest.mark.parametrize("as_on_sqlite", [True, False], ids=["sql-copy", "bulk-update"])
def test_a_staged_bulk_write_moves_it_on_either_path(directory, as_on_sqlite):
    practices = [make_practice(f"staged-{n}", publish=False) for n in range(2)]
    for practice in practices:
        practice.summary_en = "Shorter."
    with StagedWrite(history_user=None) as staged:
        # The SQL copy is SQLite's; elsewhere simple-history's bulk_update_with_history.
        staged.sqlite = staged.sqlite and as_on_sqlite
        staged.update(Practice, practices, ["summary_en", "updated_at"])
        with pytest.raises(TypeError):
            staged.update(Practice, practices, ["summary_en", "version"])
        with transaction.atomic():
            staged.write()
    assert [stored(p) for p in practices] == [2, 2]
    assert [last_history_version(p) for p in practices] == [2, 2]
    assert set(Practice.objects.values_list("summary_en", flat=True)) == {"Shorter."}


def test_an_import_moves_the_version_of_the_practices_it_changes(directory):
    row = {
        "external_ref": "P-1",
        "lead_body": "gwynedd-council",
        "service_areas": ["reablement"],
        "status": "draft",
        "title_en": "Imported practice",
        "summary_en": "Summary.",
        "prevention_tier": "secondary",
        "evidence_level": 2,
    }
    assert bulk_save_practices([row], actor=SYSTEM).created == 1
    practice = Practice.objects.get(external_ref="P-1")
    assert practice.version == 1
    assert bulk_save_practices([row | {"summary_en": "Shorter."}], actor=SYSTEM).updated == 1
    assert stored(practice) == 2 and last_history_version(practice) == 2
    # An unchanged row writes nothing, so its version stays.
    assert bulk_save_practices([row | {"summary_en": "Shorter."}], actor=SYSTEM).unchanged == 1
    assert stored(practice) == 2


def test_a_save_through_the_django_admin_moves_it(client, django_user_model, draft):
    admin = django_user_model.objects.create_superuser("admin@example.org", "a-long-passphrase")
    sign_in_with_two_factor(client, admin)
    url = f"/admin/menu/practice/{draft.pk}/change/"
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(
        {
            "title_en": "Renamed in the back office",
            "service_areas": [area.pk for area in draft.service_areas.all()],
            "partnerships-TOTAL_FORMS": "0",
            "partnerships-INITIAL_FORMS": "0",
        }
    )
    data.pop("areas", None)
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    assert stored(draft) == 2
    assert Practice.objects.get(pk=draft.pk).title_en == "Renamed in the back office"


# Stale edits --------------------------------------------------------------------------------


def test_the_second_of_two_edits_from_the_same_version_is_refused(draft, people_who_edit):
    editor = people_who_edit["editor"]
    editing.update_practice(draft, actor=editor, expected_version=1, values={"title_en": "Mine"})
    with pytest.raises(StaleEdit) as stale:
        editing.update_practice(
            draft, actor=editor, expected_version=1, values={"title_en": "Theirs"}
        )
    assert stale.value.current_version == 2
    assert [(c.old, c.new) for c in stale.value.changes] == [("Versioned draft", "Mine")]
    assert Practice.objects.get(pk=draft.pk).title_en == "Mine"


def test_a_workflow_move_makes_an_edit_loaded_before_it_stale(board_action):
    board.close_action(board_action, actor=SYSTEM, expected_version=1, note="Done")
    with pytest.raises(StaleEdit):
        board.update_action(board_action, {"rag": "red"}, actor=SYSTEM, expected_version=1)


@pytest.fixture
def people_who_edit(directory):
    from arfer.accounts.actions import create_account

    def person(email, role, body=None):
        return create_account(
            email, role=role, body=body, password="a-long-passphrase", actor=SYSTEM
        )[0]

    return {
        "editor": person(
            "editor@example.org", "editor", Body.objects.get(slug="carmarthenshire-county-council")
        ),
        "moderator": person("moderator@example.org", "moderator"),
    }


# Every transition moves it, once ------------------------------------------------------------


def test_the_practice_workflow_moves_it_at_every_step(draft, people_who_edit):
    moderator = people_who_edit["moderator"]
    steps = [
        lambda: workflow.submit_practice(draft, actor=people_who_edit["editor"]),
        lambda: workflow.review_practice(
            draft, actor=moderator, decision="changes", criteria_met=[], reasons="More."
        ),
        lambda: workflow.submit_practice(draft, actor=people_who_edit["editor"]),
        lambda: workflow.review_practice(
            draft, actor=moderator, decision="publish", criteria_met=list(ReviewCriterion.values)
        ),
        lambda: workflow.archive_practice(draft, actor=moderator),
        lambda: workflow.publish_practice(draft, actor=moderator),
    ]
    for expected, step in enumerate(steps, start=2):
        step()
        assert stored(draft) == expected
        assert draft.version == expected  # the transitions hand back the stored number
        assert last_history_version(draft) == expected


def test_editing_partners_moves_it_once_each(draft, people_who_edit):
    editor = people_who_edit["editor"]
    gwynedd = Body.objects.get(slug="gwynedd-council")
    added = editing.add_partner(
        draft, actor=editor, expected_version=1, body=gwynedd, role="delivery"
    )
    # Once, though the boundary flag it derives changed too: the version handed back is current.
    assert added.works_across_boundaries and (added.version, stored(draft)) == (2, 2)
    removed = editing.remove_partner(draft, actor=editor, expected_version=2, body_id=gwynedd.pk)
    assert (removed.version, stored(draft)) == (3, 3)


def test_approving_a_revision_moves_the_published_practice(directory, people_who_edit):
    published = make_practice("revised", problem_en="W.", approach_en="A.", outcomes_en="O.")
    before = stored(published)
    revision = editing.start_revision(published, actor=people_who_edit["editor"])
    assert revision.version == 1
    workflow.submit_practice(revision, actor=people_who_edit["editor"])
    workflow.review_practice(
        revision,
        actor=people_who_edit["moderator"],
        decision="publish",
        criteria_met=list(ReviewCriterion.values),
    )
    assert stored(published) == before + 1


def test_adoption_changes_move_it(adoption):
    moved = rollout.change_stage(adoption, actor=SYSTEM, expected_version=1, to_stage="planning")
    assert (moved.version, stored(adoption)) == (2, 2)
    changed = rollout.update_adoption(
        adoption, actor=SYSTEM, expected_version=2, values={"contact_name": "Reablement team"}
    )
    assert (changed.version, stored(adoption)) == (3, 3)
    assert last_history_version(adoption) == 3


def test_saving_corrections_and_verification_move_it(saving):
    verified = rollout.verify_saving(saving, actor=SYSTEM, verification="verified")
    assert (verified.version, stored(saving)) == (2, 2)
    queried = rollout.verify_saving(
        saving, actor=SYSTEM, verification="queried", reason="Which baseline?", expected_version=2
    )
    assert (queried.version, stored(saving)) == (3, 3)
    corrected = rollout.update_saving(
        saving, actor=SYSTEM, expected_version=3, values={"amount_pence": 1_300_000}
    )
    assert (corrected.version, stored(saving)) == (4, 4)
    assert last_history_version(saving) == 4


def test_meetings_and_board_actions_move_it(meeting, board_action):
    changed = board.save_meeting(
        {"place": "Bangor"}, actor=SYSTEM, meeting=meeting, expected_version=1
    )
    assert (changed.version, stored(meeting)) == (2, 2)
    updated = board.update_action(board_action, {"rag": "red"}, actor=SYSTEM, expected_version=1)
    assert (updated.version, stored(board_action)) == (2, 2)
    closed = board.close_action(
        board_action, actor=SYSTEM, expected_version=2, closed_on=meeting.date, note="Done"
    )
    assert (closed.version, stored(board_action)) == (3, 3)
    reopened = board.reopen_action(board_action, actor=SYSTEM, expected_version=3, note="Again")
    assert (reopened.version, stored(board_action)) == (4, 4)
    assert last_history_version(board_action) == 4


def test_a_refused_move_leaves_it_alone(board_action):
    with pytest.raises(ValidationError):
        board.reopen_action(board_action, actor=SYSTEM, expected_version=1, note="Not closed")
    assert stored(board_action) == 1


# Nobody moves it by hand --------------------------------------------------------------------

SOURCE = Path(arfer.__file__).parent
THE_COUNTER = SOURCE / "core" / "versioned.py"
# Calls that write rows: a `version` named in them sets it by hand.
WRITES = {
    "save",
    "update",
    "update_derived",
    "bulk_update",
    "bulk_update_with_history",
    "create",
    "bulk_create",
    "get_or_create",
    "update_or_create",
    *(model.__name__ for model in VERSIONED),
}
SQL_BUMP = re.compile(r"\bversion\b\W*=\W*[\w.\"]*\bversion\b\W*\+", re.IGNORECASE)


def _name(node) -> str:
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", "")


def hand_written_versions(source: str) -> list[tuple[int, str]]:
    """Where a module moves or sets `version` itself, as (line, what)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.AugAssign) and _name(node.target) == "version":
            found.append((node.lineno, "version moved by hand"))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr == "version":
                    found.append((node.lineno, "version set on a record"))
                elif isinstance(target, ast.Name) and target.id == "version":
                    field = node.value.func if isinstance(node.value, ast.Call) else None
                    if (
                        isinstance(field, ast.Attribute)
                        and _name(field.value) == "models"
                        and field.attr.endswith("Field")
                    ):
                        found.append((node.lineno, "a version field outside VersionedModel"))
        elif isinstance(node, ast.Call):
            name = _name(node.func)
            if name == "F" and any(
                isinstance(arg, ast.Constant) and arg.value == "version" for arg in node.args
            ):
                found.append((node.lineno, "F('version') by hand"))
            if name in WRITES and (
                any(keyword.arg == "version" for keyword in node.keywords)
                or any(
                    isinstance(inner, ast.Constant) and inner.value == "version"
                    for argument in [*node.args, *(k.value for k in node.keywords)]
                    for inner in ast.walk(argument)
                )
            ):
                found.append((node.lineno, f"version written by {name}()"))
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and SQL_BUMP.search(node.value)
        ):
            found.append((node.lineno, "version moved in SQL"))
    return found


def test_no_module_moves_or_sets_the_version_by_hand():
    modules = [
        path
        for path in sorted(SOURCE.rglob("*.py"))
        if path != THE_COUNTER and "migrations" not in path.parts
    ]
    assert len(modules) > 50
    found = [
        f"{path.relative_to(SOURCE.parent)}:{line}: {what}"
        for path in modules
        for line, what in hand_written_versions(path.read_text())
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "current.version += 1",
        "record.version = stored + 1",
        "Practice.objects.filter(pk=1).update(version=F('version') + 1)",
        "practice.save(update_fields=['version', 'updated_at'])",
        "staged.update(Practice, objs, fields | {'version', 'updated_at'})",
        "Adoption(version=3)",
        "sql = 'UPDATE t SET version = t.version + 1'",
        "class Thing(models.Model):\n    version = models.PositiveIntegerField(default=1)",
    ],
)
def test_the_scan_sees_each_way_of_doing_it(source):
    assert hand_written_versions(source)


@pytest.mark.parametrize(
    "source",
    [
        "record.history.filter(version=version)",
        "refuse_if_stale(current, expected_version)",
        "form = StageForm(initial={'version': adoption.version})",
        "values = payload.dict(exclude={'version'})",
        "self.versions[record.pk] = record.version",
    ],
)
def test_the_scan_leaves_reading_it_alone(source):
    assert hand_written_versions(source) == []
