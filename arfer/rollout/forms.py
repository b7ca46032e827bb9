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
DATE_ERRORS = {"required": _("Enter the date, for example 2026-04-01."),
               "invalid": _("Enter a real date, for example 2026-04-01.")}


YEAR_ERRORS = {"required": _("Choose the financial year."),
               "invalid_choice": _("Choose a financial year from the list.")}


def year_choices(blank_label=None):
    years = [(year, year_label(year)) for year in selectable_years(timezone.localdate())]
    return [("", blank_label), *years] if blank_label else years


class AdoptionDetailsFields(forms.Form):
    target_date = forms.DateField(
        label=_("Target date (optional)"), required=False, widget=DATE_WIDGET,
        error_messages=DATE_ERRORS,
        help_text=_("When you expect the practice to be working in your body."))
    contact_name = forms.CharField(label=_("Contact name or team (optional)"), max_length=200,
                                   required=False)
    contact_email = forms.EmailField(
        label=_("Contact email (optional)"), required=False,
        error_messages={"invalid": _("Enter an email address like name@example.org.")})
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
                                  queryset=Body.objects.none(), empty_label=_("Choose a body"),
                                  error_messages={
                                      "required": _("Choose the body that is adopting it."),
                                      "invalid_choice": _("Choose a body from the list.")})
    stage = forms.ChoiceField(
        label=_("Where has the body got to?"), widget=forms.RadioSelect,
        error_messages={"required": _("Choose where the body has got to.")},
        choices=[*[(stage.value, stage.label) for stage in PROGRESS],
                 (Stage.DECLINED.value, _("Declined: we looked at it and will not adopt it"))])
    changed_on = forms.DateField(label=_("Since when?"), widget=DATE_WIDGET,
                                 error_messages=DATE_ERRORS,
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
        eligible = list(self.fields["body"].queryset.values_list("pk", flat=True)[:2])
        if len(eligible) == 1:
            # Most people act for one body: it is chosen for them.
            self.initial.setdefault("body", eligible[0])


class AdoptionDetailsForm(VersionedForm, AdoptionDetailsFields):
    pass


class StageForm(VersionedForm):
    to_stage = forms.ChoiceField(label=_("New stage"), widget=forms.RadioSelect,
                                 choices=Stage.choices,
                                 error_messages={"required": _("Choose the new stage.")})
    changed_on = forms.DateField(label=_("Date of the change"), widget=DATE_WIDGET,
                                 error_messages=DATE_ERRORS)
    reason = forms.CharField(
        label=_("Reason (needed to decline, stop or move back a stage)"), required=False,
        widget=forms.Textarea, max_length=5000)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("changed_on", timezone.localdate())
        super().__init__(*args, **kwargs)


class PoundsAndPenceField(PoundsField):
    """A saving in pounds, shown with its pence when it has any, so that a form saved
    unchanged keeps the amount exactly."""

    def prepare_value(self, value):
        if isinstance(value, int) and value % 100:
            return f"{value / 100:,.2f}"
        return super().prepare_value(value)


class SavingForm(forms.Form):
    financial_year = forms.TypedChoiceField(label=_("Financial year"), coerce=int,
                                            choices=year_choices, error_messages=YEAR_ERRORS)
    quarter = forms.TypedChoiceField(
        label=_("Quarter"), coerce=int, widget=forms.RadioSelect,
        error_messages={"required": _("Choose the quarter."),
                        "invalid_choice": _("Choose a quarter from Q1 to Q4.")},
        choices=[(1, _("Q1 (April to June)")), (2, _("Q2 (July to September)")),
                 (3, _("Q3 (October to December)")), (4, _("Q4 (January to March)"))])
    certainty = forms.ChoiceField(label=_("Forecast or realised?"), widget=forms.RadioSelect,
                                  choices=LedgerEntry.Certainty.choices,
                                  error_messages={"required": _("Choose forecast or realised.")})
    kind = forms.ChoiceField(label=_("Kind of saving"), widget=forms.RadioSelect,
                             choices=LedgerEntry.Kind.choices,
                             error_messages={"required": _("Choose cashable or non-cashable.")},
                             help_text=_("Cashable savings release budget; non-cashable ones "
                                         "free capacity, such as staff hours or bed days."))
    recurrence = forms.ChoiceField(label=_("One-off or recurring?"), widget=forms.RadioSelect,
                                   choices=LedgerEntry.Recurrence.choices,
                                   error_messages={"required": _("Choose one-off or recurring.")})
    amount_pence = PoundsAndPenceField(
        label=_("Amount in pounds"),
        error_messages={"required": _("Enter the amount in pounds.")},
        help_text=_("For a non-cashable saving, its money equivalent. For example, 12,500."))
    unit = forms.ChoiceField(label=_("Unit (non-cashable only)"), required=False,
                             choices=[("", _("Not applicable")), *LedgerEntry.Unit.choices])
    quantity = forms.DecimalField(
        label=_("Quantity (non-cashable only)"), required=False, min_value=Decimal("0.01"),
        max_digits=12, decimal_places=2,
        error_messages={"invalid": _("Enter the quantity as a number, like 12.5.")})
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


class VerificationForm(VersionedForm):
    verification = forms.ChoiceField(
        label=_("Verification"), widget=forms.RadioSelect,
        choices=LedgerEntry.Verification.choices,
        error_messages={"required": _("Choose verified, queried or unverified.")})
    reason = forms.CharField(label=_("Reason (needed to query a saving)"), required=False,
                             widget=forms.Textarea, max_length=5000)


class TargetForm(forms.Form):
    financial_year = forms.TypedChoiceField(label=_("Financial year"), coerce=int,
                                            choices=year_choices, error_messages=YEAR_ERRORS)
    amount_pence = PoundsField(label=_("Target in pounds"),
                               error_messages={"required": _("Enter the target in pounds.")})
