"""Pages of the board's meetings and summits, and of the actions that follow them up. The board
reads them; the programme team records them. Thin views over the actions (every change) and the
action log (what each meeting follows up)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from arfer.accounts.forms import posted
from arfer.core.forms import attempt
from arfer.core.history import Trail, history_download, history_page

from . import actions, pack
from .confirm import removal_asked_first
from .forms import (
    ActionFields,
    AttendanceForm,
    CloseActionForm,
    DecisionForm,
    EditMeetingForm,
    MeetingForm,
    PaperForm,
    ReopenActionForm,
    UpdateActionForm,
)
from .models import Action, Meeting
from .policy import runs_meetings
from .views import require_board


def _require_programme_team(user) -> None:
    """Seen by the board, changed by the programme team: 404 to others, 403 to the board."""
    require_board(user)
    if not runs_meetings(user):
        raise PermissionDenied(_("Only the programme team can record the board's business."))


def visible_meeting(request, pk) -> Meeting:
    require_board(request.user)
    return get_object_or_404(Meeting.objects.visible_to(request.user), pk=pk)


def visible_action(request, pk) -> Action:
    require_board(request.user)
    return get_object_or_404(Action.objects.visible_to(request.user).for_listing(), pk=pk)


@login_required
@require_GET
def meetings(request):
    require_board(request.user)
    today = timezone.localdate()
    everything = list(
        Meeting.objects.visible_to(request.user).annotate_action_counts().order_by("-date", "-pk")
    )
    return render(
        request,
        "board/meetings.html",
        {
            "upcoming": [meeting for meeting in everything if meeting.date >= today][::-1],
            "past": [meeting for meeting in everything if meeting.date < today],
            "runs_meetings": runs_meetings(request.user),
        },
    )


@login_required
def new_meeting(request):
    _require_programme_team(request.user)
    form = MeetingForm(posted(request), initial={"kind": Meeting.Kind.BOARD})
    if request.method == "POST":
        meeting, _stale = attempt(form, lambda data: actions.save_meeting(data, actor=request.user))
        if meeting:
            messages.success(request, _("Meeting recorded."))
            return redirect(meeting.get_absolute_url())
    return render(request, "board/meeting_form.html", {"form": form})


@login_required
@require_GET
def meeting_detail(request, pk):
    meeting = visible_meeting(request, pk)
    team = runs_meetings(request.user)
    return render(
        request,
        "board/meeting_detail.html",
        {
            "meeting": meeting,
            **pack.meeting_record(meeting),
            "runs_meetings": team,
            "paper_form": PaperForm() if team else None,
            "decision_form": DecisionForm() if team else None,
        },
    )


@login_required
def edit_meeting(request, pk):
    meeting = visible_meeting(request, pk)
    _require_programme_team(request.user)
    initial = {field: getattr(meeting, field) for field in actions.MEETING_FIELDS}
    form = EditMeetingForm(posted(request), initial={**initial, "version": meeting.version})
    stale = None
    if request.method == "POST":
        done, stale = attempt(
            form,
            lambda data: actions.save_meeting(
                data, actor=request.user, meeting=meeting, expected_version=data.pop("version")
            ),
        )
        if done:
            messages.success(request, _("Meeting saved."))
            return redirect(done.get_absolute_url())
    return render(
        request,
        "board/meeting_form.html",
        {"form": form, "meeting": meeting, "stale": stale},
        status=409 if stale else 200,
    )


def _add_to_meeting(request, pk, form_class, change, done_message):
    """The small forms on a meeting's page: a valid one goes through and returns to the
    meeting; an invalid one is shown again on a page of its own, with its errors."""
    meeting = visible_meeting(request, pk)
    _require_programme_team(request.user)
    form = form_class(request.POST)
    done, _stale = attempt(form, lambda data: change(meeting, data))
    if done is not None:
        messages.success(request, done_message)
        return redirect(meeting.get_absolute_url())
    return render(
        request, "board/meeting_addition.html", {"meeting": meeting, "form": form}, status=400
    )


@login_required
def attendance(request, pk):
    meeting = visible_meeting(request, pk)
    _require_programme_team(request.user)
    form = AttendanceForm(
        posted(request), meeting=meeting, initial={"bodies": list(meeting.attending.all())}
    )
    if request.method == "POST":

        def save(data) -> bool:
            actions.set_attending(meeting, data["bodies"], actor=request.user)
            return True

        done, _stale = attempt(form, save)
        if done:
            messages.success(request, _("Attendance saved."))
            return redirect(meeting.get_absolute_url())
    return render(request, "board/attendance.html", {"meeting": meeting, "form": form})


@login_required
@require_POST
def add_paper(request, pk):
    return _add_to_meeting(
        request,
        pk,
        PaperForm,
        lambda meeting, data: actions.add_paper(meeting, data, actor=request.user),
        _("Paper added."),
    )


@login_required
@require_POST
def add_decision(request, pk):
    return _add_to_meeting(
        request,
        pk,
        DecisionForm,
        lambda meeting, data: actions.add_decision(meeting, data, actor=request.user),
        _("Decision recorded."),
    )


@login_required
@require_http_methods(["GET", "POST"])
def remove_paper(request, pk, paper_pk):
    """Asks first; the paper goes only on the answer's POST."""
    meeting = visible_meeting(request, pk)
    _require_programme_team(request.user)
    paper = get_object_or_404(meeting.papers.all(), pk=paper_pk)
    title = {"paper": paper.title.text}
    return removal_asked_first(
        request,
        remove=lambda: actions.remove_paper(paper, actor=request.user),
        removed=_("The paper “%(paper)s” was removed.") % title,
        back_to=meeting.get_absolute_url(),
        caption=meeting.title,
        question=_("Are you sure you want to remove the paper “%(paper)s”?") % title,
        explanation=_("It will no longer be listed with the meeting or in its board pack."),
        button=_("Remove the paper"),
    )


