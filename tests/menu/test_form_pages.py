"""The question pages of "Share a practice" and the review: checkboxes where several answers are
allowed, the start date in three boxes, messages of their own, the lead body chosen for a
person with one."""

import datetime
import re

import pytest

from arfer.accounts.models import Membership
from arfer.directory.models import Body
from arfer.menu.models import ServiceArea

from . import test_sharing
from .test_sharing import fill_every_step, sign_in, start


@pytest.fixture
def people(directory):
    """The people of the sharing tests."""
    return test_sharing.people.__wrapped__(directory)


def options(html, name):
    return re.findall(rf'<input [^>]*name="{name}" type="(\w+)" value="([^"]*)"( checked)?', html)


def test_the_only_body_a_person_acts_for_is_chosen_for_them(client, people):
    sign_in(client, people["editor"])
    html = client.get("/practices/share/").content.decode()
    council = Body.objects.get(slug="carmarthenshire-county-council")
    assert f'<option value="{council.pk}" selected>' in html


def test_a_person_acting_for_several_bodies_chooses_one(client, people):
    gwynedd = Body.objects.get(slug="gwynedd-council")
    Membership.objects.create(user=people["editor"], body=gwynedd, role="editor")
    sign_in(client, people["editor"])
    html = client.get("/practices/share/").content.decode()
    assert " selected>" not in html.split('name="lead_body"', 1)[1].split("</select>", 1)[0]


def test_an_empty_title_says_what_to_enter(client, people):
    sign_in(client, people["editor"])
    response = client.post("/practices/share/", {"lead_body": "", "title_en": ""})
    html = response.content.decode().replace("&#x27;", "'")
    assert "Choose the body that leads this practice." in html
    assert "Enter the practice's title in English." in html
    assert "This field is required." not in html


def test_service_areas_are_checkboxes_and_several_are_kept(client, people):
    practice = start(client, people)
    fill_every_step(client, practice)
    url = f"/practices/{practice.slug}/edit/classification/"
    chosen = list(ServiceArea.objects.filter(slug__in=["reablement", "care-at-home"]))
    practice.refresh_from_db()
    response = client.post(
        url,
        {
            "version": practice.version,
            "service_areas": [area.pk for area in chosen],
            "prevention_tier": "secondary",
            "evidence_level": "2",
        },
    )
    assert response.status_code == 302
    html = client.get(url).content.decode()
    drawn = options(html, "service_areas")
    assert {kind for kind, _value, _checked in drawn} == {"checkbox"}
    assert sorted(value for _kind, value, checked in drawn if checked) == sorted(
        str(area.pk) for area in chosen
    )
    assert {kind for kind, _value, _checked in options(html, "prevention_tier")} == {"radio"}


def test_a_missing_tier_and_level_say_what_to_choose(client, people):
    practice = start(client, people)
    response = client.post(
        f"/practices/{practice.slug}/edit/classification/", {"version": practice.version}
    )
    html = response.content.decode()
    assert "Choose the prevention tier." in html and "Choose the evidence level." in html


def test_the_start_date_is_typed_in_three_boxes_and_shown_again(client, people):
    practice = start(client, people)
    url = f"/practices/{practice.slug}/edit/contact/"
    html = client.get(url).content.decode()
    assert 'class="govuk-date-input"' in html and "For example, 27 3 2022" in html
    assert "2023-04-01" not in html
    response = client.post(
        url,
        {
            "version": practice.version,
            "start_date_day": "01",
            "start_date_month": "04",
            "start_date_year": "2024",
        },
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.start_date == datetime.date(2024, 4, 1)
    html = client.get(url).content.decode()
    assert re.search(r'name="start_date_day" type="text" inputmode="numeric" value="1"', html)
    assert re.search(r'name="start_date_month" type="text" inputmode="numeric" value="4"', html)


def test_the_review_criteria_are_checkboxes(client, people):
    practice = start(client, people)
    fill_every_step(client, practice)
    client.post(f"/practices/{practice.slug}/submit/")
    sign_in(client, people["moderator"])
    html = client.get(f"/practices/{practice.slug}/review/").content.decode()
    assert [kind for kind, _value, _checked in options(html, "criteria_met")] == ["checkbox"] * 5
