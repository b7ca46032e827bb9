"""The GOV.UK date input: a date typed as day, month and year in three boxes, read one way only,
with the design system's messages and only the boxes at fault marked."""

import datetime
import re

import pytest
from django import forms
from django.template.loader import render_to_string

from arfer.core.dates import DateInputField, as_posted, read_date
from arfer.core.templatetags.arfer import error_target, widget_kind


class StartForm(forms.Form):
    start = DateInputField(label="Start date", subject="the start date")
    finish = DateInputField(
        label="Finish date (optional)",
        subject="the finish date",
        required=False,
        help_text="When it ended.",
    )


def errors_for(day, month, year, field="start"):
    form = StartForm({f"{field}_day": day, f"{field}_month": month, f"{field}_year": year})
    form.is_valid()
    return form.errors.get(field, [])


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (("1", "4", "2024"), datetime.date(2024, 4, 1)),
        (("01", "04", "2024"), datetime.date(2024, 4, 1)),
        ((" 27 ", "3", "2007"), datetime.date(2007, 3, 27)),
        (("29", "2", "2024"), datetime.date(2024, 2, 29)),
        (("5", "Apr", "2024"), datetime.date(2024, 4, 5)),
        (("5", "April", "2024"), datetime.date(2024, 4, 5)),
        (("5", "Ebrill", "2024"), datetime.date(2024, 4, 5)),
    ],
)
def test_a_date_is_read_day_first_from_its_own_boxes(typed, expected):
    assert read_date(*typed).date == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (("", "", ""), "Enter the start date."),
        (("", "4", "2024"), "The start date must include a day."),
        (("1", "", "2024"), "The start date must include a month."),
        (("1", "4", ""), "The start date must include a year."),
        (("", "", "2024"), "The start date must include a day and month."),
        (("", "4", ""), "The start date must include a day and year."),
        (("1", "", ""), "The start date must include a month and year."),
        (("31", "2", "2024"), "The start date must be a real date."),
        (("29", "2", "2023"), "The start date must be a real date."),
        (("1", "13", "2024"), "The start date must be a real date."),
        (("first", "4", "2024"), "The start date must be a real date."),
        (("1", "4", "24"), "The year of the start date must include 4 numbers."),
        (("1", "4", "20245"), "The year of the start date must include 4 numbers."),
    ],
)
def test_each_problem_has_the_design_systems_message(typed, message):
    assert errors_for(*typed) == [message]


def test_an_optional_date_may_be_left_empty_but_not_half_filled():
    form = StartForm(
        {
            **as_posted("start", "2024-04-01"),
            "finish_day": "",
            "finish_month": "",
            "finish_year": "",
        }
    )
    assert form.is_valid() and form.cleaned_data["finish"] is None
    assert errors_for("3", "", "", field="finish") == [
        "The finish date must include a month and year."
    ]


def test_day_first_and_month_first_are_never_guessed():
    # "01/04/2024" in one box was stored as 4 January: the boxes say which number is which.
    form = StartForm(as_posted("start", datetime.date(2024, 4, 1)))
    assert form.is_valid() and form.cleaned_data["start"] == datetime.date(2024, 4, 1)
    assert errors_for("01/04/2024", "", "") == ["The start date must include a month and year."]


def rendered(form, name="start"):
    return render_to_string("core/_field.html", {"field": form[name]})


def boxes(html):
    return re.findall(r"<input [^>]*>", html)


def test_the_date_is_drawn_as_the_govuk_date_input():
    html = rendered(StartForm())
    assert widget_kind(StartForm()["start"]) == "date"
    assert '<fieldset class="govuk-fieldset" role="group" aria-describedby="id_start-hint">' in html
    assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Start date' in html
    assert '<div class="govuk-hint" id="id_start-hint">For example, 27 3 2007</div>' in html
    assert '<div class="govuk-date-input" id="id_start">' in html
    assert html.count('class="govuk-date-input__item"') == 3
    inputs = boxes(html)
    assert [re.search(r'name="([^"]+)"', box).group(1) for box in inputs] == [
        "start_day",
        "start_month",
        "start_year",
    ]
    assert all('inputmode="numeric"' in box and 'type="text"' in box for box in inputs)
    assert [
        "govuk-input--width-2" in inputs[0],
        "govuk-input--width-2" in inputs[1],
        "govuk-input--width-4" in inputs[2],
    ] == [True, True, True]
    for label in ("Day", "Month", "Year"):
        assert f">{label}</label>" in html
    assert "govuk-input--error" not in html


def test_a_hint_of_its_own_comes_before_the_example():
    html = rendered(StartForm(), "finish")
    assert "When it ended. For example, 27 3 2007" in html


def test_the_current_date_shows_in_the_boxes():
    html = rendered(StartForm(initial={"start": datetime.date(2024, 4, 1)}))
    assert ['value="1"' in box for box in boxes(html)] == [True, False, False]
    assert 'value="4"' in boxes(html)[1] and 'value="2024"' in boxes(html)[2]


def test_what_was_typed_shows_again_with_only_the_boxes_at_fault_in_red():
    form = StartForm({"start_day": "12", "start_month": "", "start_year": "2024"})
    assert not form.is_valid()
    html = rendered(form)
    inputs = boxes(html)
    assert ["govuk-input--error" in box for box in inputs] == [False, True, False]
    assert 'value="12"' in inputs[0] and 'value="2024"' in inputs[2]
    assert "The start date must include a month." in html
    assert error_target(form["start"]) == "id_start_month"


def test_an_impossible_day_marks_the_day_and_a_wrong_year_the_year():
    form = StartForm({"start_day": "31", "start_month": "2", "start_year": "2024"})
    form.is_valid()
    assert ["govuk-input--error" in box for box in boxes(rendered(form))] == [True, False, False]
    form = StartForm({"start_day": "3", "start_month": "2", "start_year": "24"})
    form.is_valid()
    assert ["govuk-input--error" in box for box in boxes(rendered(form))] == [False, False, True]
    assert error_target(form["start"]) == "id_start_year"


def test_an_empty_date_or_a_date_refused_as_a_whole_marks_every_box():
    form = StartForm({})
    form.is_valid()
    assert ["govuk-input--error" in box for box in boxes(rendered(form))] == [True] * 3
    assert error_target(form["start"]) == "id_start_day"
    form = StartForm(as_posted("start", "2024-04-01"))
    form.is_valid()
    form.add_error("start", "The date cannot be in the future.")
    assert ["govuk-input--error" in box for box in boxes(rendered(form))] == [True] * 3


def test_the_error_summary_links_to_the_first_box_at_fault():
    form = StartForm({"start_day": "", "start_month": "", "start_year": "2024"})
    form.is_valid()
    summary = render_to_string("core/_error_summary.html", {"form": form})
    assert '<a href="#id_start_day">The start date must include a day and month.</a>' in summary
