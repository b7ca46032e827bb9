"""Every e-mail Arfer sends is written in its reader's language: Welsh, English, or both with
the Welsh first (the Welsh Language Standards: Welsh is never treated less favourably than
English, so it never comes second). Each kind of e-mail is one text template whose first line is
the subject; `email_message` writes it in each language the reader asked for, subject included,
and joins them. Links in a template are `SiteLink`s, which give the page's address in the
language being written, so the Welsh part links to the pages under /cy/.

Here, in core, because the accounts' invitations and the notifications above them both send
e-mail, and a lower app never imports a higher one."""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _


class EmailLanguage(models.TextChoices):
    WELSH = "cy", _("Welsh")
    ENGLISH = "en", _("English")
    BOTH = "cy-en", _("Welsh and English, with the Welsh first")


# The languages each preference writes, in order. An unknown value (a row written by hand) gets
# both, Welsh first: nobody is then sent only a language they may not read.
_WRITTEN_IN: dict[str, tuple[str, ...]] = {
    EmailLanguage.WELSH: ("cy",),
    EmailLanguage.ENGLISH: ("en",),
    EmailLanguage.BOTH: ("cy", "en"),
}
# Between the languages of a bilingual e-mail, and between the subjects.
LANGUAGE_RULE = "\n\n---\n\n"
SUBJECT_SEPARATOR = " / "


def languages_of(preference: str) -> tuple[str, ...]:
    return _WRITTEN_IN.get(preference, _WRITTEN_IN[EmailLanguage.BOTH])


def page_language(language: str | None = None) -> str:
    """The e-mail language to offer first: that of the page the person is reading."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    return EmailLanguage.WELSH if language.startswith("cy") else EmailLanguage.ENGLISH


class SiteLink:
    """The full address of one of Arfer's pages, in whichever language is active when it is
    written out: a template renders it inside `write`, so each language's part of an e-mail
    links to the page in that language."""

    def __init__(self, view_name: str, **kwargs):
        self.view_name = view_name
        self.kwargs = kwargs

    def __str__(self) -> str:
        return settings.ARFER_SITE_URL + reverse(self.view_name, kwargs=self.kwargs)


@dataclass(frozen=True)
class Written:
    """One language's part of an e-mail."""

    subject: str
    text: str

    def followed_by(self, more: str) -> "Written":
        return Written(self.subject, f"{self.text}\n\n{more}")


def write(template: str, context: dict, language: str) -> Written:
    """The template (its first line the subject, the rest the text) written in `language`."""
    with translation.override(language):
        subject, _blank, text = render_to_string(template, context).strip().partition("\n")
    return Written(subject.strip(), text.strip())


def email_message(
    preference: str,
    written_in: Callable[[str], Written],
    to: list[str],
    *,
    headers: dict[str, str] | None = None,
) -> EmailMessage:
    """The e-mail for a reader whose language preference is `preference`: `written_in(language)`
    gives each part (usually `write` of a template, perhaps with a footer of the reader's own);
    for both languages, the subject is "Welsh / English" and the Welsh text comes first."""
    parts = [written_in(language) for language in languages_of(preference)]
    return EmailMessage(
        SUBJECT_SEPARATOR.join(part.subject for part in parts),
        LANGUAGE_RULE.join(part.text for part in parts),
        settings.DEFAULT_FROM_EMAIL,
        to,
        headers=headers or {},
    )
