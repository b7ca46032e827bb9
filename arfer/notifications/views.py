"""A person's email preferences, and the unsubscribe link every notification email carries."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from arfer.accounts.forms import posted

from .actions import set_notification_preferences
from .actions import unsubscribe as unsubscribe_action
from .delivery import DIGEST, read_unsubscribe_token
from .forms import NotificationPreferencesForm
from .models import NotificationKind, NotificationPreference


@require_http_methods(["GET", "POST"])
@login_required
def preferences(request):
    preference = NotificationPreference.objects.filter(
        user=request.user
    ).first() or NotificationPreference(user=request.user)
    form = NotificationPreferencesForm(posted(request), preference=preference)
    if request.method == "POST" and form.is_valid():
        set_notification_preferences(request.user, form.cleaned_data, actor=request.user)
        messages.success(request, _("Your email preferences have been saved."))
        return redirect("notifications:preferences")
    return render(request, "notifications/preferences.html", {"form": form})


def _kind_names(kinds) -> list[str]:
    return [str(NotificationKind(kind).label) for kind in kinds]


# No CSRF token: the signed link is the only credential (no session is used), and mail programs
# that offer one-click unsubscribe (RFC 8058) POST to it without one.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    found = read_unsubscribe_token(token)
    if found is None:
        return render(request, "notifications/unsubscribe_invalid.html", status=404)
    user, kind = found
    if request.method == "POST":
        kinds = unsubscribe_action(user, kind)
        return render(
            request,
            "notifications/unsubscribed.html",
            {"email": user.email, "is_digest": kind == DIGEST, "kinds": _kind_names(kinds)},
        )
    return render(
        request,
        "notifications/unsubscribe.html",
        {
            "email": user.email,
            "is_digest": kind == DIGEST,
            "kind": None if kind == DIGEST else NotificationKind(kind).label,
        },
    )
