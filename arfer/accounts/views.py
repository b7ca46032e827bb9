from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render, resolve_url
from django.urls import reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods

from . import sign_in, two_factor
from .account_page import account_page
from .actions import set_email_language
from .forms import ChangePasswordForm, EmailLanguageForm, SignInCodeForm, posted
from .models import TwoFactorDevice
from .my_work import my_work_page, page_context


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if two_factor.has_two_factor(user):
            # The password was right; the session is signed in only once a code is given too.
            sign_in.begin(self.request, user, backend=user.backend, next_url=self.get_success_url())
            return redirect("accounts:sign-in-code")
        sign_in.complete(self.request, user, backend=user.backend, verified=False)
        return redirect(self.get_success_url())


def _safe_next(request, url: str | None) -> str:
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return resolve_url(settings.LOGIN_REDIRECT_URL)


@require_http_methods(["GET", "POST"])
def sign_in_code(request):
    """The second step of signing in, for people with two-factor sign-in set up."""
    waiting = sign_in.pending(request)
    if waiting is None:
        messages.info(request, _("Your sign-in timed out or had not started. Sign in again."))
        return redirect("accounts:sign-in")
    user, data = waiting
    form = SignInCodeForm(posted(request))
    if request.method == "POST" and form.is_valid():
        if AxesProxyHandler.is_locked(request, {"username": user.email}):
            # Locked out meanwhile (too many failures for this address): django-axes's
            # middleware answers with its lockout page.
            sign_in.abandon(request)
            request.axes_locked_out = True
            request.axes_credentials = {"username": user.email}
            return redirect("accounts:sign-in")
        used = two_factor.use_second_factor(user, form.cleaned_data["code"])
        if used:
            sign_in.complete(request, user, backend=data["backend"], verified=True)
            if used == "recovery":
                left = two_factor.unused_recovery_code_count(user)
                messages.warning(
                    request,
                    ngettext(
                        "You signed in with a recovery code. You have %(count)d left: create new "
                        "ones from your account page if you are running out.",
                        "You signed in with a recovery code. You have %(count)d left: create new "
                        "ones from your account page if you are running out.",
                        left,
                    )
                    % {"count": left},
                )
            return redirect(_safe_next(request, data.get("next")))
        if sign_in.record_wrong_code(request, user, data):
            messages.error(request, _("Too many wrong codes. Sign in again."))
            return redirect("accounts:sign-in")
        form.add_error(
            "code",
            _(
                "The code is not correct, or has already been used. Enter the "
                "code your app shows now, or a recovery code."
            ),
        )
    return render(request, "accounts/sign_in_code.html", {"form": form})


class SignOutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = ChangePasswordForm
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form):
        # Django keeps this session and ends every other one: their session hash is now stale.
        response = super().form_valid(form)
        messages.success(
            self.request,
            _("Your password has been changed. Any other sessions have been signed out."),
        )
        return response


@require_GET
@login_required
def account(request):
    memberships = request.user.memberships.select_related("body").order_by("body__name_en")
    device = TwoFactorDevice.objects.filter(user=request.user).first()
    return render(
        request,
        "accounts/account.html",
        {
            "memberships": list(memberships),
            "two_factor_device": device,
            "sections": account_page.render(request),
        },
    )


@require_GET
@login_required
def my_work(request):
    """What needs the person now, from every app they work in (my_work.py): the page they land
    on after signing in."""
    sections = my_work_page.render(request, **page_context(request.user))
    return render(request, "accounts/my_work.html", {"sections": sections})


@require_http_methods(["GET", "POST"])
@login_required
def email_language(request):
    """The language of the emails Arfer sends the person, changed from their account page."""
    form = EmailLanguageForm(
        posted(request), initial={"email_language": request.user.email_language}
    )
    if request.method == "POST" and form.is_valid():
        set_email_language(request.user, form.cleaned_data["email_language"], actor=request.user)
        messages.success(request, _("Your email language has been saved."))
        return redirect("accounts:account")
    return render(request, "accounts/email_language.html", {"form": form})
