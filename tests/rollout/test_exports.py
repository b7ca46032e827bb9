"""The register's and the ledger's CSV and XLSX downloads: every cell, the page's filters, the
read policy and the spreadsheet defences."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from arfer.rollout import actions
from tests.accounts.helpers import sign_in_with_two_factor
from tests.conftest import make_practice

from .conftest import CASHABLE

pytestmark = pytest.mark.django_db

REGISTER_HEADERS = [
    "Practice",
    "Lead body",
    "Adopting body",
    "Sector",
    "Stage",
    "At this stage since",
    "Adapted",
    "What was changed",
    "Reason",
    "Target date",
    "Support requested",
    "Illustrative example",
    "Reference",
]
LEDGER_HEADERS = [
    "Financial year",
    "Quarter",
    "Practice",
    "Body that saved",
    "Sector",
    "Forecast or realised",
    "Kind of saving",
    "One-off or recurring",
    "Amount (£)",
    "Unit",
    "Quantity",
    "Verification",
    "Reason for the query",
    "Evidence",
    "Illustrative example",
    "Reference",
]
EXPORTS = [
    "/rollout/adoptions/export.csv",
    "/rollout/adoptions/export.xlsx",
    "/rollout/savings/export.csv",
    "/rollout/savings/export.xlsx",
]


def sign_in(client, user):
    if user.requires_two_factor:
        sign_in_with_two_factor(client, user)
    else:
        client.force_login(user)
    return client


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")  # the byte-order mark Excel needs
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def read_xlsx(response) -> list[list]:
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def xlsx_sheet(response):
    return load_workbook(io.BytesIO(response.content)).active


def register_rows(w):
    """The register as exported for someone who sees every adoption: newest recorded first."""
    return [
        [
            "Reablement at home",
            "Carmarthenshire County Council",
            "Powys County Council",
            "Local government",
            "Declined",
            datetime.date(2024, 6, 3),
            "No",
            "",
            "Our own service does this.",
            None,
            "",
            "No",
            w["powys_adoption"].pk,
        ],
        [
            "Reablement at home",
            "Carmarthenshire County Council",
            "Cardiff Council",
            "Local government",
            "Piloting",
            datetime.date(2024, 5, 2),
            "No",
            "",
            "",
            None,
            "",
            "No",
            w["cardiff_adoption"].pk,
        ],
        [
            "Reablement at home",
            "Carmarthenshire County Council",
            "Gwynedd Council",
            "Local government",
            "Exploring",
            datetime.date(2024, 4, 1),
            "Yes",
            "Welsh first.",
            "",
            datetime.date(2025, 3, 31),
            "Advice; A visit",
            "No",
            w["gwynedd_adoption"].pk,
        ],
    ]


def ledger_rows(w):
    """The ledger as exported for someone who sees every entry: newest period first."""
    return [
        [
            "2024-25",
            3,
            "Reablement at home",
            "Gwynedd Council",
            "Local government",
            "Forecast",
            "Cashable",
            "One-off",
            Decimal("3000.50"),
            "",
            None,
            "Unverified",
            "",
            "",
            "No",
            w["forecast"].pk,
        ],
        [
            "2024-25",
            2,
            "Reablement at home",
            "Cardiff Council",
            "Local government",
            "Realised",
            "Cashable",
            "Recurring",
            Decimal(5000),
            "",
            None,
            "Unverified",
            "",
            "Finance return.",
            "No",
            w["cardiff_saving"].pk,
        ],
        [
            "2024-25",
            2,
            "Reablement at home",
            "Gwynedd Council",
            "Local government",
            "Realised",
            "Cashable",
            "Recurring",
            Decimal(12500),
            "",
            None,
            "Verified",
            "",
            "Budget report.",
            "No",
            w["realised"].pk,
        ],
        [
            "2023-24",
            4,
            "Reablement at home",
            "Gwynedd Council",
            "Local government",
            "Realised",
            "Non-cashable",
            "Recurring",
            Decimal(4500),
            "Bed days",
            Decimal("30.50"),
            "Queried",
            "Which wards?",
            "Ward figures.",
            "No",
            w["bed_days"].pk,
        ],
    ]


def as_csv(rows, money_column=None):
    """The expected rows as CSV text: ISO dates, money with two decimals, blanks for None."""

    def cell(index, value):
        if value is None:
            return ""
        if index == money_column:
            return f"{value:.2f}"
        if isinstance(value, datetime.date):
            return value.isoformat()
        return str(value)

    return [[cell(index, value) for index, value in enumerate(row)] for row in rows]


def as_xlsx(rows):
    """The expected rows as read back from XLSX: dates are datetimes at midnight, text blanks
    are empty cells."""

    def cell(value):
        if value == "":
            return None
        if isinstance(value, datetime.date):
            return datetime.datetime.combine(value, datetime.time())
        return value

    return [[cell(value) for value in row] for row in rows]


# The register


def test_the_register_csv_cell_by_cell(client, world):
    sign_in(client, world["moderator"])
    response = client.get("/rollout/adoptions/export.csv")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="arfer-adoptions-{today}.csv"'
    )
    assert response.content.endswith(b"\r\n")
    rows = read_csv(response)
    assert rows[0] == REGISTER_HEADERS
    assert rows[1:] == as_csv(register_rows(world))
    assert rows[3][5] == "2024-04-01" and rows[3][9] == "2025-03-31"


def test_the_register_xlsx_cell_by_cell(client, world):
    sign_in(client, world["moderator"])
    response = client.get("/rollout/adoptions/export.xlsx")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (
        f'attachment; filename="arfer-adoptions-{today}.xlsx"'
    )
    rows = read_xlsx(response)
    assert rows[0] == REGISTER_HEADERS
    assert rows[1:] == as_xlsx(register_rows(world))
    sheet = xlsx_sheet(response)
    assert sheet.title == "Adoption register"
    assert sheet["A1"].font.bold
    since, target = sheet["F4"], sheet["J4"]
    assert since.is_date and since.number_format == "yyyy-mm-dd"
    assert since.value.date() == datetime.date(2024, 4, 1)
    assert target.is_date and target.value.date() == datetime.date(2025, 3, 31)
    assert sheet["M4"].data_type == "n"


def page_references(client, url, params, key):
    response = client.get(url, params)
    assert response.status_code == 200
    return [record.pk for record in response.context[key]]


@pytest.mark.parametrize(
    "params",
    [
        {"stage": "declined"},
        {"stage": "piloting"},
        {"stage": "embedded"},
        {"sector": "local_government"},
        {"sector": "nhs"},
        {"region": "north-wales-rpb"},
        {"stage": "exploring", "region": "north-wales-rpb"},
        {"stage": "nonsense"},
        {"stage": "declined", "page": "2"},
    ],
)
def test_the_register_exports_exactly_what_the_page_shows(client, world, params):
    sign_in(client, world["moderator"])
    csv_rows = read_csv(client.get("/rollout/adoptions/export.csv", params))[1:]
    xlsx_rows = read_xlsx(client.get("/rollout/adoptions/export.xlsx", params))[1:]
    all_shown = page_references(
        client, "/rollout/adoptions/", {k: v for k, v in params.items() if k != "page"}, "adoptions"
    )
    assert [int(row[-1]) for row in csv_rows] == all_shown
    assert [row[-1] for row in xlsx_rows] == all_shown


def test_only_declined_adoptions_are_exported_when_filtered(client, world):
    sign_in(client, world["moderator"])
    page = client.get("/rollout/adoptions/", {"stage": "declined"}).content.decode()
    assert 'href="/rollout/adoptions/export.csv?stage=declined"' in page
    rows = read_csv(client.get("/rollout/adoptions/export.csv", {"stage": "declined"}))
    assert rows[1:] == as_csv(register_rows(world)[:1])
    rows = read_xlsx(client.get("/rollout/adoptions/export.xlsx", {"stage": "declined"}))
    assert rows[1:] == as_xlsx(register_rows(world)[:1])


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_register_exports_only_what_the_user_may_see(client, world, fmt, django_user_model):
    read = read_csv if fmt == "csv" else read_xlsx
    expected = register_rows(world)
    # The outsider (Cardiff) sees only Cardiff's own adoption.
    sign_in(client, world["outsider"])
    rows = read(client.get(f"/rollout/adoptions/export.{fmt}"))
    assert [str(row[2]) for row in rows[1:]] == ["Cardiff Council"]
    # Gwynedd's viewer sees Gwynedd's; the lead body's editor sees every adopter of its practice.
    sign_in(client, world["viewer"])
    rows = read(client.get(f"/rollout/adoptions/export.{fmt}"))
    assert [str(row[-1]) for row in rows[1:]] == [str(world["gwynedd_adoption"].pk)]
    sign_in(client, world["lead_editor"])
    rows = read(client.get(f"/rollout/adoptions/export.{fmt}"))
    assert len(rows) == 1 + len(expected)
    # Someone with no body and no programme role sees nothing but the headers.
    nobody = django_user_model.objects.create_user(
        "nobody@example.org", password="a-long-unusual-passphrase"
    )
    sign_in(client, nobody)
    assert read(client.get(f"/rollout/adoptions/export.{fmt}")) == [REGISTER_HEADERS]


# The ledger


def test_the_ledger_csv_cell_by_cell(client, world):
    sign_in(client, world["moderator"])
    response = client.get("/rollout/savings/export.csv")
    today = timezone.localdate().isoformat()
    assert response["Content-Disposition"] == (f'attachment; filename="arfer-savings-{today}.csv"')
    rows = read_csv(response)
    assert rows[0] == LEDGER_HEADERS
    assert rows[1:] == as_csv(ledger_rows(world), money_column=8)
    assert rows[3][8] == "12500.00" and rows[1][8] == "3000.50"


def test_the_ledger_xlsx_cell_by_cell(client, world):
    sign_in(client, world["moderator"])
    response = client.get("/rollout/savings/export.xlsx")
    rows = read_xlsx(response)
    assert rows[0] == LEDGER_HEADERS
    assert rows[1:] == as_xlsx(ledger_rows(world))
    sheet = xlsx_sheet(response)
    assert sheet.title == "Savings ledger"
    amount = sheet["I4"]
    assert amount.value == 12500 and amount.data_type == "n"
    assert amount.number_format == "#,##0.00"
    assert sheet["B4"].value == 2 and sheet["B4"].data_type == "n"


def test_the_ledger_exports_only_the_filtered_year_and_certainty(client, world):
    sign_in(client, world["moderator"])
    params = {"financial_year": "2024", "certainty": "realised"}
    page = client.get("/rollout/savings/", params)
    assert [e.pk for e in page.context["entries"]] == [
        world["cardiff_saving"].pk,
        world["realised"].pk,
    ]
    assert (
        'href="/rollout/savings/export.csv?financial_year=2024&amp;certainty=realised"'
        in page.content.decode()
    )
    expected = ledger_rows(world)[1:3]
    assert read_csv(client.get("/rollout/savings/export.csv", params))[1:] == as_csv(
        expected, money_column=8
    )
    assert read_xlsx(client.get("/rollout/savings/export.xlsx", params))[1:] == as_xlsx(expected)


@pytest.mark.parametrize(
    "params",
    [
        {"financial_year": "2023"},
        {"certainty": "forecast"},
        {"kind": "non_cashable"},
        {"verification": "verified"},
        {"verification": "queried"},
        {"sector": "nhs"},
        {"region": "cardiff-and-vale-rpb"},
        {"financial_year": "1999"},
        {"kind": "bogus"},
        {"financial_year": "2024", "certainty": "realised", "verification": "unverified"},
    ],
)
def test_the_ledger_exports_exactly_what_the_page_shows(client, world, params):
    sign_in(client, world["moderator"])
    shown = page_references(client, "/rollout/savings/", params, "entries")
    csv_rows = read_csv(client.get("/rollout/savings/export.csv", params))[1:]
    xlsx_rows = read_xlsx(client.get("/rollout/savings/export.xlsx", params))[1:]
    assert [int(row[-1]) for row in csv_rows] == shown
    assert [row[-1] for row in xlsx_rows] == shown


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_ledger_exports_only_what_the_user_may_see(client, world, fmt):
    read = read_csv if fmt == "csv" else read_xlsx
    sign_in(client, world["outsider"])
    rows = read(client.get(f"/rollout/savings/export.{fmt}"))
    assert [(str(row[3]), str(row[-1])) for row in rows[1:]] == [
        ("Cardiff Council", str(world["cardiff_saving"].pk))
    ]
    sign_in(client, world["viewer"])
    rows = read(client.get(f"/rollout/savings/export.{fmt}"))
    assert {str(row[3]) for row in rows[1:]} == {"Gwynedd Council"}
    assert len(rows) == 1 + 3
    sign_in(client, world["lead_editor"])
    assert len(read(client.get(f"/rollout/savings/export.{fmt}"))) == 1 + 4


# Formats, sign-in, Welsh, formula injection


@pytest.mark.parametrize(
    "url",
    [
        "/rollout/adoptions/export.pdf",
        "/rollout/savings/export.pdf",
        "/rollout/adoptions/export.CSV",
        "/rollout/savings/export.json",
    ],
)
def test_an_unknown_format_is_404(client, world, url):
    sign_in(client, world["moderator"])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("url", EXPORTS)
def test_anonymous_is_sent_to_sign_in(client, world, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/sign-in/")


def test_exports_are_get_only(client, world):
    sign_in(client, world["moderator"])
    for url in EXPORTS:
        assert client.post(url).status_code == 405, url


@pytest.mark.parametrize(
    ("url", "count"), [("/rollout/adoptions/export.csv", 3), ("/rollout/savings/export.csv", 4)]
)
def test_the_welsh_csv_export(client, world, url, count):
    sign_in(client, world["moderator"])
    rows = read_csv(client.get("/cy" + url))
    assert len(rows) == 1 + count
    assert len(rows[0]) == len(rows[1])
    # The references (the last column) are the same rows as in English.
    english = read_csv(client.get(url))
    assert [row[-1] for row in rows[1:]] == [row[-1] for row in english[1:]]


@pytest.mark.parametrize(
    ("url", "count"), [("/rollout/adoptions/export.xlsx", 3), ("/rollout/savings/export.xlsx", 4)]
)
def test_the_welsh_xlsx_export(client, world, url, count):
    sign_in(client, world["moderator"])
    assert len(read_xlsx(client.get("/cy" + url))) == 1 + count


def test_text_that_looks_like_a_formula_is_neutralised(client, world):
    formula = make_practice("formula", title_en='=HYPERLINK("http://evil.example","Click")')
    adoption = actions.record_adoption(
        formula,
        world["adopter"],
        actor=world["editor"],
        stage="declined",
        changed_on=datetime.date(2024, 4, 1),
        reason="-1+2 is not a reason",
    )
    entry = actions.record_saving(
        actor=world["moderator"], practice=formula, values=CASHABLE | {"evidence": "@SUM(A1:A9)"}
    )
    sign_in(client, world["moderator"])
    neutral = '\'=HYPERLINK("http://evil.example","Click")'
    register = {"stage": "declined"}
    rows = read_csv(client.get("/rollout/adoptions/export.csv", register))
    row = next(r for r in rows[1:] if r[-1] == str(adoption.pk))
    assert (row[0], row[8]) == (neutral, "'-1+2 is not a reason")
    rows = read_xlsx(client.get("/rollout/adoptions/export.xlsx", register))
    row = next(r for r in rows[1:] if r[-1] == adoption.pk)
    assert (row[0], row[8]) == (neutral, "'-1+2 is not a reason")
    sheet = xlsx_sheet(client.get("/rollout/adoptions/export.xlsx", register))
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    rows = read_csv(client.get("/rollout/savings/export.csv"))
    row = next(r for r in rows[1:] if r[-1] == str(entry.pk))
    assert (row[2], row[13]) == (neutral, "'@SUM(A1:A9)")
    rows = read_xlsx(client.get("/rollout/savings/export.xlsx"))
    row = next(r for r in rows[1:] if r[-1] == entry.pk)
    assert (row[2], row[13]) == (neutral, "'@SUM(A1:A9)")
