"""Pages of the rollout: a practice's rollout map, the adoption register and the savings
ledger. Thin views over querysets (who sees what), actions (every change) and figures."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST
from django_stubs_ext import StrOrPromise

from arfer.accounts.forms import posted
from arfer.core.forms import attempt, offered
from arfer.core.history import Trail, history_download, history_page
from arfer.core.page_cache import kept_for_the_public
from arfer.core.pagination import requested_page
from arfer.core.periods import year_label
from arfer.core.uploads import file_download
from arfer.directory.models import Body
from arfer.menu.models import Practice

from . import actions, figures
from .analytics import savings_total
from .forms import (
    AdoptionDetailsFields,
    AdoptionDetailsForm,
    DeclineForm,
    EditSavingForm,
    RecordAdoptionForm,
    SavingForm,
    StageForm,
    TargetForm,
    VerificationForm,
)
from .hexmap import hex_cells, map_size
from .models import CLOSED, Adoption, LedgerEntry, Stage, Support
from .policy import may_see_targets, may_set_targets, may_verify


def stage_message(adoption: Adoption, from_stage: str = "") -> str:
    """What the person just did, said in words: a body declining a practice ("adopt or
    justify") or stopping should read as exactly that, not as a generic confirmation."""
    names = {
        "body": adoption.body,
        "practice": adoption.practice.title.text,
        "stage": adoption.get_stage_display(),
    }
    if adoption.stage == Stage.DECLINED:
        return _("%(body)s declined “%(practice)s”. The reason is on the register.") % names
    if adoption.stage == Stage.STOPPED:
        return _("%(body)s stopped adopting “%(practice)s”. The reason is on the register.") % names
    if not from_stage:
        return (
            _("%(body)s's adoption of “%(practice)s” is on the register at the stage “%(stage)s”.")
            % names
        )
    if from_stage in CLOSED:
        return (
            _("%(body)s's adoption of “%(practice)s” is reopened at the stage “%(stage)s”.") % names
        )
    if actions.is_backwards(from_stage, adoption.stage):
        return (
            _(
                "%(body)s's adoption of “%(practice)s” moved back to the stage “%(stage)s”. "
                "The reason is on the register."
            )
            % names
        )
    return _("%(body)s's adoption of “%(practice)s” moved on to the stage “%(stage)s”.") % names


def _visible_adoption(request, pk) -> Adoption:
    return get_object_or_404(Adoption.objects.visible_to(request.user).for_listing(), pk=pk)


def _editable_adoption(request, pk) -> Adoption:
    adoption = _visible_adoption(request, pk)
    if not Adoption.objects.editable_by(request.user).filter(pk=adoption.pk).exists():
        raise PermissionDenied(_("Only the adopting body's editors can change this adoption."))
    return adoption


@require_GET
@kept_for_the_public(figures.rollout_page_version)
def practice_rollout(request, slug):
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).select_related("lead_body"), slug=slug
    )
    rollout = figures.practice_rollout(practice, requested_page(request))
    stage_labels = dict(Stage.choices)
    state_labels: dict[str, StrOrPromise] = {**stage_labels, "lead": _("The lead body's area")}
    width, height = map_size()
    visible_ids = set(
        Adoption.objects.visible_to(request.user)
        .filter(pk__in=[adoption.pk for adoption in rollout["adoptions"]])
        .values_list("pk", flat=True)
    )
    editable_bodies = Body.objects.editable_by(request.user).exclude(pk=practice.lead_body_id)
    cells = hex_cells(
        figures.local_authority_names(),
        {code: (state, state_labels[state]) for code, state in rollout["map_states"].items()},
        empty_label=_("No adoption recorded"),
    )
    return render(
        request,
        "rollout/practice_rollout.html",
        {
            "practice": practice,
            **rollout,
            **rollout["window"].context(request),
            "cells": cells,
            "area_rows": sorted(cells, key=lambda cell: cell.name),
            "map_width": width,
            "map_height": height,
            "legend": [
                *Stage.choices,
                ("lead", state_labels["lead"]),
                ("none", _("No adoption recorded")),
            ],
            "visible_ids": visible_ids,
            "can_adopt": practice.status == Practice.Status.PUBLISHED and editable_bodies.exists(),
            "can_record_own": Body.objects.editable_by(request.user)
            .filter(pk=practice.lead_body_id)
            .exists(),
            "savings": figures.savings_seen_by(
                request.user, LedgerEntry.objects.filter(practice=practice)
            ),
        },
    )


