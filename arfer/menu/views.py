from django.conf import settings
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from arfer.core.pagination import page_window
from arfer.directory.models import Area, Body

from . import search
from .actions import effective_areas
from .facets import facet_counts, filter_mask, hit_mask, menu_facets, ordered_positions, search_hits
from .filters import MenuFilterForm, offered_facets
from .menu_index import current_menu_index
from .models import PREVENTION_TIER_DESCRIPTIONS, Practice, ServiceArea


@require_GET
def practice_list(request):
    service_areas = list(ServiceArea.objects.top_level())
    regions = list(Area.objects.regions().order_by("name_en"))
    form = MenuFilterForm(request.GET, service_areas=service_areas, regions=regions)
    criteria = form.criteria()

    index = current_menu_index()
    mask = filter_mask(index, criteria)
    ranked = search.ranked_matches(criteria.query)
    hits = search_hits(index, ranked) if ranked is not None else None
    if hits is not None:
        mask &= hit_mask(index, hits)
    result_count, facets = menu_facets(
        facet_counts(index, mask), criteria, service_areas=service_areas, regions=regions
    )

    sort = criteria.sort or ("relevance" if hits is not None else "newest")
    if sort == "relevance" and hits is None:
        sort = "newest"
    # Beyond the cap the count is not shown exactly, so pages stop there too.
    window = page_window(criteria.page, result_count.shown, settings.ARFER_PAGE_SIZE)
    positions = ordered_positions(index, mask, sort, hits, limit=window.offset + window.size)[
        window.offset :
    ]
    page_ids = [int(pk) for pk in index.ids[positions]]
    loaded = Practice.objects.visible_to(request.user).published().filter(pk__in=page_ids)
    by_id = {practice.pk: practice for practice in loaded.for_listing()}
    results = [by_id[pk] for pk in page_ids if pk in by_id]
    return render(
        request,
        "menu/practice_list.html",
        {
            **window.context(request),
            "form": form,
            "criteria": criteria,
            "searched": hits is not None,
            "results": results,
            "result_count": result_count,
            "facets": facets,
            "offered_facets": offered_facets(facets),
            "chosen_filters": form.chosen_filters(facets),
            "sort": sort,
            "first_shown": window.offset + 1 if results else 0,
            "last_shown": window.offset + len(results),
        },
    )


@require_GET
def practice_detail(request, slug):
    visible = Practice.objects.visible_to(request.user)
    practice = get_object_or_404(visible.for_detail(), slug=slug)
    similar = search.similar_to(visible.published().select_related("lead_body"), practice)
    user = request.user
    return render(
        request,
        "menu/practice_detail.html",
        {
            "can_edit": Practice.objects.editable_by(user).filter(pk=practice.pk).exists(),
            "can_revise": (
                practice.status == Practice.Status.PUBLISHED
                and Body.objects.editable_by(user).filter(pk=practice.lead_body_id).exists()
            ),
            "can_review": (
                practice.status == Practice.Status.SUBMITTED
                and user.is_authenticated
                and user.is_programme_staff
            ),
            "can_see_history": user.is_authenticated
            and (
                user.sees_everything
                or user.memberships.filter(body_id=practice.lead_body_id).exists()
            ),
            "practice": practice,
            "areas_covered": effective_areas(practice),
            "prevention_tier_description": PREVENTION_TIER_DESCRIPTIONS.get(
                practice.prevention_tier
            ),
            "similar": similar,
            "adoption_count": (
                practice.adoptions.count() if practice.status == Practice.Status.PUBLISHED else 0
            ),
        },
    )
