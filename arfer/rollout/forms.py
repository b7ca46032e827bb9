"""The register's and the ledger's forms. Field names match the actions' keywords, so an
action's ValidationError lands on the field it is about."""

import datetime
from decimal import Decimal

from django import forms
from django.conf import settings
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from arfer.core.dates import DateInputField
from arfer.core.forms import (
    Checkbox,
    FinancialYearField,
    PoundsField,
    TextRules,
    VersionedForm,
    field_of,
)
from arfer.core.money import MOST_ENTRY_PENCE, MOST_TARGET_PENCE
from arfer.directory.models import Body
from arfer.menu.forms import preselect_only_body

from .models import (
    CLOSED,
    PROGRESS,
    Adoption,
    DeclineReason,
    LedgerEntry,
    SavingsTarget,
    Stage,
    Support,
)


def earliest_recorded_year() -> int | None:
    """The earliest financial year the ledger or the targets hold: the forms offer a few years
    before it."""
    years = [
        LedgerEntry.objects.aggregate(first=Min("financial_year"))["first"],
        SavingsTarget.objects.aggregate(first=Min("financial_year"))["first"],
    ]
    return min((year for year in years if year is not None), default=None)


BODY_ERRORS = {
    "required": _("Choose the body that is adopting it."),
    "invalid_choice": _("Choose a body from the list."),
}
EMAIL_ERRORS = {"invalid": _("Enter an email address like name@example.org.")}


class AdoptionDetailsFields(TextRules, forms.Form):
    target_date = DateInputField(
        label=_("Target date (optional)"),
        required=False,
        subject=_("the target date"),
        example=datetime.date(2027, 3, 27),
        help_text=_("When you expect the practice to be working in your body."),
    )
    contact_name = forms.CharField(
        label=_("Contact name or team (optional)"), max_length=200, required=False
    )
    contact_email = forms.EmailField(
        label=_("Contact email (optional)"), required=False, error_messages=EMAIL_ERRORS
    )
    support_requested = forms.MultipleChoiceField(
        label=_("Support you would like from the body that leads the practice"),
        choices=Support.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            key: _("Choose the support from the list.")
            for key in ("invalid_choice", "invalid_list")
        },
    )
    support_details = forms.CharField(
        label=_("Tell them more about the support you need (optional)"),
        required=False,
        widget=forms.Textarea,
        max_length=5000,
    )
    adapted = forms.BooleanField(
        label=_("We changed the practice to suit us"),
        required=False,
        widget=Checkbox(text=_("Yes, we adapted it")),
    )
    adaptations = forms.CharField(
        label=_("What did you change? (if adapted)"),
        required=False,
        widget=forms.Textarea,
        max_length=5000,
    )

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        if cleaned.get("adapted") and not (cleaned.get("adaptations") or "").strip():
            self.add_error("adaptations", _("Say what was changed in adapting the practice."))
        return cleaned