@login_required
def record_adoption(request, slug):
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).published().select_related("lead_body"), slug=slug
    )
    form = RecordAdoptionForm(
        posted(request),
        user=request.user,
        practice=practice,
        initial=_chosen_body(request),
    )
    if not offered(form, "body").exists():
        raise PermissionDenied(
            _("You are not an editor for any body that could adopt this practice.")
        )
    if request.method == "POST":
        adoption, _stale = attempt(
            form,
            lambda data: actions.record_adoption(
                practice, data.pop("body"), actor=request.user, **data
            ),
        )
        if adoption:
            messages.success(request, stage_message(adoption))
            return redirect(adoption.get_absolute_url())
    return render(request, "rollout/record_adoption.html", {"practice": practice, "form": form})


def _chosen_body(request) -> dict:
    """The body a link from the practice's page chose (`?body=`): the form offers it first
    (a body the person may not act for is simply not among the choices)."""
    body = request.GET.get("body", "")
    return {"body": int(body)} if body.isdigit() else {}


@login_required
def decline(request, slug):
    """Adopt or justify: one of the person's bodies declines a published practice, saying
    why; from the practice's page, where it then shows."""
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).published().select_related("lead_body"), slug=slug
    )
    initial = _chosen_body(request)
    form = DeclineForm(posted(request), user=request.user, practice=practice, initial=initial)
    if not offered(form, "body").exists():
        raise PermissionDenied(
            _("You are not an editor for any body that could decline this practice.")
        )
    chosen = form.initial.get("body")
    adoption = (
        Adoption.objects.filter(practice=practice, body__in=offered(form, "body"), body_id=chosen)
        .only("pk", "version")
        .first()
        if chosen
        else None
    )
    if adoption is not None:
        form.initial["version"] = adoption.version
    stale = None
    if request.method == "POST":
        declined, stale = attempt(
            form,
            lambda data: actions.decline_practice(
                practice,
                data["body"],
                actor=request.user,
                decline_reason=data["decline_reason"],
                reason=data["reason"],
                expected_version=data["version"],
            ),
        )
        if declined:
            declined.practice, declined.body = practice, form.cleaned_data["body"]
            messages.success(request, stage_message(declined))
            return redirect(practice.get_absolute_url())
    return render(
        request,
        "rollout/decline.html",
        {
            "practice": practice,
            "form": form,
            "stale": stale,
            "reload_url": request.get_full_path(),
        },
        status=409 if stale else 200,
    )


@login_required
@require_GET
def adoption_detail(request, pk):
    adoption = _visible_adoption(request, pk)
    can_edit = Adoption.objects.editable_by(request.user).filter(pk=adoption.pk).exists()
    return render(
        request,
        "rollout/adoption_detail.html",
        {
            "adoption": adoption,
            "changes": list(adoption.stage_changes.select_related("actor")),
            "entries": list(adoption.ledger_entries.all()),
            "can_edit": can_edit,
            "can_record_saving": can_edit and adoption.stage != Stage.DECLINED,
        },
    )


@login_required
def adoption_edit(request, pk):
    adoption = _editable_adoption(request, pk)
    stale = None
    if request.method == "POST":
        form = AdoptionDetailsForm(request.POST)
        done, stale = attempt(
            form,
            lambda data: actions.update_adoption(
                adoption, actor=request.user, expected_version=data.pop("version"), values=data
            ),
        )
        if done:
            messages.success(request, _("Your changes have been saved."))
            return redirect(adoption.get_absolute_url())
    else:
        form = AdoptionDetailsForm(
            initial={
                "version": adoption.version,
                **{name: getattr(adoption, name) for name in actions.ADOPTION_DETAILS},
            }
        )
    return render(
        request,
        "rollout/adoption_edit.html",
        {"adoption": adoption, "form": form, "stale": stale},
        status=409 if stale else 200,
    )


