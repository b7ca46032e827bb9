from django import forms
from django.utils.translation import gettext_lazy as _

from arfer.accounts.forms import Radios

from .models import Delivery, NotificationKind, NotificationPreference

NOTIFICATION_HINTS = {
    NotificationKind.PRACTICE_SUBMITTED: _(
        "Sent to programme moderators and admins when a body sends a practice for review."
    ),
    NotificationKind.PRACTICE_REVIEWED: _(
        "Sent to the editors and admins of a practice's lead "
        "body when the programme team publishes it or asks "
        "for changes."
    ),
    NotificationKind.ADOPTION_RECORDED: _(
        "Sent to the editors and admins of a practice's lead "
        "body when another body records adopting it, with "
        "the support it asks for."
    ),
    NotificationKind.PRACTICE_FOLLOWED: _(
        "Sent to the people who follow a practice when another body adopts it, when a new "
        "version of it is published and when a question on it is answered."
    ),
    NotificationKind.QUESTION_ASKED: _(
        "Sent to the editors and admins of a practice's lead body when another body asks "
        "them a question about it."
    ),
    NotificationKind.QUESTION_ANSWERED: _(
        "Sent to the person who asked a practice's lead body a question when it is answered."
    ),
}


class NotificationPreferencesForm(forms.Form):
    """One question per kind of event: immediately, in the daily digest, or never."""

    def __init__(self, *args, preference: NotificationPreference, **kwargs):
        super().__init__(*args, **kwargs)
        for kind in NotificationKind:
            self.fields[kind.value] = forms.ChoiceField(
                label=kind.label,
                choices=Delivery.choices,
                widget=Radios,
                help_text=NOTIFICATION_HINTS[kind],
                initial=preference.delivery(kind),
                error_messages={
                    "required": _("Choose when to get emails about: %(kind)s.")
                    % {"kind": kind.label},
                    "invalid_choice": _("Choose when to get emails about: %(kind)s.")
                    % {"kind": kind.label},
                },
            )
