"""The home page: the front door to the published menu, with the size of the directory."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from arfer.core.first_contact import offers_welsh_first
from arfer.directory.models import Body

from .models import Practice


@offers_welsh_first
@require_GET
def home(request):
    published = Practice.objects.visible_to(request.user).published()
    context = {
        "practice_count": published.count(),
        "body_count": Body.objects.all().count(),
        "latest": published.for_listing().order_by("-published_at", "-pk")[:3],
    }
    return render(request, "menu/home.html", context)
