"""The back office's list of import runs: read-only, made by the upload page's actions."""

from django.contrib import admin

from arfer.core.admin import ProgrammeAdminRecordAdmin

from .models import ImportRun


@admin.register(ImportRun)
class ImportRunAdmin(ProgrammeAdminRecordAdmin):
    list_display = [
        "created_at",
        "kind",
        "original_name",
        "uploaded_by",
        "status",
        "created_count",
        "updated_count",
        "unchanged_count",
        "invalid_count",
    ]
    list_filter = ["kind", "status", "mode"]
    list_select_related = ["uploaded_by"]
    exclude = ["report"]
