"""Pages for sharing and reviewing practices: thin views over editing.py and workflow.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from arfer.core.forms import add_errors, attempt
from arfer.core.history import Trail, history_download, history_page
from arfer.core.stale import StaleEdit
from arfer.directory.models import Body

from . import actions, editing, workflow
from .answers import MARKDOWN_STEPS, answers_for, changes_asked
from .forms import STEPS, PartnerForm, ReviewForm, StartForm, initial_for
from .models import Practice, PracticePartner, WelshTextRequest
from .policy import EDITABLE_STATUSES, may_review, may_see_history

STEP_NAMES = list(STEPS)


def _for_editing(request, slug) -> Practice:
    """A practice the user may edit; 404 if they may not see it, 403 if they may only see it."""
    practice = get_object_or_404(Practice.objects.visible_to(request.user), slug=slug)
    if not Practice.objects.editable_by(request.user).filter(pk=practice.pk).exists():
        raise PermissionDenied(_("You cannot edit this practice now."))
    return practice


def _require_reviewer(user) -> None:
    # Hidden means 404: the review pages do not exist for anyone who cannot review.
    if not may_review(user):
        raise Http404


@login_required
def share_practice(request):
    form = StartForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            practice = editing.start_practice(actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        except PermissionDenied as refusal:
            form.add_error(None, str(refusal))
        else:
            messages.success(request, _("Draft saved. Tell us about the practice."))
            return redirect("menu:edit-step", slug=practice.slug, step=STEP_NAMES[0])
    return render(
        request,
        "menu/share_start.html",
        {
            "form": form,
            "can_share": Body.objects.editable_by(request.user).exists(),
            "drafts": list(
                Practice.objects.editable_by(request.user)
                .select_related("lead_body")
                .order_by("-updated_at")[:50]
            ),
        },
    )


@login_required
def edit_step(request, slug, step):
    form_class = STEPS.get(step)
    if form_class is None:
        raise Http404
    practice = _for_editing(request, slug)
    stale = None
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            values = {k: v for k, v in form.cleaned_data.items() if k != "version"}
            try:
                editing.update_practice(
                    practice,
                    actor=request.user,
                    expected_version=form.cleaned_data["version"],
                    values=values,
                )
            except StaleEdit as error:
                stale = error
            except ValidationError as error:
                add_errors(form, error)
            else:
                position = STEP_NAMES.index(step)
                if "continue" in request.POST and position + 1 < len(STEP_NAMES):
                    return redirect("menu:edit-step", slug=slug, step=STEP_NAMES[position + 1])
                messages.success(request, _("Your changes have been saved."))
                return redirect("menu:check-answers", slug=slug)
    else:
        form = form_class(initial=initial_for(form_class, practice))
    return render(
        request,
        "menu/edit_step.html",
        {
            "practice": practice,
            "form": form,
            "step": step,
            "stale": stale,
            "position": STEP_NAMES.index(step) + 1,
            "step_count": len(STEP_NAMES),
            "takes_markdown": step in MARKDOWN_STEPS,
        },
        status=409 if stale else 200,
    )


@login_required
@require_GET
def check_answers(request, slug):
    return _check_answers_page(request, _for_editing(request, slug))


def _check_answers_page(request, practice, partner_form=None):
    practice = Practice.objects.for_detail().get(pk=practice.pk)
    # Sent back for changes, the editors see why here, where they make the changes.
    changes = changes_asked(practice)
    return render(
        request,
        "menu/check_answers.html",
        {
            "practice": practice,
            "changes_asked": changes,
            "sections": answers_for(practice),
            "partner_form": partner_form or PartnerForm(initial={"version": practice.version}),
            "missing": workflow.missing_for_submission(practice),
        },
    )


STALE_PARTNERS = gettext_lazy(
    "Someone else changed this practice while you were editing it. Check "
    "the partners below and try again."
)


@login_required
@require_POST
def change_partners(request, slug):
    practice = _for_editing(request, slug)
    if request.POST.get("remove"):
        return _remove_partner(request, practice)
    form = PartnerForm(request.POST)
    added, stale = attempt(
        form,
        lambda data: editing.add_partner(
            practice,
            actor=request.user,
            expected_version=data["version"],
            body=data["body"],
            role=data["role"],
        ),
    )
    if stale:
        messages.error(request, STALE_PARTNERS)
    elif added:
        messages.success(request, _("Partners updated."))
    else:
        # Refused (a body already listed, a field left empty): said on the form, GOV.UK style.
        return _check_answers_page(request, practice, partner_form=form)
    return redirect("menu:check-answers", slug=slug)


def _remove_partner(request, practice):
    try:
        editing.remove_partner(
            practice,
            actor=request.user,
            expected_version=int(request.POST.get("version", "0")),
            body_id=int(request.POST["remove"]),
        )
    except StaleEdit:
        messages.error(request, STALE_PARTNERS)
    except (ValidationError, ValueError) as error:
        messages.error(request, " ".join(getattr(error, "messages", [_("Check the partner.")])))
    else:
        messages.success(request, _("Partners updated."))
    return redirect("menu:check-answers", slug=practice.slug)


@login_required
@require_POST
def revise(request, slug):
    practice = get_object_or_404(Practice.objects.visible_to(request.user), slug=slug)
    try:
        revision = editing.start_revision(practice, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(practice.get_absolute_url())
    messages.success(
        request,
        _(
            "Your changes are kept in a revision. The published version "
            "stays on the menu until the programme team approves them."
        ),
    )
    return redirect("menu:check-answers", slug=revision.slug)


@login_required
@require_POST
def submit(request, slug):
    practice = _for_editing(request, slug)
    try:
        workflow.submit_practice(practice, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("menu:check-answers", slug=slug)
    messages.success(request, _("Submitted for review. The programme team will look at it soon."))
    return redirect(practice.get_absolute_url())


@login_required
@require_GET
def review_queue(request):
    _require_reviewer(request.user)
    submitted = (
        Practice.objects.filter(status=Practice.Status.SUBMITTED)
        .select_related("lead_body")
        .order_by("updated_at", "pk")
    )
    return render(request, "menu/review_queue.html", {"submitted": list(submitted[:200])})


@login_required
@require_GET
def translation_queue(request):
    """Practices whose Welsh text the programme team requested and has not come yet, oldest
    first: one query, whatever the number of rows."""
    _require_reviewer(request.user)
    today = timezone.localdate()
    rows = [
        {
            "request": waiting,
            "practice": waiting.practice,
            "days": (today - timezone.localdate(waiting.requested_at)).days,
            # A draft is edited in place; a published practice through a revision, which its
            # page offers.
            "edit_url": (
                reverse("menu:edit-step", args=[waiting.practice.slug, STEP_NAMES[0]])
                if waiting.practice.status in EDITABLE_STATUSES
                else waiting.practice.get_absolute_url()
            ),
        }
        for waiting in WelshTextRequest.objects.for_queue()[:200]
    ]
    return render(request, "menu/translation_queue.html", {"rows": rows})


@login_required
@require_POST
def request_welsh(request, slug):
    """The programme team asks for a published practice's missing Welsh text from its page."""
    practice = get_object_or_404(Practice.objects.visible_to(request.user), slug=slug)
    try:
        actions.request_welsh_text(practice, actor=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Welsh text requested. The practice waits in the Welsh translation queue.")
        )
    return redirect(practice.get_absolute_url())


