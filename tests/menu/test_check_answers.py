""" "Check your practice" follows the GOV.UK summary list pattern: every question of every step,
with its answer (Markdown kept, Welsh marked as Welsh, "Not given" when empty) and its own Change
link to the place on its page where the question is asked; in English and Welsh."""

import datetime
import html
import re
from urllib.parse import urlsplit

import pytest
from django.utils import translation
from django.utils.translation import gettext

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.editing import start_practice, update_practice
from arfer.menu.forms import STEPS
from arfer.menu.models import ServiceArea

pytestmark = pytest.mark.django_db

QUESTIONS = [name for form in STEPS.values() for name in form.base_fields if name != "version"]


@pytest.fixture
def practice(client, directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    editor = create_account(
        "editor@example.org",
        role="editor",
        body=council,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]
    client.force_login(editor)
    practice = start_practice(
        actor=editor,
        lead_body=council,
        title_en="Community reablement",
        title_cy="Ailalluogi cymunedol",
    )
    return update_practice(
        practice,
        actor=editor,
        expected_version=practice.version,
        values={
            "summary_en": "Short support at home.",
            "summary_cy": "Cymorth byr yn y cartref.",
            "problem_en": "People waited in hospital.",
            "problem_cy": "Roedd pobl yn aros.",
            "approach_en": "What we did:\n\n- one team\n- a shared budget",
            "approach_cy": "- un tîm\n- cyllideb ar y cyd",
            "outcomes_en": "Fewer delays.",
            "service_areas": list(ServiceArea.objects.filter(slug="reablement")),
            "prevention_tier": "secondary",
            "evidence_level": 2,
            "setup_cost_pence": 1_200_000,
            "annual_cashable_saving_pence": 25_000_000,
            "contact_name": "Reablement team",
            "contact_email": "team@example.org",
            "start_date": datetime.date(2023, 4, 1),
        },
    )


def rows(page):
    """(key, value cell with its attributes, change link href, its hidden text) for each row."""
    pattern = (
        r'<dt class="govuk-summary-list__key">(.*?)</dt>\s*'
        r'<dd class="govuk-summary-list__value"([^>]*)>(.*?)</dd>\s*'
        r'<dd class="govuk-summary-list__actions">\s*'
        r'<a class="govuk-link" href="([^"]*)">(.*?)<span class="govuk-visually-hidden">'
        r"(.*?)</span></a>"
    )
    return [
        {
            "key": html.unescape(key).strip(),
            "lang": attributes,
            "value": value.strip(),
            "href": html.unescape(href),
            "link": html.unescape(link),
            "hidden": html.unescape(hidden).strip(),
        }
        for key, attributes, value, href, link, hidden in re.findall(pattern, page, re.S)
    ]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_question_has_its_own_row_and_change_link(client, practice, language):
    prefix = "/cy" if language == "cy" else ""
    page = client.get(f"{prefix}/practices/{practice.slug}/edit/").content.decode()
    found = rows(page)
    with translation.override(language):
        labels = [
            str(form.base_fields[name].label)
            for form in STEPS.values()
            for name in form.base_fields
            if name != "version"
        ]
        change, not_given = gettext("Change"), gettext("Not given")
    assert [row["key"] for row in found] == labels
    assert len(found) == len(QUESTIONS)
    for row in found:
        assert row["link"] == change
        assert row["hidden"] == row["key"]  # the hidden text names the field
    # Nothing left out: the start date, every Welsh field; empty ones say so.
    by_key = {row["key"]: row for row in found}
    with translation.override(language):
        start = by_key[str(STEPS["contact"].base_fields["start_date"].label)]
        outcomes_cy = by_key[str(STEPS["results"].base_fields["outcomes_cy"].label)]
        title_cy = by_key[str(STEPS["about"].base_fields["title_cy"].label)]
    assert start["value"] == ("1 April 2023" if language == "en" else "1 Ebrill 2023")
    assert outcomes_cy["value"] == not_given and "lang" not in outcomes_cy["lang"]
    assert title_cy["value"] == "Ailalluogi cymunedol" and title_cy["lang"] == ' lang="cy"'
    welsh_given = [row for row in found if row["lang"] == ' lang="cy"']
    assert len(welsh_given) == 4  # title, summary, problem and approach; the rest are empty


def test_markdown_answers_keep_their_lists(client, practice):
    page = client.get(f"/practices/{practice.slug}/edit/").content.decode()
    by_key = {row["key"]: row for row in rows(page)}
    approach = by_key["What was done, in English"]["value"]
    assert '<div class="arfer-prose">' in approach
    assert re.search(
        r"<p>What we did:</p>\s*<ul>\s*<li>one team</li>\s*<li>a shared budget</li>", approach
    )
    assert re.search(r"<ul>\s*<li>un tîm</li>", by_key["What was done, in Welsh"]["value"])
    # Other answers as they were given.
    assert by_key["Set-up cost (£)"]["value"] == "£12,000"
    assert by_key["Service areas"]["value"].count("<li>") == 1
    assert by_key["Prevention tier"]["value"] == "Secondary prevention"


def test_each_change_link_goes_to_its_question(client, practice):
    page = client.get(f"/practices/{practice.slug}/edit/").content.decode()
    pages = {}
    for row, name in zip(rows(page), QUESTIONS, strict=True):
        address = urlsplit(row["href"])
        step = next(step for step, form in STEPS.items() if name in form.base_fields)
        assert address.path == f"/practices/{practice.slug}/edit/{step}/"
        assert address.fragment.startswith(f"id_{name}")
        if address.path not in pages:
            response = client.get(address.path)
            assert response.status_code == 200
            pages[address.path] = response.content.decode()
        assert f'id="{address.fragment}"' in pages[address.path], (name, address.fragment)


def test_the_reasons_for_asking_changes_are_shown_where_the_editors_make_them(client, practice):
    from arfer.menu.workflow import review_practice, submit_practice
    from tests.accounts.helpers import give_two_factor

    moderator = create_account(
        "moderator@example.org",
        role="moderator",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]
    give_two_factor(moderator)
    page = f"/practices/{practice.slug}/edit/"
    assert "Changes requested" not in client.get(page).content.decode()
    practice = submit_practice(practice, actor=practice.lead_body.memberships.first().user)
    review_practice(
        practice,
        actor=moderator,
        decision="changes",
        criteria_met=[],
        reasons="Give the number of people the team saw.",
    )
    content = client.get(page).content.decode()
    assert "Changes requested" in content
    assert "Give the number of people the team saw." in content
