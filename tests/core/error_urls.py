"""The site's addresses plus one that fails, in both languages, to see the 500 page (tests
only)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from arfer.urls import handler400, handler403, handler404, handler500, urlpatterns


def fails(request):
    raise RuntimeError("A deliberate failure")


urlpatterns = [*i18n_patterns(path("fails/", fails), prefix_default_language=False), *urlpatterns]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
