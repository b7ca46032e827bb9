"""The register and the ledger are each described once (rollout/tables.py): one filter form that
the page draws and the API's query parameters are made from and checked by, and one column
list that the page's table and the CSV and XLSX exports are written from. These tests fail if a
second description comes back: a filter the page has and the API lacks, a value one accepts and
the other refuses, a header the page and the files write differently."""

import re
from html import unescape

import pytest
from django.http import QueryDict
from django.utils import translation

from arfer.accounts.models import TwoFactorDevice
from arfer.accounts.tokens import create_api_token
from arfer.core.actors import SYSTEM
from arfer.menu.workflow import archive_practice
from arfer.rollout.models import Adoption, LedgerEntry
from arfer.rollout.tables import LEDGER, REGISTER, LedgerFilterForm, RegisterFilterForm
from tests.accounts.helpers import give_two_factor
from tests.api.conftest import ApiClient

from .test_exports import read_csv, read_xlsx, sign_in

pytestmark = pytest.mark.django_db

TABLES = {
    "register": ("/rollout/adoptions/", "/api/v1/adoptions", RegisterFilterForm, REGISTER),
    "ledger": ("/rollout/savings/", "/api/v1/ledger", LedgerFilterForm, LEDGER),
}


def api_client(user) -> ApiClient:
    if user.requires_two_factor and not TwoFactorDevice.objects.filter(user=user).exists():
        give_two_factor(user)
    return ApiClient(create_api_token(user, name="Tests", scope="read", actor=SYSTEM)[1])


# Filters -------------------------------------------------------------------------------------


@pytest.mark.parametrize("table", TABLES)
def test_the_page_and_the_api_take_the_same_filters(client, rollout_world, table):
    page_url, api_url, form_class, _columns = TABLES[table]
    member = rollout_world["editor"]
    client.force_login(member)
    drawn = set(client.get(page_url).context["form"].fields)
    schema = client.get("/api/v1/openapi.json").json()
    parameters = {p["name"] for p in schema["paths"][api_url]["get"]["parameters"]}
    assert drawn == parameters - {"cursor", "limit"}
    assert drawn == set(form_class(QueryDict(), user=member).fields)


@pytest.mark.parametrize("form_class", [RegisterFilterForm, LedgerFilterForm])
def test_every_filter_says_how_it_narrows_the_records(form_class):
    narrowing = {
        name.removeprefix("narrow_") for name in dir(form_class) if name.startswith("narrow_")
    }
    assert narrowing == set(form_class.base_fields)
    assert set(form_class.described) == set(form_class.base_fields)


# (filter, value given, what the page keeps of it): the API accepts a value exactly when the
# page keeps all of it, and answers 400 on that filter otherwise.
SHARED_VALUES = [
    ("relation", "own", "own"),
    ("relation", "of_ours", "of_ours"),
    ("relation", "theirs", None),
    ("sector", "local_government", "local_government"),
    ("sector", "councils", None),
    ("region", "north-wales-rpb", "north-wales-rpb"),
    ("region", "nowhere", None),
    ("practice", "reablement-at-home", "reablement-at-home"),
    ("practice", "no-such-practice", "no-such-practice"),  # a slug, nothing to look up
    ("practice", "x" * 121, None),
    ("practice", "tab\there", None),
    ("body", "gwynedd-council", "gwynedd-council"),
    ("body", "line\nbreak", None),
]
VALUES = {
    "register": [
        *SHARED_VALUES,
        ("stage", "exploring", ["exploring"]),
        ("stage", ["piloting", "declined"], ["piloting", "declined"]),
        ("stage", "bogus", None),
        ("stage", ["declined", "bogus"], ["declined"]),  # the page keeps what it can
    ],
    "ledger": [
        *SHARED_VALUES,
        ("financial_year", "2024", 2024),
        ("financial_year", "2005", 2005),  # before the programme: no savings, but a year
        ("financial_year", "1999", None),
        ("financial_year", "2101", None),
        ("financial_year", "twenty", None),
        ("certainty", "realised", "realised"),
        ("certainty", "hoped", None),
        ("kind", "non_cashable", "non_cashable"),
        ("kind", "bogus", None),
        ("verification", "queried", "queried"),
        ("verification", "checked", None),
    ],
}


def query(params: dict) -> str:
    data = QueryDict(mutable=True)
    for name, value in params.items():
        data.setlist(name, value if isinstance(value, list) else [value])
    return data.urlencode()


