"""Emails about practices. Sent after the transaction commits (see workflow.py), in both
languages, since the recipient's language preference is not yet known."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation


def _send(template: str, context: dict, recipients: list[str]) -> None:
    if not recipients:
        return
    parts = {}
    for language in ("en", "cy"):
        with translation.override(language):
            parts[language] = render_to_string(template, context).strip()
    subject, _blank, english = parts["en"].partition("\n")
    subject_cy, _blank, welsh = parts["cy"].partition("\n")
    send_mail(f"{subject} / {subject_cy}", f"{english.strip()}\n\n---\n\n{welsh.strip()}",
              settings.DEFAULT_FROM_EMAIL, recipients)


def _moderators() -> list[str]:
    from arfer.accounts.models import ProgrammeRole, User

    return list(User.objects.filter(
        is_active=True, programme_role__in=[ProgrammeRole.MODERATOR, ProgrammeRole.ADMIN],
    ).values_list("email", flat=True))


def _lead_body_editors(practice) -> list[str]:
    from arfer.accounts.models import Membership

    return list(Membership.objects.filter(
        body_id=practice.lead_body_id, user__is_active=True,
        role__in=[Membership.Role.EDITOR, Membership.Role.ADMIN],
    ).values_list("user__email", flat=True))


def _link(practice) -> str:
    return settings.ARFER_SITE_URL + reverse("menu:practice", kwargs={"slug": practice.slug})


def practice_submitted(practice) -> None:
    _send("menu/email/submitted.txt", {"practice": practice, "link": _link(practice)},
          _moderators())


def practice_reviewed(review) -> None:
    _send("menu/email/reviewed.txt", {"review": review, "practice": review.practice,
                                      "link": _link(review.practice)},
          _lead_body_editors(review.practice))
