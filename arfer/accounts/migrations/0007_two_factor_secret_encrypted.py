"""TOTP secrets are stored encrypted (arfer/accounts/encryption.py): the column is renamed and
widened for the ciphertext, and every existing secret is encrypted in place. Reversing decrypts
them again (with the keys configured when it runs)."""

from django.db import migrations, models

from arfer.accounts import encryption


def encrypt_existing(apps, schema_editor):
    Device = apps.get_model("accounts", "TwoFactorDevice")
    for device in Device.objects.using(schema_editor.connection.alias).only("pk", "encrypted_secret"):
        device.encrypted_secret = encryption.encrypt(device.encrypted_secret)
        device.save(update_fields=["encrypted_secret"])


def decrypt_existing(apps, schema_editor):
    Device = apps.get_model("accounts", "TwoFactorDevice")
    for device in Device.objects.using(schema_editor.connection.alias).only("pk", "encrypted_secret"):
        device.encrypted_secret = encryption.decrypt(device.encrypted_secret)
        device.save(update_fields=["encrypted_secret"])


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0006_apitoken'),
    ]

    operations = [
        migrations.RenameField(
            model_name='twofactordevice',
            old_name='secret',
            new_name='encrypted_secret',
        ),
        migrations.AlterField(
            model_name='twofactordevice',
            name='encrypted_secret',
            field=models.CharField(help_text='The base32 key shown to the person at set-up, encrypted.', max_length=255, verbose_name='secret key (encrypted)'),
        ),
        migrations.RunPython(encrypt_existing, decrypt_existing),
    ]
