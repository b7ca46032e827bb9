from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from arfer.core import views as core_views

urlpatterns = [
    path("healthz", core_views.health, name="health"),
]

# English at the unprefixed URL, Welsh under /cy/.
urlpatterns += i18n_patterns(
    path("", core_views.home, name="home"),
    path("practices/", include("arfer.menu.urls")),
    path("bodies/", include("arfer.directory.urls")),
    path("account/", include("arfer.accounts.urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)

handler404 = "arfer.core.views.not_found"
handler500 = "arfer.core.views.server_error"
