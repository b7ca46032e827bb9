from django.contrib import admin


class RecordAdmin(admin.ModelAdmin):
    """A back-office view of records that are made by action functions and never edited by
    hand (reviews, two-factor devices, digest items): no add, change or delete."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ProgrammeAdminRecordAdmin(RecordAdmin):
    """A record view that only programme admins see."""

    def has_module_permission(self, request):
        return request.user.is_programme_admin

    def has_view_permission(self, request, obj=None):
        return request.user.is_programme_admin
