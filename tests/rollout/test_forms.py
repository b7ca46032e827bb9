"""The register's and the ledger's forms on their pages: dates in three boxes, checkboxes that
can be unticked, financial years offered from this one, the body chosen for a person with one."""

import datetime
import re

from django.utils import timezone

from arfer.core.actors import SYSTEM
from arfer.core.dates import as_posted
from arfer.core.periods import year_label, year_of
from arfer.rollout import actions
from arfer.rollout.forms import SavingForm, TargetForm
from arfer.rollout.models import Support
from tests.accounts.helpers import sign_in_with_two_factor

from .conftest import CASHABLE, adopt

FORECAST = CASHABLE | {"certainty": "forecast"}


def sign_in(client, user):
    if user.requires_two_factor:
        sign_in_with_two_factor(client, user)
    else:
        client.force_login(user)


def inputs(html, name):
    return re.search(rf'<input [^>]*name="{name}"[^>]*>', html).group(0)


def selected(html, name):
    select = re.search(rf'<select [^>]*name="{name}".*?</select>', html, re.S).group(0)
    return (
        re.findall(r'<option value="([^"]*)"', select),
        re.findall(r'<option value="([^"]*)" selected', select),
    )


# Dates and checkboxes


def test_recording_an_adoption_asks_for_dates_in_three_boxes(client, rollout_world):
    sign_in(client, rollout_world["editor"])
    html = client.get(f"/practices/{rollout_world['practice'].slug}/adopt/").content.decode()
    today = timezone.localdate()
    assert f'value="{today.day}"' in inputs(html, "changed_on_day")
    assert f'value="{today.year}"' in inputs(html, "changed_on_year")
    assert "value=" not in inputs(html, "target_date_day")
    assert html.count('class="govuk-date-input"') == 2
    # Several kinds of support may be asked for; "adapted" is one box that can be unticked.
    assert html.count('name="support_requested" type="checkbox"') == len(Support.choices)
    assert 'name="adapted" type="checkbox" value="true"' in html
    assert 'type="radio" value="True"' not in html


def test_the_adopters_only_body_is_chosen_for_them(client, rollout_world):
    sign_in(client, rollout_world["editor"])
    html = client.get(f"/practices/{rollout_world['practice'].slug}/adopt/").content.decode()
    assert selected(html, "body")[1] == [str(rollout_world["adopter"].pk)]


def test_a_date_typed_day_first_is_stored_as_typed(client, rollout_world):
    sign_in(client, rollout_world["editor"])
    response = client.post(
        f"/practices/{rollout_world['practice'].slug}/adopt/",
        {
            "body": rollout_world["adopter"].pk,
            "stage": "planning",
            "changed_on_day": "01",
            "changed_on_month": "04",
            "changed_on_year": "2024",
            "target_date_day": "31",
            "target_date_month": "3",
            "target_date_year": "2027",
        },
    )
    assert response.status_code == 302
    adoption = rollout_world["adopter"].adoptions.get()
    assert adoption.stage_since == datetime.date(2024, 4, 1)
    assert adoption.target_date == datetime.date(2027, 3, 31)


