"""The SQLite triggers on `menu_practice`, as they stand today, for migrations to reinstall.

SQLite drops a table's triggers when Django rebuilds the table (as it does to add a column with a
default, or to alter one). Every migration that rebuilds `menu_practice` must end with
`RunPython(reinstall_practice_triggers, ...)`, and one that rebuilds `directory_body` with
`RunPython(reinstall_body_triggers, ...)`; tests/menu/test_search.py checks they exist.

The search index holds published practices only: the public searches nothing else, and drafts
that shared a word with the menu made that word's search read (and rank) every one of them. A
practice enters the index when it is published and leaves it when it stops being published.
"""

import time
from contextlib import contextmanager

TITLE = "{row}.title_en || ' ' || {row}.title_cy"
SUMMARY = "{row}.summary_en || ' ' || {row}.summary_cy"
BODY = " || ' ' || ".join(
    f"{{row}}.{field}_{lang}"
    for field in ("problem", "approach", "outcomes", "adoption_needs")
    for lang in ("en", "cy")
)
# The fields whose text the index holds.
SEARCHED_FIELDS = tuple(
    f"{field}_{lang}"
    for field in ("title", "summary", "problem", "approach", "outcomes", "adoption_needs")
    for lang in ("en", "cy")
)
SEARCHED_COLUMNS = ", ".join(SEARCHED_FIELDS)


def indexed_values(row: str) -> str:
    """The title, summary and body text of a `menu_practice` row, as the index's columns."""
    return ", ".join(part.format(row=row) for part in (TITLE, SUMMARY, BODY))


# The one status the index holds (Practice.Status.PUBLISHED), as an SQL literal.
INDEXED_STATUS = "'published'"

_BUMP = "UPDATE menu_menuversion SET token = random() WHERE id = 1;"

# Two queues let a bulk import leave the search index's work until after its transaction (see
# `indexed_after_the_write`); `index_the_backlog` empties both in short transactions of their own.
# Practices published but not yet in the index: an import's new ones, and those it published.
BACKLOG = "menu_practice_unindexed"
# Published practices an import changed, with the text the index still holds for them (their text
# before the import): a contentless FTS5 index forgets a row only when told the very text it was
# given, and by then the row holds its new text.
STALE = "menu_practice_index_stale"
CREATE_QUEUES = (
    f"CREATE TABLE IF NOT EXISTS {BACKLOG} (practice_id integer PRIMARY KEY)",
    f"CREATE TABLE IF NOT EXISTS {STALE} (practice_id integer PRIMARY KEY, "
    "title text NOT NULL, summary text NOT NULL, body text NOT NULL)",
)
# The triggers never tell the index to forget a practice still in the backlog (it was never
# given its text), and tell it to forget a stale one with the text it was given.
_NOT_QUEUED = (
    f"NOT EXISTS (SELECT 1 FROM {BACKLOG} WHERE practice_id = old.id) "
    f"AND NOT EXISTS (SELECT 1 FROM {STALE} WHERE practice_id = old.id)"
)
_FORGET_OLD = f"""INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', practice_id, title, summary, body FROM {STALE}
        WHERE practice_id = old.id;
        INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body)
        SELECT 'delete', old.id, {indexed_values("old")}
        WHERE old.status = {INDEXED_STATUS} AND {_NOT_QUEUED};
        DELETE FROM {BACKLOG} WHERE practice_id = old.id;
        DELETE FROM {STALE} WHERE practice_id = old.id;"""

