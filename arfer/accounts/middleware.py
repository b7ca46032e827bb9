"""Two-factor sign-in is required for privileged roles (programme moderators, board members,
programme admins and superusers): until they have set it up, every page sends them to the set-up
page. And a session signed in without the second factor by someone who has one (through a path
other than Arfer's sign-in) is signed out, as is a privileged session that has run its course
(sign_in.privileged_session_lapsed)."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import sign_in
from .models import TwoFactorDevice

# The JSON API answers in JSON: a lapsed session there is simply not signed in.
API_PATH_PREFIX = "/api/"
# Pages a person who must set up two-factor sign-in can still reach.
ALLOWED_BEFORE_SET_UP = {
    "accounts:two-factor-set-up",
    "accounts:sign-out",
    "notifications:unsubscribe",
    "health",
}


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path_info.startswith(settings.STATIC_URL):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if user.requires_two_factor and sign_in.privileged_session_lapsed(request):
            return self._signed_out_for_time(request)
        state = request.session.get(sign_in.STATE_KEY)
        if state == sign_in.VERIFIED:
            return None
        if state == sign_in.PASSWORD_ONLY and not user.requires_two_factor:
            return None
        # Left: a privileged person not signed in with a code, or a session of unknown origin.
        if TwoFactorDevice.objects.filter(user=user).exists():
            # Signed in without the code this person needs: start again at the sign-in page.
            logout(request)
            return redirect(self._with_next(reverse("accounts:sign-in"), request))
        if not user.requires_two_factor:
            return None
        if request.resolver_match and request.resolver_match.view_name in ALLOWED_BEFORE_SET_UP:
            return None
        return redirect(self._with_next(reverse("accounts:two-factor-set-up"), request))

    def _signed_out_for_time(self, request):
        logout(request)
        if request.path_info.startswith(API_PATH_PREFIX):
            return None  # the API answers as for anyone not signed in
        messages.info(
            request,
            _("You have been signed out because your session ended. Sign in again to carry on."),
        )
        return redirect(self._with_next(reverse("accounts:sign-in"), request))

    @staticmethod
    def _with_next(url: str, request) -> str:
        if request.method != "GET":
            return url
        return f"{url}?{urlencode({'next': request.get_full_path()})}"
