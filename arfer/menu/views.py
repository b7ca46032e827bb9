from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Max
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from arfer.core.page_cache import kept_for_the_public
from arfer.core.pagination import page_window
from arfer.directory.policy import may_act_for

from . import search
from .actions import effective_areas, follow_practice, unfollow_practice
from .answers import changes_asked
from .facets import menu_choices, menu_facets
from .filters import MenuFilterForm, offered_facets
from .listing import list_menu
from .menu_index import menu_version_token
from .models import PREVENTION_TIER_DESCRIPTIONS, Practice, PracticeFollow, lacks_welsh_text
from .policy import may_curate, may_follow, may_manage_attachments, may_review, may_see_history
from .practice_page import practice_page
from .question_views import questions_on_the_page


@require_GET
@kept_for_the_public(menu_version_token)
def practice_list(request):
    form = MenuFilterForm.read(request.GET)
    criteria = form.criteria()
    listing = list_menu(request.user, criteria, index=form.menu_index)
    result_count, facets = menu_facets(
        listing.facet_counts(), criteria, service_areas=form.service_areas, regions=form.regions
    )
    choices = menu_choices(
        listing.choice_counts(),
        criteria,
        lead_bodies=form.offered_lead_bodies(),
        area_groups=form.area_groups,
    )
    # Beyond the cap the count is not shown exactly, so pages stop there too.
    window = page_window(criteria.page, result_count.shown, settings.ARFER_PAGE_SIZE)
    results = listing.practices(listing.page_ids(window.offset, window.size))
    return render(
        request,
        "menu/practice_list.html",
        {
            **window.context(request),
            "form": form,
            "criteria": criteria,
            "searched": listing.searched,
            "results": results,
            "result_count": result_count,
            "facets": facets,
            "offered_facets": offered_facets(facets),
            "choice_filters": [choice for choice in choices if choice.options],
            "chosen_filters": form.chosen_filters([*choices, *facets]),
            "query_without_filters": form.query_without_filters(),
            "searched_instead": listing.searched_instead,
            "did_you_mean": listing.did_you_mean,
            "did_you_mean_query": (
                form.query_with_words(listing.did_you_mean) if listing.did_you_mean else ""
            ),
            "sort": listing.sort,
            "first_shown": window.offset + 1 if results else 0,
            "last_shown": window.offset + len(results),
        },
    )


def practice_page_version(slug: str) -> str | None:
    """The version of what a practice's page shows the public: the menu's, how many adoptions
    the practice has (the one figure of the rollout the page gives), when its Welsh text was
    requested (the Welsh page says so) and its documents (how many, the newest), in one
    query."""
    menu_version = menu_version_token()
    if menu_version is None:
        return None
    found = (
        Practice.objects.filter(slug=slug)
        .with_welsh_requested_at()
        .annotate(
            count=Count("adoptions", distinct=True),
            documents=Count("attachments", distinct=True),
            newest_document=Max("attachments"),
        )
        .values_list("count", "welsh_requested_at", "documents", "newest_document")
        .first()
    )
    adoptions, welsh_requested_at, documents, newest = found or (0, None, 0, None)
    return f"{menu_version}:{adoptions}:{welsh_requested_at}:{documents}:{newest}"


@require_GET
@kept_for_the_public(practice_page_version)
def practice_detail(request, slug):
    visible = Practice.objects.visible_to(request.user)
    practice = get_object_or_404(visible.for_detail(), slug=slug)
    similar = search.similar_to(
        visible.published().select_related("lead_body"),
        practice,
        menu_version=menu_version_token(),
    )
    user = request.user
    can_edit = Practice.objects.editable_by(user).filter(pk=practice.pk).exists()
    return render(
        request,
        "menu/practice_detail.html",
        {
            "can_edit": can_edit,
            "changes_asked": changes_asked(practice) if can_edit else None,
            "can_follow": may_follow(user) and practice.status == Practice.Status.PUBLISHED,
            "following": (
                may_follow(user)
                and PracticeFollow.objects.filter(practice=practice, user=user).exists()
            ),
            "sections": practice_page.render(request, practice=practice),
            "can_revise": (
                practice.status == Practice.Status.PUBLISHED
                and may_act_for(user, practice.lead_body_id)
            ),
            "can_review": practice.status == Practice.Status.SUBMITTED and may_review(user),
            "can_see_history": may_see_history(user, practice),
            "can_request_welsh": (
                may_curate(user)
                and practice.welsh_requested_at is None
                and lacks_welsh_text(practice)
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
            "can_manage_attachments": (
                practice.revision_of_id is None
                and user.is_authenticated
                and may_manage_attachments(user, practice)
            ),
            **questions_on_the_page(user, practice),
        },
    )


def _followable(request, slug) -> Practice:
    return get_object_or_404(Practice.objects.visible_to(request.user), slug=slug)


@login_required
@require_POST
def follow(request, slug):
    practice = _followable(request, slug)
    try:
        follow_practice(practice, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _(
                "You are following this practice. You will hear of its new adoptions, new "
                "versions and answers to questions on it, as your email preferences say."
            ),
        )
    return redirect(practice.get_absolute_url())


@login_required
@require_POST
def unfollow(request, slug):
    practice = _followable(request, slug)
    unfollow_practice(practice, actor=request.user)
    messages.success(request, _("You no longer follow this practice."))
    return redirect(practice.get_absolute_url())