PRACTICE_TRIGGERS = {
    "menu_practice_fts_after_insert": f"""AFTER INSERT ON menu_practice
    WHEN new.status = {INDEXED_STATUS} BEGIN
        DELETE FROM {BACKLOG} WHERE practice_id = new.id;
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        VALUES (new.id, {indexed_values("new")});
    END""",
    "menu_practice_fts_after_delete": f"""AFTER DELETE ON menu_practice
    WHEN old.status = {INDEXED_STATUS} BEGIN
        {_FORGET_OLD}
    END""",
    # Publishing, withdrawing and editing a published practice all pass here. A row leaves the
    # index only if it is there (it was published, and not still in the backlog), with the
    # text the index was given: its old text, or the one kept for it in the stale queue. A
    # queued practice edited meanwhile is indexed here, with its new text, and leaves its queue.
    "menu_practice_fts_after_update": f"""AFTER UPDATE OF {SEARCHED_COLUMNS}, status
    ON menu_practice
    WHEN old.status = {INDEXED_STATUS} OR new.status = {INDEXED_STATUS} BEGIN
        {_FORGET_OLD}
        INSERT INTO menu_practice_fts(rowid, title, summary, body)
        SELECT new.id, {indexed_values("new")} WHERE new.status = {INDEXED_STATUS};
    END""",
    "menu_version_after_insert_menu_practice": f"AFTER INSERT ON menu_practice BEGIN {_BUMP} END",
    "menu_version_after_update_menu_practice": f"AFTER UPDATE ON menu_practice BEGIN {_BUMP} END",
    "menu_version_after_delete_menu_practice": f"AFTER DELETE ON menu_practice BEGIN {_BUMP} END",
}


# A body's sector is in the menu's index, so `directory_body` carries one trigger of the menu's.
BODY_TRIGGERS = {
    "menu_version_after_update_directory_body": f"AFTER UPDATE ON directory_body BEGIN {_BUMP} END",
}


def _reinstall(schema_editor, triggers: dict[str, str]) -> None:
    if schema_editor.connection.vendor != "sqlite":
        return  # PostgreSQL keeps triggers when a table is altered
    for name, definition in triggers.items():
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} {definition}")


