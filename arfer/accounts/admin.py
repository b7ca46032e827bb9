from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from arfer.core.admin import ProgrammeAdminRecordAdmin

from .models import TwoFactorDevice, User
from .two_factor import reset_two_factor


class UserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ["email"]


class UserEditForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    add_form = UserCreationForm
    form = UserEditForm
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (_("Personal info"), {"fields": ["first_name", "last_name", "email_language"]}),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Important dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"classes": ["wide"], "fields": ["email", "usable_password", "password1", "password2"]},
        )
    ]


@admin.register(TwoFactorDevice)
class TwoFactorDeviceAdmin(ProgrammeAdminRecordAdmin):
    """Who has two-factor sign-in, and a reset for someone who lost their phone. The secret is
    never shown."""

    list_display = ["user", "confirmed_at", "last_used_at"]
    search_fields = ["user__email"]
    fields = readonly_fields = ("user", "confirmed_at", "last_used_at")
    actions = ["reset"]

    # Removal goes through the reset action, which also removes the recovery codes.
    def has_reset_permission(self, request):
        return request.user.is_programme_admin

    @admin.action(
        description=_("Reset two-factor sign-in (the person sets it up again)"),
        permissions=["reset"],
    )
    def reset(self, request, queryset):
        users = [device.user for device in queryset.select_related("user")]
        for user in users:
            reset_two_factor(user, actor=request.user)
        self.message_user(
            request,
            ngettext(
                "Two-factor sign-in reset for %(count)d person.",
                "Two-factor sign-in reset for %(count)d people.",
                len(users),
            )
            % {"count": len(users)},
            messages.SUCCESS,
        )
