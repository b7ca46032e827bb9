from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from arfer.core.admin import RecordAdmin

from .actions import refresh_practice_reach
from .attachment_models import PracticeAttachment
from .models import Practice, PracticePartner, Review, ServiceArea, WelshTextRequest
from .question_models import PracticeQuestion
from .workflow import archive_practice, publish_practice


@admin.register(ServiceArea)
class ServiceAreaAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_cy", "parent", "position"]
    list_filter = [("parent", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["name_en", "name_cy", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}


class PracticePartnerInline(admin.TabularInline):
    model = PracticePartner
    autocomplete_fields = ["body"]
    extra = 1


def _run_transition(modeladmin, request, queryset, transition, done_message):
    changed = 0
    for practice in queryset:
        try:
            transition(practice, actor=request.user)
            changed += 1
        except (ValidationError, PermissionDenied) as error:
            reason = " ".join(getattr(error, "messages", [str(error)]))
            modeladmin.message_user(request, f"{practice}: {reason}", messages.ERROR)
    if changed:
        modeladmin.message_user(request, done_message % {"count": changed}, messages.SUCCESS)


@admin.action(description=_("Publish the selected practices"))
def publish_selected(modeladmin, request, queryset):
    _run_transition(
        modeladmin, request, queryset, publish_practice, _("%(count)s practices published.")
    )


@admin.action(description=_("Archive the selected practices"))
def archive_selected(modeladmin, request, queryset):
    _run_transition(
        modeladmin, request, queryset, archive_practice, _("%(count)s practices archived.")
    )


@admin.register(Practice)
class PracticeAdmin(SimpleHistoryAdmin):
    list_display = [
        "title_en",
        "lead_body",
        "status",
        "is_illustrative",
        "evidence_level",
        "prevention_tier",
        "updated_at",
    ]
    list_filter = [
        "status",
        "is_illustrative",
        "prevention_tier",
        "evidence_level",
        "lead_body__sector",
    ]
    list_select_related = ["lead_body"]
    search_fields = ["title_en", "title_cy", "slug", "external_ref"]
    prepopulated_fields = {"slug": ["title_en"]}
    autocomplete_fields = ["lead_body"]
    filter_horizontal = ["service_areas", "areas"]
    readonly_fields = [
        "status",
        "published_at",
        "works_across_boundaries",
        "created_at",
        "updated_at",
    ]
    inlines = [PracticePartnerInline]
    actions = [publish_selected, archive_selected]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Regions and the boundary flag derive from partners and areas, saved just above.
        refresh_practice_reach(form.instance)


@admin.register(Review)
class ReviewAdmin(RecordAdmin):
    """Reviews are part of the record: they are made through the workflow and never edited."""

    list_display = ["practice", "decision", "reviewer", "created_at"]
    list_filter = ["decision"]
    list_select_related = ["practice", "reviewer"]


@admin.register(WelshTextRequest)
class WelshTextRequestAdmin(RecordAdmin):
    """Requests for Welsh text are made by the review (or `request_welsh_text`) and fulfilled
    when the text is saved: a record, never edited here."""

    list_display = ["practice", "requested_by", "requested_at", "fulfilled_at"]
    list_select_related = ["practice", "requested_by"]


@admin.register(PracticeQuestion)
class PracticeQuestionAdmin(RecordAdmin):
    """Questions and answers are asked and given on the practice's pages, by the actions."""

    list_display = ["practice", "asking_body", "asked_at", "answered_at"]
    list_select_related = ["practice", "asking_body"]


@admin.register(PracticeAttachment)
class PracticeAttachmentAdmin(RecordAdmin):
    """Documents are added and removed on the practice's pages, by the actions."""

    list_display = ["title", "practice", "kind", "uploaded_at"]
    list_select_related = ["practice"]
