"""Every kind of e-mail Arfer sends, to a person of each e-mail language (Welsh, English, both
with the Welsh first), and an invitation to an address with no account: the subject and the
text are in the reader's language, the Welsh words present and the English absent (or the
other way round), and every link goes to the pages in that language (under /cy/ for Welsh)."""

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext, ngettext

from arfer.accounts.actions import create_account, set_email_language
from arfer.accounts.invitations import invite_member
from arfer.accounts.models import Membership, User
from arfer.core.actors import SYSTEM
from arfer.core.emails import LANGUAGE_RULE, SUBJECT_SEPARATOR, EmailLanguage
from arfer.directory.models import Body
from arfer.menu.models import ReviewCriterion
from arfer.menu.workflow import review_practice, submit_practice
from arfer.notifications.actions import set_notification_preferences
from arfer.notifications.delivery import send_digests
from arfer.notifications.models import Delivery
from arfer.rollout.actions import record_adoption
from arfer.rollout.models import Stage

PASSWORD = "a-long-unusual-passphrase"
TITLE = {"en": "Shared reablement", "cy": "Ailalluogi ar y cyd"}
REASONS = "Add the savings evidence."
PREFERENCES = [EmailLanguage.WELSH, EmailLanguage.ENGLISH, EmailLanguage.BOTH]
URL = re.compile(r"https?://[^\s>]+")


@dataclass
class World:
    council: Body
    gwynedd: Body
    editor: User
    moderator: User
    practice: object
    capture: Callable


@pytest.fixture
def world(directory, practice_factory, django_capture_on_commit_callbacks):
    council = Body.objects.get(slug="carmarthenshire-county-council")

    def person(email, role, body=None):
        return create_account(email, role=role, body=body, password=PASSWORD, actor=SYSTEM)[0]

    practice = practice_factory(
        "shared-reablement",
        title_en=TITLE["en"],
        title_cy=TITLE["cy"],
        problem_en="Waits.",
        approach_en="One team.",
        outcomes_en="Fewer waits.",
        publish=False,
    )
    return World(
        council=council,
        gwynedd=Body.objects.get(slug="gwynedd-council"),
        editor=person("editor@example.org", "editor", council),
        moderator=person("moderator@example.org", "moderator"),
        practice=practice,
        capture=django_capture_on_commit_callbacks,
    )


def in_language(language: str, words, w: "World") -> tuple[str, str]:
    with translation.override(language):
        return words(w, language)


def to(address: str):
    found = [message for message in mail.outbox if message.to == [address]]
    assert len(found) == 1, [message.to for message in mail.outbox]
    return found[0]


# What each kind of e-mail says, in one language: its subject and a sentence of its text. Each
# is made as the reader's language would make it, from the Welsh catalogue.


def submitted_words(w: World, language: str) -> tuple[str, str]:
    title = TITLE[language]
    return (
        gettext("Practice submitted for review: %(title)s") % {"title": title},
        gettext("%(body)s has submitted “%(title)s” for review.")
        % {"body": w.council.name, "title": title},
    )


def reviewed_words(w: World, language: str) -> tuple[str, str]:
    title = TITLE[language]
    return (
        gettext("Changes requested: %(title)s") % {"title": title},
        gettext(
            "The programme team has asked for changes to “%(title)s” before it goes on the menu."
        )
        % {"title": title},
    )


def adoption_words(w: World, language: str) -> tuple[str, str]:
    title = TITLE[language]
    return (
        gettext("%(body)s is adopting “%(title)s”") % {"body": w.gwynedd.name, "title": title},
        gettext(
            "%(body)s has recorded an adoption of your body's practice “%(title)s”. "
            "Stage: %(stage)s."
        )
        % {"body": w.gwynedd.name, "title": title, "stage": Stage.EXPLORING.label},
    )


def invitation_words(w: World, language: str) -> tuple[str, str]:
    return (
        gettext("You are invited to join %(body)s on Arfer") % {"body": w.gwynedd.name},
        gettext(
            "You have been invited to join %(body)s on Arfer, the menu of good practice, "
            "as: %(role)s."
        )
        % {"body": w.gwynedd.name, "role": Membership.Role.VIEWER.label},
    )


def digest_words(w: World, language: str) -> tuple[str, str]:
    return (
        ngettext(
            "Your daily digest from Arfer: %(count)s update",
            "Your daily digest from Arfer: %(count)s updates",
            1,
        )
        % {"count": 1},
        # The digest's own words, then the event it gathers, in the same language.
        gettext("Here is what happened on Arfer since your last digest.")
        + "\n\n## "
        + reviewed_words(w, language)[0],
    )


# How each kind of e-mail is made to happen, as the actions make it; each returns the address
# of the reader whose e-mail the test reads.


def submit(w: World) -> str:
    with w.capture(execute=True):
        submit_practice(w.practice, actor=w.editor)
    return w.moderator.email


def review(w: World) -> str:
    submit(w)
    mail.outbox.clear()
    with w.capture(execute=True):
        review_practice(
            w.practice, actor=w.moderator, decision="changes", criteria_met=[], reasons=REASONS
        )
    return w.editor.email


