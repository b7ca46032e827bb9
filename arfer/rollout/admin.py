"""The back office's view of the register, the ledger and the targets: read-only, because every
change goes through the actions (with their checks, history and stage timeline) from the
pages."""

from django.contrib import admin

from arfer.core.admin import RecordAdmin

from .models import Adoption, LedgerEntry, SavingsTarget, StageChange


class StageChangeInline(admin.TabularInline):
    model = StageChange
    fields = readonly_fields = ("changed_on", "from_stage", "to_stage", "reason", "actor")
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Adoption)
class AdoptionAdmin(RecordAdmin):
    list_display = ["practice", "body", "stage", "stage_since", "adapted", "is_illustrative"]
    list_filter = ["stage", "adapted", "is_illustrative", "body__sector"]
    list_select_related = ["practice", "body"]
    search_fields = ["practice__title_en", "body__name_en"]
    inlines = [StageChangeInline]


@admin.register(LedgerEntry)
class LedgerEntryAdmin(RecordAdmin):
    list_display = [
        "practice",
        "body",
        "financial_year",
        "quarter",
        "certainty",
        "kind",
        "amount_pence",
        "verification",
        "is_illustrative",
    ]
    list_filter = ["certainty", "kind", "verification", "financial_year", "is_illustrative"]
    list_select_related = ["practice", "body"]
    search_fields = ["practice__title_en", "body__name_en"]


@admin.register(SavingsTarget)
class SavingsTargetAdmin(RecordAdmin):
    list_display = ["financial_year", "amount_pence", "is_illustrative", "updated_at"]
