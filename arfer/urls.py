from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from arfer.accounts import views as account_views
from arfer.api.urls import api_patterns, reference_patterns
from arfer.core import views as core_views
from arfer.menu import home_views

urlpatterns = [
    path("healthz", core_views.health, name="health"),
    *api_patterns,
]

# English at the unprefixed URL, Welsh under /cy/.
urlpatterns += i18n_patterns(
    path("", home_views.home, name="home"),
    path("", include("arfer.rollout.urls")),
    path("", include("arfer.board.urls")),
    path("practices/", include("arfer.menu.urls")),
    path("bodies/", include("arfer.directory.urls")),
    path("data/", include("arfer.opendata.urls")),
    path("imports/", include("arfer.imports.urls")),
    path("accessibility/", core_views.accessibility_statement, name="accessibility-statement"),
    path("welsh-language/", core_views.welsh_language_statement, name="welsh-language-statement"),
    path("api/", include((reference_patterns, "api-reference"))),
    path("account/notifications/", include("arfer.notifications.urls")),
    path("account/", include("arfer.accounts.urls")),
    path("my-work/", account_views.my_work, name="my-work"),
    # One way in for everyone, with two-factor sign-in: the back office signs in there too.
    path("admin/login/", core_views.back_office_sign_in, name="admin-sign-in"),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)

# The site's own error pages, in its design (debug off, as `make run` and production serve).
handler400 = "arfer.core.views.bad_request"
handler403 = "arfer.core.views.permission_denied"
handler404 = "arfer.core.views.not_found"
handler500 = "arfer.core.views.server_error"
