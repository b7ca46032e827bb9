"""Notification preferences and digest items now belong to the notifications app. Only Django's
record of the models changes here: their tables, and every row in them, are kept, and
notifications' first migration takes them over (and gives them its own names)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0009_ratelimitcounter"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="DigestItem"),
                migrations.DeleteModel(name="NotificationPreference"),
            ],
            database_operations=[],
        ),
    ]
