"""The API's behaviour: tokens and scopes, cursor pages, filters like the menu page's, one error
format with field-level messages, stale updates refused, hidden records absent, query counts."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve

from arfer.accounts.tokens import revoke_api_token
from arfer.core.actors import SYSTEM
from arfer.core.api.pagination import decode, encode
from arfer.menu.models import Practice
from arfer.rollout.models import Adoption

from .conftest import ApiClient, person, token_for

pytestmark = pytest.mark.django_db


def walk(client, url, limit):
    """Every item of a list, page by page, following `next`."""
    seen, cursor = [], None
    for _page in range(100):
        separator = "&" if "?" in url else "?"
        address = f"{url}{separator}limit={limit}" + (f"&cursor={cursor}" if cursor else "")
        response = client.get(address)
        assert response.status_code == 200, response.content
        data = response.json()
        assert len(data["items"]) <= limit
        seen += data["items"]
        cursor = data["next"]
        if cursor is None:
            return seen
    raise AssertionError("the pages never ended")


# Tokens and scopes ----------------------------------------------------------------------------


def test_anonymous_reads_the_published_menu_only(programme, anonymous):
    slugs = {item["slug"] for item in walk(anonymous, "/api/v1/practices", 2)}
    assert slugs == {"own-published", "cardiff-practice"}
    assert anonymous.get("/api/v1/practices/own-draft").status_code == 404


def test_a_members_token_reads_its_bodys_drafts(programme, as_editor):
    assert as_editor.get("/api/v1/practices/own-draft").status_code == 200
    drafts = as_editor.get("/api/v1/practices?status=draft").json()["items"]
    assert [item["slug"] for item in drafts] == ["own-draft"]


def test_a_read_token_cannot_write(programme, editor):
    client = ApiClient(token_for(editor, scope="read"))
    response = client.post(
        "/api/v1/practices", {"lead_body": programme["own"].slug, "title_en": "New"}
    )
    assert response.status_code == 403
    assert "may only read" in response.json()["message"]
    assert client.get("/api/v1/practices/own-draft").status_code == 200


def test_a_revoked_or_unknown_token_is_refused_not_ignored(programme, editor):
    raw = token_for(editor)
    token = editor.api_tokens.get()
    revoke_api_token(token, actor=SYSTEM)
    for header in (f"Bearer {raw}", "Bearer arfer_nonsense", "Basic abc", "Bearer"):
        response = ApiClient(Authorization=header).get("/api/v1/practices")
        assert response.status_code == 401, header
        assert response["WWW-Authenticate"] == "Bearer"
        assert response.json()["code"] == "unauthenticated"


def test_a_session_reads_but_never_writes(programme, editor, client):
    client.force_login(editor)
    assert client.get("/api/v1/practices/own-draft").status_code == 200
    response = client.post(
        "/api/v1/practices",
        {"lead_body": programme["own"].slug, "title_en": "New"},
        content_type="application/json",
    )
    assert response.status_code == 401
    assert not Practice.objects.filter(title_en="New").exists()


# Cursor pages and filters ---------------------------------------------------------------------


@pytest.fixture
def menu(directory):
    from tests.conftest import make_practice

    for n in range(7):
        make_practice(
            f"practice-{n}",
            annual_cashable_saving_pence=(n % 3) * 100_000,
            prevention_tier="primary" if n % 2 else "secondary",
            summary_en=f"Reablement at home, number {n}.",
        )


@pytest.mark.parametrize(
    "query", ["", "sort=saving", "q=reablement", "tier=primary", "q=reablement&sort=newest"]
)
def test_cursor_pages_hold_every_item_once_in_order(menu, anonymous, query):
    everything = anonymous.get(f"/api/v1/practices?{query}&limit=200").json()["items"]
    walked = walk(anonymous, f"/api/v1/practices?{query}", 2)
    assert [item["slug"] for item in walked] == [item["slug"] for item in everything]
    assert everything


def test_filters_narrow_like_the_menu_page(menu, anonymous):
    primary = walk(anonymous, "/api/v1/practices?tier=primary", 50)
    assert {item["prevention_tier"] for item in primary} == {"primary"}
    assert len(primary) == 3


def test_a_page_starts_after_the_last_item_even_when_the_list_changed(menu, anonymous):
    first = anonymous.get("/api/v1/practices?limit=3").json()
    Practice.objects.filter(slug=first["items"][-1]["slug"]).update(status="archived")
    rest = walk(anonymous, f"/api/v1/practices?limit=3&cursor={first['next']}", 3)
    slugs = [item["slug"] for item in first["items"] + rest]
    assert len(slugs) == len(set(slugs)) == 7


def test_unknown_filter_values_and_bad_cursors_are_field_errors(menu, anonymous):
    response = anonymous.get("/api/v1/practices?service_area=nowhere&tier=bogus")
    assert response.status_code == 400
    assert set(response.json()["fields"]) == {"tier"}
    response = anonymous.get("/api/v1/practices?service_area=nowhere")
    assert response.json()["fields"] == {"service_area": ["Unknown: nowhere."]}
    response = anonymous.get("/api/v1/practices?lead_body=nobody")
    assert response.json()["fields"] == {"lead_body": ["Unknown: nobody."]}
    for cursor in ("nonsense", encode("bodies", [5]), encode("menu:newest", ["x", 1])):
        response = anonymous.get(f"/api/v1/practices?cursor={cursor}")
        assert response.status_code == 400, cursor
        assert "cursor" in response.json()["fields"]
    assert anonymous.get("/api/v1/practices?limit=0").status_code == 400
    assert anonymous.get("/api/v1/practices?limit=201").status_code == 400


def test_cursors_round_trip():
    assert decode("bodies", encode("bodies", [12])) == [12]
    assert decode("bodies", None) is None


# Changes and stale updates --------------------------------------------------------------------


def test_create_then_edit_a_practice(programme, as_editor):
    created = as_editor.post(
        "/api/v1/practices",
        {
            "lead_body": programme["own"].slug,
            "title_en": "Shared occupational therapy",
            "summary_en": "One team for two bodies.",
            "service_areas": ["reablement"],
            "prevention_tier": "secondary",
            "annual_cashable_saving_pence": 250_000,
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "draft" and body["service_areas"] == ["reablement"]
    assert created["ETag"] == f'"v{body["version"]}"'
    slug = body["slug"]
    changed = as_editor.patch(
        f"/api/v1/practices/{slug}",
        {"title_cy": "Therapi galwedigaethol ar y cyd"},
        headers={"If-Match": created["ETag"]},
    )
    assert changed.status_code == 200, changed.content
    assert changed.json()["title_cy"] == "Therapi galwedigaethol ar y cyd"
    practice = Practice.objects.get(slug=slug)
    assert practice.history.first().history_user.email == "editor@example.org"


def test_stale_updates_are_refused_with_what_changed(programme, as_editor):
    draft = programme["draft"]
    path = f"/api/v1/practices/{draft.slug}"
    assert as_editor.patch(path, {"version": draft.version, "title_en": "First"}).status_code == 200
    stale = as_editor.patch(path, {"version": draft.version, "title_en": "Second"})
    assert stale.status_code == 409
    error = stale.json()
    assert error["code"] == "conflict" and error["current_version"] == draft.version + 1
    assert any(change["new"] == "First" for change in error["changes"])
    by_etag = as_editor.patch(
        path, {"title_en": "Second"}, headers={"If-Match": f'"v{draft.version}"'}
    )
    assert by_etag.status_code == 412
    assert as_editor.patch(path, {"title_en": "Second"}).status_code == 428
    wildcard = as_editor.patch(path, {"title_en": "Second"}, headers={"If-Match": "*"})
    assert wildcard.status_code == 428
    assert Practice.objects.get(pk=draft.pk).title_en == "First"


def test_invalid_input_gets_field_messages_and_writes_nothing(programme, as_editor):
    before = Practice.objects.count()
    response = as_editor.post(
        "/api/v1/practices",
        {"lead_body": programme["own"].slug, "title_en": "", "evidence_level": 9},
    )
    assert response.status_code == 400
    assert set(response.json()["fields"]) == {"title_en", "evidence_level"}
    broken = as_editor.client.post(
        "/api/v1/practices", "{not json", content_type="application/json", headers=as_editor.headers
    )
    assert broken.status_code == 400
    unknown = as_editor.post(
        "/api/v1/practices",
        {"lead_body": programme["own"].slug, "title_en": "Fine", "service_areas": ["nowhere"]},
    )
    assert unknown.status_code == 400
    assert unknown.json()["fields"] == {"service_areas": ["Unknown: nowhere."]}
    assert Practice.objects.count() == before


def test_domain_rules_answer_as_field_errors(programme, as_editor):
    own_practice = as_editor.post(
        "/api/v1/adoptions", {"practice": "own-published", "body": programme["own"].slug}
    )
    assert own_practice.status_code == 400
    assert own_practice.json()["fields"] == {"body": ["A body cannot adopt its own practice."]}


def test_welsh_messages_for_a_welsh_client(programme, as_editor):
    response = as_editor.patch(
        "/api/v1/practices/own-draft", {"title_en": "X"}, headers={"Accept-Language": "cy"}
    )
    assert response.status_code == 428
    assert "fersiwn" in response.json()["message"]


def test_an_adoption_stage_moves_with_its_history(programme, as_editor):
    adoption = programme["adoption"]
    moved = as_editor.post(
        f"/api/v1/adoptions/{adoption.pk}/stage",
        {"to_stage": "planning", "version": adoption.version},
    )
    assert moved.status_code == 200, moved.content
    assert moved.json()["stage"] == "planning"
    assert adoption.stage_changes.count() == 2


def test_savings_are_recorded_against_an_adoption(programme, as_editor):
    response = as_editor.post(
        "/api/v1/ledger",
        {
            "adoption": programme["adoption"].pk,
            "financial_year": 2025,
            "quarter": 1,
            "kind": "cashable",
            "recurrence": "recurring",
            "certainty": "forecast",
            "amount_pence": 1_200_000,
        },
    )
    assert response.status_code == 201, response.content
    assert response.json()["body"]["slug"] == programme["own"].slug


# What each caller sees ------------------------------------------------------------------------


def test_adoption_details_only_for_the_bodies_concerned(programme, anonymous, as_editor):
    path = f"/api/v1/adoptions/{programme['adoption'].pk}"
    public = anonymous.get(path).json()
    assert public["stage"] == "exploring" and public["contact_name"] is None
    assert as_editor.get(path).json()["contact_name"] == "Adoption team"
    outsider = ApiClient(token_for(person("editor", "out@example.org", body="gwynedd-council")))
    assert outsider.get(path).json()["contact_name"] is None
    assert outsider.get(f"/api/v1/ledger/{programme['entry'].pk}").status_code == 404
    assert outsider.get("/api/v1/ledger").json()["items"] == []


def test_the_board_business_is_the_boards(programme, anonymous):
    meeting = programme["meeting"]
    assert anonymous.get(f"/api/v1/meetings/{meeting.pk}").status_code == 404
    assert anonymous.get("/api/v1/actions").json()["items"] == []
    board = ApiClient(token_for(person("board", "board@example.org")))
    seen = board.get(f"/api/v1/meetings/{meeting.pk}").json()
    assert seen["attending"] == [programme["own"].slug]
    assert [action["text_en"] for action in seen["actions"]] == ["Report back"]
    figures = board.get("/api/v1/figures/coverage?by=region").json()
    assert figures["figures"]["by"] == "region" and figures["as_of"]["calculated_at"]
    assert anonymous.get("/api/v1/figures/programme").json()["figures"]["practices"] == 2


def test_addresses_the_api_lacks_answer_in_its_format(anonymous):
    for path in ("/api/v1/nothing-here", "/api/v1/adoptions/abc", "/api/v1/meetings/0"):
        response = anonymous.get(path)
        assert response.status_code in (400, 404), path
        assert response["Content-Type"].startswith("application/json"), path
        assert {"status", "code", "message"} <= set(response.json())


# Query counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "most"),
    [
        # A ceiling as well as no growth, so that what every call costs cannot creep up.
        ("/api/v1/practices", 6),
        ("/api/v1/practices?status=published", 6),
        ("/api/v1/bodies", 3),
        ("/api/v1/adoptions", 5),
        ("/api/v1/ledger", 2),
        ("/api/v1/meetings", 2),
        ("/api/v1/areas", 3),
    ],
)
def test_lists_cost_the_same_whatever_their_length(programme, as_editor, path, most):
    def queries(limit):
        separator = "&" if "?" in path else "?"
        with CaptureQueriesContext(connection) as captured:
            assert as_editor.get(f"{path}{separator}limit={limit}").status_code == 200
        return len(captured)

    queries(1)  # the menu index is built once per process
    assert queries(1) == queries(50) <= most


# The description and its page ------------------------------------------------------------------


def test_every_operation_is_described_with_its_errors(anonymous):
    schema = anonymous.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            assert {"400", "401", "404"} <= set(operation["responses"]), (method, path)
            assert operation.get("description"), (method, path)
            if method != "get":
                assert {"403", "409"} <= set(operation["responses"]), (method, path)


def test_the_reference_page_lists_every_operation(anonymous, client):
    schema = anonymous.get("/api/v1/openapi.json").json()
    page = client.get("/api/").content.decode()
    for path in schema["paths"]:
        assert f"<code>{path}</code>" in page
    assert client.get("/cy/api/").status_code == 200
    assert client.get("/api/v1/docs").status_code == 302


# An operation on the reference page: its method and its path, as shown.
SHOWN_OPERATION = re.compile(r'<strong class="govuk-tag[^"]*">(\w+)</strong> <code>([^<]+)</code>')


def test_every_path_on_the_reference_page_is_an_address_of_the_api(programme, anonymous, client):
    shown = SHOWN_OPERATION.findall(client.get("/api/").content.decode())
    assert len(shown) >= 20
    for method, path in shown:
        # Parameters filled as a caller would: numbers for ids, words for slugs and codes.
        address = re.sub(
            r"\{(\w+)\}",
            lambda m: "1" if m[1] in {"pk", "id"} or m[1].endswith("_id") else "own-published",
            unescape(path),
        )
        try:
            match = resolve(address)
        except Resolver404:
            raise AssertionError(f"{method} {path} is not an address of the site") from None
        assert match.func.__module__.startswith("ninja."), (method, path)
        # The API answers the method there (a missing record or a refusal is fine).
        response = anonymous.call(method, address, {} if method != "GET" else None)
        assert response.status_code != 405, (method, path)


def test_records_hidden_from_a_caller_look_like_missing_ones(programme, anonymous):
    hidden = anonymous.get("/api/v1/practices/own-draft")
    missing = anonymous.get("/api/v1/practices/no-such-practice")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json()
    assert Adoption.objects.exists()


def test_tampered_cursors_are_refused_not_crashed_on(menu, anonymous):
    for key in ([10**30, 1], [float("nan"), 1], [True, 1], [1], ["a", "b"]):
        cursor = (
            encode("menu:newest", key)
            if key != [float("nan"), 1]
            else encode("menu:newest", [1e308 * 10, 1])
        )
        response = anonymous.get(f"/api/v1/practices?cursor={cursor}")
        assert response.status_code == 400, key
    assert anonymous.get(f"/api/v1/bodies?cursor={encode('bodies', [10**30])}").status_code == 400
