"""The site's addresses plus a few that meet a locked database, in both languages and under the
API (tests only)."""

from django.conf.urls.i18n import i18n_patterns
from django.db import OperationalError, transaction
from django.http import HttpResponse
from django.urls import path

from arfer.directory.models import Area
from arfer.urls import handler400, handler403, handler404, handler500, urlpatterns


def writes_then_meets_the_lock(request):
    with transaction.atomic():
        Area.objects.create(slug="half-written", kind="nation", name_en="Half written")
        raise OperationalError("database is locked")


def meets_another_error(request):
    raise OperationalError("no such table: nowhere")


def saves_the_session(request):
    request.session["seen"] = True
    return HttpResponse("saved")


urlpatterns = [
    *i18n_patterns(
        path("busy/", writes_then_meets_the_lock),
        path("broken/", meets_another_error),
        path("session/", saves_the_session),
        prefix_default_language=False,
    ),
    path("api/v1/busy/", writes_then_meets_the_lock),
    *urlpatterns,
]

__all__ = ["handler400", "handler403", "handler404", "handler500", "urlpatterns"]
