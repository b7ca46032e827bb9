"""A practice's documents: the lead body's page for adding and removing them, and the
download, permission-checked like the practice itself. Thin views over the actions
(actions.add_attachment, actions.remove_attachment)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from arfer.accounts.forms import posted
from arfer.core.forms import attempt
from arfer.core.uploads import file_download

from . import actions
from .attachment_models import PracticeAttachment
from .forms import AttachmentForm
from .models import Practice
from .policy import may_manage_attachments


def _managed(request, slug) -> Practice:
    """A practice whose documents the person may change: 404 if they may not see it, 403 if
    they may only see it."""
    practice = get_object_or_404(
        Practice.objects.visible_to(request.user).select_related("lead_body"), slug=slug
    )
    if practice.revision_of_id is not None or not may_manage_attachments(request.user, practice):
        raise PermissionDenied(_("You cannot change this practice's documents."))
    return practice


@login_required
def attachments(request, slug):
    practice = _managed(request, slug)
    form = AttachmentForm(posted(request), request.FILES or None)
    if request.method == "POST":
        added, _stale = attempt(
            form,
            lambda data: actions.add_attachment(
                practice,
                actor=request.user,
                title=data["title"],
                kind=data["kind"],
                upload=data["upload"],
            ),
        )
        if added is not None:
            messages.success(request, _("Document added: %(title)s.") % {"title": added.title})
            return redirect("menu:attachments", slug=practice.slug)
    return render(
        request,
        "menu/attachments.html",
        {"practice": practice, "form": form, "attachments": list(practice.attachments.all())},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def remove_attachment(request, slug, attachment_id):
    practice = _managed(request, slug)
    attachment = get_object_or_404(practice.attachments.all(), pk=attachment_id)
    actions.remove_attachment(attachment, actor=request.user)
    messages.success(request, _("Document removed: %(title)s.") % {"title": attachment.title})
    return redirect("menu:attachments", slug=practice.slug)


@require_GET
def download(request, slug, attachment_id):
    """Whoever may see the practice may have its documents: the public a published
    practice's, only those who may see a draft its draft's (404 to anyone else)."""
    attachment = get_object_or_404(
        PracticeAttachment.objects.visible_to(request.user).filter(practice__slug=slug),
        pk=attachment_id,
    )
    try:
        return file_download(attachment.file, attachment.file_name)
    except FileNotFoundError:
        raise Http404 from None
