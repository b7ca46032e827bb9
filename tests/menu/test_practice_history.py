"""A practice's history: fields named as the steps of "Share a practice" name them, money in
pounds, Welsh text marked Welsh, and the same rows as a CSV download."""

import csv
import io
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.core.history import EMPTY
from arfer.directory.models import Body
from arfer.menu.editing import update_practice
from arfer.menu.models import EvidenceLevel, Practice
from tests.conftest import make_practice


def words(language, english):
    with translation.override(language):
        return translation.gettext(english)


@pytest.fixture
def editor(directory):
    return create_account(
        "editor@example.org",
        role="editor",
        body=Body.objects.get(slug="carmarthenshire-county-council"),
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]


def edited(editor, **values):
    practice = Practice.objects.get(slug="falls")
    return update_practice(practice, actor=editor, expected_version=practice.version, values=values)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_practices_history_reads_in_the_page_language(client, editor, language):
    make_practice("falls", publish=False)
    edited(editor, setup_cost_pence=120_000, title_cy="Cwympiadau", evidence_level=3)
    client.force_login(editor)
    base = ("/cy" if language == "cy" else "") + "/practices/falls/"
    raw = client.get(base + "history/").content.decode()
    html = unescape(raw)
    assert f"<strong>{words(language, 'Set-up cost (£)')}</strong>: £0 → £1,200" in html
    assert f"<strong>{words(language, 'Title in Welsh')}</strong>: {EMPTY} → " in html
    assert '<span lang="cy">Cwympiadau</span>' in raw
    with translation.override(language):
        assert str(EvidenceLevel(3).label) in html

    rows = list(
        csv.reader(io.StringIO(client.get(base + "history.csv").content.decode("utf-8-sig")))
    )
    assert rows[0] == [words(language, h) for h in ("When", "Who", "What changed")]
    assert rows[1][1] == "editor@example.org"
    assert f"{words(language, 'Set-up cost (£)')}: £0 → £1,200" in rows[1][2].splitlines()
    assert len(rows) == 3  # the edit and the practice's creation


@pytest.mark.parametrize("page", ["history/", "history.csv"])
def test_a_fixed_number_of_queries_however_long_the_history(client, editor, page):
    make_practice("falls", publish=False)
    client.force_login(editor)
    url = f"/practices/falls/{page}"

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    edited(editor, setup_cost_pence=100)
    few = queries()
    for pence in range(200, 1000, 100):
        edited(editor, setup_cost_pence=pence)
    assert queries() == few
