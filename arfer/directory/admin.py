"""The directory in the back office: a superuser's tool for emergencies. Programme admins keep
the directory on its own pages (`manage_views.py`); here too every change to a body goes
through the same actions, so it is checked, recorded with its author in the history and
followed by what other records derive from it. Bodies are retired, never deleted; areas are
the official geographies loaded with the reference directory, shown here but not edited."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from arfer.core.admin import RecordAdmin

from . import actions
from .models import Area, Body


@admin.register(Area)
class AreaAdmin(RecordAdmin):
    list_display = ["name_en", "name_cy", "kind", "code"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_cy", "code", "slug"]


@admin.action(description=_("Mark the selected bodies as closed today"))
def retire_selected(modeladmin, request, queryset):
    retired = 0
    for body in queryset:
        try:
            actions.retire_body(body, actor=request.user, closed_on=timezone.localdate())
            retired += 1
        except (ValidationError, PermissionDenied) as error:
            reason = " ".join(getattr(error, "messages", [str(error)]))
            modeladmin.message_user(request, f"{body}: {reason}", messages.ERROR)
    if retired:
        modeladmin.message_user(
            request, _("%(count)s bodies marked as closed.") % {"count": retired}, messages.SUCCESS
        )


class BodyAdminForm(forms.ModelForm):
    """The model's own checks, then the actions' (code formats, codes held by another body,
    sensible dates), so a refusal shows on the form rather than as an error page. The admin
    makes the form's fields from the model (with `BodyAdmin.formfield_overrides`)."""

    # _post_clean() and _update_errors() are ModelForm's own steps, missing from the stubs.
    def _post_clean(self):
        super()._post_clean()  # type: ignore[misc]  # private step, not in the stubs
        if self.errors:  # the ones found so far: the form is being cleaned
            return
        values = actions.normalised(
            {
                name: self.cleaned_data[name]
                for name in actions.BODY_FIELDS
                if name in self.cleaned_data
            }
        )
        for name, value in values.items():
            setattr(self.instance, name, value)
        changed = set(self.changed_data) if self.instance.pk else set(values)
        try:
            actions.check_body(self.instance, changed)
        except ValidationError as error:
            self._update_errors(error)  # type: ignore[attr-defined]  # private, not in the stubs


@admin.register(Body)
class BodyAdmin(SimpleHistoryAdmin):
    form = BodyAdminForm
    list_display = ["name_en", "name_cy", "sector", "kind", "gss_code", "ods_code", "active_to"]
    list_filter = ["sector", "kind"]
    search_fields = ["name_en", "name_cy", "short_name", "gss_code", "ods_code", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["areas"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    actions = [retire_selected]

    def has_delete_permission(self, request, obj=None):
        # Practices, adoptions and savings name bodies: a body that closed is retired.
        return False

    def save_model(self, request, obj, form, change):
        """Through the actions, with the areas chosen on the same form: the action sets them,
        so `save_related` does not."""
        # Every field: the action writes those that differ from the stored body.
        values = {name: form.cleaned_data[name] for name in actions.BODY_FIELDS}
        areas = form.cleaned_data["areas"]
        if change:
            actions.edit_body(obj, values, actor=request.user, areas=areas)
        else:
            obj.pk = actions.add_body(values, actor=request.user, areas=areas).pk

    def save_related(self, request, form, formsets, change):
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)
