from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from arfer.core.pagination import page_window
from arfer.directory.models import Area

from . import search
from .actions import effective_areas
from .facets import menu_facets
from .filters import MenuFilterForm
from .models import PREVENTION_TIER_DESCRIPTIONS, Practice, ServiceArea


@require_GET
def practice_list(request):
    service_areas = list(ServiceArea.objects.top_level())
    regions = list(Area.objects.regions().order_by("name_en"))
    form = MenuFilterForm(request.GET, service_areas=service_areas, regions=regions)
    criteria = form.criteria()

    visible = Practice.objects.visible_to(request.user).published()
    practices = visible
    searched = search.matching(practices, criteria.query)
    if searched is not None:
        practices = searched
    practices = criteria.apply(practices)

    result_count, facets = menu_facets(practices, criteria, service_areas=service_areas,
                                       regions=regions)

    sort = criteria.sort or ("relevance" if searched is not None else "newest")
    if sort == "relevance" and searched is None:
        sort = "newest"
    ordering = {
        "relevance": ["search_rank", "-published_at", "-pk"],
        "newest": ["-published_at", "-pk"],
        "saving": ["-annual_saving_pence", "-pk"],
    }[sort]
    # Beyond the cap the count is not exact, so pages stop there too.
    window = page_window(criteria.page, result_count.shown, settings.ARFER_PAGE_SIZE)
    # Order and cut the page on ids alone, then load just those practices in full: sorting whole
    # rows (long texts in two languages) for every match is what made a common word slow.
    page_ids = list(practices.order_by(*ordering).values_list("pk", flat=True)
                    [window.offset:window.offset + window.size])
    page_practices = visible.filter(pk__in=page_ids).order_by().for_listing()
    loaded = {practice.pk: practice for practice in page_practices}
    results = [loaded[pk] for pk in page_ids if pk in loaded]
    return render(request, "menu/practice_list.html", {
        **window.context(request),
        "form": form,
        "criteria": criteria,
        "searched": searched is not None,
        "results": results,
        "result_count": result_count,
        "facets": facets,
        "sort": sort,
        "first_shown": window.offset + 1 if results else 0,
        "last_shown": window.offset + len(results),
    })


@require_GET
def practice_detail(request, slug):
    visible = Practice.objects.visible_to(request.user)
    practice = get_object_or_404(visible.for_detail(), slug=slug)
    similar = list(search.similar_to(visible.published().select_related("lead_body"), practice))
    return render(request, "menu/practice_detail.html", {
        "practice": practice,
        "areas_covered": effective_areas(practice),
        "prevention_tier_description": PREVENTION_TIER_DESCRIPTIONS.get(practice.prevention_tier),
        "similar": similar,
    })