@login_required
def review(request, slug):
    _require_reviewer(request.user)
    practice = get_object_or_404(
        Practice.objects.for_detail(), slug=slug, status=Practice.Status.SUBMITTED
    )
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.review_practice(practice, actor=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Decision recorded and sent to the lead body."))
            return redirect("menu:review-queue")
    return render(
        request,
        "menu/review.html",
        {"practice": practice, "form": form, "earlier": list(practice.reviews.all())},
    )


# A practice's history reads its fields as the steps of "Share a practice" name them.
PRACTICE_TRAIL = Trail(
    Practice,
    forms=list(STEPS.values()),
    labels={"lead_body": gettext_lazy("Lead body")},
    # Set by the system alongside what a person did: the boundary flag is derived from the
    # areas, and the publication time goes with the status that says it.
    internal=frozenset({"works_across_boundaries", "published_at"}),
)


def _practice_for_history(request, slug) -> Practice:
    practice = get_object_or_404(Practice.objects.visible_to(request.user), slug=slug)
    if not may_see_history(request.user, practice):
        raise Http404
    return practice


@login_required
@require_GET
def history(request, slug):
    practice = _practice_for_history(request, slug)
    partners = (
        PracticePartner.history.filter(practice_id=practice.pk)
        .select_related("history_user", "body")
        .order_by("-history_id")[:200]
    )
    return history_page(
        request,
        PRACTICE_TRAIL,
        practice,
        csv_url=reverse("menu:history-csv", args=[practice.slug]),
        intro=gettext_lazy(
            "Every change to this practice, newest first, with who made it. "
            "The record cannot be edited."
        ),
        template="menu/history.html",
        extra={
            "practice": practice,
            "partners": list(partners),
            "reviews": list(practice.reviews.select_related("reviewer")),
            "welsh_requests": list(practice.welsh_requests.select_related("requested_by")),
        },
    )


@login_required
@require_GET
def history_csv(request, slug):
    practice = _practice_for_history(request, slug)
    return history_download(PRACTICE_TRAIL, practice, f"history-{practice.slug}.csv")