@login_required
def adoption_stage(request, pk):
    adoption = _editable_adoption(request, pk)
    stale = None
    if request.method == "POST":
        form = StageForm(request.POST)
        from_stage = adoption.stage
        done, stale = attempt(
            form,
            lambda data: actions.change_stage(
                adoption, actor=request.user, expected_version=data.pop("version"), **data
            ),
        )
        if done:
            done.practice, done.body = adoption.practice, adoption.body
            messages.success(request, stage_message(done, from_stage))
            return redirect(adoption.get_absolute_url())
    else:
        form = StageForm(initial={"version": adoption.version})
    return render(
        request,
        "rollout/adoption_stage.html",
        {"adoption": adoption, "form": form, "stale": stale},
        status=409 if stale else 200,
    )


def _saving_page(request, *, adoption=None, practice=None):
    form = SavingForm(posted(request), request.FILES or None)
    if request.method == "POST":
        entry, _stale = attempt(
            form,
            lambda data: actions.record_saving(
                actor=request.user,
                attachment=data.pop("attachment"),
                values=data,
                adoption=adoption,
                practice=practice,
            ),
        )
        if entry:
            messages.success(request, _("Saving recorded. The programme team will verify it."))
            return redirect(entry.get_absolute_url())
    return render(
        request,
        "rollout/saving_form.html",
        {
            "form": form,
            "adoption": adoption,
            "practice": practice or adoption.practice,
            "body": practice.lead_body if practice else adoption.body,
        },
    )


@login_required
def adoption_saving(request, pk):
    adoption = _editable_adoption(request, pk)
    if adoption.stage == Stage.DECLINED:
        raise PermissionDenied(_("A declined adoption has no savings to record."))
    return _saving_page(request, adoption=adoption)


@login_required
def own_saving(request, slug):
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).select_related("lead_body"), slug=slug
    )
    if not Body.objects.editable_by(request.user).filter(pk=practice.lead_body_id).exists():
        raise PermissionDenied(_("Only the lead body's editors can record its own savings."))
    return _saving_page(request, practice=practice)


def _visible_entry(request, pk) -> LedgerEntry:
    return get_object_or_404(
        LedgerEntry.objects.visible_to(request.user)
        .for_listing()
        .select_related("verified_by", "recorded_by"),
        pk=pk,
    )


@login_required
@require_GET
def entry_detail(request, pk):
    entry = _visible_entry(request, pk)
    return render(
        request,
        "rollout/entry_detail.html",
        {
            "entry": entry,
            "can_edit": LedgerEntry.objects.editable_by(request.user).filter(pk=entry.pk).exists(),
            "can_verify": may_verify(request.user),
            "verification_form": VerificationForm(
                initial={"verification": entry.verification, "version": entry.version}, entry=entry
            ),
        },
    )


@login_required
def entry_edit(request, pk):
    entry = _visible_entry(request, pk)
    if not LedgerEntry.objects.editable_by(request.user).filter(pk=entry.pk).exists():
        raise PermissionDenied(_("Only the body's editors can change this saving."))
    stale = None
    if request.method == "POST":
        form = EditSavingForm(request.POST, request.FILES)
        done, stale = attempt(
            form,
            lambda data: actions.update_saving(
                entry,
                actor=request.user,
                expected_version=data.pop("version"),
                attachment=data.pop("attachment"),
                remove_attachment=data.pop("remove_attachment"),
                values=data,
            ),
        )
        if done:
            messages.success(request, _("Your changes have been saved."))
            return redirect(entry.get_absolute_url())
    else:
        form = EditSavingForm(
            initial={
                "version": entry.version,
                **{name: getattr(entry, name) for name in actions.ENTRY_FIELDS},
            }
        )
    return render(
        request,
        "rollout/saving_form.html",
        {
            "form": form,
            "entry": entry,
            "adoption": entry.adoption,
            "practice": entry.practice,
            "body": entry.body,
            "stale": stale,
        },
        status=409 if stale else 200,
    )


