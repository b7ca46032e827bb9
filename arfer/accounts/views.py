from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")

    def form_valid(self, form):
        # Django keeps this session and ends every other one: their session hash is now stale.
        response = super().form_valid(form)
        messages.success(self.request, _("Your password has been changed. Any other sessions "
                                         "have been signed out."))
        return response


@require_GET
@login_required
def account(request):
    memberships = request.user.memberships.select_related("body").order_by("body__name_en")
    return render(request, "accounts/account.html", {"memberships": list(memberships)})
