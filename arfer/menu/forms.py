"""The question pages of "Share a practice", one form per step, and the review form."""

import datetime

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from arfer.core.dates import DateInputField
from arfer.core.forms import PoundsField, TextRules, VersionedForm, field_of
from arfer.core.money import MOST_PRACTICE_FIGURE_PENCE
from arfer.directory.models import Body

from .attachment_models import PracticeAttachment
from .models import (
    EvidenceLevel,
    Practice,
    PracticePartner,
    PreventionTier,
    Review,
    ReviewCriterion,
    ServiceArea,
)
from .question_models import ANSWER_MAX_LENGTH, QUESTION_MAX_LENGTH

BODY_ERRORS = {"invalid_choice": _("Choose a body from the list.")}


class StartForm(forms.Form):
    lead_body = forms.ModelChoiceField(
        label=_("Which body leads this practice?"),
        queryset=Body.objects.none(),
        empty_label=_("Choose a body"),
        error_messages={"required": _("Choose the body that leads this practice."), **BODY_ERRORS},
    )
    title_en = forms.CharField(
        label=_("Title in English"),
        max_length=200,
        error_messages={"required": _("Enter the practice's title in English.")},
    )
    title_cy = forms.CharField(label=_("Title in Welsh (optional)"), max_length=200, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the bodies this person may act for are offered.
        lead_body = field_of(self, "lead_body", forms.ModelChoiceField)
        lead_body.queryset = Body.objects.editable_by(user).order_by("name_en")
        preselect_only_body(self, "lead_body")


def preselect_only_body(form, name: str) -> None:
    """Most people act for one body: when the list offers only one, it is chosen for them."""
    eligible = list(form.fields[name].queryset.values_list("pk", flat=True)[:2])
    if len(eligible) == 1:
        form.initial.setdefault(name, eligible[0])


def _figure(label, subject, **kwargs):
    """One of a practice's money figures: optional, in pounds, up to the practice limit."""
    return PoundsField(
        label=label,
        subject=subject,
        required=False,
        most_pence=MOST_PRACTICE_FIGURE_PENCE,
        **kwargs,
    )


def _text(label, *, required=None, rows=None, max_length=None):
    """A text box; `required` is the message when it is left empty (none: optional)."""
    widget = forms.Textarea(attrs={"rows": rows or 5}) if rows else forms.TextInput
    return forms.CharField(
        label=label,
        required=bool(required),
        widget=widget,
        max_length=max_length,
        error_messages={"required": required} if required else None,
    )


class StepForm(VersionedForm):
    """One step of the pages that edit a practice."""

    title: StrOrPromise


class AboutStep(StepForm):
    title = _("About the practice")
    title_en = _text(
        _("Title in English"), required=_("Enter the practice's title in English."), max_length=200
    )
    title_cy = _text(_("Title in Welsh"), max_length=200)
    summary_en = _text(
        _("Summary in English"),
        rows=3,
        max_length=1000,
        required=_("Enter a summary of the practice in English."),
    )
    summary_cy = _text(_("Summary in Welsh"), rows=3, max_length=1000)


class StoryStep(StepForm):
    title = _("The problem and what was done")
    problem_en = _text(_("The problem, in English"), rows=6)
    problem_cy = _text(_("The problem, in Welsh"), rows=6)
    approach_en = _text(_("What was done, in English"), rows=8)
    approach_cy = _text(_("What was done, in Welsh"), rows=8)


class ResultsStep(StepForm):
    title = _("Outcomes and what an adopter needs")
    outcomes_en = _text(_("Outcomes, in English"), rows=6)
    outcomes_cy = _text(_("Outcomes, in Welsh"), rows=6)
    adoption_needs_en = _text(_("What you need to adopt this, in English"), rows=6)
    adoption_needs_cy = _text(_("What you need to adopt this, in Welsh"), rows=6)


class ServiceAreaChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.parent.name}: {obj.name}" if obj.parent else obj.name


class ClassificationStep(StepForm):
    title = _("Service areas, prevention and evidence")
    service_areas = ServiceAreaChoiceField(
        label=_("Service areas"),
        queryset=ServiceArea.objects.select_related("parent"),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={
            key: _("Choose service areas from the list.")
            for key in ("invalid_choice", "invalid_pk_value", "invalid_list")
        },
    )
    prevention_tier = forms.ChoiceField(
        label=_("Prevention tier"),
        widget=forms.RadioSelect,
        choices=PreventionTier.choices,
        error_messages={
            "required": _("Choose the prevention tier."),
            "invalid_choice": _("Choose a prevention tier from the list."),
        },
    )
    evidence_level = forms.TypedChoiceField(
        label=_("Evidence level"),
        coerce=int,
        widget=forms.RadioSelect,
        choices=EvidenceLevel.choices,
        error_messages={
            "required": _("Choose the evidence level."),
            "invalid_choice": _("Choose an evidence level from the list."),
        },
    )


