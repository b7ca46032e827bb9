"""The audit trail as people read it: django-simple-history records paired with what changed."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models


def history_entries(records: list, excluded_fields: list[str]) -> list[dict]:
    """For history records listed newest first: each record with the changes it made since the
    record after it in the list (the one before it in time). The oldest listed shows none."""
    entries = []
    for record, previous in zip(records, [*records[1:], None], strict=True):
        changes = (
            record.diff_against(previous, excluded_fields=excluded_fields).changes
            if previous is not None
            else []
        )
        entries.append(
            {"record": record, "changes": [readable(record, change) for change in changes]}
        )
    return entries


def readable(record, change) -> dict:
    """A change as a reader of either language reads it: the field by its verbose name, a
    choice by its label, and the language its text is in (a `_cy` field's Welsh, else the
    English people wrote), so that a page in the other language marks it."""
    try:
        field = record.instance_type._meta.get_field(change.field)
    except (FieldDoesNotExist, AttributeError):
        return {"field": change.field, "old": change.old, "new": change.new, "language": ""}
    choices = dict(field.flatchoices) if field.choices else None
    language = ""
    if choices is None and isinstance(field, models.CharField | models.TextField):
        language = "cy" if change.field.endswith("_cy") else "en"
    return {
        "field": field.verbose_name,
        "old": choices.get(change.old, change.old) if choices else change.old,
        "new": choices.get(change.new, change.new) if choices else change.new,
        "language": language,
    }
