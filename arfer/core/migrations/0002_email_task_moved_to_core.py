"""The e-mail task moved from arfer.accounts.tasks to arfer.core.tasks, where accounts and the
notifications both reach it. The worker finds a task by the path stored with it when it was
queued: e-mails queued before the move (a retry waits up to half an hour) would fail to import,
and be lost, unless their rows name the new path."""

from django.db import migrations

OLD_PATH = "arfer.accounts.tasks.send_emails"
NEW_PATH = "arfer.core.tasks.send_emails"


def _rename(apps, old: str, new: str) -> None:
    task_result = apps.get_model("django_tasks_database", "DBTaskResult")
    task_result.objects.filter(task_path=old).update(task_path=new)


def forwards(apps, schema_editor):
    _rename(apps, OLD_PATH, NEW_PATH)


def backwards(apps, schema_editor):
    _rename(apps, NEW_PATH, OLD_PATH)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_worker_heartbeat"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=True)]