@login_required
@require_POST
def entry_verify(request, pk):
    entry = _visible_entry(request, pk)
    form = VerificationForm(request.POST, entry=entry)
    if not may_verify(request.user):
        raise PermissionDenied(_("Only programme moderators can verify savings."))
    done, stale = attempt(
        form,
        lambda data: actions.verify_saving(
            entry, actor=request.user, expected_version=data.pop("version"), **data
        ),
    )
    if done:
        messages.success(request, _("Verification recorded."))
        return redirect(entry.get_absolute_url())
    if stale:
        entry = _visible_entry(request, pk)
        form = VerificationForm(
            initial={"verification": entry.verification, "version": entry.version}, entry=entry
        )
    return render(
        request,
        "rollout/entry_detail.html",
        {
            "entry": entry,
            "can_verify": True,
            "verification_form": form,
            "stale": stale,
            "can_edit": LedgerEntry.objects.editable_by(request.user).filter(pk=entry.pk).exists(),
        },
        status=409 if stale else 200,
    )


@login_required
@require_GET
def entry_attachment(request, pk):
    entry = _visible_entry(request, pk)
    if not entry.attachment:
        raise Http404
    try:
        return file_download(entry.attachment, entry.attachment_name)
    except FileNotFoundError:
        raise Http404 from None


@login_required
def targets(request):
    user = request.user
    if not may_see_targets(user):
        raise Http404
    form = TargetForm(posted(request))
    if request.method == "POST":
        if not may_set_targets(user):
            raise PermissionDenied(_("Only programme admins can set savings targets."))
        target, _stale = attempt(
            form,
            lambda data: actions.set_target(
                data["financial_year"], data["amount_pence"], actor=user
            ),
        )
        if target:
            messages.success(request, _("Target saved."))
            return redirect("rollout:targets")
    years = figures.savings_by_year(LedgerEntry.objects.all(), with_targets=True)
    return render(
        request,
        "rollout/targets.html",
        {
            "years": years,
            "total": savings_total(years),
            "form": form,
            "can_set": may_set_targets(user),
        },
    )


# The histories read the fields as the forms name them; where a form asks a question or says
# "(optional)", as the model names them.
ADOPTION_TRAIL = Trail(
    Adoption,
    forms=[AdoptionDetailsFields, StageForm, RecordAdoptionForm],
    model_named=frozenset(
        {
            "body",
            "stage",
            "stage_since",
            "adaptations",
            "target_date",
            "contact_name",
            "contact_email",
            "support_details",
        }
    ),
    listed_choices={"support_requested": dict(Support.choices)},
)
SAVING_TRAIL = Trail(
    LedgerEntry,
    forms=[EditSavingForm, VerificationForm],
    model_named=frozenset({"certainty", "recurrence", "unit", "quantity", "attachment_name"}),
    # The stored file's path: its name for people is attachment_name.
    internal=frozenset({"attachment"}),
    formats={"financial_year": year_label},
)


@login_required
@require_GET
def adoption_history(request, pk):
    adoption = _visible_adoption(request, pk)
    return history_page(
        request,
        ADOPTION_TRAIL,
        adoption,
        csv_url=reverse("rollout:adoption-history-csv", args=[adoption.pk]),
        intro=gettext_lazy(
            "Every change to this adoption, newest first, with who made it. "
            "The record cannot be edited."
        ),
    )


@login_required
@require_GET
def adoption_history_csv(request, pk):
    adoption = _visible_adoption(request, pk)
    return history_download(ADOPTION_TRAIL, adoption, f"history-adoption-{adoption.pk}.csv")


@login_required
@require_GET
def entry_history(request, pk):
    entry = _visible_entry(request, pk)
    return history_page(
        request,
        SAVING_TRAIL,
        entry,
        csv_url=reverse("rollout:entry-history-csv", args=[entry.pk]),
        intro=gettext_lazy(
            "Every change to this saving, newest first, with who made it. "
            "The record cannot be edited."
        ),
    )


@login_required
@require_GET
def entry_history_csv(request, pk):
    entry = _visible_entry(request, pk)
    return history_download(SAVING_TRAIL, entry, f"history-saving-{entry.pk}.csv")