def adopt(w: World) -> str:
    submit(w)
    with w.capture(execute=True):
        review_practice(
            w.practice,
            actor=w.moderator,
            decision="publish",
            criteria_met=list(ReviewCriterion.values),
        )
    mail.outbox.clear()
    with w.capture(execute=True):
        record_adoption(w.practice, w.gwynedd, actor=SYSTEM, stage=Stage.EXPLORING)
    return w.editor.email


def invite(w: World) -> str:
    with w.capture(execute=True):
        invite_member(w.gwynedd, w.editor.email, Membership.Role.VIEWER, actor=SYSTEM)
    return w.editor.email


def digest(w: World) -> str:
    set_notification_preferences(w.editor, {"practice_reviewed": Delivery.DIGEST}, actor=w.editor)
    review(w)
    assert mail.outbox == []  # kept for the digest
    assert send_digests() == 1
    return w.editor.email


KINDS = {
    "practice_submitted": (submit, submitted_words, "/practices/shared-reablement/"),
    "practice_reviewed": (review, reviewed_words, "/practices/shared-reablement/"),
    "adoption_recorded": (adopt, adoption_words, "/rollout/adoptions/"),
    "invitation": (invite, invitation_words, "/account/invitations/"),
    "digest": (digest, digest_words, "/account/notifications/unsubscribe/"),
}


def words_in_each_language(w: World, words) -> dict[str, tuple[str, str]]:
    found = {language: in_language(language, words, w) for language in ("cy", "en")}
    # A Welsh e-mail that says what the English says, in English, would pass nothing below.
    assert found["cy"][0] != found["en"][0] and found["cy"][1] != found["en"][1]
    return found


def assert_written_in(part: str, language: str, found, page: str) -> None:
    """One language's part of an e-mail: its words and not the other language's, and links to
    the pages in its language only."""
    other = "en" if language == "cy" else "cy"
    assert found[language][1] in part, part
    assert found[other][1] not in part, part
    links = URL.findall(part)
    assert any(page in link for link in links), links
    for link in links:
        path = re.sub(r"^https?://[^/]+", "", link)
        assert path.startswith("/cy/") == (language == "cy"), link


def assert_in_preference(message, preference: str, found, page: str) -> None:
    if preference == EmailLanguage.BOTH:
        assert message.subject == found["cy"][0] + SUBJECT_SEPARATOR + found["en"][0]
        parts = message.body.split(LANGUAGE_RULE)
        assert len(parts) == 2, message.body
        assert_written_in(parts[0], "cy", found, page)
        assert_written_in(parts[1], "en", found, page)
        languages = ["cy", "en"]
    else:
        other = "en" if preference == "cy" else "cy"
        assert message.subject == found[preference][0]
        assert found[other][0] not in message.subject
        assert LANGUAGE_RULE not in message.body
        assert_written_in(message.body, preference, found, page)
        languages = [preference]
    # A mail program's own unsubscribe button opens the page in the reader's (first) language.
    if "List-Unsubscribe" in message.extra_headers:
        header = message.extra_headers["List-Unsubscribe"]
        assert ("/cy/" in header) == (languages[0] == "cy"), header


@pytest.mark.parametrize("preference", PREFERENCES)
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_email_is_in_the_readers_language(world, kind, preference):
    happen, words, page = KINDS[kind]
    set_email_language(world.editor, preference, actor=world.editor)
    set_email_language(world.moderator, preference, actor=world.moderator)
    message = to(happen(world))
    assert_in_preference(message, preference, words_in_each_language(world, words), page)


@pytest.mark.parametrize("page_language", ["en", "cy"])
def test_an_invitation_to_an_address_with_no_account_is_in_welsh_then_english(world, page_language):
    """Whatever the language of the page the invitation was sent from."""
    with translation.override(page_language), world.capture(execute=True):
        invite_member(world.gwynedd, "new@example.org", Membership.Role.VIEWER, actor=SYSTEM)
    found = words_in_each_language(world, invitation_words)
    assert_in_preference(to("new@example.org"), EmailLanguage.BOTH, found, "/account/invitations/")


def test_the_digest_follows_the_language_chosen_after_its_events(world):
    """An event waits for the digest in both languages: the digest is written in the language
    the person has chosen when it is sent."""
    set_notification_preferences(
        world.editor, {"practice_reviewed": Delivery.DIGEST}, actor=world.editor
    )
    review(world)
    set_email_language(world.editor, EmailLanguage.WELSH, actor=world.editor)
    assert send_digests() == 1
    found = words_in_each_language(world, digest_words)
    assert_in_preference(
        to(world.editor.email), EmailLanguage.WELSH, found, "/account/notifications/"
    )


def test_one_event_reaches_each_reader_in_their_own_language(world):
    second = create_account("moderator2@example.org", role="moderator", actor=SYSTEM)[0]
    set_email_language(world.moderator, EmailLanguage.WELSH, actor=world.moderator)
    set_email_language(second, EmailLanguage.ENGLISH, actor=second)
    submit(world)
    found = words_in_each_language(world, submitted_words)
    page = "/practices/shared-reablement/"
    assert_in_preference(to(world.moderator.email), EmailLanguage.WELSH, found, page)
    assert_in_preference(to(second.email), EmailLanguage.ENGLISH, found, page)
