"""The register's and the ledger's rules, through the action functions every path uses."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from arfer.core.stale import StaleEdit
from arfer.rollout import actions
from arfer.rollout.models import Adoption, LedgerEntry, SavingsTarget, StageChange
from tests.conftest import make_practice

from .conftest import CASHABLE, adopt

pytestmark = pytest.mark.django_db


def messages_of(error: ValidationError) -> str:
    return " ".join(error.messages)


# The adoption register


def test_recording_an_adoption_keeps_its_first_stage_with_date_and_actor(rollout_world):
    adoption = adopt(
        rollout_world,
        support_requested=["visit", "advice", "visit"],
        contact_name="Nia Jones",
        adapted=True,
        adaptations="Welsh first.",
    )
    assert adoption.stage == "exploring"
    assert adoption.stage_since == datetime.date(2024, 4, 1)
    # In the list's order, once each.
    assert adoption.support_requested == ["advice", "visit"]
    change = StageChange.objects.get(adoption=adoption)
    assert (change.from_stage, change.to_stage, change.actor) == (
        "",
        "exploring",
        rollout_world["editor"],
    )
    assert adoption.history.first().history_user == rollout_world["editor"]


def test_a_body_cannot_adopt_its_own_practice(rollout_world):
    with pytest.raises(ValidationError, match="cannot adopt its own practice"):
        actions.record_adoption(
            rollout_world["practice"], rollout_world["lead"], actor=rollout_world["lead_editor"]
        )
    assert not Adoption.objects.exists()


def test_a_duplicate_adoption_is_refused(rollout_world):
    adopt(rollout_world)
    with pytest.raises(ValidationError, match="already recorded an adoption"):
        adopt(rollout_world)
    assert Adoption.objects.count() == 1
    assert StageChange.objects.count() == 1


def test_only_published_practices_can_be_adopted(rollout_world):
    draft = make_practice("a-draft", publish=False)
    with pytest.raises(ValidationError, match="published menu"):
        actions.record_adoption(draft, rollout_world["adopter"], actor=rollout_world["editor"])


@pytest.mark.parametrize("who", ["viewer", "outsider", "board", "lead_editor"])
def test_only_the_adopting_bodys_editors_or_the_programme_team_record(rollout_world, who):
    with pytest.raises(PermissionDenied):
        actions.record_adoption(
            rollout_world["practice"], rollout_world["adopter"], actor=rollout_world[who]
        )
    assert not Adoption.objects.exists()


def test_the_programme_team_records_on_a_bodys_behalf(rollout_world):
    adoption = actions.record_adoption(
        rollout_world["practice"], rollout_world["adopter"], actor=rollout_world["moderator"]
    )
    assert adoption.stage_changes.get().actor == rollout_world["moderator"]


def test_declining_needs_a_reason(rollout_world):
    with pytest.raises(ValidationError, match="Say why"):
        adopt(rollout_world, stage="declined", reason="  ")
    adoption = adopt(rollout_world, stage="declined", reason="Our own approach is cheaper.")
    assert adoption.closed_reason == "Our own approach is cheaper."


def test_adapted_needs_what_was_changed(rollout_world):
    with pytest.raises(ValidationError, match="what was changed"):
        adopt(rollout_world, adapted=True, adaptations="")


def test_an_unknown_support_or_stage_is_refused(rollout_world):
    with pytest.raises(ValidationError):
        adopt(rollout_world, support_requested=["money"])
    with pytest.raises(ValidationError):
        adopt(rollout_world, stage="finished")
    assert not Adoption.objects.exists()


def test_a_future_date_is_refused(rollout_world):
    with pytest.raises(ValidationError, match="future"):
        adopt(rollout_world, changed_on=datetime.date.today() + datetime.timedelta(days=2))


def test_stages_move_forward_freely_and_every_move_is_kept(rollout_world):
    adoption = adopt(rollout_world)
    for day, stage in enumerate(["planning", "piloting", "embedded"], start=2):
        adoption = actions.change_stage(
            adoption,
            actor=rollout_world["editor"],
            expected_version=adoption.version,
            to_stage=stage,
            changed_on=datetime.date(2024, 5, day),
        )
    assert adoption.stage == "embedded"
    assert adoption.stage_since == datetime.date(2024, 5, 4)
    moves = list(adoption.stage_changes.values_list("from_stage", "to_stage"))
    assert moves == [
        ("", "exploring"),
        ("exploring", "planning"),
        ("planning", "piloting"),
        ("piloting", "embedded"),
    ]


def test_moving_backwards_needs_a_reason(rollout_world):
    adoption = adopt(rollout_world, stage="piloting")
    with pytest.raises(ValidationError, match="moving back"):
        actions.change_stage(
            adoption,
            actor=rollout_world["editor"],
            expected_version=1,
            to_stage="planning",
            changed_on=datetime.date(2024, 6, 1),
        )
    assert StageChange.objects.count() == 1
    adoption = actions.change_stage(
        adoption,
        actor=rollout_world["editor"],
        expected_version=1,
        to_stage="planning",
        changed_on=datetime.date(2024, 6, 1),
        reason="The pilot site closed.",
    )
    assert adoption.stage_changes.last().reason == "The pilot site closed."


def test_stopping_needs_a_reason_and_reopening_too(rollout_world):
    adoption = adopt(rollout_world, stage="implemented")
    with pytest.raises(ValidationError, match="Say why"):
        actions.change_stage(
            adoption, actor=rollout_world["editor"], expected_version=1, to_stage="stopped"
        )
    adoption = actions.change_stage(
        adoption,
        actor=rollout_world["editor"],
        expected_version=1,
        to_stage="stopped",
        reason="Funding ended.",
    )
    assert adoption.is_closed and adoption.closed_reason == "Funding ended."
    with pytest.raises(ValidationError, match="moving back"):
        actions.change_stage(
            adoption, actor=rollout_world["editor"], expected_version=2, to_stage="planning"
        )
    adoption = actions.change_stage(
        adoption,
        actor=rollout_world["editor"],
        expected_version=2,
        to_stage="planning",
        reason="New money found.",
    )
    assert adoption.closed_reason == ""


def test_a_change_dated_before_the_last_one_is_refused(rollout_world):
    adoption = adopt(rollout_world)
    with pytest.raises(ValidationError, match="before the last change"):
        actions.change_stage(
            adoption,
            actor=rollout_world["editor"],
            expected_version=1,
            to_stage="planning",
            changed_on=datetime.date(2024, 3, 1),
        )


def test_the_same_stage_again_is_refused(rollout_world):
    adoption = adopt(rollout_world)
    with pytest.raises(ValidationError, match="already at this stage"):
        actions.change_stage(
            adoption, actor=rollout_world["editor"], expected_version=1, to_stage="exploring"
        )


def test_a_stale_stage_change_is_refused(rollout_world):
    adoption = adopt(rollout_world)
    actions.change_stage(
        adoption, actor=rollout_world["editor"], expected_version=1, to_stage="planning"
    )
    with pytest.raises(StaleEdit) as stale:
        actions.change_stage(
            adoption, actor=rollout_world["moderator"], expected_version=1, to_stage="piloting"
        )
    assert stale.value.current_version == 2
    assert Adoption.objects.get().stage == "planning"


@pytest.mark.parametrize("who", ["viewer", "outsider", "board", "lead_editor"])
def test_others_cannot_change_the_stage(rollout_world, who):
    adoption = adopt(rollout_world)
    with pytest.raises(PermissionDenied):
        actions.change_stage(
            adoption, actor=rollout_world[who], expected_version=1, to_stage="planning"
        )


def test_details_are_updated_with_the_version_check(rollout_world):
    adoption = adopt(rollout_world)
    adoption = actions.update_adoption(
        adoption,
        actor=rollout_world["editor"],
        expected_version=1,
        values={"contact_email": "tim@gwynedd.example", "support_requested": ["secondment"]},
    )
    assert adoption.version == 2 and adoption.support_requested == ["secondment"]
    with pytest.raises(StaleEdit):
        actions.update_adoption(
            adoption,
            actor=rollout_world["editor"],
            expected_version=1,
            values={"contact_name": "Someone"},
        )
    with pytest.raises(ValidationError):
        actions.update_adoption(
            adoption,
            actor=rollout_world["editor"],
            expected_version=2,
            values={"contact_email": "not an address"},
        )
    assert Adoption.objects.get().contact_email == "tim@gwynedd.example"


# The savings ledger


def test_a_saving_is_recorded_against_an_adoption(rollout_world):
    adoption = adopt(rollout_world)
    entry = actions.record_saving(actor=rollout_world["editor"], values=CASHABLE, adoption=adoption)
    assert (entry.body, entry.practice, entry.adoption) == (
        rollout_world["adopter"],
        rollout_world["practice"],
        adoption,
    )
    assert entry.verification == "unverified"
    assert entry.period_label == "2024-25 Q2"


def test_the_lead_body_records_its_own_savings(rollout_world):
    entry = actions.record_saving(
        actor=rollout_world["lead_editor"], values=CASHABLE, practice=rollout_world["practice"]
    )
    assert entry.body == rollout_world["lead"] and entry.adoption is None
    with pytest.raises(PermissionDenied):
        actions.record_saving(
            actor=rollout_world["editor"], values=CASHABLE, practice=rollout_world["practice"]
        )


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"amount_pence": -500}, "amount_pence"),
        ({"amount_pence": 0}, "amount_pence"),
        ({"amount_pence": 100_000_000_001}, "amount_pence"),
        ({"quarter": 5}, "quarter"),
        ({"quarter": 0}, "quarter"),
        ({"financial_year": 2009}, "financial_year"),
        ({"financial_year": 2200}, "financial_year"),
        ({"kind": "non_cashable"}, "unit"),
        ({"kind": "non_cashable", "unit": "bed_days"}, "quantity"),
        ({"kind": "non_cashable", "unit": "bed_days", "quantity": Decimal("-2")}, "quantity"),
        ({"certainty": "realised", "financial_year": datetime.date.today().year + 2}, "quarter"),
    ],
)
def test_bad_savings_are_refused_on_their_field(rollout_world, change, field):
    adoption = adopt(rollout_world)
    with pytest.raises(ValidationError) as error:
        actions.record_saving(
            actor=rollout_world["editor"], values=CASHABLE | change, adoption=adoption
        )
    assert field in error.value.error_dict
    assert not LedgerEntry.objects.exists()


def test_a_non_cashable_saving_keeps_its_unit_and_a_cashable_one_drops_it(rollout_world):
    adoption = adopt(rollout_world)
    freed = actions.record_saving(
        actor=rollout_world["editor"],
        adoption=adoption,
        values=CASHABLE | {"kind": "non_cashable", "unit": "bed_days", "quantity": Decimal(30)},
    )
    assert (freed.unit, freed.quantity) == ("bed_days", Decimal(30))
    cash = actions.record_saving(
        actor=rollout_world["editor"],
        adoption=adoption,
        values=CASHABLE | {"unit": "bed_days", "quantity": Decimal(30)},
    )
    assert (cash.unit, cash.quantity) == ("", None)


def test_a_declined_adoption_has_no_savings(rollout_world):
    adoption = adopt(rollout_world, stage="declined", reason="Not for us.")
    with pytest.raises(ValidationError, match="declined"):
        actions.record_saving(actor=rollout_world["editor"], values=CASHABLE, adoption=adoption)


def test_only_moderators_verify_and_a_query_needs_a_reason(rollout_world):
    adoption = adopt(rollout_world)
    entry = actions.record_saving(actor=rollout_world["editor"], values=CASHABLE, adoption=adoption)
    for who in ("editor", "board", "lead_editor"):
        with pytest.raises(PermissionDenied):
            actions.verify_saving(entry, actor=rollout_world[who], verification="verified")
    with pytest.raises(ValidationError, match="queried"):
        actions.verify_saving(entry, actor=rollout_world["moderator"], verification="queried")
    entry = actions.verify_saving(
        entry, actor=rollout_world["moderator"], verification="queried", reason="Which baseline?"
    )
    assert entry.query_reason == "Which baseline?"
    entry = actions.verify_saving(entry, actor=rollout_world["moderator"], verification="verified")
    assert (entry.verification, entry.verified_by, entry.query_reason) == (
        "verified",
        rollout_world["moderator"],
        "",
    )


def test_changing_a_verified_saving_sends_it_back_for_verification(rollout_world):
    adoption = adopt(rollout_world)
    entry = actions.record_saving(actor=rollout_world["editor"], values=CASHABLE, adoption=adoption)
    entry = actions.verify_saving(entry, actor=rollout_world["moderator"], verification="verified")
    with pytest.raises(StaleEdit):
        actions.update_saving(
            entry, actor=rollout_world["editor"], expected_version=1, values={"amount_pence": 999}
        )
    entry = actions.update_saving(
        entry, actor=rollout_world["editor"], expected_version=2, values={"amount_pence": 1_300_000}
    )
    assert (entry.amount_pence, entry.verification, entry.verified_by) == (
        1_300_000,
        "unverified",
        None,
    )


def test_an_unchanged_save_keeps_the_verification(rollout_world):
    adoption = adopt(rollout_world)
    entry = actions.record_saving(actor=rollout_world["editor"], values=CASHABLE, adoption=adoption)
    entry = actions.verify_saving(entry, actor=rollout_world["moderator"], verification="verified")
    entry = actions.update_saving(
        entry, actor=rollout_world["editor"], expected_version=2, values=dict(CASHABLE)
    )
    assert entry.verification == "verified"


def test_a_bad_correction_changes_nothing(rollout_world):
    adoption = adopt(rollout_world)
    entry = actions.record_saving(actor=rollout_world["editor"], values=CASHABLE, adoption=adoption)
    with pytest.raises(ValidationError):
        actions.update_saving(
            entry, actor=rollout_world["editor"], expected_version=1, values={"amount_pence": -1}
        )
    entry.refresh_from_db()
    assert (entry.amount_pence, entry.version) == (1_250_000, 1)


# Evidence files


def pdf(name="evidence.pdf", size=None):
    content = b"%PDF-1.7\n" + b"x" * (size or 100)
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def test_an_evidence_file_is_kept_under_our_own_name(rollout_world, settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    adoption = adopt(rollout_world)
    entry = actions.record_saving(
        actor=rollout_world["editor"],
        values=CASHABLE,
        adoption=adoption,
        attachment=pdf("../../Report 2024.pdf"),
    )
    assert entry.attachment_name == "Report 2024.pdf"
    assert entry.attachment.name.startswith("evidence/")
    assert ".." not in entry.attachment.name
    assert entry.attachment.read().startswith(b"%PDF-")


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("run.exe", b"MZ\x90\x00"), "must be a PDF"),
        (SimpleUploadedFile("report.pdf", b"MZ\x90\x00 not a pdf"), "do not match"),
        (SimpleUploadedFile("figures.csv", b"a,b\x00\x01"), "not a text file"),
        (SimpleUploadedFile("empty.pdf", b""), "empty"),
    ],
)
def test_an_evidence_file_of_the_wrong_kind_is_refused(rollout_world, upload, message):
    adoption = adopt(rollout_world)
    with pytest.raises(ValidationError, match=message):
        actions.record_saving(
            actor=rollout_world["editor"], values=CASHABLE, adoption=adoption, attachment=upload
        )
    assert not LedgerEntry.objects.exists()


def test_an_evidence_file_too_large_is_refused(rollout_world, settings):
    settings.ARFER_EVIDENCE_MAX_MB = 1
    adoption = adopt(rollout_world)
    with pytest.raises(ValidationError, match="smaller than 1 MB"):
        actions.record_saving(
            actor=rollout_world["editor"],
            values=CASHABLE,
            adoption=adoption,
            attachment=pdf(size=1024 * 1024 + 1),
        )
    assert not LedgerEntry.objects.exists()


# Targets


def test_only_programme_admins_set_targets(rollout_world):
    for who in ("moderator", "board", "editor"):
        with pytest.raises(PermissionDenied):
            actions.set_target(2025, 100_000_000, actor=rollout_world[who])
    actions.set_target(2025, 100_000_000, actor=rollout_world["admin"])
    actions.set_target(2025, 120_000_000, actor=rollout_world["admin"])
    assert list(SavingsTarget.objects.values_list("financial_year", "amount_pence")) == [
        (2025, 120_000_000)
    ]
    with pytest.raises(ValidationError):
        actions.set_target(2025, -5, actor=rollout_world["admin"])
    with pytest.raises(ValidationError):
        actions.set_target(1999, 5, actor=rollout_world["admin"])


# Notifications


def test_the_lead_body_hears_who_adopts_and_what_support_they_ask(
    rollout_world, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        adopt(
            rollout_world,
            support_requested=["visit"],
            support_details="Two staff, a day.",
            contact_email="nia@gwynedd.example",
        )
    assert [message.to for message in mailoutbox] == [["editor@carmarthenshire.example"]]
    text = mailoutbox[0].body
    assert "Gwynedd Council has recorded an adoption" in text
    assert "A visit" in text and "Two staff, a day." in text and "nia@gwynedd.example" in text
    assert "/rollout/adoptions/" in text


def test_illustrative_adoptions_send_no_email(
    rollout_world, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        adopt(rollout_world, is_illustrative=True)
    assert mailoutbox == []


def test_nobody_verifies_a_saving_they_recorded(rollout_world):
    adoption = adopt(rollout_world)
    entry = actions.record_saving(
        actor=rollout_world["moderator"], values=CASHABLE, adoption=adoption
    )
    with pytest.raises(ValidationError, match="Someone other than"):
        actions.verify_saving(entry, actor=rollout_world["moderator"], verification="verified")
    # Querying it, or another moderator verifying it, is fine.
    actions.verify_saving(
        entry,
        actor=rollout_world["moderator"],
        verification="queried",
        reason="Checking the baseline.",
    )
    entry = actions.verify_saving(entry, actor=rollout_world["admin"], verification="verified")
    assert entry.verification == "verified"