class RecordAdoptionForm(AdoptionDetailsFields):
    body = forms.ModelChoiceField(
        label=_("Which body is adopting it?"),
        queryset=Body.objects.none(),
        empty_label=_("Choose a body"),
        error_messages=BODY_ERRORS,
    )
    stage = forms.ChoiceField(
        label=_("Where has the body got to?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose where the body has got to."),
            "invalid_choice": _("Choose a stage from the list."),
        },
        choices=[
            *[(stage.value, stage.label) for stage in PROGRESS],
            (Stage.DECLINED.value, _("Declined: we looked at it and will not adopt it")),
        ],
    )
    changed_on = DateInputField(
        label=_("Since when?"),
        subject=_("the date the body got to this stage"),
        example=datetime.date(2025, 3, 27),
    )
    reason = forms.CharField(
        label=_("Reason (needed if declined)"),
        required=False,
        widget=forms.Textarea,
        max_length=5000,
        help_text=_("Adopt or justify: say why the practice does not suit the body."),
    )

    field_order = ["body", "stage", "changed_on", "reason"]

    def __init__(self, *args, user, practice, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("changed_on", timezone.localdate())
        super().__init__(*args, **kwargs)
        field_of(self, "body", forms.ModelChoiceField).queryset = (
            Body.objects.editable_by(user).exclude(pk=practice.lead_body_id).order_by("name_en")
        )
        preselect_only_body(self, "body")


class DeclineForm(TextRules, forms.Form):
    """Adopt or justify: a body declines a practice, saying why from the list and in its
    own words. The version is that of the body's adoption record, when it has one."""

    body = forms.ModelChoiceField(
        label=_("Which body is declining it?"),
        queryset=Body.objects.none(),
        empty_label=_("Choose a body"),
        error_messages={
            "required": _("Choose the body that is declining it."),
            "invalid_choice": _("Choose a body from the list."),
        },
    )
    decline_reason = forms.ChoiceField(
        label=_("Why is the body declining it?"),
        widget=forms.RadioSelect,
        choices=DeclineReason.choices,
        error_messages={
            "required": _("Choose why the body is declining it."),
            "invalid_choice": _("Choose why from the list."),
        },
    )
    reason = forms.CharField(
        label=_("Say why, in your own words"),
        help_text=_("The lead body and the programme team read this: what would have to change?"),
        widget=forms.Textarea,
        max_length=5000,
        error_messages={"required": _("Say why the practice was declined or stopped.")},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=1)

    field_order = ["body", "decline_reason", "reason"]

    def __init__(self, *args, user, practice, **kwargs):
        super().__init__(*args, **kwargs)
        closed = Adoption.objects.filter(practice=practice, stage__in=CLOSED).values("body_id")
        field_of(self, "body", forms.ModelChoiceField).queryset = (
            Body.objects.editable_by(user)
            .exclude(pk=practice.lead_body_id)
            .exclude(pk__in=closed)
            .order_by("name_en")
        )
        preselect_only_body(self, "body")


class AdoptionDetailsForm(VersionedForm, AdoptionDetailsFields):
    pass


class StageForm(TextRules, VersionedForm):
    to_stage = forms.ChoiceField(
        label=_("New stage"),
        widget=forms.RadioSelect,
        choices=Stage.choices,
        error_messages={
            "required": _("Choose the new stage."),
            "invalid_choice": _("Choose a stage from the list."),
        },
    )
    changed_on = DateInputField(
        label=_("Date of the change"),
        subject=_("the date of the change"),
        example=datetime.date(2025, 3, 27),
    )
    reason = forms.CharField(
        label=_("Reason (needed to decline, stop or move back a stage)"),
        required=False,
        widget=forms.Textarea,
        max_length=5000,
    )

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("initial", {}).setdefault("changed_on", timezone.localdate())
        super().__init__(*args, **kwargs)


class SavingForm(TextRules, forms.Form):
    financial_year = FinancialYearField()
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the quarter."),
            "invalid_choice": _("Choose a quarter from Q1 to Q4."),
        },
        choices=[
            (1, _("Q1 (April to June)")),
            (2, _("Q2 (July to September)")),
            (3, _("Q3 (October to December)")),
            (4, _("Q4 (January to March)")),
        ],
    )
    certainty = forms.ChoiceField(
        label=_("Forecast or realised?"),
        widget=forms.RadioSelect,
        choices=LedgerEntry.Certainty.choices,
        error_messages={
            "required": _("Choose forecast or realised."),
            "invalid_choice": _("Choose forecast or realised."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Kind of saving"),
        widget=forms.RadioSelect,
        choices=LedgerEntry.Kind.choices,
        error_messages={
            "required": _("Choose cashable or non-cashable."),
            "invalid_choice": _("Choose cashable or non-cashable."),
        },
        help_text=_(
            "Cashable savings release budget; non-cashable ones "
            "free capacity, such as staff hours or bed days."
        ),
    )
    recurrence = forms.ChoiceField(
        label=_("One-off or recurring?"),
        widget=forms.RadioSelect,
        choices=LedgerEntry.Recurrence.choices,
        error_messages={
            "required": _("Choose one-off or recurring."),
            "invalid_choice": _("Choose one-off or recurring."),
        },
    )
    amount_pence = PoundsField(
        label=_("Amount in pounds"),
        subject=_("the amount"),
        most_pence=MOST_ENTRY_PENCE,
        error_messages={"required": _("Enter the amount in pounds.")},
        help_text=_("For a non-cashable saving, its money equivalent. For example, 12,500."),
    )
    unit = forms.ChoiceField(
        label=_("Unit (non-cashable only)"),
        required=False,
        choices=[("", _("Not applicable")), *LedgerEntry.Unit.choices],
        error_messages={"invalid_choice": _("Choose a unit from the list.")},
    )
    quantity = forms.DecimalField(
        label=_("Quantity (non-cashable only)"),
        required=False,
        min_value=Decimal("0.01"),
        max_digits=12,
        decimal_places=2,
        error_messages={
            key: _("Enter the quantity as a number greater than 0, like 12.5.")
            for key in (
                "invalid",
                "min_value",
                "max_digits",
                "max_decimal_places",
                "max_whole_digits",
            )
        },
    )
    evidence = forms.CharField(
        label=_("Evidence"),
        required=False,
        widget=forms.Textarea,
        max_length=10000,
        help_text=_("How the saving was measured: the baseline, the source of the figures."),
    )
    attachment = forms.FileField(
        label=_("Evidence file (optional)"),
        required=False,
        help_text=_("PDF, Word, Excel, PowerPoint, OpenDocument, CSV, text, PNG or JPEG."),
        error_messages={
            "invalid": _("Choose the evidence file again."),
            "missing": _("Choose the evidence file again."),
            "empty": _("The evidence file is empty."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_mb = settings.ARFER_EVIDENCE_MAX_MB
        FinancialYearField.offer(self, "financial_year", earliest=earliest_recorded_year())

    def clean_amount_pence(self):
        amount = self.cleaned_data["amount_pence"]
        if not amount:
            raise forms.ValidationError(_("Enter an amount greater than £0."))
        return amount


class EditSavingForm(VersionedForm, SavingForm):
    remove_attachment = forms.BooleanField(
        label=_("Remove the evidence file"), required=False, widget=Checkbox
    )


FORECAST_NOT_VERIFIABLE = _(
    "A forecast saving cannot be verified: nothing has been saved yet to check. Once the "
    "saving is made, the body records it as realised, and it can be verified then."
)


class VerificationForm(TextRules, VersionedForm):
    verification = forms.ChoiceField(
        label=_("Verification"),
        widget=forms.RadioSelect,
        choices=LedgerEntry.Verification.choices,
        error_messages={
            "required": _("Choose verified, queried or unverified."),
            "invalid_choice": _("Choose verified, queried or unverified."),
        },
    )
    reason = forms.CharField(
        label=_("Reason (needed to query a saving)"),
        required=False,
        widget=forms.Textarea,
        max_length=5000,
    )

    def __init__(self, *args, entry: LedgerEntry | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only a realised saving can be verified: a forecast has nothing to check yet.
        self.forecast = entry is not None and entry.certainty == LedgerEntry.Certainty.FORECAST
        if self.forecast:
            field = field_of(self, "verification", forms.ChoiceField)
            field.choices = [
                (value, label)
                for value, label in LedgerEntry.Verification.choices
                if value != LedgerEntry.Verification.VERIFIED
            ]
            field.help_text = FORECAST_NOT_VERIFIABLE
            field.error_messages = {
                "required": _("Choose queried or unverified."),
                "invalid_choice": FORECAST_NOT_VERIFIABLE,
            }


class TargetForm(forms.Form):
    financial_year = FinancialYearField()
    amount_pence = PoundsField(
        label=_("Target in pounds"),
        subject=_("the target"),
        most_pence=MOST_TARGET_PENCE,
        error_messages={"required": _("Enter the target in pounds.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        FinancialYearField.offer(self, "financial_year", earliest=earliest_recorded_year())
