import os

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from arfer.core.forms import field_of

from .columns import kinds_for

EXTENSIONS = (".csv", ".xlsx")


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("What does the file hold?"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what the file holds."),
            "invalid_choice": _("Choose what the file holds."),
        },
    )
    file = forms.FileField(
        label=_("Upload a file"),
        help_text=_("A CSV file or an Excel workbook (.xlsx), with the template's columns."),
        error_messages={
            "required": _("Choose a file to import."),
            "empty": _("The file is empty."),
            "invalid": _("Choose a file to import."),
            "missing": _("Choose a file to import."),
        },
    )
    skip_invalid = forms.BooleanField(
        label=_("Import the valid rows even if some rows are invalid"),
        required=False,
        help_text=_("Otherwise nothing is imported until every row is correct."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        field_of(self, "kind", forms.ChoiceField).choices = [
            (kind.name, kind.label) for kind in kinds_for(user)
        ]

    @property
    def max_mb(self) -> int:
        return settings.ARFER_IMPORT_MAX_MB

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if os.path.splitext(upload.name or "")[1].lower() not in EXTENSIONS:
            raise forms.ValidationError(
                _("The file must be a CSV file or an Excel workbook (.xlsx)."), code="file_type"
            )
        if upload.size > self.max_mb * 1024 * 1024:
            raise forms.ValidationError(
                _("The file must be smaller than %(size)s MB.") % {"size": self.max_mb},
                code="file_size",
            )
        return upload
