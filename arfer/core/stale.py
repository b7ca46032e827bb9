"""Refusing stale edits. Every editable record carries a `version` that goes up with each save
(`core/versioned.py` moves it, on every write path); a save made on an older version than the
one stored means someone else saved in between. It is refused with the list of what they
changed (read from the record's history), and nothing is overwritten silently."""

from dataclasses import dataclass

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class FieldChange:
    field: str  # the field's verbose name
    old: str
    new: str


class StaleEdit(Exception):
    """The record changed since the form was loaded."""

    def __init__(self, changes: list[FieldChange], current_version: int):
        super().__init__(_("Someone else changed this record while you were editing it."))
        self.changes = changes
        self.current_version = current_version


def changes_since(record, version: int) -> list[FieldChange]:
    """What changed in a record's own fields since the given version, from its history."""
    then = record.history.filter(version=version).order_by("-history_id").first()
    now = record.history.order_by("-history_id").first()
    if then is None or now is None:
        return []
    delta = now.diff_against(then, excluded_fields=["version", "updated_at", "history"])
    fields = type(record)._meta
    return [
        FieldChange(str(fields.get_field(c.field).verbose_name), str(c.old or ""), str(c.new or ""))
        for c in delta.changes
    ]


def refuse_if_stale(record, expected_version: int) -> None:
    """Call with the record locked (select_for_update), so reading the version is safe."""
    if record.version != expected_version:
        raise StaleEdit(changes_since(record, expected_version), record.version)
