"""Refusing stale edits. Every editable record carries a `version` that goes up with each save
(`core/versioned.py` moves it, on every write path); a save made on an older version than the
one stored means someone else saved in between. It is refused with the list of what they
changed (read from the record's history), and nothing is overwritten silently. A record without
a version (a body of the directory) is compared by the newest row of its history instead: every
save through an action writes one."""

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
    return _changes(record, then)


def changes_since_history(record, history_id: int) -> list[FieldChange]:
    """The same for a record without a version: what changed since the history row
    `history_id` (the newest there was when the page was loaded)."""
    then = record.history.filter(history_id=history_id).first()
    return _changes(record, then)


def _changes(record, then) -> list[FieldChange]:
    now = record.history.order_by("-history_id").first()
    if then is None or now is None:
        return []
    delta = now.diff_against(then, excluded_fields=["version", "updated_at", "history"])
    fields = type(record)._meta
    return [
        FieldChange(str(fields.get_field(c.field).verbose_name), str(c.old or ""), str(c.new or ""))
        for c in delta.changes
    ]


def latest_history_id(record) -> int:
    """The newest history row of a record, 0 if it has none (rows loaded in bulk): what a form
    carries in place of a version where the record has none."""
    return record.history.order_by("-history_id").values_list("history_id", flat=True).first() or 0


def refuse_if_stale(record, expected_version: int) -> None:
    """Call with the record locked (select_for_update), so reading the version is safe."""
    if record.version != expected_version:
        raise StaleEdit(changes_since(record, expected_version), record.version)


def refuse_if_history_moved(record, seen_history_id: int) -> None:
    """refuse_if_stale for a record without a version: someone saved it since the page was
    loaded if its history has a newer row than the one the page saw. Call with the record
    locked."""
    current = latest_history_id(record)
    if current != seen_history_id:
        raise StaleEdit(changes_since_history(record, seen_history_id), current)
