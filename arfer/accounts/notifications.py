"""Emails about accounts. Handed to the task worker after the transaction commits, in English then
Welsh: the recipient may not have an account yet, so their language is not known."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from arfer.core import tasks


def _send_bilingual(template: str, context: dict, recipients: list[str]) -> None:
    """The template's first line is the subject; the rest is the body."""
    parts = {}
    for language in ("en", "cy"):
        with translation.override(language):
            parts[language] = render_to_string(template, context).strip()
    subject_en, _blank, body_en = parts["en"].partition("\n")
    subject_cy, _blank, body_cy = parts["cy"].partition("\n")
    tasks.queue_emails(
        [
            EmailMessage(
                f"{subject_en.strip()} / {subject_cy.strip()}",
                f"{body_en.strip()}\n\n---\n\n{body_cy.strip()}",
                settings.DEFAULT_FROM_EMAIL,
                recipients,
            )
        ],
        kind=template.rsplit("/", 1)[-1].removesuffix(".txt"),
    )


def invitation_sent(invitation, token: str) -> None:
    # Each language's part links to the page in that language.
    with translation.override("en"):
        path = reverse("accounts:invitation", kwargs={"token": token})
    with translation.override("cy"):
        path_cy = reverse("accounts:invitation", kwargs={"token": token})
    _send_bilingual(
        "accounts/email/invitation.txt",
        {
            "invitation": invitation,
            "body": invitation.body,
            "inviter": invitation.invited_by,
            "link": settings.ARFER_SITE_URL + path,
            "link_cy": settings.ARFER_SITE_URL + path_cy,
        },
        [invitation.email],
    )
