"""A person's API tokens: the list, making one (shown once) and revoking one.

Two-factor sign-in: a privileged person without it never reaches these pages, because
TwoFactorMiddleware sends every page but the set-up to the set-up page (and signs out a session
that skipped the code), so there is no check of its own here; create_api_token refuses such a
person too, for the command line."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import API_TOKEN_SCOPES, ApiTokenForm, posted
from .models import ApiToken
from .tokens import create_api_token, revoke_api_token

# The API answers outside the language prefix; its reference page is a page of the site.
API_EXAMPLE_PATH = "/api/v1/practices"


def _scope_options(form):
    hints = {value: hint for value, _label, hint in API_TOKEN_SCOPES}
    return [(option, hints[option.data["value"]]) for option in form["scope"]]


def _list_page(request, form):
    tokens = list(ApiToken.objects.visible_to(request.user).for_listing())
    return render(
        request,
        "accounts/tokens.html",
        {
            "tokens": tokens,
            "form": form,
            "scope_options": _scope_options(form),
            "api_docs_url": reverse("api-reference:reference"),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def token_list(request):
    form = ApiTokenForm(posted(request), initial={"scope": ApiToken.Scope.READ})
    if request.method == "POST" and form.is_valid():
        try:
            token, raw = create_api_token(
                request.user,
                name=form.cleaned_data["name"],
                scope=form.cleaned_data["scope"],
                actor=request.user,
            )
        except ValidationError as error:
            # Errors about the name or the scope go beside their field; others (the limit) to
            # the top of the form.
            form.add_error(None, error)
        else:
            return _created_page(request, token, raw)
    return _list_page(request, form)


def _created_page(request, token, raw):
    """The token, shown in the answer to the POST that made it and nowhere else: not in a URL,
    the session or a message, which would outlive this one response."""
    response = render(
        request,
        "accounts/token_created.html",
        {
            "token": token,
            "raw": raw,
            "api_docs_url": reverse("api-reference:reference"),
            "example_url": f"{request.scheme}://{request.get_host()}{API_EXAMPLE_PATH}",
        },
    )
    # Neither the browser nor a proxy may keep a copy of the page with the token in it.
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def revoke_token(request, pk):
    # Only the person's own tokens: anyone else's answers 404, as if it did not exist.
    token = get_object_or_404(
        ApiToken.objects.visible_to(request.user).select_related("user"), pk=pk
    )
    if token.is_revoked:
        messages.info(
            request, _("The token “%(name)s” was already revoked.") % {"name": token.name}
        )
        return redirect("accounts:tokens")
    if request.method == "POST":
        revoke_api_token(token, actor=request.user)
        messages.success(
            request,
            _("The token “%(name)s” has been revoked. It no longer works.") % {"name": token.name},
        )
        return redirect("accounts:tokens")
    return render(request, "accounts/token_revoke.html", {"token": token})
