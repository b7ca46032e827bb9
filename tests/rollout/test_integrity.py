"""The integrity of the ledger: whoever wrote a saving's figures or evidence cannot verify it,
and a saving is never written without its history row."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from simple_history.models import HistoricalRecords

from arfer.rollout import actions
from arfer.rollout.models import LedgerEntry
from tests.accounts.helpers import give_two_factor
from tests.api.conftest import ApiClient, token_for

from .conftest import CASHABLE, adopt
from .test_forms import sign_in

CHANGED_BY_SOMEONE_ELSE = (
    "You changed this saving's figures or evidence, so someone else must verify it."
)


@pytest.fixture
def media(settings, tmp_path):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    return tmp_path


@pytest.fixture
def small_saving(rollout_world):
    """Gwynedd's £22, recorded by its own editor."""
    return actions.record_saving(
        actor=rollout_world["editor"],
        adoption=adopt(rollout_world),
        values=CASHABLE | {"amount_pence": 2_200},
    )


def pdf():
    return SimpleUploadedFile(
        "Report.pdf", b"%PDF-1.7\n" + b"x" * 200, content_type="application/pdf"
    )


@pytest.mark.parametrize(
    "correction",
    [
        {"values": {"amount_pence": 99_000_000_000}},  # £22 becomes £990m
        {"values": {"evidence": "Trust me."}},
        {"values": {"quarter": 1}},
        {"values": {}, "attachment": "pdf"},
    ],
)
def test_a_moderator_who_changed_a_saving_cannot_verify_it(
    rollout_world, small_saving, media, correction
):
    moderator = rollout_world["moderator"]
    if correction.get("attachment"):
        correction = {**correction, "attachment": pdf()}
    actions.update_saving(small_saving, actor=moderator, expected_version=1, **correction)
    with pytest.raises(ValidationError) as refused:
        actions.verify_saving(small_saving, actor=moderator, verification="verified")
    assert refused.value.message_dict["verification"] == [CHANGED_BY_SOMEONE_ELSE]
    small_saving.refresh_from_db()
    assert (small_saving.verification, small_saving.verified_by) == ("unverified", None)
    # Someone who wrote none of it may verify it.
    verified = actions.verify_saving(
        small_saving, actor=rollout_world["admin"], verification="verified"
    )
    assert verified.verification == "verified"


def test_the_rule_remembers_every_change_not_only_the_last(rollout_world, small_saving):
    moderator, editor = rollout_world["moderator"], rollout_world["editor"]
    actions.update_saving(
        small_saving, actor=moderator, expected_version=1, values={"amount_pence": 99_000_000_000}
    )
    # The body's editor corrects something else afterwards; the moderator's change still counts.
    actions.update_saving(
        small_saving,
        actor=editor,
        expected_version=2,
        values={"evidence": "Budget report, page 4."},
    )
    with pytest.raises(ValidationError, match="You changed this saving"):
        actions.verify_saving(small_saving, actor=moderator, verification="verified")


def test_querying_or_saving_an_unchanged_correction_does_not_bar_verifying(
    rollout_world, small_saving
):
    moderator = rollout_world["moderator"]
    actions.verify_saving(
        small_saving, actor=moderator, verification="queried", reason="Which budget line?"
    )
    # A correction that changes nothing is not a change to the figures.
    actions.update_saving(
        small_saving,
        actor=moderator,
        expected_version=2,
        values={"amount_pence": 2_200, "evidence": "Budget report."},
    )
    verified = actions.verify_saving(small_saving, actor=moderator, verification="verified")
    assert (verified.verification, verified.verified_by) == ("verified", moderator)


def test_a_moderator_who_changed_it_may_still_query_it(rollout_world, small_saving):
    moderator = rollout_world["moderator"]
    actions.update_saving(
        small_saving, actor=moderator, expected_version=1, values={"amount_pence": 3_300}
    )
    queried = actions.verify_saving(
        small_saving, actor=moderator, verification="queried", reason="Checking the new figure."
    )
    assert queried.verification == "queried"


def test_the_page_says_why_it_refuses(client, rollout_world, small_saving):
    moderator = rollout_world["moderator"]
    actions.update_saving(
        small_saving, actor=moderator, expected_version=1, values={"amount_pence": 99_000_000_000}
    )
    sign_in(client, moderator)
    response = client.post(
        f"/rollout/savings/{small_saving.pk}/verify/",
        {"verification": "verified", "reason": "", "version": "2"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html
    assert CHANGED_BY_SOMEONE_ELSE.replace("'", "&#x27;") in html
    small_saving.refresh_from_db()
    assert small_saving.verification == "unverified"


def test_the_api_says_why_it_refuses(rollout_world, small_saving):
    moderator = rollout_world["moderator"]
    give_two_factor(moderator)
    api = ApiClient(token_for(moderator))
    changed = api.patch(
        f"/api/v1/ledger/{small_saving.pk}", {"amount_pence": 99_000_000_000, "version": 1}
    )
    assert changed.status_code == 200, changed.json()
    response = api.post(
        f"/api/v1/ledger/{small_saving.pk}/verification", {"verification": "verified", "version": 2}
    )
    assert response.status_code == 400
    assert response.json()["fields"]["verification"] == [CHANGED_BY_SOMEONE_ELSE]
    small_saving.refresh_from_db()
    assert small_saving.verification == "unverified"


# One transaction: the record and its history row together, or neither.


def test_no_saving_is_left_without_its_history(rollout_world, media, monkeypatch):
    adoption = adopt(rollout_world)

    def refuse(*args, **kwargs):
        raise RuntimeError("the history could not be written")

    monkeypatch.setattr(HistoricalRecords, "create_historical_record", refuse)
    with pytest.raises(RuntimeError):
        actions.record_saving(
            actor=rollout_world["editor"], adoption=adoption, values=CASHABLE, attachment=pdf()
        )
    assert not LedgerEntry.objects.exists()
    # Nor its evidence file.
    assert not [path for path in media.rglob("*") if path.is_file()]
