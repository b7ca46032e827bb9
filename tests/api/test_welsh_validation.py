"""The API's messages about fields it could not read are in the language the client asks for
(Accept-Language), never pydantic's English."""

import pytest

from arfer.core.api.validation import MESSAGES, field_message

pytestmark = pytest.mark.django_db

PYDANTIC_ENGLISH = ["Field required", "Input should", "String should", "Cannot parse"]


def fields_of(response) -> dict[str, list[str]]:
    assert response.status_code == 400, response.content[:300]
    return response.json()["fields"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "en",
            {
                "title_en": ["Must be at most 200 characters long."],
                "evidence_level": ["Must be one of: 1, 2, 3, 4, 5."],
                "lead_body": ["This field is required."],
            },
        ),
        (
            "cy",
            {
                "title_en": ["Rhaid i'r gwerth fod yn 200 nod o hyd ar y mwyaf."],
                "evidence_level": ["Rhaid i'r gwerth fod yn un o'r rhain: 1, 2, 3, 4, 5."],
                "lead_body": ["Mae angen llenwi'r maes hwn."],
            },
        ),
    ],
)
def test_a_new_practice_with_bad_fields(programme, as_editor, language, expected):
    response = as_editor.post(
        "/api/v1/practices",
        {"title_en": "x" * 500, "evidence_level": "nine"},
        headers={"Accept-Language": language},
    )
    assert fields_of(response) == expected


@pytest.mark.parametrize(
    ("language", "whole", "at_most", "choices"),
    [
        ("en", "Must be a whole number.", "Must be 4 or less.", "Must be one of: 'cashable', "),
        (
            "cy-GB",
            "Rhaid i'r gwerth fod yn rhif cyfan.",
            "Rhaid i'r gwerth fod yn 4 neu lai.",
            "Rhaid i'r gwerth fod yn un o'r rhain: ",
        ),
    ],
)
def test_a_saving_with_bad_numbers(programme, as_editor, language, whole, at_most, choices):
    response = as_editor.post(
        "/api/v1/ledger",
        {"financial_year": "2024", "quarter": 9, "amount_pence": 1.5, "kind": 3},
        headers={"Accept-Language": language},
    )
    fields = fields_of(response)
    assert fields["financial_year"] == fields["amount_pence"] == [whole]
    assert fields["quarter"] == [at_most]
    assert fields["kind"][0].startswith(choices)
    assert "'non_cashable'" in fields["kind"][0] and " or " not in fields["kind"][0]


def test_an_adoption_patched_with_the_wrong_kinds_of_value_in_welsh(programme, as_editor):
    adoption = programme["adoption"]
    response = as_editor.patch(
        f"/api/v1/adoptions/{adoption.pk}",
        {"adapted": "maybe", "support_requested": "advice", "target_date": "tomorrow"},
        headers={"Accept-Language": "cy"},
    )
    fields = fields_of(response)
    assert fields["adapted"] == ["Rhaid i'r gwerth fod yn true neu false."]
    assert fields["support_requested"] == ["Rhaid i'r gwerth fod yn rhestr, mewn cromfachau sgwâr."]
    assert fields["target_date"][0].startswith("Rhaid i'r gwerth fod yn ddyddiad")


@pytest.mark.parametrize("language", ["cy", "en;q=0.5, cy"])
def test_query_parameters_in_welsh(programme, as_editor, language):
    response = as_editor.get("/api/v1/practices?limit=0", headers={"Accept-Language": language})
    assert fields_of(response) == {"limit": ["Rhaid i'r gwerth fod yn 1 neu fwy."]}
    assert response["Content-Language"] == "cy"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The body of the request is not valid JSON."),
        ("cy", "Nid yw corff y cais yn JSON dilys."),
    ],
)
def test_a_body_that_is_not_json(programme, as_editor, language, message):
    response = as_editor.client.generic(
        "POST",
        "/api/v1/ledger",
        "{not json",
        content_type="application/json",
        headers={**as_editor.headers, "Accept-Language": language},
    )
    assert response.status_code == 400 and response.json()["message"] == message


def test_no_pydantic_english_reaches_a_welsh_client(programme, as_editor):
    bodies = [
        {},
        {"title_en": "x" * 500, "evidence_level": "nine", "tier": 7, "lead_body": 5},
        [1, 2],
    ]
    for body in bodies:
        response = as_editor.post("/api/v1/practices", body, headers={"Accept-Language": "cy"})
        text = response.content.decode()
        assert response.status_code == 400
        assert [english for english in PYDANTIC_ENGLISH if english in text] == []


def test_an_error_of_a_kind_not_listed_gets_a_general_message():
    assert field_message({"type": "uuid_parsing", "msg": "Input should be a valid UUID"}) == (
        "This value is not valid."
    )
    # A limit missing from the context falls back the same way, never a KeyError.
    assert field_message({"type": "string_too_long", "ctx": {}}) == "This value is not valid."
    assert field_message({"type": "text", "msg": "Our own words."}) == "Our own words."
    assert "missing" in MESSAGES
