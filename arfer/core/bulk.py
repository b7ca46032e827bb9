"""What the bulk actions (`menu/bulk.py`, `rollout/bulk.py`, `directory/bulk.py`) share: the
outcome they report, errors kept per row, and reads in batches.

A bulk action checks every row before it writes any: it reads what it needs in a fixed number
of queries per batch of rows, never one per row, then writes in one transaction. Callers (the
`arfer import` command, the upload task) give rows as plain values and get back counts and
each row's errors, keyed by the row's position in the list they gave.
"""

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _

from . import reasons

# Rows read per query with `__in`: far under SQLite's limit on parameters (32,766), small
# enough that one query never holds much memory.
LOOKUP_BATCH = 5_000
# Rows written per statement by bulk_create and bulk_update (Django lowers it on SQLite to fit
# the 999-parameter limit it assumes).
WRITE_BATCH = 2_000
# How often (in rows) a long check reports its progress.
PROGRESS_EVERY = 500
# The change reason recorded in the history of every record an import writes (a code).
IMPORT_REASON = reasons.IMPORTED

_T = TypeVar("_T")

Progress = Callable[[int], None]


def chunked(items: Sequence[_T], size: int = LOOKUP_BATCH) -> Iterator[Sequence[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass
class BulkOutcome:
    """What a bulk action did (or, on a dry run or a refusal, would have done)."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    # Row position -> [(field name or "" for the row as a whole, message)].
    errors: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    written: bool = False

    @property
    def invalid(self) -> int:
        return len(self.errors)

    def add_error(self, index: int, field_name: str, message) -> None:
        self.errors.setdefault(index, []).append((field_name, str(message)))

    def add_validation_error(
        self, index: int, error: ValidationError, rename: dict[str, str] | None = None
    ) -> None:
        """Every message of an action's or a model's ValidationError, on the field it names."""
        for field_name, messages in validation_messages(error):
            field_name = (rename or {}).get(field_name, field_name)
            for message in messages:
                self.add_error(index, field_name, message)


def validation_messages(error: ValidationError) -> list[tuple[str, list[str]]]:
    if hasattr(error, "error_dict"):
        return [
            ("" if name == NON_FIELD_ERRORS else name, list(ValidationError(errors).messages))
            for name, errors in error.error_dict.items()
        ]
    return [("", list(error.messages))]


def violation_message(model, constraint_name: str) -> str:
    """A constraint's own message, so a check made in Python speaks as the table would."""
    for constraint in model._meta.constraints:
        if constraint.name == constraint_name:
            return str(constraint.violation_error_message)
    raise LookupError(constraint_name)


def duplicates(values: Iterable[tuple[int, str]]) -> dict[str, list[int]]:
    """Values given on more than one row (empty values aside), with every row giving them."""
    rows: dict[str, list[int]] = {}
    for index, value in values:
        if value:
            rows.setdefault(value, []).append(index)
    return {value: indexes for value, indexes in rows.items() if len(indexes) > 1}


def report_duplicates(
    outcome: BulkOutcome,
    values: Iterable[tuple[int, str]],
    field_name: str,
    row_number: Callable[[int], int] | None = None,
) -> set[int]:
    """An error on every row whose value another row repeats; returns those rows."""
    number = row_number or (lambda index: index + 1)
    flagged: set[int] = set()
    for value, indexes in duplicates(values).items():
        rows = ", ".join(str(number(index)) for index in indexes)
        for index in indexes:
            outcome.add_error(
                index,
                field_name,
                _(
                    "“%(value)s” appears on more than one row (rows %(rows)s); give each record "
                    "once."
                )
                % {"value": value, "rows": rows},
            )
        flagged.update(indexes)
    return flagged


class ChangedMeanwhile(ValidationError):
    """Records changed by someone else between the check of a file and its writing."""


def refuse_if_changed(model, versions: dict[int, int]) -> None:
    """Inside the writing transaction: every record checked at a version is still at it.
    The rows stay locked until the write commits (on PostgreSQL; SQLite's write lock holds the
    whole database already), so no edit can come between this check and the write."""
    ids = sorted(versions)
    for batch in chunked(ids):
        found = dict(
            model._default_manager.select_for_update()
            .filter(pk__in=batch)
            .order_by("pk")
            .values_list("pk", "version")
        )
        if any(found.get(pk) != versions[pk] for pk in batch):
            raise ChangedMeanwhile(
                _(
                    "Someone changed some of these records while the file was being checked. "
                    "Nothing was saved; run the import again."
                )
            )
