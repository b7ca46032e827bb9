"""A body's members and invitations: the list, inviting, changing roles, removing, and the page
an invitation's link opens."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import invitations, ratelimit, sign_in
from .actions import change_member_role, remove_member
from .forms import ROLE_HINTS, InviteForm, NewAccountForm, RoleForm, posted
from .models import Invitation, Membership, User, directory_bodies
from .policy import may_manage_members, member_lists_visible_to


def _visible_body(request, slug):
    """The body, if this person may see its members; 404 otherwise, as if it did not exist."""
    condition = member_lists_visible_to(request.user)
    if condition is None:
        raise Http404
    bodies = directory_bodies()
    return get_object_or_404(bodies.filter(condition), slug=slug)


def _forbidden(request, body):
    return render(
        request,
        "accounts/forbidden.html",
        {
            "message": _("Only the admins of %(body)s can invite, remove or change its members.")
            % {"body": body.name},
            "body": body,
        },
        status=403,
    )


def _members_url(body) -> str:
    return reverse("accounts:members", kwargs={"slug": body.slug})


def _role_options(form):
    return [(option, ROLE_HINTS.get(option.data["value"], "")) for option in form["role"]]


@require_GET
@login_required
def members(request, slug):
    body = _visible_body(request, slug)
    context = {
        "body": body,
        "memberships": list(Membership.objects.filter(body=body).for_listing()),
        "invitations": list(Invitation.objects.filter(body=body).pending().for_listing()),
        "can_manage": may_manage_members(request.user, body),
    }
    return render(request, "accounts/members.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def invite(request, slug):
    body = _visible_body(request, slug)
    if not may_manage_members(request.user, body):
        return _forbidden(request, body)
    form = InviteForm(posted(request))
    limited = None
    if request.method == "POST" and form.is_valid():
        try:
            # An invitation is an e-mail to an address anyone can type: limited per client and
            # per address, so the form cannot be used to flood someone's inbox.
            ratelimit.count_email_sent(request, form.cleaned_data["email"])
            invitation, _token = invitations.invite_member(
                body, form.cleaned_data["email"], form.cleaned_data["role"], actor=request.user
            )
        except ratelimit.RateLimited as refusal:
            limited = refusal
            form.add_error("email", refusal.message)
        except ValidationError as error:
            field = "role" if getattr(error, "code", "") == "role" else "email"
            form.add_error(field, error)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": invitation.email}
            )
            return redirect(_members_url(body))
    response = render(
        request,
        "accounts/invite.html",
        {"body": body, "form": form, "role_options": _role_options(form)},
        status=429 if limited else 200,
    )
    if limited:
        response["Retry-After"] = str(limited.retry_after)
    return response


def _membership(body, pk) -> Membership:
    return get_object_or_404(Membership.objects.select_related("user", "body"), body=body, pk=pk)


@require_http_methods(["GET", "POST"])
@login_required
def change_role(request, slug, pk):
    body = _visible_body(request, slug)
    membership = _membership(body, pk)
    if not may_manage_members(request.user, body):
        return _forbidden(request, body)
    form = RoleForm(posted(request), initial={"role": membership.role})
    if request.method == "POST" and form.is_valid():
        try:
            change_member_role(membership, form.cleaned_data["role"], actor=request.user)
        except ValidationError as error:
            form.add_error("role", error)
        else:
            messages.success(
                request,
                _("%(person)s is now: %(role)s.")
                % {"person": membership.user, "role": membership.get_role_display()},
            )
            return redirect(_members_url(body))
    return render(
        request,
        "accounts/change_role.html",
        {"body": body, "membership": membership, "form": form, "role_options": _role_options(form)},
    )


@require_http_methods(["GET", "POST"])
@login_required
def remove(request, slug, pk):
    body = _visible_body(request, slug)
    membership = _membership(body, pk)
    if not may_manage_members(request.user, body):
        return _forbidden(request, body)
    error = None
    if request.method == "POST":
        try:
            remove_member(membership, actor=request.user)
        except ValidationError as refusal:
            error = refusal.messages[0]
        else:
            messages.success(
                request,
                _("%(person)s has been removed from %(body)s.")
                % {"person": membership.user, "body": body.name},
            )
            if membership.user_id == request.user.id and not request.user.is_programme_admin:
                # They left the body, so its pages are no longer theirs to see.
                return redirect("accounts:account")
            return redirect(_members_url(body))
    return render(
        request,
        "accounts/remove_member.html",
        {"body": body, "membership": membership, "error": error},
        status=400 if error else 200,
    )


@require_POST
@login_required
def cancel_invitation(request, slug, pk):
    body = _visible_body(request, slug)
    invitation = get_object_or_404(Invitation.objects.select_related("body"), body=body, pk=pk)
    if not may_manage_members(request.user, body):
        return _forbidden(request, body)
    try:
        invitations.cancel_invitation(invitation, actor=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request,
            _("The invitation to %(email)s has been cancelled.") % {"email": invitation.email},
        )
    return redirect(_members_url(body))


@require_http_methods(["GET", "POST"])
def invitation(request, token):
    """The page an invitation's link opens: accept it, signed in or by creating an account."""
    found = invitations.find_invitation(token)
    if found is None:
        raise Http404
    if found.is_accepted or found.is_expired:
        return render(request, "accounts/invitation_closed.html", {"invitation": found}, status=410)
    user = request.user
    context: dict[str, object] = {"invitation": found, "body": found.body}
    if user.is_authenticated:
        if user.email != found.email:
            return render(request, "accounts/invitation_other_account.html", context)
        if request.method == "POST":
            try:
                invitations.accept_invitation(found, actor=user)
            except (ValidationError, PermissionDenied) as error:
                context["error"] = (
                    error.messages[0] if isinstance(error, ValidationError) else str(error)
                )
            else:
                messages.success(
                    request, _("You are now a member of %(body)s.") % {"body": found.body.name}
                )
                return redirect(_members_url(found.body))
        return render(request, "accounts/invitation_accept.html", context)
    if User.objects.filter(email=found.email).exists():
        return render(request, "accounts/invitation_sign_in.html", context)
    form = NewAccountForm(posted(request), email=found.email)
    if request.method == "POST" and form.is_valid():
        try:
            new_user = invitations.accept_invitation_with_new_account(
                found,
                password=form.cleaned_data["password1"],
                email_language=form.cleaned_data["email_language"],
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            sign_in.complete(
                request,
                new_user,
                verified=False,
                backend="django.contrib.auth.backends.ModelBackend",
            )
            messages.success(
                request,
                _("Your account is ready and you are now a member of %(body)s.")
                % {"body": found.body.name},
            )
            return redirect(_members_url(found.body))
    context["form"] = form
    return render(request, "accounts/invitation_new_account.html", context)
