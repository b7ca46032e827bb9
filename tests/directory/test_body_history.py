"""A body's history: its fields named as the directory's forms name them, dates in the page's
language, and the same rows as a CSV download, in a fixed number of queries."""

import csv
import datetime
import io
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.core.history import EMPTY
from arfer.directory import actions
from arfer.directory.models import Body

SLUG = "carmarthenshire-county-council"


def words(language, english):
    with translation.override(language):
        return translation.gettext(english)


@pytest.fixture
def member(directory):
    return create_account(
        "member@example.org",
        role="editor",
        body=Body.objects.get(slug=SLUG),
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]


def edited(**values):
    return actions.edit_body(Body.objects.get(slug=SLUG), values, actor=SYSTEM)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_bodys_history_reads_in_the_page_language(client, member, language):
    edited(website="https://www.example.org", active_from=datetime.date(2020, 4, 1))
    client.force_login(member)
    base = ("/cy" if language == "cy" else "") + f"/bodies/{SLUG}/"
    html = unescape(client.get(base + "history/").content.decode())
    with translation.override(language):
        opened = f"{str(Body._meta.get_field('active_from').verbose_name).capitalize()}</strong>: "
    day = "1 Ebrill 2020" if language == "cy" else "1 April 2020"
    assert f"{opened}{EMPTY} → {day}" in html
    assert f"<strong>{words(language, 'Website (optional)')}" not in html
    assert words(language, "Download this history (CSV)") in html

    rows = list(
        csv.reader(io.StringIO(client.get(base + "history.csv").content.decode("utf-8-sig")))
    )
    assert rows[0] == [words(language, h) for h in ("When", "Who", "What changed")]
    changed = rows[1][2].splitlines()
    assert changed[0] == words(language, "Changed")
    assert any(line.endswith("→ https://www.example.org") for line in changed)


@pytest.mark.parametrize("page", ["history/", "history.csv"])
def test_a_fixed_number_of_queries_however_long_the_history(client, member, page):
    client.force_login(member)
    url = f"/bodies/{SLUG}/{page}"

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    edited(short_name="Carms")
    few = queries()
    for number in range(8):
        edited(short_name=f"Carms {number}")
    assert queries() == few
