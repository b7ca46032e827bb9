"""E-mail leaves the request: every e-mail Arfer sends on an event is handed to the task worker
(django-tasks, database backend: `arfer serve` runs one), so a slow or failing mail server never
holds a page up, nor turns a change that was saved into an error.

`queue_emails` is called after the transaction has committed (from `transaction.on_commit`
callbacks: the actions' notifications), so an e-mail never tells of a change that was rolled
back. The task sends each message over one connection (with `EMAIL_TIMEOUT`); the ones that fail
are tried again later, a few times with growing waits, and then given up with an error in the
log naming the recipients. The daily digest is not a request: `arfer digest` sends it itself.
"""

import logging
from datetime import timedelta

from django.core.mail import EmailMessage, get_connection
from django.utils import timezone
from django_tasks import task

from arfer.core.logs import log_email

logger = logging.getLogger(__name__)

# The wait before each further attempt; after the last, the message is given up.
RETRY_DELAYS = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=30))
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


def as_data(message: EmailMessage, kind: str = "") -> dict:
    """A message as the task's JSON arguments; its kind (of event) is for the log."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "headers": dict(message.extra_headers),
        "kind": kind,
    }


def as_message(data: dict) -> EmailMessage:
    return EmailMessage(
        data["subject"],
        data["body"],
        data["from_email"],
        data["to"],
        headers=data.get("headers") or {},
    )


def queue_emails(messages: list[EmailMessage], kind: str = "") -> None:
    """Hand the messages to the task worker: one task, whatever their number (one query)."""
    if messages:
        send_emails.enqueue([as_data(message, kind) for message in messages])


def _send_each(messages: list[dict]) -> list[dict]:
    """Send every message over one connection; returns the ones that could not be sent."""
    failed = []
    connection = get_connection()
    try:
        connection.open()
    except Exception:
        logger.warning(
            "The mail server could not be reached; %d e-mails wait for another attempt.",
            len(messages),
            exc_info=True,
        )
        return list(messages)
    try:
        for data in messages:
            try:
                connection.send_messages([as_message(data)])
            except Exception:
                # Counts, never addresses: the log is read more widely than the accounts.
                logger.warning(
                    "An e-mail (%s) to %d recipients could not be sent; it waits "
                    "for another attempt.",
                    data.get("kind") or "-",
                    len(data["to"]),
                    exc_info=True,
                )
                failed.append(data)
    finally:
        try:
            connection.close()
        except Exception:  # a connection that broke mid-way may fail to close as well
            logger.debug("Closing the mail connection failed.", exc_info=True)
    return failed


def _try_again_later(messages: list[dict], attempt: int) -> None:
    retry = send_emails
    if retry.get_backend().supports_defer:
        retry = retry.using(run_after=timezone.now() + RETRY_DELAYS[attempt - 1])
    retry.enqueue(messages, attempt=attempt + 1)


@task()
def send_emails(messages: list[dict], attempt: int = 1) -> int:
    """Send the messages; returns how many went. Failures are tried again later, up to
    MAX_ATTEMPTS in all, then logged as an error and given up."""
    failed = _send_each(messages)
    failed_ids = {id(data) for data in failed}
    for data in messages:
        outcome = (
            "sent"
            if id(data) not in failed_ids
            else "will retry"
            if attempt < MAX_ATTEMPTS
            else "gave up"
        )
        log_email(data.get("kind", ""), len(data["to"]), outcome, attempt)
    if failed and attempt < MAX_ATTEMPTS:
        _try_again_later(failed, attempt)
    elif failed:
        for data in failed:
            logger.error(
                "Gave up sending an e-mail (%s) to %d recipients after %d attempts.",
                data.get("kind") or "-",
                len(data["to"]),
                attempt,
            )
    return len(messages) - len(failed)
