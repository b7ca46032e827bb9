"""Pages for setting up and managing two-factor sign-in."""

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from . import sign_in, totp, two_factor
from .forms import CodeForm, PasswordConfirmForm, posted
from .models import TwoFactorDevice

# The secret being set up lives in the session until the person confirms it with a code.
SET_UP_SECRET_KEY = "arfer_two_factor_set_up_secret"  # noqa: S105 - a session key name
# Recovery codes wait here between the set-up (or renewal) and the page that shows them once.
NEW_CODES_KEY = "arfer_new_recovery_codes"
NEXT_KEY = "arfer_two_factor_next"


def _grouped(secret: str) -> str:
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def _qr_code(uri: str) -> str:
    """The QR code as an SVG data URI: no request leaves the page and no inline style is
    needed, which the Content Security Policy forbids."""
    return segno.make(uri, error="m").svg_data_uri(
        scale=5, border=4, dark="#0b0c0c", light="#ffffff"
    )


def _forbidden(request, message: str):
    return render(request, "accounts/forbidden.html", {"message": message}, status=403)


@require_GET
@login_required
def status(request):
    device = TwoFactorDevice.objects.filter(user=request.user).first()
    if device is None:
        return redirect("accounts:two-factor-set-up")
    return render(
        request,
        "accounts/two_factor.html",
        {
            "device": device,
            "unused_codes": two_factor.unused_recovery_code_count(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def set_up(request):
    user = request.user
    if two_factor.has_two_factor(user):
        return redirect("accounts:two-factor")
    next_url = request.GET.get("next") or request.POST.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    secret = request.session.get(SET_UP_SECRET_KEY)
    if not secret:
        secret = request.session[SET_UP_SECRET_KEY] = totp.new_secret()
    form = CodeForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.enable_two_factor(
                user, secret=secret, code=form.cleaned_data["code"], actor=user
            )
        except ValidationError as error:
            form.add_error("code", error)
        else:
            del request.session[SET_UP_SECRET_KEY]
            sign_in.mark_verified(request)
            request.session[NEW_CODES_KEY] = codes
            request.session[NEXT_KEY] = next_url
            messages.success(request, _("Two-factor sign-in is now on."))
            return redirect("accounts:two-factor-recovery-codes")
    uri = totp.provisioning_uri(secret, account=user.email, issuer=settings.ARFER_TWO_FACTOR_ISSUER)
    return render(
        request,
        "accounts/two_factor_set_up.html",
        {
            "form": form,
            "secret": _grouped(secret),
            "qr_code": _qr_code(uri),
            "required": user.requires_two_factor,
            "next": next_url,
        },
    )


@require_GET
@login_required
def recovery_codes(request):
    """The new recovery codes, shown this once: they are stored only as hashes."""
    codes = request.session.pop(NEW_CODES_KEY, None)
    next_url = request.session.pop(NEXT_KEY, "")
    if not codes:
        return redirect("accounts:two-factor")
    response = render(request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url})
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def new_recovery_codes(request):
    if not two_factor.has_two_factor(request.user):
        return redirect("accounts:two-factor-set-up")
    form = PasswordConfirmForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.regenerate_recovery_codes(
                request.user, actor=request.user, password=form.cleaned_data["password"]
            )
        except ValidationError as error:
            form.add_error("password", error)
        else:
            request.session[NEW_CODES_KEY] = codes
            messages.success(
                request, _("You have new recovery codes. The old ones no longer work.")
            )
            return redirect("accounts:two-factor-recovery-codes")
    return render(request, "accounts/recovery_codes_new.html", {"form": form})


@require_http_methods(["GET", "POST"])
@login_required
def turn_off(request):
    user = request.user
    if user.requires_two_factor:
        return _forbidden(
            request, _("Your role requires two-factor sign-in, so it cannot be turned off.")
        )
    if not two_factor.has_two_factor(user):
        return redirect("accounts:two-factor-set-up")
    form = PasswordConfirmForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            two_factor.disable_two_factor(user, actor=user, password=form.cleaned_data["password"])
        except ValidationError as error:
            form.add_error("password", error)
        else:
            # Other sessions end (they may be on a device the person no longer trusts); this
            # one carries on.
            update_session_auth_hash(request, user)
            request.session[sign_in.STATE_KEY] = sign_in.PASSWORD_ONLY
            messages.success(request, _("Two-factor sign-in is now off."))
            return redirect("accounts:account")
    return render(request, "accounts/two_factor_turn_off.html", {"form": form})
