"""Notification preferences and digest items, taken over from accounts with their rows.

The tables were made by accounts' migrations 0003 to 0005, and accounts' 0010 forgot the models
without touching them. Here Django learns the models again, as they are, under their old table
names (nothing is created), then the tables are renamed to this app's names: a plain rename on
SQLite and PostgreSQL, which keeps every row, index and constraint. The content types move too,
so that permissions and the back office's history stay with the models.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

MODELS = ["notificationpreference", "digestitem"]


def _move_content_types(apps, from_label, to_label):
    content_type = apps.get_model("contenttypes", "ContentType")
    # A content type already made under the new label (a migrate run before, undone) wins.
    taken = content_type.objects.filter(app_label=to_label, model__in=MODELS)
    content_type.objects.filter(app_label=from_label, model__in=MODELS).exclude(
        model__in=taken.values("model")
    ).update(app_label=to_label)
    content_type.objects.clear_cache()


def content_types_forwards(apps, schema_editor):
    _move_content_types(apps, "accounts", "notifications")


def content_types_backwards(apps, schema_editor):
    _move_content_types(apps, "notifications", "accounts")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ("accounts", "0010_notifications_leave_accounts"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("menu", "0006_practice_version"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='NotificationPreference',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('practice_submitted', models.CharField(choices=[('immediately', 'Immediately, one email each time'), ('digest', 'In a daily digest'), ('never', 'Never')], default='immediately', max_length=12, verbose_name='practice submitted for review')),
                        ('practice_reviewed', models.CharField(choices=[('immediately', 'Immediately, one email each time'), ('digest', 'In a daily digest'), ('never', 'Never')], default='immediately', max_length=12, verbose_name="decision on your body's practice")),
                        ('adoption_recorded', models.CharField(choices=[('immediately', 'Immediately, one email each time'), ('digest', 'In a daily digest'), ('never', 'Never')], default='immediately', max_length=12, verbose_name="another body adopts your body's practice")),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='updated')),
                        ('user', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='notification_preference', to=settings.AUTH_USER_MODEL, verbose_name='person')),
                    ],
                    options={
                        'verbose_name': 'notification preference',
                        'verbose_name_plural': 'notification preferences',
                        'db_table': 'accounts_notificationpreference',
                    },
                ),
                migrations.CreateModel(
                    name='DigestItem',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('practice_submitted', 'A practice is submitted for review'), ('practice_reviewed', "A decision on your body's practice"), ('adoption_recorded', "Another body adopts your body's practice")], max_length=24, verbose_name='kind of event')),
                        ('subject_en', models.CharField(max_length=300, verbose_name='subject (English)')),
                        ('subject_cy', models.CharField(max_length=300, verbose_name='subject (Welsh)')),
                        ('text_en', models.TextField(verbose_name='text (English)')),
                        ('text_cy', models.TextField(verbose_name='text (Welsh)')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created')),
                        ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='sent')),
                        ('batch', models.UUIDField(blank=True, null=True, verbose_name='digest run')),
                        ('practice', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='menu.practice', verbose_name='practice')),
                        ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='digest_items', to=settings.AUTH_USER_MODEL, verbose_name='person')),
                    ],
                    options={
                        'verbose_name': 'digest item',
                        'verbose_name_plural': 'digest items',
                        'ordering': ['created_at', 'pk'],
                        'db_table': 'accounts_digestitem',
                        'indexes': [models.Index(fields=['sent_at', 'user'], name='digest_item_pending'), models.Index(fields=['batch'], name='digest_item_batch')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.AlterModelTable(name="notificationpreference", table=None),
        migrations.AlterModelTable(name="digestitem", table=None),
        migrations.RunPython(content_types_forwards, content_types_backwards),
    ]
