"""The forms of the directory's pages for programme admins. Field names match the actions'
(`actions.BODY_FIELDS`), so an action's ValidationError lands on the field it is about."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from arfer.core.dates import DateInputField
from arfer.core.forms import TextRules

from . import actions
from .models import Area, Body

# The details the pages change (the slug is set when a body is added, and kept).
BODY_DETAILS = [
    "name_en",
    "name_cy",
    "short_name",
    "sector",
    "kind",
    "gss_code",
    "ods_code",
    "website",
    "active_from",
    "active_to",
]


# The areas a body serves, as one set of checkboxes for each kind of area.
AREA_GROUPS = {
    Area.Kind.LOCAL_AUTHORITY: _("Local authority areas"),
    Area.Kind.HEALTH_BOARD: _("Health board areas"),
    Area.Kind.POLICE: _("Police force areas"),
    Area.Kind.FIRE: _("Fire and rescue service areas"),
    Area.Kind.REGIONAL_PARTNERSHIP: _("Regional Partnership Board footprints"),
    Area.Kind.NATIONAL_PARK: _("National parks"),
    Area.Kind.NATION: _("The nation"),
}
STALE_PAGE = _("This page is out of date. Reload it and make your changes again.")


def area_field_name(kind: str) -> str:
    return f"areas_{kind}"


def _code(typed: str, pattern, wrong) -> str:
    """A code as the actions store it, checked here too so that the page lists every mistake
    at once."""
    code = typed.strip().upper()
    if code and not pattern.fullmatch(code):
        raise forms.ValidationError(wrong)
    return code


class BodyForm(TextRules, forms.Form):
    """A body's details and its areas; `areas` is every area of the directory (one query),
    shown in groups by kind in the language of the page."""

    name_en = forms.CharField(
        label=_("Name in English"),
        max_length=200,
        error_messages={"required": _("Enter the body's name in English.")},
    )
    name_cy = forms.CharField(label=_("Name in Welsh (optional)"), max_length=200, required=False)
    short_name = forms.CharField(
        label=_("Short name (optional)"),
        max_length=40,
        required=False,
        help_text=_("What people often call it, like WLGA."),
    )
    sector = forms.ChoiceField(
        label=_("Sector"),
        choices=Body.Sector.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the body's sector."),
            "invalid_choice": _("Choose the body's sector."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Kind of body"),
        choices=[("", _("Choose a kind of body")), *Body.Kind.choices],
        error_messages={
            "required": _("Choose the kind of body."),
            "invalid_choice": _("Choose a kind of body from the list."),
        },
    )
    gss_code = forms.CharField(
        label=_("GSS code (optional)"),
        required=False,
        help_text=_("The Government Statistical Service code: a capital letter and 8 digits."),
    )
    ods_code = forms.CharField(
        label=_("NHS ODS code (optional)"),
        required=False,
        help_text=_("For NHS bodies: the NHS Organisation Data Service code, like 7A4."),
    )
    website = forms.URLField(
        label=_("Website (optional)"),
        max_length=200,
        required=False,
        assume_scheme="https",
        error_messages={"invalid": _("Enter the website's address, like https://www.gov.wales.")},
    )
    active_from = DateInputField(
        label=_("Date it opened (optional)"),
        subject=_("the date it opened"),
        example=datetime.date(2009, 10, 1),
        required=False,
    )
    active_to = DateInputField(
        label=_("Date it closed (optional)"),
        subject=_("the date it closed"),
        example=datetime.date(2025, 3, 31),
        help_text=_("Leave it empty while the body is open."),
        required=False,
    )

    def __init__(self, *args, areas: list[Area], **kwargs):
        super().__init__(*args, **kwargs)
        self.areas = {str(area.pk): area for area in areas}
        for kind, label in AREA_GROUPS.items():
            choices = [(str(area.pk), area.name) for area in areas if area.kind == kind]
            if choices:
                self.fields[area_field_name(kind)] = forms.MultipleChoiceField(
                    label=label,
                    choices=choices,
                    required=False,
                    widget=forms.CheckboxSelectMultiple,
                    error_messages={
                        "invalid_choice": _("Choose areas from the list."),
                        "invalid_list": _("Choose areas from the list."),
                    },
                )

    def clean_gss_code(self) -> str:
        return _code(self.cleaned_data["gss_code"], actions.GSS_CODE, actions.GSS_CODE_WRONG)

    def clean_ods_code(self) -> str:
        return _code(self.cleaned_data["ods_code"], actions.ODS_CODE, actions.ODS_CODE_WRONG)

    def area_fields(self) -> list:
        return [self[name] for name in self.fields if name.startswith("areas_")]

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        cleaned["areas"] = [
            self.areas[pk]
            for name in self.fields
            if name.startswith("areas_")
            for pk in cleaned.get(name, [])
        ]
        return cleaned

    @staticmethod
    def initial_for(body: Body) -> dict:
        """What the form shows of a stored body: its details and its areas, ticked."""
        initial = {name: getattr(body, name) for name in BODY_DETAILS}
        for area in body.areas.all():
            initial.setdefault(area_field_name(area.kind), []).append(str(area.pk))
        return initial


class NewBodyForm(BodyForm):
    slug = forms.SlugField(
        label=_("Address name (optional)"),
        max_length=100,
        required=False,
        help_text=_(
            "The last part of the body's web address, like cardiff-council. Leave it empty "
            "to make one from the English name."
        ),
        error_messages={
            "invalid": _("Use only letters, digits and hyphens in the address name."),
        },
    )
    field_order = ["name_en", "name_cy", "short_name", "slug"]

    def details(self) -> dict:
        return {name: self.cleaned_data[name] for name in ["slug", *BODY_DETAILS]}


class EditBodyForm(BodyForm):
    # The newest history row of the body when the page was loaded: a save after someone
    # else's is refused (the body has no version of its own).
    seen = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=0,
        error_messages={key: STALE_PAGE for key in ("required", "invalid", "min_value")},
    )

    def details(self) -> dict:
        return {name: self.cleaned_data[name] for name in BODY_DETAILS}


class RetireBodyForm(forms.Form):
    active_to = DateInputField(
        label=_("Date it closed"),
        subject=_("the date it closed"),
        example=datetime.date(2025, 3, 31),
        help_text=_("The last day it was open."),
    )
    seen = forms.IntegerField(
        widget=forms.HiddenInput,
        min_value=0,
        error_messages={key: STALE_PAGE for key in ("required", "invalid", "min_value")},
    )
