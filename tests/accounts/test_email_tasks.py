"""E-mail leaves the request: pages hand e-mails to the task worker after the commit; the worker
sends them with a timeout and tries failures again later, then gives up with an error logged."""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import get_connection
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from arfer.accounts.models import Invitation
from arfer.core import tasks

FAILING_BACKEND = "tests.accounts.test_email_tasks.RefusingBackend"


class RefusingBackend(LocmemBackend):
    """A mail server that refuses every message addressed to someone at refused.example."""

    def send_messages(self, messages):
        if any(address.endswith("@refused.example") for m in messages for address in m.to):
            raise ConnectionRefusedError("the mail server is down")
        return super().send_messages(messages)


class UnreachableBackend(LocmemBackend):
    def open(self):
        raise TimeoutError("timed out")


@pytest.fixture
def worker_queue(db, monkeypatch):
    """E-mails queued as they are for real: rows for the task worker, which does not run here."""
    monkeypatch.setattr(tasks, "send_emails", tasks.send_emails.using(backend="default"))


def message(to="someone@example.org", subject="Hello"):
    return {
        "subject": subject,
        "body": "Body.",
        "from_email": "arfer@localhost",
        "to": [to],
        "headers": {"List-Unsubscribe": "<http://x/>"},
    }


def test_inviting_answers_without_sending_and_the_worker_sends_it(
    client, council, people, worker_queue, django_capture_on_commit_callbacks
):
    client.force_login(people["admin"])
    url = f"/account/bodies/{council.slug}/members/invite/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "colleague@example.org", "role": "viewer"})
    assert (
        response.status_code == 302
        and Invitation.objects.filter(email="colleague@example.org").exists()
    )
    assert mail.outbox == []  # nothing was sent in the request
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "arfer.core.tasks.send_emails"
    (messages,), _kwargs = queued.args_kwargs["args"], queued.args_kwargs["kwargs"]
    assert messages[0]["to"] == ["colleague@example.org"]

    tasks.send_emails.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    assert mail.outbox[0].to == ["colleague@example.org"] and " / " in mail.outbox[0].subject


def test_nothing_is_queued_when_the_change_is_rolled_back(
    council, people, worker_queue, django_capture_on_commit_callbacks
):
    from arfer.accounts.invitations import invite_member

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        invite_member(council, "new@example.org", "viewer", actor=people["admin"])
    assert len(callbacks) == 1 and not DBTaskResult.objects.exists()


def test_a_refused_message_is_tried_again_later_and_the_others_are_sent(settings, worker_queue):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    before = timezone.now()
    sent = tasks.send_emails.call(
        [message("a@example.org"), message("b@refused.example"), message("c@example.org")]
    )
    assert sent == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["a@example.org", "c@example.org"]
    retry = DBTaskResult.objects.get()
    assert [m["to"] for m in retry.args_kwargs["args"][0]] == [["b@refused.example"]]
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after >= before + timedelta(minutes=1)


def test_an_unreachable_server_keeps_every_message_for_later(settings, worker_queue):
    settings.EMAIL_BACKEND = "tests.accounts.test_email_tasks.UnreachableBackend"
    assert tasks.send_emails.call([message("a@example.org"), message("b@example.org")]) == 0
    retry = DBTaskResult.objects.get()
    assert len(retry.args_kwargs["args"][0]) == 2


def test_waits_grow_between_attempts(settings, worker_queue):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    tasks.send_emails.call([message("b@refused.example")], attempt=3)
    retry = DBTaskResult.objects.get()
    assert retry.args_kwargs["kwargs"] == {"attempt": 4}
    assert retry.run_after >= timezone.now() + timedelta(minutes=29)


def test_the_last_failure_is_logged_and_given_up(settings, worker_queue, caplog):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    with caplog.at_level(logging.WARNING, logger="arfer.core.tasks"):
        sent = tasks.send_emails.call(
            [message("b@refused.example", "Your invitation")], attempt=tasks.MAX_ATTEMPTS
        )
    assert sent == 0 and not DBTaskResult.objects.exists()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1
    # How many, never who: addresses stay out of the log.
    assert errors[0].getMessage() == (
        f"Gave up sending an e-mail (-) to 1 recipients after {tasks.MAX_ATTEMPTS} attempts."
    )
    assert "refused.example" not in caplog.text


def test_the_message_keeps_its_headers_through_the_queue():
    tasks.send_emails.call([message()])
    assert mail.outbox[0].extra_headers["List-Unsubscribe"] == "<http://x/>"


def test_the_mail_server_is_given_a_timeout(settings):
    assert settings.EMAIL_TIMEOUT == 10
    connection = get_connection("django.core.mail.backends.smtp.EmailBackend")
    assert connection.timeout == 10
