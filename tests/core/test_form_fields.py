"""Every form of every app, walked field by field: each is drawn by the GOV.UK pattern its
question needs (core/_field.html picks it with `widget_kind`), and each field a person fills in
says what is wrong in words of its own, never Django's generic messages."""

import datetime
import importlib
import inspect
from pathlib import Path

import pytest
from django import forms
from django.http import QueryDict
from django.template.loader import render_to_string

import arfer
from arfer.accounts.actions import create_account
from arfer.board import actions as board_actions
from arfer.core.actors import SYSTEM
from arfer.core.dates import DateInputField
from arfer.core.templatetags.arfer import widget_kind
from arfer.directory.models import Area, Body
from arfer.menu.menu_index import current_menu_index
from arfer.menu.models import ServiceArea
from arfer.notifications.models import NotificationPreference
from arfer.rollout.forms import AdoptionDetailsForm, EditSavingForm
from tests.conftest import make_practice

FORM_MODULES = [
    *sorted(
        f"arfer.{path.parent.name}.forms" for path in Path(arfer.__file__).parent.glob("*/forms.py")
    ),
    "arfer.menu.filters",
    "arfer.rollout.tables",
]
# Filters read from the query string drop a bad value rather than show an error.
FILTER_MODULES = {"arfer.menu.filters", "arfer.rollout.tables"}


