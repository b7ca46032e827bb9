"""The reasons the system wrote into the audit trail as English sentences before they became
codes (reasons.py), and the data migration that turns one into the other, both ways.

Frozen here rather than read from reasons.py: a migration must do tomorrow what it does today,
whatever the codes become. Each app with history tables runs it over its own (menu, board,
rollout, directory); a reason a person typed matches none of these and is left as it is.
"""

from django.db.models import Value
from django.db.models.functions import Concat, Substr

# The sentence once stored, and its code, where they differ ("archived", "closed", "reopened"
# and "import" were already the codes they are now).
SENTENCES = {
    "submitted for review": "submitted",
    "revision approved": "revision_approved",
    "published by the programme team": "published",
}
# "stage: piloting" became "stage:piloting".
PREFIXES = ["review", "stage", "verification", "areas"]
# django-simple-history's column for the reason.
REASON_LENGTH = 100


def _history_models(apps, app_label: str):
    for model in apps.get_app_config(app_label).get_models():
        if model.__name__.startswith("Historical") and any(
            field.name == "history_change_reason" for field in model._meta.fields
        ):
            yield model


def _rewrite(model, *, old_prefix: str, new_prefix: str) -> None:
    rows = model._default_manager.filter(history_change_reason__startswith=old_prefix)
    rows.update(
        history_change_reason=Substr(
            Concat(
                Value(new_prefix),
                Substr("history_change_reason", len(old_prefix) + 1),
            ),
            1,
            REASON_LENGTH,
        )
    )


def to_codes(app_label: str):
    def forwards(apps, schema_editor) -> None:
        for model in _history_models(apps, app_label):
            rows = model._default_manager
            for sentence, code in SENTENCES.items():
                rows.filter(history_change_reason=sentence).update(history_change_reason=code)
            for prefix in PREFIXES:
                _rewrite(model, old_prefix=f"{prefix}: ", new_prefix=f"{prefix}:")

    return forwards


def to_sentences(app_label: str):
    def backwards(apps, schema_editor) -> None:
        for model in _history_models(apps, app_label):
            rows = model._default_manager
            for sentence, code in SENTENCES.items():
                rows.filter(history_change_reason=code).update(history_change_reason=sentence)
            for prefix in PREFIXES:
                # The new prefix is a start of the old one: leave rows already turned back.
                _rewrite_back(model, prefix)

    return backwards


def _rewrite_back(model, prefix: str) -> None:
    rows = model._default_manager.filter(history_change_reason__startswith=f"{prefix}:").exclude(
        history_change_reason__startswith=f"{prefix}: "
    )
    rows.update(
        history_change_reason=Substr(
            Concat(Value(f"{prefix}: "), Substr("history_change_reason", len(prefix) + 2)),
            1,
            REASON_LENGTH,
        )
    )
