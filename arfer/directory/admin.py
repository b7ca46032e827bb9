from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from .models import Area, Body


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name_en", "name_cy", "kind", "code"]
    list_filter = ["kind"]
    search_fields = ["name_en", "name_cy", "code", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["local_authority_areas"]


@admin.register(Body)
class BodyAdmin(SimpleHistoryAdmin):
    list_display = ["name_en", "name_cy", "sector", "kind", "gss_code", "ods_code", "active_to"]
    list_filter = ["sector", "kind"]
    search_fields = ["name_en", "name_cy", "short_name", "gss_code", "ods_code", "slug"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["areas"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
