"""The site's addresses plus one that fails, to see the 500 page (tests only)."""

from django.urls import path

from arfer.urls import handler400, handler403, handler404, handler500, urlpatterns


def fails(request):
    raise RuntimeError("A deliberate failure")


urlpatterns = [path("fails/", fails), *urlpatterns]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