def test_a_half_typed_date_is_shown_back_with_the_design_systems_message(client, rollout_world):
    sign_in(client, rollout_world["editor"])
    response = client.post(
        f"/practices/{rollout_world['practice'].slug}/adopt/",
        {
            "body": rollout_world["adopter"].pk,
            "stage": "planning",
            "changed_on_day": "",
            "changed_on_month": "4",
            "changed_on_year": "2024",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<a href="#id_changed_on_day">The date the body got to this stage must include a day.</a>'
    ) in html
    assert "govuk-input--error" in inputs(html, "changed_on_day")
    assert "govuk-input--error" not in inputs(html, "changed_on_month")
    assert 'value="2024"' in inputs(html, "changed_on_year")


def test_editing_an_adoption_shows_its_answers_and_adapted_can_be_unticked(client, rollout_world):
    adoption = adopt(
        rollout_world,
        target_date=datetime.date(2026, 3, 31),
        support_requested=["visit", "advice"],
        adapted=True,
        adaptations="Welsh first.",
    )
    sign_in(client, rollout_world["editor"])
    url = f"/rollout/adoptions/{adoption.pk}/edit/"
    html = client.get(url).content.decode()
    assert 'value="31"' in inputs(html, "target_date_day")
    assert 'value="3"' in inputs(html, "target_date_month")
    assert 'value="2026"' in inputs(html, "target_date_year")
    assert "checked" in inputs(html, "adapted")
    ticked = re.findall(r'name="support_requested" type="checkbox" value="(\w+)" checked', html)
    assert sorted(ticked) == ["advice", "visit"]
    response = client.post(
        url,
        {
            "version": adoption.version,
            "support_requested": ["visit"],
            **as_posted("target_date", "2026-03-31"),
            "adaptations": "",
        },
    )
    assert response.status_code == 302
    adoption.refresh_from_db()
    assert (adoption.adapted, adoption.support_requested) == (False, ["visit"])


# Financial years


def test_a_new_saving_is_for_this_financial_year_by_default(db):
    today = timezone.localdate()
    form = SavingForm()
    years = [year for year, _label in form.fields["financial_year"].choices]
    assert form["financial_year"].value() == year_of(today)
    assert years == sorted(years) and years[-1] == year_of(today) + 5
    assert years[0] == year_of(today) - 3  # nothing recorded yet: a few years back


def test_the_years_offered_reach_back_before_the_earliest_recorded(rollout_world):
    adoption = adopt(rollout_world, changed_on=datetime.date(2015, 4, 1))
    actions.record_saving(
        actor=SYSTEM, adoption=adoption, values=CASHABLE | {"financial_year": 2016}
    )
    years = [year for year, _label in SavingForm().fields["financial_year"].choices]
    assert years[0] == 2013 and years == list(range(2013, years[-1] + 1))


def test_changing_a_saving_keeps_its_year_selected(client, rollout_world):
    adoption = adopt(rollout_world)
    entry = actions.record_saving(actor=rollout_world["editor"], adoption=adoption, values=CASHABLE)
    sign_in(client, rollout_world["editor"])
    html = client.get(f"/rollout/savings/{entry.pk}/edit/").content.decode()
    assert selected(html, "financial_year")[1] == ["2024"]
    html = client.get(f"/rollout/adoptions/{adoption.pk}/savings/new/").content.decode()
    options, chosen = selected(html, "financial_year")
    assert chosen == [str(year_of(timezone.localdate()))]
    assert options == sorted(options)


def test_a_far_forecast_keeps_its_year_when_changed_on_the_page(client, rollout_world):
    adoption = adopt(rollout_world)
    far = year_of(timezone.localdate()) + 8
    entry = actions.record_saving(
        actor=rollout_world["editor"], adoption=adoption, values=FORECAST | {"financial_year": far}
    )
    sign_in(client, rollout_world["editor"])
    html = client.get(f"/rollout/savings/{entry.pk}/edit/").content.decode()
    assert selected(html, "financial_year")[1] == [str(far)]
    response = client.post(
        f"/rollout/savings/{entry.pk}/edit/",
        {
            "version": entry.version,
            "financial_year": str(far),
            "quarter": "2",
            "certainty": "forecast",
            "kind": "cashable",
            "recurrence": "recurring",
            "amount_pence": "13,000",
            "evidence": "Plan.",
        },
    )
    assert response.status_code == 302
    entry.refresh_from_db()
    assert (entry.financial_year, entry.amount_pence) == (far, 1_300_000)


def test_a_target_is_for_this_financial_year_by_default(client, rollout_world):
    form = TargetForm()
    assert form["financial_year"].value() == year_of(timezone.localdate())
    sign_in(client, rollout_world["admin"])
    html = client.get("/rollout/targets/").content.decode()
    assert selected(html, "financial_year")[1] == [str(year_of(timezone.localdate()))]
    assert year_label(year_of(timezone.localdate())) in html


# Text: the same rule as the API's (core/text.py)


def saving_post(**changes):
    return {
        "financial_year": "2024",
        "quarter": "2",
        "certainty": "realised",
        "kind": "cashable",
        "recurrence": "recurring",
        "amount_pence": "12,500",
        "unit": "",
        "quantity": "",
        "evidence": "Budget report.",
        **changes,
    }


def test_a_one_line_field_refuses_tabs_and_control_characters(client, rollout_world):
    adoption = adopt(rollout_world, contact_name="Nia Jones")
    sign_in(client, rollout_world["editor"])
    for text in ["Nia\tJones", "Nia\x1bJones", "Nia\x7fJones"]:
        response = client.post(
            f"/rollout/adoptions/{adoption.pk}/edit/",
            {"version": adoption.version, "contact_name": text, **as_posted("target_date", "")},
        )
        assert response.status_code == 200
        assert response.context["form"].errors["contact_name"] == [
            "Enter this on one line, without tabs, line breaks or other control characters."
        ]
    adoption.refresh_from_db()
    assert (adoption.contact_name, adoption.version) == ("Nia Jones", 1)


def test_a_long_field_keeps_tabs_and_line_breaks_but_no_other_control(client, rollout_world):
    adoption = adopt(rollout_world)
    sign_in(client, rollout_world["editor"])
    url = f"/rollout/adoptions/{adoption.pk}/savings/new/"
    refused = client.post(url, saving_post(evidence="Baseline\x0b£12,000"))
    assert refused.context["form"].errors["evidence"] == [
        "Remove the control characters from this text (tabs and line breaks are fine)."
    ]
    assert not adoption.ledger_entries.exists()
    assert (
        client.post(url, saving_post(evidence="Baseline:\t£12,000\r\nAfter:\t£11,000")).status_code
        == 302
    )
    assert adoption.ledger_entries.get().evidence == "Baseline:\t£12,000\r\nAfter:\t£11,000"


def test_invisible_text_is_refused_on_the_page_too(client, rollout_world):
    adoption = adopt(rollout_world)
    sign_in(client, rollout_world["editor"])
    response = client.post(
        f"/rollout/adoptions/{adoption.pk}/savings/new/", saving_post(evidence="\u200b\u200b")
    )
    assert response.context["form"].errors["evidence"] == [
        "Enter some text, not only spaces or other invisible characters."
    ]
    assert not adoption.ledger_entries.exists()
