import datetime

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template import loader
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from arfer.core.bilingual import active_language, address_in_language
from arfer.core.health import run_checks

# When the statements were last written; a new date goes with a change to what they say.
STATEMENTS_PREPARED_ON = datetime.date(2026, 12, 7)
WELSH_LANGUAGE_COMMISSIONER = {
    "en": "https://www.welshlanguagecommissioner.wales/",
    "cy": "https://www.comisiynyddygymraeg.cymru/",
}


def _statement_context() -> dict:
    return {
        "contact_email": settings.ARFER_CONTACT_EMAIL,
        "prepared_on": STATEMENTS_PREPARED_ON,
    }


@require_GET
def accessibility_statement(request):
    return render(
        request,
        "core/accessibility.html",
        {
            **_statement_context(),
            # The time limits the statement owns up to, as they are set.
            "privileged_session_hours": settings.ARFER_PRIVILEGED_SESSION_HOURS,
            "privileged_session_idle_minutes": settings.ARFER_PRIVILEGED_SESSION_IDLE_MINUTES,
        },
    )


@require_GET
def welsh_language_statement(request):
    return render(
        request,
        "core/welsh_language.html",
        {
            **_statement_context(),
            "commissioner_url": WELSH_LANGUAGE_COMMISSIONER[active_language()],
        },
    )


@require_GET
@never_cache
def health(request):
    """For monitors: 200 when every check passes, 503 when any fails (docs/operations.md)."""
    checks = run_checks()
    healthy = all(check.ok for check in checks)
    return JsonResponse(
        {"status": "ok" if healthy else "failing", "checks": [check.as_json() for check in checks]},
        status=200 if healthy else 503,
    )


def back_office_sign_in(request):
    """Where the back office (Django admin) sends whoever it does not let in. Someone signed
    out signs in at the one sign-in page, with two-factor sign-in; someone signed in without
    the right to the back office is told so, in the site's design and language (sending them
    to sign in, as Django does, would send them straight back: a loop); staff go on in."""
    if not request.user.is_authenticated:
        query = request.META.get("QUERY_STRING", "")
        return redirect(reverse("accounts:sign-in") + (f"?{query}" if query else ""))
    if admin.site.has_permission(request):
        next_url = request.GET.get("next", "")
        if url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return redirect(next_url)
        return redirect("admin:index")
    raise PermissionDenied(
        gettext(
            "The back office is for the programme's moderators and admins. Your account does "
            "not give you access to it."
        )
    )


def api_error(request, status: int, message: str) -> JsonResponse | None:
    """An error at an address of the JSON API answers in the API's own error format."""
    if not request.path.startswith("/api/v1/"):
        return None
    from arfer.core.api.errors import error_body

    return JsonResponse(error_body(status, message), status=status)


def not_found(request, exception=None):
    return api_error(request, 404, gettext("Not found.")) or render(
        request, "core/404.html", status=404
    )


def permission_denied(request, exception=None):
    # The actions' refusals are written for the person reading them ("Only programme admins
    # can manage workstreams."); Django's own carry no message.
    message = str(exception or "")
    return api_error(request, 403, message or gettext("You cannot do this")) or render(
        request, "core/403.html", {"message": message}, status=403
    )


def csrf_failure(request, reason=""):
    return render(
        request,
        "core/403.html",
        {
            "message": gettext(
                "The form could not be sent. This can happen when a page was open for a long time, "
                "or "
                "when your browser blocks cookies. Go back, reload the page and try again."
            )
        },
        status=403,
    )


def bad_request(request, exception=None):
    return api_error(
        request, 400, gettext("The request could not be understood.")
    ) or _standalone_page(request, "core/400.html", 400)


def server_error(request):
    return _standalone_page(request, "core/500.html", 500)


def _standalone_page(request, template_name: str, status: int) -> HttpResponse:
    """An error page in the site's design rendered from the template alone: nothing here may
    touch the database or the request beyond its path (a bad Host header, a database that is
    down), so the page has no navigation or sign-in, and falls back to plain HTML if even that
    fails."""
    html: str
    try:
        full_path = request.get_full_path()
        html = loader.render_to_string(
            template_name,
            {
                "active_language": active_language(),
                "english_address": address_in_language(full_path, "en"),
                "welsh_address": address_in_language(full_path, "cy"),
            },
        )
    except Exception:  # the page of last resort must answer whatever happened
        html = (
            "<!doctype html><title>Sorry, there is a problem with the service</title>"
            "<h1>Sorry, there is a problem with the service</h1>"
            "<p>Try again later.</p>"
            '<p lang="cy">Mae problem gyda\'r gwasanaeth. Rhowch gynnig arall arni yn nes '
            "ymlaen.</p>"
        )
    return HttpResponse(html, status=status)
