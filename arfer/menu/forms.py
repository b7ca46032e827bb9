"""The question pages of "Share a practice", one form per step, and the review form."""

from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _

from arfer.directory.models import Body

from .models import Practice, PracticePartner, PreventionTier, Review, ReviewCriterion, ServiceArea

PENCE_PER_POUND = 100
# Above this a figure is a typing slip, not a saving: no single practice saves £10 billion.
MOST_POUNDS = 10_000_000_000


class VersionedForm(forms.Form):
    """Carries the version the page was loaded at, so that a stale save can be refused."""

    version = forms.IntegerField(
        widget=forms.HiddenInput, min_value=1,
        error_messages={key: _("This page is out of date. Reload it and make your changes "
                               "again.") for key in ("required", "invalid", "min_value")})


class StartForm(forms.Form):
    lead_body = forms.ModelChoiceField(
        label=_("Which body leads this practice?"), queryset=Body.objects.none(),
        empty_label=_("Choose a body"))
    title_en = forms.CharField(label=_("Title in English"), max_length=200)
    title_cy = forms.CharField(label=_("Title in Welsh (optional)"), max_length=200,
                               required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the bodies this person may act for are offered.
        self.fields["lead_body"].queryset = Body.objects.editable_by(user).order_by("name_en")


class PoundsField(forms.CharField):
    """Whole pounds typed as people type them ("£1,200", "1200.50"), stored as pence."""

    def to_python(self, value):
        value = super().to_python(value).replace("£", "").replace(",", "").strip()
        if not value:
            return 0
        try:
            pounds = Decimal(value)
        except InvalidOperation:
            raise forms.ValidationError(_("Enter an amount in pounds, like 12,500"),
                                        code="invalid") from None
        if not pounds.is_finite() or pounds < 0:
            raise forms.ValidationError(_("Enter an amount of 0 or more"), code="negative")
        if pounds > MOST_POUNDS:
            raise forms.ValidationError(_("Enter an amount under £10 billion"), code="too_big")
        return int((pounds * PENCE_PER_POUND).to_integral_value())

    def prepare_value(self, value):
        if isinstance(value, int):
            return f"{value / PENCE_PER_POUND:,.0f}" if value else ""
        return value


def _text(label, *, required=False, rows=None, max_length=None):
    widget = forms.Textarea(attrs={"rows": rows or 5}) if rows else forms.TextInput
    return forms.CharField(label=label, required=required, widget=widget, max_length=max_length)


class AboutStep(VersionedForm):
    title = _("About the practice")
    title_en = _text(_("Title in English"), required=True, max_length=200)
    title_cy = _text(_("Title in Welsh"), max_length=200)
    summary_en = _text(_("Summary in English"), required=True, rows=3, max_length=1000)
    summary_cy = _text(_("Summary in Welsh"), rows=3, max_length=1000)


class StoryStep(VersionedForm):
    title = _("The problem and what was done")
    problem_en = _text(_("The problem, in English"), rows=6)
    problem_cy = _text(_("The problem, in Welsh"), rows=6)
    approach_en = _text(_("What was done, in English"), rows=8)
    approach_cy = _text(_("What was done, in Welsh"), rows=8)


class ResultsStep(VersionedForm):
    title = _("Outcomes and what an adopter needs")
    outcomes_en = _text(_("Outcomes, in English"), rows=6)
    outcomes_cy = _text(_("Outcomes, in Welsh"), rows=6)
    adoption_needs_en = _text(_("What you need to adopt this, in English"), rows=6)
    adoption_needs_cy = _text(_("What you need to adopt this, in Welsh"), rows=6)


class ServiceAreaChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.parent.name}: {obj.name}" if obj.parent else obj.name


class ClassificationStep(VersionedForm):
    title = _("Service areas, prevention and evidence")
    service_areas = ServiceAreaChoiceField(
        label=_("Service areas"), queryset=ServiceArea.objects.select_related("parent"),
        widget=forms.CheckboxSelectMultiple, required=False)
    prevention_tier = forms.ChoiceField(label=_("Prevention tier"), widget=forms.RadioSelect,
                                        choices=PreventionTier.choices)
    evidence_level = forms.TypedChoiceField(label=_("Evidence level"), coerce=int,
                                            widget=forms.RadioSelect,
                                            choices=Practice._meta.get_field(
                                                "evidence_level").choices)


class MoneyStep(VersionedForm):
    title = _("Costs and savings")
    setup_cost_pence = PoundsField(label=_("Set-up cost (£)"), required=False)
    one_off_cashable_saving_pence = PoundsField(
        label=_("One-off cashable saving (£)"), required=False,
        help_text=_("Budget released once."))
    one_off_non_cashable_saving_pence = PoundsField(
        label=_("One-off non-cashable saving (£ equivalent)"), required=False)
    annual_cashable_saving_pence = PoundsField(
        label=_("Recurring cashable saving per year (£)"), required=False,
        help_text=_("Budget released every year."))
    annual_non_cashable_saving_pence = PoundsField(
        label=_("Recurring non-cashable saving per year (£ equivalent)"), required=False,
        help_text=_("Capacity freed, such as staff hours or bed days, valued in pounds."))
    non_cashable_note_en = _text(_("What the non-cashable saving is, in English"),
                                 max_length=300)
    non_cashable_note_cy = _text(_("What the non-cashable saving is, in Welsh"), max_length=300)


class ContactStep(VersionedForm):
    title = _("Contact and dates")
    contact_name = _text(_("Contact name or team"), max_length=200)
    contact_email = forms.EmailField(label=_("Contact email"), required=False)
    start_date = forms.DateField(label=_("Start date"), required=False,
                                 help_text=_("For example, 2023-04-01"))


STEPS = {"about": AboutStep, "story": StoryStep, "results": ResultsStep,
         "classification": ClassificationStep, "money": MoneyStep, "contact": ContactStep}


def initial_for(step_form: type[VersionedForm], practice: Practice) -> dict:
    initial = {"version": practice.version}
    for name in step_form.base_fields:
        if name == "version":
            continue
        if name == "service_areas":
            initial[name] = list(practice.service_areas.all())
        else:
            initial[name] = getattr(practice, name)
    return initial


class PartnerForm(VersionedForm):
    body = forms.ModelChoiceField(label=_("Partner body"), queryset=Body.objects.all(),
                                  empty_label=_("Choose a body"))
    role = forms.ChoiceField(label=_("Role"), choices=PracticePartner.Role.choices)


class ReviewForm(forms.Form):
    criteria_met = forms.MultipleChoiceField(
        label=_("Which criteria does the practice meet?"), choices=ReviewCriterion.choices,
        widget=forms.CheckboxSelectMultiple, required=False)
    decision = forms.ChoiceField(label=_("Decision"), choices=Review.Decision.choices,
                                 widget=forms.RadioSelect)
    reasons = forms.CharField(label=_("Reasons"), required=False,
                              widget=forms.Textarea(attrs={"rows": 5}),
                              help_text=_("Needed when you ask for changes; sent to the "
                                          "lead body's editors."))
