"""The API's permission matrix, mirroring the pages' (matrix.py): every API URL and method, for
every role, with the designed status. Each person calls with a personal token of the read and
write scope; "anonymous" sends none. A write carries a valid body, so that the row shows what the
role may do rather than what the schema refuses; what a role may see decides first (404), then
what it may change (403).

Adding an API URL without a row here fails tests/permissions/test_matrix.py.
"""

OWN = "carmarthenshire-county-council"
PUBLIC = "200 200 200 200 200 200 200 200"
# The board's business: the board and the programme team.
BOARD_ONLY = "404 404 404 404 404 200 200 200"
SAVING = {
    "financial_year": 2024,
    "quarter": 2,
    "kind": "cashable",
    "recurrence": "one_off",
    "certainty": "realised",
    "amount_pence": 50_000,
}


def _practice(slug, action=""):
    return lambda w: f"/api/v1/practices/{slug}{action}"


def _practice_version(slug, **extra):
    def body(w):
        from arfer.menu.models import Practice

        return {"version": Practice.objects.get(slug=slug).version, **extra}

    return body


#          anonymous viewer editor body_admin outsider moderator board programme_admin
API_MATRIX = [
    ("api:openapi-json", lambda w: "/api/v1/openapi.json", "GET", None, PUBLIC),
    ("api:api-root", lambda w: "/api/v1/", "GET", None, "404 404 404 404 404 404 404 404"),
    ("api:areas", lambda w: "/api/v1/areas", "GET", None, PUBLIC),
    ("api:area", lambda w: "/api/v1/areas/gwynedd", "GET", None, PUBLIC),
    ("api:bodies", lambda w: "/api/v1/bodies", "GET", None, PUBLIC),
    ("api:body", lambda w: f"/api/v1/bodies/{OWN}", "GET", None, PUBLIC),
    ("api:service-areas", lambda w: "/api/v1/service-areas", "GET", None, PUBLIC),
    ("api:practices", lambda w: "/api/v1/practices", "GET", None, PUBLIC),
    ("api:practices", lambda w: "/api/v1/practices?status=draft", "GET", None, PUBLIC),
    ("api:practice", _practice("published"), "GET", None, PUBLIC),
    ("api:practice", _practice("own-draft"), "GET", None, "404 200 200 200 404 200 200 200"),
    (
        "api:practice-create",
        lambda w: "/api/v1/practices",
        "POST",
        lambda w: {"lead_body": OWN, "title_en": "A new practice"},
        "401 403 201 201 403 201 403 201",
    ),
    (
        "api:practice-update",
        _practice("own-draft"),
        "PATCH",
        _practice_version("own-draft", title_en="A better title"),
        "401 403 200 200 404 200 403 200",
    ),
    (
        "api:practice-partner",
        _practice("own-draft", "/partners/cardiff-council"),
        "PUT",
        _practice_version("own-draft", role="delivery"),
        "401 403 200 200 404 200 403 200",
    ),
    (
        "api:practice-partner",
        lambda w: (
            "/api/v1/practices/own-draft/partners/cardiff-council"
            f"?version={_practice_version('own-draft')(w)['version']}"
        ),
        "DELETE",
        None,
        "401 403 200 200 404 200 403 200",
    ),
    # Submitting needs a complete practice: those who may submit are told what is missing.
    (
        "api:practice-submit",
        _practice("own-draft", "/submit"),
        "POST",
        None,
        "401 403 400 400 404 400 403 400",
    ),
    (
        "api:practice-review",
        _practice("own-submitted", "/review"),
        "POST",
        lambda w: {"decision": "changes", "reasons": "Say more about the savings."},
        "401 403 403 403 404 200 403 200",
    ),
    (
        "api:practice-publish",
        _practice("own-draft", "/publish"),
        "POST",
        None,
        "401 403 403 403 404 200 403 200",
    ),
    (
        "api:practice-archive",
        _practice("published", "/archive"),
        "POST",
        None,
        "401 403 403 403 403 200 403 200",
    ),
    (
        "api:practice-revision",
        _practice("published", "/revision"),
        "POST",
        None,
        "401 403 201 201 403 201 403 201",
    ),
    ("api:adoptions", lambda w: "/api/v1/adoptions", "GET", None, PUBLIC),
    # The stage of an adoption of a published practice is public; its details are not.
    ("api:adoption", lambda w: f"/api/v1/adoptions/{w['own_adoption'].pk}", "GET", None, PUBLIC),
    # The own body has already adopted this practice: those who may record it are told so.
    (
        "api:adoption-create",
        lambda w: "/api/v1/adoptions",
        "POST",
        lambda w: {"practice": "other-published", "body": OWN},
        "401 403 400 400 403 400 403 400",
    ),
    (
        "api:adoption-update",
        lambda w: f"/api/v1/adoptions/{w['own_adoption'].pk}",
        "PATCH",
        lambda w: {"version": w["own_adoption"].version, "contact_name": "Project team"},
        "401 403 200 200 403 200 403 200",
    ),
    (
        "api:adoption-stage",
        lambda w: f"/api/v1/adoptions/{w['own_adoption'].pk}/stage",
        "POST",
        lambda w: {"version": w["own_adoption"].version, "to_stage": "planning"},
        "401 403 200 200 403 200 403 200",
    ),
    ("api:ledger", lambda w: "/api/v1/ledger", "GET", None, PUBLIC),
    (
        "api:entry",
        lambda w: f"/api/v1/ledger/{w['own_entry'].pk}",
        "GET",
        None,
        "404 200 200 200 404 200 200 200",
    ),
    (
        "api:entry-create",
        lambda w: "/api/v1/ledger",
        "POST",
        lambda w: {"adoption": w["own_adoption"].pk, **SAVING},
        "401 403 201 201 404 201 403 201",
    ),
    (
        "api:entry-update",
        lambda w: f"/api/v1/ledger/{w['own_entry'].pk}",
        "PATCH",
        lambda w: {"version": w["own_entry"].version, "evidence": "Invoices for Q1."},
        "401 403 200 200 404 200 403 200",
    ),
    (
        "api:entry-verification",
        lambda w: f"/api/v1/ledger/{w['own_entry'].pk}/verification",
        "POST",
        lambda w: {"version": w["own_entry"].version, "verification": "verified"},
        "401 403 403 403 404 200 403 200",
    ),
    ("api:targets", lambda w: "/api/v1/targets", "GET", None, BOARD_ONLY),
    (
        "api:target",
        lambda w: "/api/v1/targets/2024",
        "PUT",
        lambda w: {"amount_pence": 1_000_000_000},
        "401 404 404 404 404 403 403 200",
    ),
    ("api:meetings", lambda w: "/api/v1/meetings", "GET", None, PUBLIC),
    ("api:meeting", lambda w: f"/api/v1/meetings/{w['meeting'].pk}", "GET", None, BOARD_ONLY),
    ("api:meeting", lambda w: f"/api/v1/meetings/{w['summit'].pk}", "GET", None, PUBLIC),
    ("api:actions", lambda w: "/api/v1/actions", "GET", None, PUBLIC),
    ("api:figures-programme", lambda w: "/api/v1/figures/programme", "GET", None, PUBLIC),
    ("api:figures-dashboard", lambda w: "/api/v1/figures/dashboard", "GET", None, BOARD_ONLY),
    (
        "api:figures-coverage",
        lambda w: "/api/v1/figures/coverage?by=sector",
        "GET",
        None,
        BOARD_ONLY,
    ),
    ("api:figures-boundaries", lambda w: "/api/v1/figures/boundaries", "GET", None, BOARD_ONLY),
    ("api:figures-network", lambda w: "/api/v1/figures/network", "GET", None, BOARD_ONLY),
    ("api:figures-prevention", lambda w: "/api/v1/figures/prevention", "GET", None, BOARD_ONLY),
]
