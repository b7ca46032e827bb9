"""Pages where programme admins (and superusers) keep the directory of public bodies: add a
body, correct its details and the areas it serves, mark it as closed. Thin views over the
directory's actions, which check the person again; to anyone else these pages do not exist
(404), like a body that does not."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from arfer.accounts.forms import posted
from arfer.core.forms import attempt
from arfer.core.stale import latest_history_id

from . import actions
from .forms import EditBodyForm, NewBodyForm, RetireBodyForm
from .models import Area, Body
from .policy import may_change_directory


def _require_directory_admin(user) -> None:
    if not may_change_directory(user):
        raise Http404


def _areas() -> list[Area]:
    """Every area, for the checkboxes: a few dozen, in one query, by name in the page's
    language."""
    return sorted(Area.objects.all(), key=lambda area: area.name)


@login_required
@require_http_methods(["GET", "POST"])
def add_body(request):
    _require_directory_admin(request.user)
    form = NewBodyForm(posted(request), areas=_areas())
    if request.method == "POST":
        body, _stale = attempt(
            form,
            lambda data: actions.add_body(form.details(), actor=request.user, areas=data["areas"]),
        )
        if body:
            messages.success(request, _("%(body)s added to the directory.") % {"body": body.name})
            return redirect(body.get_absolute_url())
    return render(request, "directory/body_form.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def edit_body(request, slug):
    _require_directory_admin(request.user)
    body = get_object_or_404(Body.objects.prefetch_related("areas"), slug=slug)
    form = EditBodyForm(
        posted(request),
        areas=_areas(),
        initial={**EditBodyForm.initial_for(body), "seen": latest_history_id(body)},
    )
    stale = None
    if request.method == "POST":
        done, stale = attempt(
            form,
            lambda data: actions.edit_body(
                body, form.details(), actor=request.user, areas=data["areas"], seen=data["seen"]
            ),
        )
        if done:
            messages.success(request, _("Changes to %(body)s saved.") % {"body": done.name})
            return redirect(done.get_absolute_url())
    return render(
        request,
        "directory/body_form.html",
        {"form": form, "body": body, "stale": stale},
        status=409 if stale else 200,
    )


@login_required
@require_http_methods(["GET", "POST"])
def retire_body(request, slug):
    """Asks for the date it closed first; the body is marked closed only on the answer's POST."""
    _require_directory_admin(request.user)
    body = get_object_or_404(Body, slug=slug)
    form = RetireBodyForm(
        posted(request),
        initial={"active_to": timezone.localdate(), "seen": latest_history_id(body)},
    )
    stale = None
    if request.method == "POST":
        done, stale = attempt(
            form,
            lambda data: actions.retire_body(
                body, actor=request.user, closed_on=data["active_to"], seen=data["seen"]
            ),
        )
        if done:
            messages.success(request, _("%(body)s is marked as closed.") % {"body": done.name})
            return redirect(done.get_absolute_url())
    return render(
        request,
        "directory/body_retire.html",
        {"form": form, "body": body, "stale": stale},
        status=409 if stale else 200,
    )
