"""The register's and the ledger's forms. Field names match the actions' keywords, so an
action's ValidationError lands on the field it is about."""

from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from arfer.core.periods import selectable_years, year_label
from arfer.directory.models import Body
from arfer.menu.forms import PoundsField, VersionedForm

from .models import PROGRESS, LedgerEntry, Stage, Support


class DateInput(forms.DateInput):
    """The browser's own date picker, which sends ISO dates."""

    input_type = "date"


DATE_WIDGET = DateInput(format="%Y-%m-%d")


def year_choices(blank_label=None):
    years = [(year, year_label(year)) for year in selectable_years(timezone.localdate())]
    return [("", blank_label), *years] if blank_label else years


class AdoptionDetailsFields(forms.Form):
    target_date = forms.DateField(
        label=_("Target date (optional)"), required=False, widget=DATE_WIDGET,
        help_text=_("When you expect the practice to be working in your body."))
    contact_name = forms.CharField(label=_("Contact name or team (optional)"), max_length=200,
                                   required=False)
    contact_email = forms.EmailField(label=_("Contact email (optional)"), required=False)
    support_requested = forms.MultipleChoiceField(
        label=_("Support you would like from the body that leads the practice"),
        choices=Support.choices, required=False, widget=forms.CheckboxSelectMultiple)
    support_details = forms.CharField(
        label=_("Tell them more about the support you need (optional)"), required=False,
        widget=forms.Textarea, max_length=5000)
    adapted = forms.BooleanField(
        label=_("We changed the practice to suit us"), required=False,
        widget=forms.CheckboxSelectMultiple(choices=[(True, _("Yes, we adapted it"))]))
    adaptations = forms.CharField(label=_("What did you change? (if adapted)"), required=False,
                                  widget=forms.Textarea, max_length=5000)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("adapted") and not (cleaned.get("adaptations") or "").strip():
            self.add_error("adaptations", _("Say what was changed in adapting the practice."))
        return cleaned


class RecordAdoptionForm(AdoptionDetailsFields):
    body = forms.ModelChoiceField(label=_("Which body is adopting it?"),
                                  queryset=Body.objects.none(), empty_label=_("Choose a body"))
    stage = forms.ChoiceField(
        label=_("Where has the body got to?"), widget=forms.RadioSelect,
        choices=[*[(stage.value, stage.label) for stage in PROGRESS],
                 (Stage.DECLINED.value, _("Declined: we looked at it and will not adopt it"))])
    changed_on = forms.DateField(label=_("Since when?"), widget=DATE_WIDGET,
                                 help_text=_("For example, 2026-04-01."))
    reason = forms.CharField(
        label=_("Reason (needed if declined)"), required=False, widget=forms.Textarea,
        max_length=5000,
        help_text=_("Adopt or justify: say why the practice does not suit the body."))

    field_order = ["body", "stage", "changed_on", "reason"]

    def __init__(self, *args, user, practice, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("changed_on", timezone.localdate())
        super().__init__(*args, **kwargs)
        self.fields["body"].queryset = (Body.objects.editable_by(user)
                                        .exclude(pk=practice.lead_body_id).order_by("name_en"))


class AdoptionDetailsForm(VersionedForm, AdoptionDetailsFields):
    pass


class StageForm(VersionedForm):
    to_stage = forms.ChoiceField(label=_("New stage"), widget=forms.RadioSelect,
                                 choices=Stage.choices)
    changed_on = forms.DateField(label=_("Date of the change"), widget=DATE_WIDGET)
    reason = forms.CharField(
        label=_("Reason (needed to decline, stop or move back a stage)"), required=False,
        widget=forms.Textarea, max_length=5000)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("changed_on", timezone.localdate())
        super().__init__(*args, **kwargs)


class SavingForm(forms.Form):
    financial_year = forms.TypedChoiceField(label=_("Financial year"), coerce=int,
                                            choices=year_choices)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"), coerce=int, widget=forms.RadioSelect,
        choices=[(1, _("Q1 (April to June)")), (2, _("Q2 (July to September)")),
                 (3, _("Q3 (October to December)")), (4, _("Q4 (January to March)"))])
    certainty = forms.ChoiceField(label=_("Forecast or realised?"), widget=forms.RadioSelect,
                                  choices=LedgerEntry.Certainty.choices)
    kind = forms.ChoiceField(label=_("Kind of saving"), widget=forms.RadioSelect,
                             choices=LedgerEntry.Kind.choices,
                             help_text=_("Cashable savings release budget; non-cashable ones "
                                         "free capacity, such as staff hours or bed days."))
    recurrence = forms.ChoiceField(label=_("One-off or recurring?"), widget=forms.RadioSelect,
                                   choices=LedgerEntry.Recurrence.choices)
    amount_pence = PoundsField(
        label=_("Amount in pounds"),
        help_text=_("For a non-cashable saving, its money equivalent. For example, 12,500."))
    unit = forms.ChoiceField(label=_("Unit (non-cashable only)"), required=False,
                             choices=[("", _("Not applicable")), *LedgerEntry.Unit.choices])
    quantity = forms.DecimalField(label=_("Quantity (non-cashable only)"), required=False,
                                  min_value=Decimal("0.01"), max_digits=12, decimal_places=2)
    evidence = forms.CharField(
        label=_("Evidence"), required=False, widget=forms.Textarea, max_length=10000,
        help_text=_("How the saving was measured: the baseline, the source of the figures."))
    attachment = forms.FileField(
        label=_("Evidence file (optional)"), required=False,
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_mb = settings.ARFER_EVIDENCE_MAX_MB

    def clean_amount_pence(self):
        amount = self.cleaned_data["amount_pence"]
        if not amount:
            raise forms.ValidationError(_("Enter an amount greater than £0."))
        return amount


class EditSavingForm(VersionedForm, SavingForm):
    remove_attachment = forms.BooleanField(
        label=_("Remove the evidence file"), required=False,
        widget=forms.CheckboxSelectMultiple(choices=[(True, _("Remove the evidence file"))]))


class VerificationForm(forms.Form):
    verification = forms.ChoiceField(label=_("Verification"), widget=forms.RadioSelect,
                                     choices=LedgerEntry.Verification.choices)
    reason = forms.CharField(label=_("Reason (needed to query a saving)"), required=False,
                             widget=forms.Textarea, max_length=5000)


class TargetForm(forms.Form):
    financial_year = forms.TypedChoiceField(label=_("Financial year"), coerce=int,
                                            choices=year_choices)
    amount_pence = PoundsField(label=_("Target in pounds"))
