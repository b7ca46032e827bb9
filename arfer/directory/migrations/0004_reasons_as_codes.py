"""The reasons the system wrote into this app's history as English sentences become codes,
shown in the reader's language (arfer.core.reasons); turned back into sentences if reversed."""

from django.db import migrations

from arfer.core.reasons_before_codes import to_codes, to_sentences


class Migration(migrations.Migration):
    dependencies = [("directory", "0003_body_external_ref")]

    operations = [
        migrations.RunPython(to_codes("directory"), to_sentences("directory"), elidable=False),
    ]
