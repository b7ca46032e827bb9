"""The menu's section of a body's page: the practices it leads and those it is a partner in."""

from django.conf import settings

from .models import Practice


def practices_of_body(request, *, body) -> dict:
    visible = Practice.objects.visible_to(request.user).published().for_listing()
    # The most recent page's worth of each: a national body may lead thousands, and a page of
    # a hundred cards takes longer to draw than everything else on it.
    limit = settings.ARFER_PAGE_SIZE
    newest_first = ("-published_at", "-pk")
    return {
        "led": list(visible.filter(lead_body=body).order_by(*newest_first)[:limit]),
        "partnered": list(visible.filter(partnerships__body=body).order_by(*newest_first)[:limit]),
        "listing_limit": limit,
    }
