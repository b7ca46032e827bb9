"""The histories of an adoption and of a saving: what changed, read as the forms name it, in
the page's language, and the same rows as a CSV download."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape

from arfer.rollout import actions
from tests.rollout.conftest import CASHABLE, adopt


def words(language, english):
    with translation.override(language):
        return translation.gettext(english)


def prefix(language):
    return "/cy" if language == "cy" else ""


def rows_of(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def _saving_changed(world, amounts):
    entry = actions.record_saving(actor=world["editor"], values=CASHABLE, adoption=adopt(world))
    for amount in amounts:
        entry = actions.update_saving(
            entry,
            actor=world["editor"],
            expected_version=entry.version,
            values={"amount_pence": amount},
        )
    return entry


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_adoptions_history_reads_as_the_forms_name_it(client, rollout_world, language):
    adoption = adopt(rollout_world, support_requested=["visit"])
    adoption = actions.update_adoption(
        adoption,
        actor=rollout_world["editor"],
        expected_version=adoption.version,
        values={"target_date": datetime.date(2026, 3, 31), "support_requested": ["advice"]},
    )
    actions.change_stage(
        adoption,
        actor=rollout_world["editor"],
        expected_version=adoption.version,
        to_stage="piloting",
        changed_on=datetime.date(2024, 6, 1),
    )
    client.force_login(rollout_world["viewer"])
    page = client.get(f"{prefix(language)}/rollout/adoptions/{adoption.pk}/history/")
    html = page.content.decode()
    with translation.override(language):
        expected = [
            str(words(language, "target date")).capitalize(),
            "31 Mawrth 2026" if language == "cy" else "31 March 2026",
            words(language, "A visit") + " → " + words(language, "Advice"),
            words(language, "Piloting"),
            words(language, "Stage changed to %(value)s") % {"value": words(language, "Piloting")},
            words(language, "Download this history (CSV)"),
            "editor@gwynedd.example",
        ]
    for text in expected:
        # {% translate %} does not escape its message (an apostrophe stays as it is).
        assert escape(text) in html or text in html, text
    assert f'href="{prefix(language)}/rollout/adoptions/{adoption.pk}/history.csv"' in html
    # The only record of the system's own (none here) and ids never show as values.
    assert f">{rollout_world['adopter'].pk}<" not in html

    rows = rows_of(client.get(f"{prefix(language)}/rollout/adoptions/{adoption.pk}/history.csv"))
    assert rows[0] == [
        words(language, "When"),
        words(language, "Who"),
        words(language, "What changed"),
    ]
    assert any(
        "31 Mawrth 2026" in row[2] if language == "cy" else "31 March 2026" in row[2]
        for row in rows[1:]
    )
    assert rows[-1][2].splitlines()[0] == words(language, "Created")


@pytest.mark.parametrize("language", ["en", "cy"])
def test_a_savings_history_shows_money_in_pounds(client, rollout_world, language):
    entry = _saving_changed(rollout_world, [1_500_050])
    actions.verify_saving(
        entry, actor=rollout_world["moderator"], verification="queried", reason="Which wards?"
    )
    client.force_login(rollout_world["viewer"])
    html = client.get(f"{prefix(language)}/rollout/savings/{entry.pk}/history/").content.decode()
    amount = words(language, "Amount in pounds")
    assert f"<strong>{amount}</strong>: £12,500 → £15,000.50" in html
    assert escape(words(language, "Queried")) in html
    # What the moderator typed is shown as typed, marked as English on the Welsh page.
    assert ('<span lang="en">Which wards?</span>' in html) == (language == "cy")

    rows = rows_of(client.get(f"{prefix(language)}/rollout/savings/{entry.pk}/history.csv"))
    assert len(rows) == 4  # the header, the query, the correction, the record
    assert f"{amount}: £12,500 → £15,000.50" in rows[2][2].splitlines()
    assert rows[2][1] == "editor@gwynedd.example"


def test_a_download_cannot_carry_a_formula(client, rollout_world):
    entry = _saving_changed(rollout_world, [])
    rollout_world["editor"].email = "=HYPERLINK(1)@gwynedd.example"
    rollout_world["editor"].save()
    client.force_login(rollout_world["viewer"])
    rows = rows_of(client.get(f"/rollout/savings/{entry.pk}/history.csv"))
    assert rows[1][1] == "'=HYPERLINK(1)@gwynedd.example"


def test_the_history_pages_are_linked_from_their_records(client, rollout_world):
    entry = _saving_changed(rollout_world, [])
    client.force_login(rollout_world["viewer"])
    adoption_page = client.get(entry.adoption.get_absolute_url()).content.decode()
    assert f"/rollout/adoptions/{entry.adoption.pk}/history/" in adoption_page
    assert (
        f"/rollout/savings/{entry.pk}/history/"
        in client.get(entry.get_absolute_url()).content.decode()
    )


@pytest.mark.parametrize("page", ["history/", "history.csv"])
def test_a_fixed_number_of_queries_however_long_the_history(client, rollout_world, page):
    short = _saving_changed(rollout_world, [1_300_000])
    client.force_login(rollout_world["viewer"])

    def queries(entry):
        with CaptureQueriesContext(connection) as context:
            assert client.get(f"/rollout/savings/{entry.pk}/{page}").status_code == 200
        return len(context.captured_queries)

    few = queries(short)
    long = actions.record_saving(
        actor=rollout_world["editor"],
        values=CASHABLE | {"quarter": 3},
        adoption=short.adoption,
    )
    for amount in range(1_000_000, 1_000_010):
        long = actions.update_saving(
            long,
            actor=rollout_world["editor"],
            expected_version=long.version,
            values={"amount_pence": amount},
        )
    assert queries(long) == few
