"""Pages of the programme's workstreams: the board reads them with their savings against
target; programme admins create them and assign practices and targets."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from arfer.accounts.forms import posted
from arfer.core.forms import attempt
from arfer.menu.models import Practice
from arfer.rollout.analytics import savings_total

from . import actions, figures
from .forms import AssignPracticeForm, WorkstreamForm, WorkstreamTargetForm
from .models import Workstream
from .views import require_board

PRACTICES_LISTED = 200


def _require_admin(user) -> None:
    require_board(user)
    if not user.is_programme_admin:
        raise PermissionDenied(_("Only programme admins can manage workstreams."))


def _workstream(request, slug) -> Workstream:
    require_board(request.user)
    return get_object_or_404(Workstream.objects.select_related("sponsor"), slug=slug)


@login_required
def workstreams(request):
    require_board(request.user)
    savings = {workstream.pk: savings_total(years)
               for workstream, years in figures.savings_by_workstream()}
    listed = list(Workstream.objects.select_related("sponsor").annotate_practice_counts()
                  .order_by("name_en"))
    return render(request, "board/workstreams.html", {
        "workstreams": [(workstream, savings.get(workstream.pk)) for workstream in listed],
        "is_admin": request.user.is_programme_admin,
    })


@login_required
def new_workstream(request):
    _require_admin(request.user)
    form = WorkstreamForm(posted(request))
    if request.method == "POST":
        workstream, _stale = attempt(form, lambda data: actions.save_workstream(
            data, actor=request.user))
        if workstream:
            messages.success(request, _("Workstream created."))
            return redirect(workstream.get_absolute_url())
    return render(request, "board/workstream_form.html", {"form": form})


@login_required
def edit_workstream(request, slug):
    workstream = _workstream(request, slug)
    _require_admin(request.user)
    form = WorkstreamForm(posted(request), initial={
        field: getattr(workstream, field) for field in actions.WORKSTREAM_FIELDS})
    if request.method == "POST":
        done, _stale = attempt(form, lambda data: actions.save_workstream(
            data, actor=request.user, workstream=workstream))
        if done:
            messages.success(request, _("Workstream saved."))
            return redirect(done.get_absolute_url())
    return render(request, "board/workstream_form.html", {"form": form,
                                                          "workstream": workstream})


@login_required
def workstream_detail(request, slug):
    workstream = _workstream(request, slug)
    years = dict(figures.savings_by_workstream()).get(workstream, [])
    practices = (Practice.objects.filter(workstream_assignment__workstream=workstream)
                 .select_related("lead_body").order_by("title_en"))
    is_admin = request.user.is_programme_admin
    return render(request, "board/workstream_detail.html", {
        "workstream": workstream,
        "years": years,
        "total": savings_total(years),
        "practices": list(practices[:PRACTICES_LISTED]),
        "practice_count": practices.count(),
        "is_admin": is_admin,
        "assign_form": AssignPracticeForm() if is_admin else None,
        "target_form": WorkstreamTargetForm() if is_admin else None,
    })


def _change_workstream(request, slug, form_class, change, done_message):
    workstream = _workstream(request, slug)
    _require_admin(request.user)
    form = form_class(request.POST)
    done, _stale = attempt(form, lambda data: change(workstream, data) or True)
    if done:
        messages.success(request, done_message)
        return redirect(workstream.get_absolute_url())
    return render(request, "board/workstream_change.html",
                  {"workstream": workstream, "form": form}, status=400)


@login_required
@require_POST
def assign_practice(request, slug):
    return _change_workstream(request, slug, AssignPracticeForm,
                              lambda workstream, data: actions.assign_practice(
                                  workstream, data["practice"], actor=request.user),
                              _("Practice added to the workstream."))


@login_required
@require_POST
def unassign_practice(request, slug, practice_slug):
    workstream = _workstream(request, slug)
    _require_admin(request.user)
    practice = get_object_or_404(Practice.objects.filter(
        workstream_assignment__workstream=workstream), slug=practice_slug)
    actions.unassign_practice(workstream, practice, actor=request.user)
    messages.success(request, _("Practice taken out of the workstream."))
    return redirect(workstream.get_absolute_url())


@login_required
@require_POST
def set_target(request, slug):
    return _change_workstream(request, slug, WorkstreamTargetForm,
                              lambda workstream, data: actions.set_workstream_target(
                                  workstream, data["financial_year"], data["amount_pence"],
                                  actor=request.user),
                              _("Target saved."))
