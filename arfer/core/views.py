from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext
from django.views.decorators.http import require_GET

from arfer.directory.models import Body
from arfer.menu.models import Practice


@require_GET
def home(request):
    published = Practice.objects.visible_to(request.user).published()
    context = {
        "practice_count": published.count(),
        "body_count": Body.objects.all().count(),
        "latest": published.for_listing().order_by("-published_at", "-pk")[:3],
    }
    return render(request, "core/home.html", context)


@require_GET
def health(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"status": "ok"})


def not_found(request, exception=None):
    if request.path.startswith("/api/v1/"):
        # An address the API does not have answers in the API's own error format.
        from arfer.api.errors import error_body

        return JsonResponse(error_body(404, gettext("Not found.")), status=404)
    return render(request, "core/404.html", status=404)


def server_error(request):
    # Rendered without a request context, so nothing here may touch the database.
    return HttpResponse(
        "<!doctype html><title>Sorry, there is a problem with the service</title>"
        "<h1>Sorry, there is a problem with the service</h1>"
        "<p>Try again later.</p>"
        "<p lang=\"cy\">Mae problem gyda'r gwasanaeth. Rhowch gynnig arall arni yn nes ymlaen.</p>",
        status=500,
    )
