from django.contrib import admin

from arfer.core.admin import ProgrammeAdminRecordAdmin

from .models import DigestItem


@admin.register(DigestItem)
class DigestItemAdmin(ProgrammeAdminRecordAdmin):
    """What waits for, or went into, people's daily digests: read only, for the programme
    admins to answer "why did I (not) get an email?"."""

    list_display = ["user", "kind", "subject_en", "created_at", "sent_at"]
    list_filter = ["kind", ("sent_at", admin.EmptyFieldListFilter)]
    search_fields = ["user__email", "subject_en"]
    list_select_related = ["user"]