@pytest.mark.parametrize(
    ("table", "name", "value", "kept"),
    [(table, *case) for table, cases in VALUES.items() for case in cases],
)
def test_the_page_keeps_exactly_the_values_the_api_accepts(client, world, table, name, value, kept):
    page_url, api_url, _form, _columns = TABLES[table]
    member = world["editor"]
    client.force_login(member)
    page = client.get(f"{page_url}?{query({name: value})}")
    assert page.status_code == 200
    assert page.context["form"].values().get(name) == kept
    response = api_client(member).get(f"{api_url}?{query({name: value})}")
    if as_texts(kept) == as_texts(value):
        assert response.status_code == 200, response.content
    else:
        assert response.status_code == 400
        assert set(response.json()["fields"]) == {name}


def as_texts(value) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


# Results: the page, its exports and the API list the same records in the same order ----------

COMBINATIONS = {
    "register": [
        {},
        {"stage": "declined"},
        {"stage": ["exploring", "piloting"]},
        {"sector": "local_government", "region": "north-wales-rpb"},
        {"body": "cardiff-council"},
        {"practice": "reablement-at-home", "stage": "piloting"},
    ],
    "ledger": [
        {},
        {"financial_year": "2024", "certainty": "realised"},
        {"kind": "non_cashable"},
        {"verification": "unverified"},
        {"region": "cardiff-and-vale-rpb"},
        {"body": "gwynedd-council", "financial_year": "2023"},
    ],
}


@pytest.mark.parametrize(
    ("table", "params"),
    [(table, params) for table, combinations in COMBINATIONS.items() for params in combinations],
)
def test_the_page_its_exports_and_the_api_list_the_same_records(client, world, table, params):
    page_url, api_url, _form, _columns = TABLES[table]
    moderator = world["moderator"]  # sees every record on the page and in the API alike
    sign_in(client, moderator)
    page = client.get(f"{page_url}?{query(params)}")
    shown = [
        record.pk for record in page.context["adoptions" if table == "register" else "entries"]
    ]
    exported = [
        int(row[-1]) for row in read_csv(client.get(f"{page_url}export.csv?{query(params)}"))[1:]
    ]
    listed = [
        item["id"]
        for item in api_client(moderator)
        .get(f"{api_url}?{query(params)}&limit=200")
        .json()["items"]
    ]
    assert exported == shown
    if table == "register":
        assert listed == shown  # newest first, by id
    else:
        # The ledger's page goes by period; the API's cursor pages by id, newest first.
        assert sorted(listed) == sorted(shown)
    if params:
        everything = LedgerEntry.objects if table == "ledger" else Adoption.objects
        assert 0 < len(shown) < everything.count()


def test_the_api_lists_the_adoptions_the_register_queryset_gives(client, world):
    """The API's register reads Adoption.objects.stage_visible_to: the public stages of the
    published menu for anyone, and every adoption concerning the person's bodies."""
    archive_practice(world["practice"], actor=world["admin"])
    anonymous = ApiClient().get("/api/v1/adoptions?limit=200").json()["items"]
    assert anonymous == []  # the practice is off the menu: its adoptions are no longer public
    member = world["viewer"]  # Gwynedd's
    listed = api_client(member).get("/api/v1/adoptions?limit=200").json()["items"]
    expected = Adoption.objects.stage_visible_to(member).order_by("-pk")
    assert [item["id"] for item in listed] == list(expected.values_list("pk", flat=True))
    assert [item["id"] for item in listed] == [world["gwynedd_adoption"].pk]


# Columns: one list for the page's table and the exports -------------------------------------


def page_headers(html: str) -> list[str]:
    return [
        unescape(re.sub(r"<[^>]+>", "", header)).strip()
        for header in re.findall(
            r'<th scope="col" class="govuk-table__header[^"]*">(.*?)</th>', html, re.S
        )
    ]


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("table", TABLES)
def test_the_page_and_the_exports_take_their_headers_from_one_column_list(
    client, world, table, language
):
    page_url, _api_url, _form, columns = TABLES[table]
    prefix = "/cy" if language == "cy" else ""
    sign_in(client, world["moderator"])
    drawn = page_headers(client.get(f"{prefix}{page_url}").content.decode())
    csv_header = read_csv(client.get(f"{prefix}{page_url}export.csv"))[0]
    xlsx_header = read_xlsx(client.get(f"{prefix}{page_url}export.xlsx"))[0]
    with translation.override(language):
        assert drawn == [str(c.header) for c in columns.columns if c.cell is not None]
        assert csv_header == xlsx_header == [str(c.header) for c in columns.columns if c.value]
        both = [str(c.header) for c in columns.columns if c.cell is not None and c.value]
    # A column on the page and in the files has one header, in the same order in both.
    assert both and [h for h in drawn if h in both] == [h for h in csv_header if h in both] == both


@pytest.mark.parametrize("table", TABLES)
def test_every_column_is_shown_somewhere_and_keyed_once(table):
    columns = TABLES[table][3].columns
    assert all(column.cell is not None or column.value is not None for column in columns)
    keys = [column.key for column in columns]
    assert len(keys) == len(set(keys))
