from django.urls import path
from django.views.generic import RedirectView

from . import views
from .api import api

app_name = "api-reference"

# The reference page is a page of the site (/api/, /cy/api/); the API itself is not translated
# by URL (a client asks for Welsh messages with Accept-Language).
reference_patterns = [path("", views.reference, name="reference")]

api_patterns = [
    path(
        "api/v1/docs", RedirectView.as_view(pattern_name="api-reference:reference"), name="api-docs"
    ),
    path("api/v1/", api.urls),
]
