"""Writes of a bulk action, prepared before its transaction so that the transaction is short.

SQLite has one write lock for the whole database, held from a transaction's start (BEGIN
IMMEDIATE) to its end: while an import writes, every other writer waits, and past the busy
timeout is refused. So a bulk action stages what it will write first, outside any
transaction, and the transaction only copies it in:

1. ids for new records are reserved in a transaction of a few statements (SQLite's
   AUTOINCREMENT never hands out an id at or below the table's sequence, so raising it sets
   a range aside), so links between new records are known before anything is written;
2. rows (and their history rows) go into tables of the connection's TEMP schema, which take
   no lock on the database itself: converting and sending every value happens here;
3. inside the caller's transaction, `write()` copies each staged table with one
   INSERT ... SELECT (or UPDATE ... FROM), in the order the steps were given.

If anything fails, nothing is copied and the reserved ids are simply never used.

PostgreSQL locks rows, not the database: other writers are not held up, so the steps run as
Django's bulk_create and simple-history's helpers inside the transaction, as they always did.
"""

import itertools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.db import connection, transaction
from django.db import models as db_models
from django.utils import timezone
from simple_history.utils import (
    bulk_create_with_history,
    bulk_update_with_history,
    get_history_manager_for_model,
)

from .bulk import IMPORT_REASON, WRITE_BATCH
from .versioned import VERSION, bump_sql, is_versioned

_names = itertools.count(1)

# How a column's Python value becomes the value SQLite stores; None where it is stored as it is.
Converter = Callable[[Any], Any] | None


def _converter(field, conn) -> Converter:
    """How a field's Python value becomes the value SQLite stores, without the per-value
    machinery of the ORM's compiler (which costs more than SQLite's own work for large files).
    """
    ops = conn.ops
    if isinstance(field, db_models.DateTimeField):
        return ops.adapt_datetimefield_value
    if isinstance(field, db_models.DateField):
        return ops.adapt_datefield_value
    if isinstance(field, db_models.DecimalField):
        return lambda value: ops.adapt_decimalfield_value(
            value, field.max_digits, field.decimal_places
        )
    if isinstance(
        field,
        (
            db_models.CharField,
            db_models.TextField,
            db_models.IntegerField,
            db_models.BooleanField,
            db_models.ForeignKey,
        ),
    ) and not isinstance(field, db_models.FileField):
        return None  # stored as it is
    return lambda value: field.get_db_prep_save(value, conn)


def _insert(cursor, table: str, columns: list[tuple[str, Converter]], rows) -> None:
    """One executemany of plain rows into a table: [(column, converter)], row tuples."""
    quote = connection.ops.quote_name
    sql = (
        f"INSERT INTO {table} ({', '.join(quote(c) for c, _f in columns)}) "
        f"VALUES ({', '.join('%s' for _c in columns)})"
    )
    converted = [
        (position, convert) for position, (_c, convert) in enumerate(columns) if convert is not None
    ]
    params = []
    for row in rows:
        if converted:
            row = list(row)
            for position, convert in converted:
                if row[position] is not None:
                    row[position] = convert(row[position])
        params.append(row)
    if params:
        cursor.executemany(sql, params)


def _prepared(fields) -> list[tuple[str, Converter]]:
    return [(field.column, _converter(field, connection)) for field in fields]


def _columns(model) -> list:
    return [f for f in model._meta.local_concrete_fields if not f.generated]


def reserve_ids(model, count: int) -> Sequence[int]:
    """`count` ids for new records of `model` that nobody else will be given: on SQLite a
    run of consecutive ids, in order."""
    if count <= 0:
        return range(0)
    meta = model._meta
    table, pk = meta.db_table, meta.pk.column
    quote = connection.ops.quote_name
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"SELECT MAX({quote(pk)}) FROM {quote(table)}")
            highest = cursor.fetchone()[0] or 0
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            found = cursor.fetchone()
            first = max(highest, found[0] if found else 0) + 1
            last = first + count - 1
            if found:
                cursor.execute("UPDATE sqlite_sequence SET seq = %s WHERE name = %s", [last, table])
            else:
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, last]
                )
            return range(first, last + 1)
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [table, pk, count],
        )
        # One nextval per id: another writer's may come between, so they need not be
        # consecutive; they are unique, which is all that is needed here.
        return sorted(row[0] for row in cursor.fetchall())


