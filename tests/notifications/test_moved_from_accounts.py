"""Notifications once lived in accounts. A database migrated before they moved keeps every
preference and digest item, and e-mails already queued still reach the worker's task."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django_tasks_db.models import DBTaskResult

from arfer.accounts.models import User
from arfer.core import tasks
from arfer.notifications.models import DigestItem, NotificationPreference

BEFORE_THE_MOVE = [("accounts", "0009_ratelimitcounter"), ("core", "0001_worker_heartbeat")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


# Schema changes: SQLite alters tables only outside a transaction.
@pytest.mark.django_db(transaction=True)
def test_a_database_migrated_before_the_move_keeps_its_rows():
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes()
    try:
        old = migrate(BEFORE_THE_MOVE)
        user = old.get_model("accounts", "User").objects.create(email="keep@example.org")
        old.get_model("accounts", "NotificationPreference").objects.create(
            user=user, practice_submitted="digest", practice_reviewed="never"
        )
        old.get_model("accounts", "DigestItem").objects.create(
            user=user,
            kind="practice_reviewed",
            subject_en="Reviewed",
            subject_cy="Adolygwyd",
            text_en="Text.",
            text_cy="Testun.",
        )
        tasks.send_emails.using(backend="default").enqueue([])
        DBTaskResult.objects.update(task_path="arfer.accounts.tasks.send_emails")
    finally:
        migrate(latest)

    preference = NotificationPreference.objects.select_related("user").get()
    assert (preference.user.email, preference.practice_submitted, preference.practice_reviewed) == (
        "keep@example.org",
        "digest",
        "never",
    )
    assert list(DigestItem.objects.values_list("user__email", "subject_cy")) == [
        ("keep@example.org", "Adolygwyd")
    ]
    assert DigestItem._meta.db_table in connection.introspection.table_names()
    assert "accounts_digestitem" not in connection.introspection.table_names()
    # New rows are numbered on from the old ones.
    someone = User.objects.create_user("new@example.org", "a-long-unusual-passphrase")
    assert NotificationPreference.objects.create(user=someone).pk > preference.pk
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "arfer.core.tasks.send_emails"
    assert queued.task.func is tasks.send_emails.func
