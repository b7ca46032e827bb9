"""Pages of the programme's workstreams: the board reads them with their savings against
target; programme admins create them and assign practices and targets."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from arfer.accounts.forms import posted
from arfer.core.forms import attempt
from arfer.menu import search
from arfer.menu.facets import hit_mask, ordered_positions, search_hits
from arfer.menu.menu_index import current_menu_index
from arfer.menu.models import Practice
from arfer.rollout.analytics import savings_total

from . import actions, figures
from .confirm import removal_asked_first
from .forms import AssignPracticeForm, WorkstreamForm, WorkstreamTargetForm
from .models import Workstream
from .policy import manages_workstreams
from .views import require_board

PRACTICES_LISTED = 200
# The best matches of a search for a practice to add; more words narrow it.
MATCHES_LISTED = 20


def _require_admin(user) -> None:
    require_board(user)
    if not manages_workstreams(user):
        raise PermissionDenied(_("Only programme admins can manage workstreams."))


def _workstream(request, slug) -> Workstream:
    require_board(request.user)
    return get_object_or_404(Workstream.objects.select_related("sponsor"), slug=slug)


@login_required
@require_GET
def workstreams(request):
    require_board(request.user)
    savings = {
        workstream.pk: savings_total(years) for workstream, years in figures.savings_by_workstream()
    }
    listed = list(
        Workstream.objects.select_related("sponsor").annotate_practice_counts().order_by("name_en")
    )
    return render(
        request,
        "board/workstreams.html",
        {
            "workstreams": [(workstream, savings.get(workstream.pk)) for workstream in listed],
            "is_admin": manages_workstreams(request.user),
        },
    )


@login_required
def new_workstream(request):
    _require_admin(request.user)
    form = WorkstreamForm(posted(request))
    if request.method == "POST":
        workstream, _stale = attempt(
            form, lambda data: actions.save_workstream(data, actor=request.user)
        )
        if workstream:
            messages.success(request, _("Workstream created."))
            return redirect(workstream.get_absolute_url())
    return render(request, "board/workstream_form.html", {"form": form})


@login_required
def edit_workstream(request, slug):
    workstream = _workstream(request, slug)
    _require_admin(request.user)
    form = WorkstreamForm(
        posted(request),
        initial={field: getattr(workstream, field) for field in actions.WORKSTREAM_FIELDS},
    )
    if request.method == "POST":
        done, _stale = attempt(
            form,
            lambda data: actions.save_workstream(data, actor=request.user, workstream=workstream),
        )
        if done:
            messages.success(request, _("Workstream saved."))
            return redirect(done.get_absolute_url())
    return render(request, "board/workstream_form.html", {"form": form, "workstream": workstream})


@login_required
@require_GET
def workstream_detail(request, slug):
    workstream = _workstream(request, slug)
    years = dict(figures.savings_by_workstream()).get(workstream, [])
    practices = (
        Practice.objects.filter(workstream_assignment__workstream=workstream)
        .select_related("lead_body")
        .order_by("title_en")
    )
    is_admin = manages_workstreams(request.user)
    return render(
        request,
        "board/workstream_detail.html",
        {
            "workstream": workstream,
            "years": years,
            "total": savings_total(years),
            "practices": list(practices[:PRACTICES_LISTED]),
            "practice_count": practices.count(),
            "is_admin": is_admin,
            "target_form": WorkstreamTargetForm() if is_admin else None,
        },
    )


def _change_workstream(request, slug, form_class, change, done_message):
    workstream = _workstream(request, slug)
    _require_admin(request.user)
    form = form_class(request.POST)
    done, _stale = attempt(form, lambda data: change(workstream, data) or True)
    if done:
        messages.success(request, done_message)
        return redirect(workstream.get_absolute_url())
    return render(
        request,
        "board/workstream_change.html",
        {"workstream": workstream, "form": form},
        status=400,
    )


def matching_practices(query: str) -> list[Practice] | None:
    """The published practices best matching the words typed, best first, with their lead body
    and the workstream they are in; None when the query holds no word to search for. Ranked as
    the menu ranks them, through its index of published practices."""
    index = current_menu_index()
    found = search.matching(query, menu_version=index.token)
    if found is None:
        return None
    hits = search_hits(index, *found)
    positions = ordered_positions(
        index, hit_mask(index, hits), "relevance", hits, limit=MATCHES_LISTED
    )
    ids = [int(pk) for pk in index.ids[positions]]
    loaded = {
        practice.pk: practice
        for practice in Practice.objects.published()
        .filter(pk__in=ids)
        .select_related("lead_body", "workstream_assignment__workstream")
    }
    return [loaded[pk] for pk in ids if pk in loaded]


@login_required
@require_http_methods(["GET", "POST"])
def assign_practice(request, slug):
    """Find a published practice by the words of its title and add it with one button; the
    button posts the practice's address name here."""
    workstream = _workstream(request, slug)
    _require_admin(request.user)
    query = request.GET.get("q", "").strip()[:200]
    form = AssignPracticeForm(posted(request))
    if request.method == "POST" and form.is_valid():
        practice = form.cleaned_data["practice"]
        before = getattr(practice, "workstream_assignment", None)
        actions.assign_practice(workstream, practice, actor=request.user)
        if before is not None and before.workstream_id != workstream.pk:
            messages.success(
                request,
                _("“%(practice)s” moved to this workstream from “%(other)s”.")
                % {"practice": practice.title.text, "other": before.workstream.name},
            )
        else:
            messages.success(
                request,
                _("“%(practice)s” added to the workstream.") % {"practice": practice.title.text},
            )
        return redirect(workstream.get_absolute_url())
    matches = matching_practices(query) if query else []
    return render(
        request,
        "board/workstream_add_practice.html",
        {
            "workstream": workstream,
            "query": query,
            "matches": matches,
            "matches_listed": MATCHES_LISTED,
            "form": form,
        },
        status=400 if form.is_bound else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def unassign_practice(request, slug, practice_slug):
    """Asks first; the practice leaves the workstream only on the answer's POST."""
    workstream = _workstream(request, slug)
    _require_admin(request.user)
    practice = get_object_or_404(
        Practice.objects.filter(workstream_assignment__workstream=workstream), slug=practice_slug
    )
    title = {"practice": practice.title.text}
    return removal_asked_first(
        request,
        remove=lambda: actions.unassign_practice(workstream, practice, actor=request.user),
        removed=_("“%(practice)s” removed from the workstream.") % title,
        back_to=workstream.get_absolute_url(),
        caption=workstream.name,
        # The title is quoted apart from the question, so that an English title standing in
        # for a missing Welsh one is marked as English.
        question=_("Are you sure you want to remove this practice from the workstream?"),
        quoted=practice.title,
        explanation=_(
            "Its savings will no longer count toward this workstream. The practice "
            "stays on the menu, and you can add it again later."
        ),
        button=_("Remove the practice"),
    )


@login_required
@require_POST
def set_target(request, slug):
    return _change_workstream(
        request,
        slug,
        WorkstreamTargetForm,
        lambda workstream, data: actions.set_workstream_target(
            workstream, data["financial_year"], data["amount_pence"], actor=request.user
        ),
        _("Target saved."),
    )
