"""What the API accepts: a body no larger than the site takes, partial updates that leave out
what they do not name, text without control characters and with something visible in it, and
money and ids as whole numbers only (never a boolean, a string or a float)."""

import json

import pytest

from arfer.rollout.models import Adoption, LedgerEntry

from .conftest import SAVING

pytestmark = pytest.mark.django_db


def error_shape(response) -> dict:
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    body = response.json()
    assert {"status", "code", "message"} <= set(body)
    assert body["status"] == response.status_code
    return body


# An oversized body ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "method, path",
    [("POST", "/api/v1/ledger"), ("PATCH", "/api/v1/adoptions/1"), ("POST", "/api/v1/practices")],
)
def test_an_oversized_body_is_413_in_the_apis_own_shape(
    programme, as_editor, settings, method, path
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = as_editor.call(method, path, {"evidence": "x" * 2000})
    assert response.status_code == 413
    body = error_shape(response)
    assert body["code"] == "too_large"
    assert "too large" in body["message"]
    assert LedgerEntry.objects.count() == 1


# Partial updates --------------------------------------------------------------------------------


def test_an_adapted_adoption_can_be_patched_leaving_out_what_it_does_not_change(
    programme, as_editor
):
    adoption = programme["adoption"]
    adapted = as_editor.patch(
        f"/api/v1/adoptions/{adoption.pk}",
        {
            "adapted": True,
            "adaptations": "Run by the district nurses.",
            "support_requested": ["advice", "visit"],
            "version": 1,
        },
    )
    assert adapted.status_code == 200, adapted.json()
    changed = as_editor.patch(
        f"/api/v1/adoptions/{adoption.pk}", {"contact_name": "Reablement team", "version": 2}
    )
    assert changed.status_code == 200, changed.json()
    adoption.refresh_from_db()
    assert (
        adoption.contact_name,
        adoption.adapted,
        adoption.adaptations,
        adoption.support_requested,
    ) == ("Reablement team", True, "Run by the district nurses.", ["advice", "visit"])


def test_patching_adapted_off_clears_what_was_changed(programme, as_editor):
    adoption = programme["adoption"]
    as_editor.patch(
        f"/api/v1/adoptions/{adoption.pk}",
        {"adapted": True, "adaptations": "Shorter visits.", "version": 1},
    )
    response = as_editor.patch(f"/api/v1/adoptions/{adoption.pk}", {"adapted": False, "version": 2})
    assert response.status_code == 200, response.json()
    adoption.refresh_from_db()
    assert (adoption.adapted, adoption.adaptations) == (False, "")


def test_patching_a_saving_leaves_out_what_it_does_not_change(programme, as_editor):
    entry = programme["entry"]
    response = as_editor.patch(
        f"/api/v1/ledger/{entry.pk}", {"evidence": "Budget report.", "version": 1}
    )
    assert response.status_code == 200, response.json()
    entry.refresh_from_db()
    assert (entry.amount_pence, entry.kind, entry.quarter, entry.evidence) == (
        SAVING["amount_pence"],
        "cashable",
        1,
        "Budget report.",
    )


# Text -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Adoption\x00team",
        "Adoption\x07team",
        "Adoption\x1bteam",
        "Adoption\x7fteam",
        "Adoption\tteam",
        "Adoption\nteam",
        "Adoption\ud800team",
    ],
)
def test_one_line_text_refuses_control_characters(programme, as_editor, text):
    adoption = programme["adoption"]
    response = as_editor.patch(
        f"/api/v1/adoptions/{adoption.pk}", {"contact_name": text, "version": 1}
    )
    assert response.status_code == 400
    body = error_shape(response)
    assert body["fields"]["contact_name"] == [
        "Enter this on one line, without tabs, line breaks or other control characters."
    ]
    adoption.refresh_from_db()
    assert (adoption.contact_name, adoption.version) == ("Adoption team", 1)


@pytest.mark.parametrize("text", ["Line one\x00", "\x0bLine one", "A\x1fB", "A\x85B"])
def test_long_text_refuses_control_characters(programme, as_editor, text):
    entry = programme["entry"]
    response = as_editor.patch(f"/api/v1/ledger/{entry.pk}", {"evidence": text, "version": 1})
    assert response.status_code == 400
    assert error_shape(response)["fields"]["evidence"] == [
        "Remove the control characters from this text (tabs and line breaks are fine)."
    ]
    entry.refresh_from_db()
    assert (entry.evidence, entry.version) == ("", 1)


