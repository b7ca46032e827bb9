"""The API's reference page, in the site's own design and both languages; the machine-readable
description is at /api/v1/openapi.json."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from arfer.core.licence import open_government_licence

from .api import api
from .reference import describe


@require_GET
def reference(request):
    schema = api.get_openapi_schema()
    return render(
        request,
        "api/reference.html",
        {
            "sections": describe(schema, write_scheme="WriteAccess"),
            "openapi_url": "/api/v1/openapi.json",
            "description": schema["info"].get("description", ""),
            "licence": open_government_licence(),
        },
    )
