"""The optimistic-locking counter of editable records, moved by every write rather than by hand.

A record people edit from a form (a practice, an adoption, a ledger entry, a meeting, a board
action) carries a `version`. An action locks the row, compares the version the form was loaded
at with the stored one (`core.stale.refuse_if_stale`) and refuses a stale edit. That check is
only as good as the counter: a write that forgets to move it lets a later stale edit overwrite
it unseen. So the counter is moved here, by the database, on every path that writes a row:

- `save()` of a stored row (the actions, the Django admin, `update_or_create`, anything that
  saves): the UPDATE itself sets `version = version + 1`, whatever the instance holds, and the
  new number is read back inside the same transaction (our UPDATE holds the row until it ends,
  so what we read is what we wrote) and put on the instance before `post_save`, so that the
  history row records it. Two saves that race both move it: the database's expression decides
  the number, never a value computed in Python from a possibly older read.
- A new row starts at the field's default, 1.
- `QuerySet.update()` on these models adds the same expression; naming `version` is refused.
- `QuerySet.bulk_update()` runs Django's per-batch `update()`, so it moves every row's counter;
  it then reads the new numbers back onto the objects (simple-history's
  `bulk_update_with_history` writes history rows from them: the imports on PostgreSQL).
- `core.staging.StagedWrite.update()` writes its own UPDATE ... FROM on SQLite (the imports):
  it adds `bump_sql()` to its SET list.

One write leaves the counter alone, on purpose: `QuerySet.update_derived()`, for the columns a
model lists in `derived_fields` (recomputed from other records, like a practice's "works across
boundaries" from its partners). Whatever changes their inputs is itself a save that moves the
counter; moving it again for the recomputation would make the version an editor was just
handed stale at once.

Not covered, because nothing in the application writes that way: raw SQL, Django's internal
`_base_manager`, the private `QuerySet._update()`. A test reads the source and fails on any
hand-written bump or assignment of `version` outside this module.
"""

from collections.abc import Iterable
from typing import ClassVar

from django.core import checks
from django.db import connection, models, transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from .bulk import chunked

VERSION = "version"


def next_version():
    """The expression every write sets the counter to."""
    return F(VERSION) + 1


class VersionedQuerySet(models.QuerySet):
    """Writes in bulk that move the counter of every row they change."""

    def update(self, **values):
        if VERSION in values:
            raise TypeError(
                f"{self.model.__name__}.version moves by itself on every update; do not set it."
            )
        return super().update(**values, **{VERSION: next_version()})

    def bulk_update(self, objs, fields, batch_size=None):
        if VERSION in fields:
            raise TypeError(
                f"{self.model.__name__}.version moves by itself on every update; do not set it."
            )
        objs = tuple(objs)
        with transaction.atomic(using=self.db, savepoint=False):
            rows = super().bulk_update(objs, fields, batch_size=batch_size)
            read_versions(self.model, objs, using=self.db)
        return rows

    def update_derived(self, **values):
        """Write columns derived from other records without moving the counter: only those the
        model lists in `derived_fields`."""
        others = set(values) - self.model.derived_fields
        if others:
            raise TypeError(
                f"update_derived() writes only {self.model.__name__}.derived_fields, "
                f"not {', '.join(sorted(others))}; use update()."
            )
        return super().update(**values)


def read_versions(model, objs: Iterable[models.Model], *, using: str | None = None) -> None:
    """Put the stored version of each object on it, a query per batch. Inside the transaction
    that moved them, so that no other writer's number is read."""
    by_pk = {obj.pk: obj for obj in objs}
    manager = model._base_manager.db_manager(using)
    for batch in chunked(list(by_pk)):
        for pk, version in manager.filter(pk__in=batch).values_list("pk", VERSION):
            setattr(by_pk[pk], VERSION, version)


def is_versioned(model) -> bool:
    return issubclass(model, VersionedModel)


def bump_sql(model, table: str) -> str:
    """The SET item that moves the counter in a hand-written UPDATE of `model`'s table, whose
    name (quoted) is `table`."""
    column = connection.ops.quote_name(model._meta.get_field(VERSION).column)
    return f"{column} = {table}.{column} + 1"


class VersionedModel(models.Model):
    """A record edited from forms, whose `version` every write moves (see the module)."""

    version = models.PositiveIntegerField(
        _("version"),
        default=1,
        editable=False,
        help_text=_(
            "Goes up with every edit, so that an edit made on an older version is "
            "refused rather than silently overwriting a newer one."
        ),
    )

    # Columns written by `update_derived()` without moving the counter.
    derived_fields: ClassVar[frozenset[str]] = frozenset()

    # Each model names its own manager, made from a VersionedQuerySet (check() makes sure). One
    # here as well would be overridden by all of them, and django-stubs refuses the override.

    class Meta:
        abstract = True

    def _do_update(self, base_qs, using, pk_val, values, update_fields, forced_update):
        # Django's step of save() that runs the UPDATE: the one place to change what it sets,
        # and early enough that post_save (the history row) sees the new number.
        version = self._meta.get_field(VERSION)
        values = [item for item in values if item[0] is not version]
        values.append((version, None, next_version()))
        with transaction.atomic(using=using, savepoint=False):
            updated = super()._do_update(
                base_qs, using, pk_val, values, update_fields, forced_update
            )
            if updated:
                stored = base_qs.filter(pk=pk_val).values_list(VERSION, flat=True).get()
                self.version = stored
        return updated

    @classmethod
    def check(cls, **kwargs):
        errors = super().check(**kwargs)
        for manager in cls._meta.managers:
            if not isinstance(manager.get_queryset(), VersionedQuerySet):
                errors.append(
                    checks.Error(
                        f"The manager '{manager.name}' of a versioned model must give a "
                        "VersionedQuerySet, or its update() would not move the version.",
                        hint="Make its queryset a subclass of arfer.core.versioned."
                        "VersionedQuerySet.",
                        obj=cls,
                        id="core.E001",
                    )
                )
        return errors