class MoneyStep(StepForm):
    title = _("Costs and savings")
    setup_cost_pence = _figure(_("Set-up cost (£)"), _("the set-up cost"))
    one_off_cashable_saving_pence = _figure(
        _("One-off cashable saving (£)"),
        _("the one-off cashable saving"),
        help_text=_("Budget released once."),
    )
    one_off_non_cashable_saving_pence = _figure(
        _("One-off non-cashable saving (£ equivalent)"), _("the one-off non-cashable saving")
    )
    annual_cashable_saving_pence = _figure(
        _("Recurring cashable saving per year (£)"),
        _("the recurring cashable saving"),
        help_text=_("Budget released every year."),
    )
    annual_non_cashable_saving_pence = _figure(
        _("Recurring non-cashable saving per year (£ equivalent)"),
        _("the recurring non-cashable saving"),
        help_text=_("Capacity freed, such as staff hours or bed days, valued in pounds."),
    )
    non_cashable_note_en = _text(_("What the non-cashable saving is, in English"), max_length=300)
    non_cashable_note_cy = _text(_("What the non-cashable saving is, in Welsh"), max_length=300)


class ContactStep(StepForm):
    title = _("Contact and dates")
    contact_name = _text(_("Contact name or team"), max_length=200)
    contact_email = forms.EmailField(
        label=_("Contact email"),
        required=False,
        error_messages={"invalid": _("Enter an email address like name@example.org.")},
    )
    start_date = DateInputField(
        label=_("Start date"),
        required=False,
        subject=_("the start date"),
        example=datetime.date(2022, 3, 27),
    )


STEPS: dict[str, type[StepForm]] = {
    "about": AboutStep,
    "story": StoryStep,
    "results": ResultsStep,
    "classification": ClassificationStep,
    "money": MoneyStep,
    "contact": ContactStep,
}


def initial_for(step_form: type[StepForm], practice: Practice) -> dict:
    initial: dict[str, object] = {"version": practice.version}
    for name in step_form.base_fields:
        if name == "version":
            continue
        if name == "service_areas":
            initial[name] = list(practice.service_areas.all())
        else:
            initial[name] = getattr(practice, name)
    return initial


class PartnerForm(VersionedForm):
    body = forms.ModelChoiceField(
        label=_("Partner body"),
        queryset=Body.objects.all(),
        empty_label=_("Choose a body"),
        error_messages={"required": _("Choose the partner body."), **BODY_ERRORS},
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=PracticePartner.Role.choices,
        error_messages={
            "required": _("Choose the partner's role."),
            "invalid_choice": _("Choose a role from the list."),
        },
    )


class ReviewForm(forms.Form):
    criteria_met = forms.MultipleChoiceField(
        label=_("Which criteria does the practice meet?"),
        choices=ReviewCriterion.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Where the Welsh text is missing, publishing with its criterion ticked requests it "
            "in your name: the practice waits in the Welsh translation queue until it comes."
        ),
        error_messages={
            key: _("Choose criteria from the list.") for key in ("invalid_choice", "invalid_list")
        },
    )
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=Review.Decision.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose to publish the practice or to request changes."),
            "invalid_choice": _("Choose to publish the practice or to request changes."),
        },
    )
    reasons = forms.CharField(
        label=_("Reasons"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Needed when you ask for changes; sent to the lead body's editors."),
    )


class AskForm(TextRules, forms.Form):
    """A question to a practice's lead body, for one of the asker's bodies (chosen when they
    belong to several)."""

    body = forms.ModelChoiceField(
        label=_("Which body are you asking for?"),
        queryset=Body.objects.none(),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the body you are asking for."), **BODY_ERRORS},
    )
    question = forms.CharField(
        label=_("Your question"),
        widget=forms.Textarea,
        max_length=QUESTION_MAX_LENGTH,
        help_text=_(
            "The lead body's editors will see your name, your body and your question. Their "
            "answer is shown on this practice's page to your body and theirs."
        ),
        error_messages={
            "required": _("Enter your question."),
            "max_length": _("Your question must be 2,000 characters or fewer."),
        },
    )

    def __init__(self, *args, bodies, **kwargs):
        super().__init__(*args, **kwargs)
        field = field_of(self, "body", forms.ModelChoiceField)
        field.queryset = Body.objects.filter(pk__in=[body.pk for body in bodies]).order_by(
            "name_en"
        )
        self.only_body = bodies[0] if len(bodies) == 1 else None
        if self.only_body is not None:
            # One body: nothing to choose, so no question about it.
            field.widget = forms.HiddenInput()
            field.initial = self.only_body.pk
            field.required = False

    def clean_body(self):
        return self.cleaned_data.get("body") or self.only_body


class AnswerForm(TextRules, forms.Form):
    answer = forms.CharField(
        label=_("Your answer"),
        widget=forms.Textarea,
        max_length=ANSWER_MAX_LENGTH,
        help_text=_(
            "The person who asked is told by e-mail; the answer is kept with the question."
        ),
        error_messages={
            "required": _("Enter your answer."),
            "max_length": _("Your answer must be 5,000 characters or fewer."),
        },
    )


class AttachmentForm(TextRules, forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        help_text=_("What the document is, as people will see it in the list."),
        error_messages={
            "required": _("Enter a title for the document."),
            "max_length": _("The title must be 200 characters or fewer."),
        },
    )
    kind = forms.ChoiceField(
        label=_("What kind of document is it?"),
        choices=PracticeAttachment.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what kind of document this is."),
            "invalid_choice": _("Choose what kind of document this is."),
        },
    )
    upload = forms.FileField(
        label=_("File"),
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG."),
        error_messages={
            "required": _("Choose the file to upload."),
            "invalid": _("Choose the file to upload again."),
            "missing": _("Choose the file to upload again."),
            "empty": _("The file is empty."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_mb = settings.ARFER_EVIDENCE_MAX_MB
