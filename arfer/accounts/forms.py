from django import forms
from django.contrib.auth.forms import PasswordChangeForm
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from arfer.core.emails import EmailLanguage, page_language

from .models import ApiToken, Membership, User

ROLE_HINTS = {
    Membership.Role.VIEWER: _("Sees the body's draft practices and its members."),
    Membership.Role.EDITOR: _("Also writes, edits and submits the body's practices."),
    Membership.Role.ADMIN: _("Also invites people, changes their roles and removes them."),
}


class ChangePasswordForm(PasswordChangeForm):
    """Django's form, with the hint Django's own Welsh catalogue leaves untranslated and
    messages that say what to do."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_password2"].help_text = _(
            "Enter the same password as before, for verification."
        )
        for name, message in (
            ("old_password", _("Enter your password.")),
            ("new_password1", _("Enter a password.")),
            ("new_password2", _("Enter the password again.")),
        ):
            self.fields[name].error_messages["required"] = message


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=40,
        strip=True,
        help_text=_("The 6-digit code your authenticator app shows now."),
        error_messages={"required": _("Enter the code from your authenticator app.")},
    )


class SignInCodeForm(CodeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _(
            "The 6-digit code your authenticator app shows now, or one of your recovery codes."
        )
        self.fields["code"].error_messages["required"] = _(
            "Enter the code from your authenticator app, or a recovery code."
        )


class PasswordConfirmForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput,
        strip=False,
        error_messages={"required": _("Enter your password.")},
    )


class Radios(forms.RadioSelect):
    def id_for_label(self, id_, index=None):
        # The error summary links to the first radio, as the GOV.UK pattern does.
        return super().id_for_label(id_, "0" if index is None else index)


class RoleChoiceField(forms.ChoiceField):
    def __init__(self, **kwargs):
        super().__init__(
            choices=Membership.Role.choices,
            widget=Radios,
            error_messages={"required": _("Choose a role."), "invalid_choice": _("Choose a role.")},
            **kwargs,
        )


class EmailLanguageField(forms.ChoiceField):
    """Welsh, English, or both with the Welsh first; offered first in the page's language."""

    def __init__(self, **kwargs):
        message = _("Choose the language of your emails: Welsh, English, or both.")
        super().__init__(
            choices=EmailLanguage.choices,
            widget=Radios,
            help_text=_("If you choose both, each email is in Welsh first, then in English."),
            error_messages={"required": message, "invalid_choice": message},
            **kwargs,
        )


class EmailLanguageForm(forms.Form):
    email_language = EmailLanguageField(label=_("What language should your emails be in?"))


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_(
            "Their work email address. The invitation link is sent there and works for 14 days."
        ),
        error_messages={
            "required": _("Enter an email address."),
            "invalid": _("Enter an email address in the correct format, like name@example.org."),
        },
    )
    role = RoleChoiceField(label=_("Role"))


class RoleForm(forms.Form):
    role = RoleChoiceField(label=_("Role"))


class NewAccountForm(forms.Form):
    """An account made from an invitation: the address is the invitation's, fixed."""

    password1 = forms.CharField(
        label=_("Create a password"),
        widget=forms.PasswordInput,
        strip=False,
        help_text=_(
            "At least 8 characters. A passphrase of several words is easy to remember "
            "and hard to guess."
        ),
        error_messages={"required": _("Enter a password.")},
    )
    password2 = forms.CharField(
        label=_("Confirm your password"),
        widget=forms.PasswordInput,
        strip=False,
        error_messages={"required": _("Enter the password again.")},
    )
    email_language = EmailLanguageField(label=_("What language should your emails be in?"))

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        # The likely answer: the language the person is reading this page in.
        self.fields["email_language"].initial = page_language()

    def clean_password1(self):
        password = self.cleaned_data["password1"]
        validate_password(password, User(email=self.email))
        return password

    def clean(self):
        super().clean()
        cleaned = self.cleaned_data
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error(
                "password2",
                ValidationError(
                    _("The passwords do not match. Enter the same password twice."), code="mismatch"
                ),
            )
        return cleaned


API_TOKEN_SCOPES = [
    (
        ApiToken.Scope.READ,
        _("Read only"),
        _("See through the API what you can see when signed in."),
    ),
    (
        ApiToken.Scope.WRITE,
        _("Read and write"),
        _("Also make the changes your role allows, such as editing your body's practices."),
    ),
]


class ApiTokenForm(forms.Form):
    """The shape of the request only: create_api_token checks the name and the scope, with the
    same messages for the pages and the command line."""

    name = forms.CharField(
        label=_("Name"),
        required=False,
        strip=True,
        help_text=_(
            "What the token is for, so that you know which one to revoke later. For "
            "example, “Finance system”."
        ),
    )
    scope = forms.ChoiceField(
        label=_("What may the token do?"),
        required=False,
        widget=Radios,
        choices=[(value, label) for value, label, _hint in API_TOKEN_SCOPES],
        error_messages={
            "invalid_choice": _("Choose whether the token may only read, or read and write.")
        },
    )


def posted(request):
    """The form data of a POST (even an empty one, so that it is validated), else None."""
    return request.POST if request.method == "POST" else None