def form_classes(modules=FORM_MODULES):
    for name in modules:
        module = importlib.import_module(name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == name:
                yield cls


@pytest.fixture
def made(directory):
    """Every form, made as its page makes it (so fields added or changed in __init__ count)."""
    body = Body.objects.get(slug="gwynedd-council")
    user = create_account(
        "editor@example.org",
        role="editor",
        body=body,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]
    meeting = board_actions.save_meeting(
        {"kind": "board", "title_en": "Board", "date": datetime.date(2024, 4, 10)}, actor=SYSTEM
    )
    arguments = {
        "user": user,
        "practice": make_practice("reablement-at-home"),
        "meeting": meeting,
        "preference": NotificationPreference(user=user),
        "email": "new@example.org",
        "service_areas": list(ServiceArea.objects.all()),
        "regions": list(Area.objects.regions()),
        "areas": list(Area.objects.all()),
        "years": (2024, 2025),
        "bodies": [body],
        "menu_index": current_menu_index(),
    }
    made = []
    for cls in form_classes():
        # What the __init__ of the form and of the forms it extends ask for.
        wanted = {}
        for base in reversed(cls.__mro__):
            if "__init__" in vars(base) and issubclass(base, forms.BaseForm):
                wanted |= inspect.signature(base.__init__).parameters
        kwargs = {name: value for name, value in arguments.items() if name in wanted}
        data = wanted.get("data")
        if data is not None and data.default is inspect.Parameter.empty:
            made.append(cls(QueryDict(""), **kwargs))
        else:
            made.append(cls(**kwargs))
    return made


def expected_kinds(field: forms.Field) -> set[str]:
    """The patterns a field may be drawn with, from what it asks."""
    if isinstance(field.widget, forms.HiddenInput):
        return {"hidden"}
    if isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
        return {"checkboxes"}  # several answers: never radios, never a multiple select
    if isinstance(field, forms.BooleanField):
        return {"checkbox"}  # one box, which can be unticked
    if isinstance(field, DateInputField):
        return {"date"}
    if isinstance(field, forms.FileField):
        return {"file"}
    if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
        return {"radios"} if isinstance(field.widget, forms.RadioSelect) else {"select"}
    if isinstance(field, forms.IntegerField | forms.DecimalField):
        return {"number"}
    if isinstance(field.widget, forms.Textarea):
        return {"textarea"}
    return {"input"}


def test_the_walk_finds_the_forms_of_every_app():
    names = {cls.__name__ for cls in form_classes()}
    assert {
        "ReviewForm",
        "ClassificationStep",
        "RecordAdoptionForm",
        "EditSavingForm",
        "MeetingForm",
        "ActionFields",
        "ImportForm",
        "InviteForm",
        "MenuFilterForm",
        "LedgerFilterForm",
    } <= names


def test_every_field_is_drawn_by_the_pattern_its_question_needs(made):
    wrong = {}
    for form in made:
        for bound in form:
            kind = widget_kind(bound)
            if kind not in expected_kinds(bound.field):
                wrong[f"{type(form).__name__}.{bound.name}"] = kind
    assert wrong == {}


def test_no_date_is_typed_into_one_box(made):
    one_box = [
        f"{type(form).__name__}.{name}"
        for form in made
        for name, field in form.fields.items()
        if isinstance(field, forms.DateField)
    ]
    assert one_box == []


def test_questions_with_several_answers_are_drawn_as_checkboxes(made):
    drawn = 0
    for form in made:
        for bound in form:
            if not isinstance(bound.field.widget, forms.CheckboxSelectMultiple):
                continue
            html = render_to_string("core/_field.html", {"field": bound})
            options = len(bound.field.choices)
            assert html.count('type="checkbox"') == options > 0, bound.name
            assert 'type="radio"' not in html and "govuk-radios" not in html
            assert html.count(f'name="{bound.html_name}"') == options
            drawn += 1
    # The review's criteria, service areas, support asked for, bodies attending, the filters.
    assert drawn >= 5


def test_the_review_criteria_can_all_be_ticked(made):
    review = next(form for form in made if type(form).__name__ == "ReviewForm")
    html = render_to_string("core/_field.html", {"field": review["criteria_met"]})
    assert html.count('type="checkbox"') == 5 and 'class="govuk-checkboxes' in html
    data = QueryDict(mutable=True)
    data.setlist("criteria_met", ["evidence", "savings", "transferability", "contact", "welsh"])
    data["decision"] = "publish"
    bound = type(review)(data)
    assert bound.is_valid(), bound.errors
    assert len(bound.cleaned_data["criteria_met"]) == 5


def adoption_details(**data):
    return AdoptionDetailsForm({"version": "1", **data})


def test_a_lone_checkbox_is_one_govuk_checkbox_that_can_be_unticked():
    ticked = adoption_details(adapted="true", adaptations="In Welsh first.")
    assert ticked.is_valid() and ticked.cleaned_data["adapted"] is True
    html = render_to_string("core/_field.html", {"field": ticked["adapted"]})
    assert html.count('type="checkbox"') == 1 and "checked" in html
    assert 'class="govuk-checkboxes govuk-checkboxes--small"' in html
    assert "Yes, we adapted it" in html and "We changed the practice to suit us" in html
    # An unticked box posts nothing: that is "no".
    unticked = adoption_details()
    assert unticked.is_valid() and unticked.cleaned_data["adapted"] is False
    assert "checked" not in render_to_string("core/_field.html", {"field": unticked["adapted"]})
    shown = AdoptionDetailsForm(initial={"adapted": True})
    assert "checked" in render_to_string("core/_field.html", {"field": shown["adapted"]})


def test_removing_the_evidence_file_is_one_checkbox(made):
    form = EditSavingForm(initial={"version": 1})
    html = render_to_string("core/_field.html", {"field": form["remove_attachment"]})
    assert html.count('type="checkbox"') == 1 and "<fieldset" not in html
    assert 'value="true"' in html and "Remove the evidence file" in html


def django_defaults(field: forms.Field) -> set[str]:
    """Every message Django itself would give a field of this class."""
    defaults = set()
    for cls in type(field).__mro__:
        defaults |= {
            str(message) for message in getattr(cls, "default_error_messages", {}).values()
        }
    return defaults


# The messages a field shows for what a person typed or chose (not the file upload's
# browser-level "contradiction", which a page cannot produce).
CHECKED_CODES = (
    "required",
    "invalid",
    "invalid_choice",
    "invalid_list",
    "invalid_pk_value",
    "min_value",
    "max_value",
    "max_digits",
    "missing",
    "empty",
)


def filled_in(made):
    for form in made:
        if type(form).__module__ in FILTER_MODULES:
            continue
        for bound in form:
            if not isinstance(bound.field.widget, forms.HiddenInput):
                yield form, bound.name, bound.field


def test_no_required_field_says_this_field_is_required(made):
    generic = [
        f"{type(form).__name__}.{name}"
        for form, name, field in filled_in(made)
        if field.required and str(field.error_messages["required"]) in django_defaults(field)
    ]
    assert generic == []


def test_no_field_a_person_fills_in_gives_a_generic_message(made):
    generic = {}
    for form, name, field in filled_in(made):
        codes = [code for code in CHECKED_CODES if code != "required" or field.required]
        for code in codes:
            if code in ("min_value", "max_value", "max_digits"):
                if not any(getattr(v, "code", None) == code for v in field.validators) and not (
                    code == "max_digits" and isinstance(field, forms.DecimalField)
                ):
                    continue
                message = field.error_messages.get(code)
            elif code in field.error_messages:
                message = field.error_messages[code]
            else:
                continue
            if (
                message is None
                or str(message) in django_defaults(field)
                or (
                    code in ("min_value", "max_value", "max_digits")
                    and str(message).startswith("Ensure")
                )
            ):
                generic.setdefault(f"{type(form).__name__}.{name}", []).append(code)
    assert generic == {}