class StagedWrite:
    """The steps of one bulk write, staged now and run by `write()` inside a transaction;
    used as a context manager, which drops what was staged when it ends."""

    def __init__(self, *, history_user=None, reason: str = IMPORT_REASON):
        self.history_user = history_user
        self.reason = reason
        self.now = timezone.now()
        self._steps: list[Callable[[], None]] = []
        self._staged_tables: list[str] = []
        self.sqlite = connection.vendor == "sqlite"

    # Staging, before the transaction -------------------------------------------------------

    def create(self, model, objs: list, *, with_history: bool = True) -> None:
        """New records, given ids now (reserved) if they have none; with a "created" history
        row each unless `with_history` is false."""
        if not objs:
            return
        without = [obj for obj in objs if obj.pk is None]
        for obj, pk in zip(without, reserve_ids(model, len(without)), strict=True):
            obj.pk = pk
        fields = _columns(model)
        for obj in objs:
            for field in fields:
                if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                    setattr(obj, field.attname, self.now)
        if not self.sqlite:
            if with_history:
                self._steps.append(
                    lambda: bulk_create_with_history(
                        objs,
                        model,
                        batch_size=WRITE_BATCH,
                        default_user=self.history_user,
                        default_change_reason=self.reason,
                        default_date=self.now,
                    )
                )
            else:
                self._steps.append(
                    lambda: model._default_manager.bulk_create(objs, batch_size=WRITE_BATCH)
                )
            return
        staged = self._stage(
            model._meta.db_table,
            _prepared(fields),
            ([getattr(obj, f.attname) for f in fields] for obj in objs),
        )
        for obj in objs:
            obj._state.adding, obj._state.db = False, connection.alias
        if with_history:
            self._history_of(model, staged, "+")

    def update(self, model, objs: list, fields: Iterable[str]) -> None:
        """Stored records whose `fields` change, each with a "changed" history row. A
        versioned model's counter moves by itself (`core.versioned`), so `fields` never names
        it: in the UPDATE here on SQLite, in its queryset's bulk_update elsewhere."""
        if not objs:
            return
        names = sorted(set(fields))
        versioned = is_versioned(model)
        if versioned and VERSION in names:
            raise TypeError(f"{model.__name__}.version moves by itself on every update.")
        if not self.sqlite:
            self._steps.append(
                lambda: bulk_update_with_history(
                    objs,
                    model,
                    names,
                    batch_size=WRITE_BATCH,
                    default_user=self.history_user,
                    default_change_reason=self.reason,
                    default_date=self.now,
                )
            )
            return
        meta = model._meta
        changed = [meta.pk, *(meta.get_field(name) for name in names)]
        staged = self._stage(
            meta.db_table,
            _prepared(changed),
            ([getattr(obj, f.attname) for f in changed] for obj in objs),
            copy=False,
        )
        quote = connection.ops.quote_name
        table = quote(meta.db_table)
        assignments = ", ".join(
            [
                *(f"{quote(f.column)} = staged.{quote(f.column)}" for f in changed[1:]),
                *([bump_sql(model, table)] if versioned else []),
            ]
        )
        self._run_sql(
            f"UPDATE {table} SET {assignments} FROM temp.{staged} AS staged "
            f"WHERE {table}.{quote(meta.pk.column)} = staged.{quote(meta.pk.column)}"
        )
        self._history_of(model, staged, "~")

    def link(self, through, pairs: Iterable[tuple[int, int]], first: str, second: str) -> None:
        """Rows of a many-to-many table: (first id, second id) pairs."""
        meta = through._meta
        pairs = list(pairs)
        if not pairs:
            return
        columns = [meta.get_field(first), meta.get_field(second)]
        if not self.sqlite:
            self._steps.append(
                lambda: through._default_manager.bulk_create(
                    [through(**{columns[0].attname: a, columns[1].attname: b}) for a, b in pairs],
                    batch_size=WRITE_BATCH,
                )
            )
            return
        self._stage(meta.db_table, _prepared(columns), pairs)

    def id_list(self, ids: Iterable[int]) -> str | None:
        """On SQLite, ids staged for the transaction's own statements to name: returns a query
        of them (`SELECT id FROM temp...`). Elsewhere nothing is staged: None."""
        if not self.sqlite:
            return None
        name = connection.ops.quote_name(f"staged_ids_{next(_names)}")
        with connection.cursor() as cursor:
            cursor.execute(f"CREATE TEMP TABLE {name} (id integer PRIMARY KEY)")
            self._staged_tables.append(name)
            _insert(cursor, f"temp.{name}", [("id", None)], ([pk] for pk in ids))
        return f"SELECT id FROM temp.{name}"

    def then(self, step: Callable[[], None]) -> None:
        """Something to do inside the transaction at this point of the order (a delete, a
        recount), on every engine."""
        self._steps.append(step)

    # Writing, inside the transaction --------------------------------------------------------

    def write(self) -> None:
        if not connection.in_atomic_block:
            raise RuntimeError("StagedWrite.write must run inside a transaction")
        for step in self._steps:
            step()

    def __enter__(self) -> "StagedWrite":
        return self

    def __exit__(self, *_exc) -> None:
        self.discard()

    def discard(self) -> None:
        """Drop the staged tables, once the transaction is over (a rolled-back transaction
        would bring back tables dropped inside it). They would go with the connection anyway,
        but a worker's connection lasts."""
        if not self._staged_tables:
            return
        with connection.cursor() as cursor:
            for name in self._staged_tables:
                cursor.execute(f"DROP TABLE IF EXISTS temp.{name}")
        self._staged_tables.clear()

    # How --------------------------------------------------------------------------------------

    def _stage(
        self, table: str, columns: list[tuple[str, Converter]], rows, *, copy: bool = True
    ) -> str:
        """Rows of `columns` of `table` ([(column, converter)]) into a new TEMP table; unless
        `copy` is false, a step that copies them into `table`. Returns the staged table's
        (quoted) name."""
        quote = connection.ops.quote_name
        name = quote(f"staged_{table}_{next(_names)}")
        column_list = ", ".join(quote(column) for column, _convert in columns)
        with connection.cursor() as cursor:
            cursor.execute(
                f"CREATE TEMP TABLE {name} AS SELECT {column_list} FROM main.{quote(table)} WHERE 0"
            )
            self._staged_tables.append(name)
            _insert(cursor, f"temp.{name}", columns, rows)
        if copy:
            self._run_sql(
                f"INSERT INTO main.{quote(table)} ({column_list}) "
                f"SELECT {column_list} FROM temp.{name}"
            )
        return name

    def _history_of(self, model, staged: str, history_type: str) -> None:
        """A step that writes a history row for each staged record, copied from the record
        as it now stands in the table (so nothing more is staged for it)."""
        history = get_history_manager_for_model(model).model
        quote = connection.ops.quote_name
        tracked = ", ".join(quote(field.column) for field in history.tracked_fields)
        extra = ", ".join(
            quote(history._meta.get_field(name).column)
            for name in ("history_date", "history_change_reason", "history_type", "history_user")
        )
        pk = quote(model._meta.pk.column)
        sql = (
            f"INSERT INTO main.{quote(history._meta.db_table)} ({tracked}, {extra}) "
            f"SELECT {tracked}, %s, %s, %s, %s FROM main.{quote(model._meta.db_table)} "
            f"WHERE {pk} IN (SELECT {pk} FROM temp.{staged})"
        )
        self._run_sql(
            sql,
            [
                connection.ops.adapt_datetimefield_value(self.now),
                self.reason,
                history_type,
                getattr(self.history_user, "pk", None),
            ],
        )

    def _run_sql(self, sql: str, params: list | None = None) -> None:
        def run() -> None:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)

        self._steps.append(run)
