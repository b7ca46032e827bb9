"""How notifications reach people: each recipient's preference for the kind of event decides
between an email now, an item for the daily digest, or nothing.

Every email is in the recipient's own language (Welsh, English, or both with the Welsh first:
arfer.core.emails) and carries an unsubscribe link for its kind of event, in the body and in the
List-Unsubscribe header. The link holds a signed token, so it works without signing in.
"""

import uuid
from collections.abc import Callable, Iterable
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from arfer.accounts.models import User
from arfer.core import tasks
from arfer.core.emails import Written, email_message, languages_of, write
from arfer.core.logs import log_email

from .models import Delivery, DigestItem, NotificationKind, NotificationPreference

# Unchanged since notifications lived in accounts: the links in e-mails already sent carry it.
UNSUBSCRIBE_SALT = "arfer.accounts.unsubscribe"
# The digest's own link: it turns off every kind of event the person receives by digest.
DIGEST = "digest"
# At most one digest a day, even if the command runs more often (a retried cron job, say).
DIGEST_MIN_INTERVAL = timedelta(hours=20)
DIGEST_TEMPLATE = "notifications/email/digest.txt"


# Unsubscribe tokens ---------------------------------------------------------------------------


def unsubscribe_token(user, kind: str) -> str:
    return signing.dumps({"u": user.pk, "k": kind}, salt=UNSUBSCRIBE_SALT)


def read_unsubscribe_token(token: str) -> tuple[User, str] | None:
    """The active person and kind a token names, or None if it is tampered, malformed, names
    an unknown kind or a person who no longer exists."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        user_id, kind = int(data["u"]), str(data["k"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    if kind != DIGEST and kind not in NotificationKind.values:
        return None
    user = User.objects.filter(pk=user_id, is_active=True).first()
    return (user, kind) if user else None


def unsubscribe_url(user, kind: str, language: str = "en") -> str:
    with translation.override(language):
        path = reverse("notifications:unsubscribe", kwargs={"token": unsubscribe_token(user, kind)})
    return settings.ARFER_SITE_URL + path


# Sending ---------------------------------------------------------------------------------------


def _footer(user, kind: str, language: str) -> str:
    with translation.override(language):
        preferences = settings.ARFER_SITE_URL + reverse("notifications:preferences")
        return render_to_string(
            "notifications/email/_footer.txt",
            {
                "kind": kind,
                "unsubscribe_link": unsubscribe_url(user, kind, language),
                "preferences_link": preferences,
            },
        ).strip()


def _email(user, kind: str, written_in: Callable[[str], Written]) -> EmailMessage:
    """The email to `user`, in their language(s), each part followed by its footer."""
    first_language = languages_of(user.email_language)[0]
    return email_message(
        user.email_language,
        lambda language: written_in(language).followed_by(_footer(user, kind, language)),
        [user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url(user, kind, first_language)}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def preferences_of(users: Iterable[User]) -> dict[int, NotificationPreference]:
    """Each person's preferences (the defaults for a person who never changed them), without a
    query per person when the users were loaded with select_related("notification_preference")."""
    found = {}
    for user in users:
        try:
            found[user.pk] = user.notification_preference
        except NotificationPreference.DoesNotExist:
            found[user.pk] = NotificationPreference(user=user)
    return found


def notify(
    recipients: Iterable[User], kind: str, template: str, context: dict, *, practice=None
) -> dict[str, int]:
    """The one way an event reaches people. Call it after the transaction has committed (the
    emails are handed to the task worker at once: core/tasks.py). `recipients` should be
    loaded with select_related("notification_preference"). Returns how many people were
    emailed, queued for the digest and skipped."""
    recipients = [user for user in recipients if user.is_active and user.email]
    counts: dict[str, int] = {Delivery.IMMEDIATELY: 0, Delivery.DIGEST: 0, Delivery.NEVER: 0}
    if not recipients:
        return counts
    # Written once in each language, whoever reads it: the digest keeps both, since a person
    # may change their language before it is sent.
    written = {language: write(template, context, language) for language in ("cy", "en")}
    preferences = preferences_of(recipients)
    emails, items = [], []
    for user in recipients:
        delivery = preferences[user.pk].delivery(kind)
        counts[delivery] += 1
        if delivery == Delivery.IMMEDIATELY:
            emails.append(_email(user, kind, written.__getitem__))
        elif delivery == Delivery.DIGEST:
            items.append(
                DigestItem(
                    user=user,
                    kind=kind,
                    practice=practice,
                    subject_en=written["en"].subject[:300],
                    subject_cy=written["cy"].subject[:300],
                    text_en=written["en"].text,
                    text_cy=written["cy"].text,
                )
            )
    if items:
        DigestItem.objects.bulk_create(items)
    # The task worker sends them: a slow mail server holds up neither this request nor others.
    tasks.queue_emails(emails, kind)
    return counts


# The daily digest ------------------------------------------------------------------------------


def claim_digest_items(*, now=None, min_interval: timedelta = DIGEST_MIN_INTERVAL) -> uuid.UUID:
    """Mark every unsent item as sent, in one statement, under a new batch id, and return it.
    Items of a person who had a digest less than `min_interval` ago wait for the next run."""
    now = now or timezone.now()
    batch = uuid.uuid4()
    recently_sent = DigestItem.objects.filter(
        user_id=OuterRef("user_id"), sent_at__gt=now - min_interval
    )
    with transaction.atomic():
        (
            DigestItem.objects.filter(sent_at__isnull=True, created_at__lte=now)
            .exclude(Exists(recently_sent))
            .update(sent_at=now, batch=batch)
        )
    return batch


def _digest_email(user, items: list[DigestItem]) -> EmailMessage:
    def written_in(language: str) -> Written:
        return write(
            DIGEST_TEMPLATE,
            {
                "items": [
                    {
                        "subject": getattr(item, f"subject_{language}"),
                        "text": getattr(item, f"text_{language}"),
                    }
                    for item in items
                ],
                "count": len(items),
            },
            language,
        )

    return _email(user, DIGEST, written_in)


def send_digests(*, now=None, min_interval: timedelta = DIGEST_MIN_INTERVAL) -> int:
    """Send each person one email holding all their items not yet sent; returns how many emails.

    At most once: the items are marked sent (committed) before the emails go, so a crash or a
    mail server failure after the commit loses those items rather than ever sending one twice,
    and a second run, or two runs at once, find nothing left to send. A fixed number of
    queries, whatever the number of people."""
    batch = claim_digest_items(now=now, min_interval=min_interval)
    by_user: dict[int, tuple[User, list[DigestItem]]] = {}
    for item in (
        DigestItem.objects.filter(batch=batch)
        .select_related("user")
        .order_by("user_id", "created_at", "pk")
    ):
        by_user.setdefault(item.user_id, (item.user, []))[1].append(item)
    emails = [
        _digest_email(user, items)
        for user, items in by_user.values()
        if user.is_active and user.email
    ]
    if emails:
        try:
            get_connection().send_messages(emails)
        except Exception:
            for email in emails:
                log_email(DIGEST, len(email.to), "failed", 1)
            raise
        for email in emails:
            log_email(DIGEST, len(email.to), "sent", 1)
    return len(emails)