@login_required
@require_http_methods(["GET", "POST"])
def remove_decision(request, pk, decision_pk):
    """Asks first, quoting the decision; it goes only on the answer's POST."""
    meeting = visible_meeting(request, pk)
    _require_programme_team(request.user)
    decision = get_object_or_404(meeting.decisions.all(), pk=decision_pk)
    return removal_asked_first(
        request,
        remove=lambda: actions.remove_decision(decision, actor=request.user),
        removed=_("The decision was removed."),
        back_to=meeting.get_absolute_url(),
        caption=meeting.title,
        question=_("Are you sure you want to remove this decision?"),
        quoted=decision.text,
        explanation=_(
            "It will no longer be listed with the meeting or in its board pack. "
            "Use this for a decision recorded by mistake."
        ),
        button=_("Remove the decision"),
    )


@login_required
def new_action(request, pk):
    meeting = visible_meeting(request, pk)
    _require_programme_team(request.user)
    form = ActionFields(posted(request), initial={"rag": "green"})
    if request.method == "POST":
        action, _stale = attempt(
            form, lambda data: actions.add_action(meeting, data, actor=request.user)
        )
        if action:
            messages.success(
                request, _("Action %(reference)s recorded.") % {"reference": action.reference}
            )
            return redirect(meeting.get_absolute_url())
    return render(request, "board/action_form.html", {"meeting": meeting, "form": form})


@login_required
@require_GET
def action_log(request):
    """Every action, open ones first (overdue at the top), then those closed."""
    require_board(request.user)
    today = timezone.localdate()
    listed = list(
        Action.objects.visible_to(request.user)
        .for_listing()
        .order_by("closed_on", "due_date", "pk")
    )
    open_actions = [action for action in listed if action.is_open]
    return render(
        request,
        "board/action_log.html",
        {
            "open_actions": open_actions,
            "overdue": {action.pk for action in open_actions if action.due_date < today},
            "closed_actions": sorted(
                (action for action in listed if not action.is_open),
                key=lambda action: action.closed_on,
                reverse=True,
            ),
        },
    )


@login_required
def action_detail(request, pk):
    action = visible_action(request, pk)
    team = runs_meetings(request.user)
    if request.method == "POST":
        _require_programme_team(request.user)
    initial = {field: getattr(action, field) for field in actions.ACTION_FIELDS}
    form = UpdateActionForm(posted(request), initial={**initial, "version": action.version})
    stale = None
    if request.method == "POST":
        done, stale = attempt(
            form,
            lambda data: actions.update_action(
                action, data, actor=request.user, expected_version=data.pop("version")
            ),
        )
        if done:
            messages.success(
                request, _("Action %(reference)s updated.") % {"reference": done.reference}
            )
            return redirect(done.get_absolute_url())
    return render(
        request,
        "board/action_detail.html",
        {
            "action": action,
            "form": form if team else None,
            "close_form": CloseActionForm(
                initial={"version": action.version, "closed_on": timezone.localdate()}
            )
            if team and action.is_open
            else None,
            "reopen_form": ReopenActionForm(initial={"version": action.version})
            if team and not action.is_open
            else None,
            "stale": stale,
            "today": timezone.localdate(),
        },
        status=409 if stale else 200,
    )


def _change_action(request, pk, form_class, change, done_message):
    action = visible_action(request, pk)
    _require_programme_team(request.user)
    form = form_class(request.POST)
    done, stale = attempt(form, lambda data: change(action, data))
    if done:
        messages.success(request, done_message % {"reference": done.reference})
        return redirect(done.get_absolute_url())
    return render(
        request,
        "board/action_change.html",
        {
            "action": action,
            "form": form,
            "stale": stale,
        },
        status=409 if stale else 400,
    )


@login_required
@require_POST
def close_action(request, pk):
    return _change_action(
        request,
        pk,
        CloseActionForm,
        lambda action, data: actions.close_action(
            action,
            actor=request.user,
            expected_version=data["version"],
            closed_on=data["closed_on"],
            note=data["note"],
        ),
        _("Action %(reference)s closed."),
    )


@login_required
@require_POST
def reopen_action(request, pk):
    return _change_action(
        request,
        pk,
        ReopenActionForm,
        lambda action, data: actions.reopen_action(
            action, actor=request.user, expected_version=data["version"], note=data["note"]
        ),
        _("Action %(reference)s reopened."),
    )


# An action's history reads its fields as the pages that update and close it name them.
ACTION_TRAIL = Trail(
    Action,
    forms=[UpdateActionForm, CloseActionForm],
    model_named=frozenset({"text_cy", "progress_note"}),
)


@login_required
@require_GET
def action_history(request, pk):
    action = visible_action(request, pk)
    return history_page(
        request,
        ACTION_TRAIL,
        action,
        csv_url=reverse("board:action-history-csv", args=[action.pk]),
        intro=gettext_lazy(
            "Every change to this action, newest first, with who made it. "
            "The record cannot be edited."
        ),
    )


@login_required
@require_GET
def action_history_csv(request, pk):
    action = visible_action(request, pk)
    return history_download(ACTION_TRAIL, action, f"history-action-{action.pk}.csv")