def reinstall_practice_triggers(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        for statement in CREATE_QUEUES:  # the triggers name them
            schema_editor.execute(statement)
    _reinstall(schema_editor, PRACTICE_TRIGGERS)


def reinstall_body_triggers(apps, schema_editor) -> None:
    """For every migration that rebuilds `directory_body`."""
    _reinstall(schema_editor, BODY_TRIGGERS)


@contextmanager
def indexed_after_the_write(
    connection, *, created: tuple[int, int] | None = None, retexted: str | None = None
):
    """The search index's work on a bulk import's practices, left until after its transaction:
    FTS5's work is most of the cost of writing a practice, and inside the import's transaction
    it would hold SQLite's write lock for all of it. Call `index_the_backlog` once the
    transaction has committed; meanwhile search finds the new practices not yet and the changed
    ones by their old text.

    `created`: the first and last of the ids reserved for the new practices
    (`core.staging.reserve_ids`); the published ones are queued in the backlog. `retexted`: a
    query of the ids of the stored practices whose searched text or status the write changes
    (staged beforehand); those in the index now are queued in the stale queue with the text it
    holds, and those the write publishes in the backlog.

    Must run inside the transaction, around the whole write, and the write must insert
    practices only with the reserved ids and change searched text or status only of those
    `retexted` names: the index's triggers are set aside meanwhile. Setting them aside, the
    write, the queueing and putting them back commit (or roll back) together, so no other
    connection ever sees the table without its triggers."""
    if connection.vendor != "sqlite":
        yield  # PostgreSQL's index is a generated column: nothing to defer
        return
    if not connection.in_atomic_block:
        raise RuntimeError("indexed_after_the_write must run inside a transaction")
    set_aside = ["menu_practice_fts_after_insert", "menu_practice_fts_after_update"]
    published = f"status = {INDEXED_STATUS}"
    queued = (
        f"id NOT IN (SELECT practice_id FROM {BACKLOG}) "
        f"AND id NOT IN (SELECT practice_id FROM {STALE})"
    )
    with connection.cursor() as cursor:
        for name in set_aside:
            cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        with connection.cursor() as cursor:
            if retexted:
                cursor.execute(
                    f"INSERT INTO {STALE} (practice_id, title, summary, body) "
                    f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice "
                    f"WHERE id IN ({retexted}) AND {published} AND {queued}"
                )
        yield
        with connection.cursor() as cursor:
            if created:
                cursor.execute(
                    f"INSERT INTO {BACKLOG} (practice_id) SELECT id FROM menu_practice "
                    f"WHERE id BETWEEN %s AND %s AND {published}",
                    list(created),
                )
            if retexted:
                cursor.execute(
                    f"INSERT INTO {BACKLOG} (practice_id) SELECT id FROM menu_practice "
                    f"WHERE id IN ({retexted}) AND {published} AND {queued}"
                )
    finally:
        with connection.cursor() as cursor:
            for name in set_aside:
                cursor.execute(f"CREATE TRIGGER IF NOT EXISTS {name} {PRACTICE_TRIGGERS[name]}")


# The queues are worked through in transactions of about this many seconds of SQLite's write
# lock each, so that other writers wait about that long at most: each batch's size is worked
# out from how long the last one took. A practice costs FTS5 more the larger the index (at
# 70,000 practices about 1.5 ms to forget and add again on two cores), more when the machine is
# busy, and now and then a batch also merges the index's segments and takes a few times as
# long; the total hardly depends on the batches' size.
BACKLOG_SECONDS = 1.0
# Practices in the first batch, and in any.
BACKLOG_FIRST_BATCH = 500
BACKLOG_BATCH = 5_000
# A pause between two batches as long as a writer waiting for the lock sleeps between its tries
# (SQLite's busy handler, at most 100 ms): without it the next batch would take the lock again
# before anyone waiting noticed it was free, and they would wait for the whole queue.
BACKLOG_PAUSE = 0.1


def index_the_backlog(connection, batch: int = BACKLOG_BATCH) -> int:
    """Bring the index up to date with the queued practices, in batches of at most `batch`,
    each in a short transaction of its own so that other writers get in between; returns how
    many it took from the queues. Safe to run at any time, by several processes at once."""
    if connection.vendor != "sqlite":
        return 0
    done = 0
    for queue in (BACKLOG, STALE):
        size = min(batch, BACKLOG_FIRST_BATCH)
        while True:
            started = time.monotonic()
            taken = _index_from(connection, queue, size)
            if not taken:
                break
            done += taken
            took = max(time.monotonic() - started, 0.001)
            size = max(1, min(batch, round(taken * BACKLOG_SECONDS / took)))
            time.sleep(BACKLOG_PAUSE)
    if done:
        # What a search finds has changed: the menu's version moves, so that searches and
        # pages kept under the old one (menu/hits_cache.py, core/page_cache.py) are redone.
        # Once, at the end: each move also rebuilds every process's menu index, which the
        # search's text does not change.
        from django.db import transaction

        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute(_BUMP)
    return done


def _index_from(connection, queue: str, batch: int) -> int:
    from django.db import transaction

    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute(f"SELECT practice_id FROM {queue} ORDER BY practice_id LIMIT %s", [batch])
        ids = [row[0] for row in cursor.fetchall()]
        if not ids:
            return 0
        span = [ids[0], ids[-1]]
        taken = f"SELECT practice_id FROM {queue} WHERE practice_id BETWEEN %s AND %s"
        if queue == STALE:
            cursor.execute(
                "INSERT INTO menu_practice_fts(menu_practice_fts, rowid, title, summary, body) "
                f"SELECT 'delete', practice_id, title, summary, body FROM {STALE} "
                "WHERE practice_id BETWEEN %s AND %s",
                span,
            )
        cursor.execute(
            "INSERT INTO menu_practice_fts(rowid, title, summary, body) "
            f"SELECT id, {indexed_values('menu_practice')} FROM menu_practice "
            f"WHERE id IN ({taken}) AND status = {INDEXED_STATUS}",
            span,
        )
        cursor.execute(f"DELETE FROM {queue} WHERE practice_id BETWEEN %s AND %s", span)
    return len(ids)
