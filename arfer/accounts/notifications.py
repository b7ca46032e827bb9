"""Emails about accounts, handed to the task worker after the transaction commits. An invitation
goes to an address that may have no account yet: then it is in Welsh and English, Welsh first;
to a person who has an account, it is in the language they chose."""

from functools import partial

from arfer.core import tasks
from arfer.core.emails import EmailLanguage, SiteLink, email_message, write

from .models import User

INVITATION_TEMPLATE = "accounts/email/invitation.txt"


def invitation_sent(invitation, token: str) -> None:
    preference = (
        User.objects.filter(email=invitation.email, is_active=True)
        .values_list("email_language", flat=True)
        .first()
    ) or EmailLanguage.BOTH
    context = {
        "invitation": invitation,
        "body": invitation.body,
        "inviter": invitation.invited_by,
        "link": SiteLink("accounts:invitation", token=token),
    }
    tasks.queue_emails(
        [
            email_message(
                preference, partial(write, INVITATION_TEMPLATE, context), [invitation.email]
            )
        ],
        kind="invitation",
    )
