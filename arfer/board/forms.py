"""The board's forms. Field names match the actions' keywords, so an action's ValidationError
lands on the field it is about."""

import datetime

from django import forms
from django.conf import settings
from django.db.models import Min, Q
from django.utils.translation import gettext_lazy as _

from arfer.core.dates import DateInputField
from arfer.core.forms import (
    Checkbox,
    FinancialYearField,
    PoundsField,
    VersionedForm,
    field_of,
    offered,
)
from arfer.core.money import MOST_TARGET_PENCE
from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout.forms import earliest_recorded_year

from .models import Meeting, Rag, WorkstreamTarget

BODY_ERRORS = {"required": _("Choose a body."), "invalid_choice": _("Choose a body from the list.")}


def body_field(label):
    return forms.ModelChoiceField(
        label=label,
        queryset=Body.objects.all(),
        empty_label=_("Choose a body"),
        error_messages=BODY_ERRORS,
    )


class MeetingForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What kind of meeting is it?"),
        choices=Meeting.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the kind of meeting."),
            "invalid_choice": _("Choose the kind of meeting."),
        },
    )
    title_en = forms.CharField(
        label=_("Title in English"),
        max_length=200,
        error_messages={"required": _("Enter the meeting's title.")},
    )
    title_cy = forms.CharField(label=_("Title in Welsh (optional)"), max_length=200, required=False)
    date = DateInputField(
        label=_("Date"), subject=_("the date of the meeting"), example=datetime.date(2025, 3, 27)
    )
    place = forms.CharField(label=_("Place (optional)"), max_length=200, required=False)
    agenda_en = forms.CharField(
        label=_("Agenda in English (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10_000,
        help_text=_("One item a line."),
    )
    agenda_cy = forms.CharField(
        label=_("Agenda in Welsh (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=10_000,
        help_text=_("One item a line."),
    )
    summary_en = forms.CharField(
        label=_("Public summary in English (summits only, optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=20_000,
    )
    summary_cy = forms.CharField(
        label=_("Public summary in Welsh (summits only, optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=20_000,
    )
    summary_published = forms.BooleanField(
        label=_("Publish the summary"),
        required=False,
        widget=Checkbox(text=_("Show the summary to everyone on the programme pages")),
    )


class EditMeetingForm(VersionedForm, MeetingForm):
    pass


class AttendanceForm(forms.Form):
    bodies = forms.ModelMultipleChoiceField(
        label=_("Bodies attending"),
        queryset=Body.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            key: _("Choose bodies from the list.")
            for key in ("invalid_choice", "invalid_pk_value", "invalid_list")
        },
    )

    def __init__(self, *args, meeting, **kwargs):
        super().__init__(*args, **kwargs)
        # Open bodies, and any that has closed since it attended (so it is not lost).
        field_of(self, "bodies", forms.ModelMultipleChoiceField).queryset = (
            Body.objects.filter(Q(active_to__isnull=True) | Q(meetings_attended=meeting))
            .distinct()
            .order_by("name_en")
        )

    def by_sector(self):
        """The checkboxes grouped by sector, in the sectors' order, for one fieldset each."""
        options = list(self["bodies"])
        sectors = dict(offered(self, "bodies").values_list("pk", "sector"))
        return [
            (
                label,
                [option for option in options if sectors.get(option.data["value"].value) == sector],
            )
            for sector, label in Body.Sector.choices
            if sector in sectors.values()
        ]


class PaperForm(forms.Form):
    title_en = forms.CharField(
        label=_("Paper's title in English"),
        max_length=200,
        error_messages={"required": _("Enter the paper's title.")},
    )
    title_cy = forms.CharField(
        label=_("Paper's title in Welsh (optional)"), max_length=200, required=False
    )
    link = forms.URLField(
        label=_("Link (optional)"),
        required=False,
        max_length=200,
        assume_scheme="https",
        error_messages={"invalid": _("Enter a full web address, starting https://")},
    )


class DecisionForm(forms.Form):
    text_en = forms.CharField(
        label=_("Decision in English"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Enter the decision.")},
    )
    text_cy = forms.CharField(
        label=_("Decision in Welsh (optional)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ActionFields(forms.Form):
    text_en = forms.CharField(
        label=_("Action in English"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say what is to be done.")},
    )
    text_cy = forms.CharField(
        label=_("Action in Welsh (optional)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    owner_body = body_field(_("Owner body"))
    owner_name = forms.CharField(
        label=_("Owner"),
        max_length=200,
        help_text=_("The person answerable for the action."),
        error_messages={"required": _("Name the action's owner.")},
    )
    due_date = DateInputField(
        label=_("Due"), subject=_("the date the action is due"), example=datetime.date(2026, 3, 27)
    )
    rag = forms.ChoiceField(
        label=_("RAG status"),
        choices=Rag.choices,
        widget=forms.RadioSelect,
        initial=Rag.GREEN,
        error_messages={
            "required": _("Choose a RAG status."),
            "invalid_choice": _("Choose a RAG status."),
        },
    )


class UpdateActionForm(VersionedForm, ActionFields):
    progress_note = forms.CharField(
        label=_("Latest progress (optional)"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class CloseActionForm(VersionedForm):
    note = forms.CharField(
        label=_("What was done?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say what was done, or why the action is closed.")},
    )
    closed_on = DateInputField(
        label=_("Closed on"),
        subject=_("the date the action was closed"),
        example=datetime.date(2025, 3, 27),
    )


class ReopenActionForm(VersionedForm):
    note = forms.CharField(
        label=_("Why is it reopened?"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Say why the action is reopened.")},
    )


class WorkstreamForm(forms.Form):
    name_en = forms.CharField(
        label=_("Name in English"),
        max_length=200,
        error_messages={"required": _("Enter the workstream's name.")},
    )
    name_cy = forms.CharField(label=_("Name in Welsh (optional)"), max_length=200, required=False)
    description_en = forms.CharField(
        label=_("Description in English (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )
    description_cy = forms.CharField(
        label=_("Description in Welsh (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=5000,
    )
    sponsor = body_field(_("Sponsoring body"))


class AssignPracticeForm(forms.Form):
    practice = forms.SlugField(
        label=_("Practice's web address name"),
        max_length=120,
        help_text=_(
            'The last part of the practice\'s address, for example "virtual-ward-frailty".'
        ),
        error_messages={
            "required": _("Enter the practice's address name."),
            "invalid": _("Enter the practice's address name, as in its web address."),
        },
    )

    def clean_practice(self):
        practice = Practice.objects.published().filter(slug=self.cleaned_data["practice"]).first()
        if practice is None:
            raise forms.ValidationError(_("No published practice has this address name."))
        return practice


class WorkstreamTargetForm(forms.Form):
    financial_year = FinancialYearField()
    amount_pence = PoundsField(
        label=_("Target"),
        subject=_("the target"),
        most_pence=MOST_TARGET_PENCE,
        error_messages={"required": _("Enter the target in pounds.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = WorkstreamTarget.objects.aggregate(first=Min("financial_year"))["first"]
        recorded = [year for year in (own, earliest_recorded_year()) if year is not None]
        FinancialYearField.offer(self, "financial_year", earliest=min(recorded, default=None))


class CoverageForm(forms.Form):
    """The board chooses the threshold under which a cell of the coverage grid is a gap."""

    threshold = forms.IntegerField(
        label=_("Flag as a gap when fewer than this share of bodies have adopted (%)"),
        min_value=1,
        max_value=100,
        required=False,
        error_messages={
            "invalid": _("Enter a whole number from 1 to 100."),
            "min_value": _("Enter a whole number from 1 to 100."),
            "max_value": _("Enter a whole number from 1 to 100."),
        },
    )
    by = forms.ChoiceField(
        label=_("Compare by"),
        required=False,
        widget=forms.RadioSelect,
        choices=[("region", _("Region")), ("sector", _("Sector"))],
        error_messages={"invalid_choice": _("Choose region or sector.")},
    )

    def threshold_share(self) -> float:
        if self.is_valid() and self.cleaned_data.get("threshold"):
            return self.cleaned_data["threshold"] / 100
        return settings.ARFER_COVERAGE_GAP_SHARE

    def grouping(self) -> str:
        """A valid choice of grouping stands even when the threshold beside it is not."""
        if not self.is_bound:
            return "region"
        self.is_valid()
        return self.cleaned_data.get("by") or "region"