def test_long_text_keeps_tabs_and_line_breaks(programme, as_editor):
    entry = programme["entry"]
    text = "Baseline:\t£12,000\r\nAfter:\t£11,000"
    response = as_editor.patch(f"/api/v1/ledger/{entry.pk}", {"evidence": text, "version": 1})
    assert response.status_code == 200, response.json()
    entry.refresh_from_db()
    assert entry.evidence == text


@pytest.mark.parametrize(
    "field, text",
    [
        ("contact_name", "   "),
        ("contact_name", "\u200b"),
        ("support_details", " \n\t "),
        ("adaptations", "\u3000"),
    ],
)
def test_text_needs_something_visible(programme, as_editor, field, text):
    adoption = programme["adoption"]
    response = as_editor.patch(f"/api/v1/adoptions/{adoption.pk}", {field: text, "version": 1})
    assert response.status_code == 400
    assert error_shape(response)["fields"][field] == [
        "Enter some text, not only spaces or other invisible characters."
    ]
    adoption.refresh_from_db()
    assert adoption.version == 1


def test_empty_text_still_empties_an_optional_field(programme, as_editor):
    adoption = programme["adoption"]
    response = as_editor.patch(
        f"/api/v1/adoptions/{adoption.pk}", {"contact_name": "", "version": 1}
    )
    assert response.status_code == 200, response.json()
    adoption.refresh_from_db()
    assert adoption.contact_name == ""


def test_a_reason_of_spaces_is_refused_like_no_reason(programme, as_editor):
    adoption = programme["adoption"]
    response = as_editor.post(
        f"/api/v1/adoptions/{adoption.pk}/stage",
        {"to_stage": "declined", "reason": "  \x00 ", "version": 1},
    )
    assert response.status_code == 400
    assert "reason" in error_shape(response)["fields"]
    assert Adoption.objects.get(pk=adoption.pk).stage == "exploring"


# Whole numbers ----------------------------------------------------------------------------------


def new_saving(programme, **changes):
    return {
        "adoption": programme["adoption"].pk,
        "financial_year": 2024,
        "quarter": 2,
        "kind": "cashable",
        "recurrence": "one_off",
        "certainty": "realised",
        "amount_pence": 500,
        **changes,
    }


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"amount_pence": True}, "amount_pence"),
        ({"amount_pence": "500"}, "amount_pence"),
        ({"amount_pence": 500.0}, "amount_pence"),
        ({"adoption": True}, "adoption"),
        ({"adoption": 1.0}, "adoption"),
        ({"adoption": "1"}, "adoption"),
        ({"quarter": True}, "quarter"),
        ({"financial_year": "2024"}, "financial_year"),
    ],
)
def test_money_and_ids_are_whole_numbers_only(programme, as_editor, changes, field):
    response = as_editor.post("/api/v1/ledger", new_saving(programme, **changes))
    assert response.status_code == 400, response.json()
    assert field in error_shape(response)["fields"]
    assert LedgerEntry.objects.count() == 1


def test_a_whole_number_is_accepted(programme, as_editor):
    response = as_editor.post("/api/v1/ledger", new_saving(programme))
    assert response.status_code == 201, response.json()


@pytest.mark.parametrize(
    "payload",
    [{"amount_pence": True}, {"amount_pence": "100"}, {"version": True}, {"version": 1.0}],
)
def test_updates_take_whole_numbers_only(programme, as_editor, payload):
    entry = programme["entry"]
    response = as_editor.patch(f"/api/v1/ledger/{entry.pk}", {"version": 1, **payload})
    assert response.status_code == 400, response.json()
    entry.refresh_from_db()
    assert (entry.amount_pence, entry.version) == (SAVING["amount_pence"], 1)


def test_ids_in_addresses_are_still_read_from_the_address(programme, as_editor):
    response = as_editor.get(f"/api/v1/ledger/{programme['entry'].pk}")
    assert response.status_code == 200
    assert json.loads(response.content)["amount_pence"] == SAVING["amount_pence"]


# The menu's practices take the same rules


def test_a_practice_takes_the_same_rules(programme, as_editor):
    created = as_editor.post(
        "/api/v1/practices", {"lead_body": programme["own"].slug, "title_en": "Home\x00care"}
    )
    assert created.status_code == 400
    assert error_shape(created)["fields"]["title_en"] == [
        "Enter this on one line, without tabs, line breaks or other control characters."
    ]
    draft = as_editor.get("/api/v1/practices/own-draft").json()
    for payload in [
        {"setup_cost_pence": True},
        {"setup_cost_pence": "100"},
        {"version": float(draft["version"])},
    ]:
        response = as_editor.patch(
            "/api/v1/practices/own-draft", {"version": draft["version"], **payload}
        )
        assert response.status_code == 400, payload
    assert as_editor.get("/api/v1/practices/own-draft").json()["version"] == draft["version"]
