"""The menu's database triggers, as they stand today, for migrations to install and reinstall.

Two kinds, on every write path (the actions, the admin, bulk inserts, raw SQL):

- **the menu's version**: a new random token in `menu_menuversion` on any change to practices
  or bodies, so every process rebuilds its menu index (menu_index.py);
- **the search queue**: a practice's id in `menu_searchqueue` whenever anything it is found by
  changes, so that its search document is made again (search/indexing.py). Only changes to
  published practices (or to one being published or withdrawn) queue a practice itself; a
  draft's edits cost the search nothing.

SQLite drops a table's triggers when Django rebuilds the table (as it does to add a column
with a default, or to alter one). Every migration that rebuilds one of the tables below must
end with `RunPython(reinstall_triggers_of("<table>"), ...)`; tests/menu/test_search.py checks
that every trigger exists after migrating. PostgreSQL keeps its triggers when a table changes.
"""

# The one status the search holds (Practice.Status.PUBLISHED), as an SQL literal.
INDEXED_STATUS = "'published'"
# The columns of a practice that its search document is made from (search/indexing.py).
FOUND_BY_FIELDS = (
    *(
        f"{field}_{lang}"
        for field in ("title", "summary", "problem", "approach", "outcomes", "adoption_needs")
        for lang in ("en", "cy")
    ),
    "status",
    "lead_body_id",
    "prevention_tier",
)
# A body's columns that its practices are found by.
BODY_FOUND_BY = ("name_en", "name_cy", "short_name", "sector", "kind")

QUEUE_TABLE = "menu_searchqueue"
CREATE_QUEUE = {
    "sqlite": f"CREATE TABLE IF NOT EXISTS {QUEUE_TABLE} (practice_id integer PRIMARY KEY)",
    "postgresql": f"CREATE TABLE IF NOT EXISTS {QUEUE_TABLE} (practice_id bigint PRIMARY KEY)",
}

_BUMP = "UPDATE menu_menuversion SET token = random() WHERE id = 1;"
_PUBLISHED = f"status = {INDEXED_STATUS}"


def _queue(select: str) -> str:
    return f"INSERT OR IGNORE INTO {QUEUE_TABLE} (practice_id) {select};"


def _changed(differs: str, old: str = "old", new: str = "new") -> str:
    """Whether any column a practice is found by differs between its old and new row: a bulk
    update sets columns to the values they had, which must queue nothing."""
    return " OR ".join(f"{old}.{field} {differs} {new}.{field}" for field in FOUND_BY_FIELDS)


def _if_published(row: str) -> str:
    """The practice of a link row (partner, service area), if it is published: a draft's links
    cost the search nothing."""
    return (
        f"SELECT {row}.practice_id WHERE EXISTS (SELECT 1 FROM menu_practice "
        f"WHERE id = {row}.practice_id AND {_PUBLISHED})"
    )


def _practices_of_body(row: str) -> str:
    return (
        f"SELECT id FROM menu_practice WHERE lead_body_id = {row}.id AND {_PUBLISHED} "
        f"UNION SELECT practice_id FROM menu_practicepartner WHERE body_id = {row}.id"
    )


def _practices_of_service_area(row: str) -> str:
    return (
        "SELECT practice_id FROM menu_practice_service_areas WHERE servicearea_id = "
        f"{row}.id OR servicearea_id IN "
        f"(SELECT id FROM menu_servicearea WHERE parent_id = {row}.id)"
    )


# SQLite's triggers, by the table they are on.
SQLITE_TRIGGERS: dict[str, dict[str, str]] = {
    "menu_practice": {
        "menu_search_queue_after_insert_menu_practice": f"""AFTER INSERT ON menu_practice
            WHEN new.{_PUBLISHED} BEGIN {_queue("SELECT new.id")} END""",
        "menu_search_queue_after_update_menu_practice": f"""AFTER UPDATE OF
            {", ".join(FOUND_BY_FIELDS)} ON menu_practice
            WHEN (old.{_PUBLISHED} OR new.{_PUBLISHED}) AND ({_changed("IS NOT")})
            BEGIN {_queue("SELECT new.id")} END""",
        "menu_search_queue_after_delete_menu_practice": f"""AFTER DELETE ON menu_practice
            WHEN old.{_PUBLISHED} BEGIN {_queue("SELECT old.id")} END""",
        **{
            f"menu_version_after_{event.lower()}_menu_practice": (
                f"AFTER {event} ON menu_practice BEGIN {_BUMP} END"
            )
            for event in ("INSERT", "UPDATE", "DELETE")
        },
    },
    "menu_practicepartner": {
        "menu_search_queue_after_insert_menu_practicepartner": f"""AFTER INSERT ON
            menu_practicepartner BEGIN {_queue(_if_published("new"))} END""",
        "menu_search_queue_after_update_menu_practicepartner": f"""AFTER UPDATE OF body_id,
            practice_id ON menu_practicepartner BEGIN {_queue(_if_published("old"))}
            {_queue(_if_published("new"))} END""",
        "menu_search_queue_after_delete_menu_practicepartner": f"""AFTER DELETE ON
            menu_practicepartner BEGIN {_queue(_if_published("old"))} END""",
    },
    "menu_practice_service_areas": {
        "menu_search_queue_after_insert_menu_practice_service_areas": f"""AFTER INSERT ON
            menu_practice_service_areas BEGIN {_queue(_if_published("new"))} END""",
        "menu_search_queue_after_delete_menu_practice_service_areas": f"""AFTER DELETE ON
            menu_practice_service_areas BEGIN {_queue(_if_published("old"))} END""",
    },
    "menu_servicearea": {
        "menu_search_queue_after_update_menu_servicearea": f"""AFTER UPDATE OF name_en,
            name_cy, parent_id ON menu_servicearea
            BEGIN {_queue(_practices_of_service_area("new"))} END""",
    },
    # A body's sector is in the menu's index too, so `directory_body` carries the menu's version.
    "directory_body": {
        "menu_version_after_update_directory_body": (
            f"AFTER UPDATE ON directory_body BEGIN {_BUMP} END"
        ),
        "menu_search_queue_after_update_directory_body": f"""AFTER UPDATE OF
            {", ".join(BODY_FOUND_BY)} ON directory_body
            BEGIN {_queue(_practices_of_body("new"))} END""",
    },
}

# PostgreSQL's: one function per table, run for each row.
_PG_QUEUE = f"INSERT INTO {QUEUE_TABLE} (practice_id) {{select}} ON CONFLICT DO NOTHING;"
_OLD = _PG_QUEUE.format(select="SELECT OLD.{column}")
_NEW = _PG_QUEUE.format(select="SELECT NEW.{column}")
POSTGRESQL_FUNCTIONS = {
    "menu_search_queue_practice": (
        f"IF TG_OP = 'DELETE' THEN {_OLD.format(column='id')} "
        f"ELSE {_NEW.format(column='id')} END IF;"
    ),
    "menu_search_queue_practice_link": (
        f"IF TG_OP <> 'INSERT' THEN {_PG_QUEUE.format(select=_if_published('OLD'))} END IF; "
        f"IF TG_OP <> 'DELETE' THEN {_PG_QUEUE.format(select=_if_published('NEW'))} END IF;"
    ),
    "menu_search_queue_body": _PG_QUEUE.format(select=_practices_of_body("NEW")),
    "menu_search_queue_service_area": _PG_QUEUE.format(select=_practices_of_service_area("NEW")),
}
# (trigger, table, event, condition, function)
POSTGRESQL_TRIGGERS = [
    (
        "menu_search_queue_after_insert_menu_practice",
        "menu_practice",
        "INSERT",
        f"NEW.{_PUBLISHED}",
        "menu_search_queue_practice",
    ),
    (
        "menu_search_queue_after_update_menu_practice",
        "menu_practice",
        f"UPDATE OF {', '.join(FOUND_BY_FIELDS)}",
        f"(OLD.{_PUBLISHED} OR NEW.{_PUBLISHED}) AND "
        f"({_changed('IS DISTINCT FROM', 'OLD', 'NEW')})",
        "menu_search_queue_practice",
    ),
    (
        "menu_search_queue_after_delete_menu_practice",
        "menu_practice",
        "DELETE",
        f"OLD.{_PUBLISHED}",
        "menu_search_queue_practice",
    ),
    (
        "menu_search_queue_menu_practicepartner",
        "menu_practicepartner",
        "INSERT OR UPDATE OF body_id, practice_id OR DELETE",
        "",
        "menu_search_queue_practice_link",
    ),
    (
        "menu_search_queue_menu_practice_service_areas",
        "menu_practice_service_areas",
        "INSERT OR DELETE",
        "",
        "menu_search_queue_practice_link",
    ),
    (
        "menu_search_queue_after_update_menu_servicearea",
        "menu_servicearea",
        "UPDATE OF name_en, name_cy, parent_id",
        "",
        "menu_search_queue_service_area",
    ),
    (
        "menu_search_queue_after_update_directory_body",
        "directory_body",
        f"UPDATE OF {', '.join(BODY_FOUND_BY)}",
        "",
        "menu_search_queue_body",
    ),
]


def install_search_queue(schema_editor) -> None:
    """The queue and its triggers, on either engine."""
    vendor = schema_editor.connection.vendor
    schema_editor.execute(CREATE_QUEUE[vendor])
    if vendor == "sqlite":
        for table in SQLITE_TRIGGERS:
            _reinstall(schema_editor, table, only_queue=True)
        return
    for name, body in POSTGRESQL_FUNCTIONS.items():
        schema_editor.execute(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$ BEGIN {body} "
            "RETURN NULL; END $$ LANGUAGE plpgsql"
        )
    for name, table, event, condition, function in POSTGRESQL_TRIGGERS:
        when = f"WHEN ({condition})" if condition else ""
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        schema_editor.execute(
            f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW {when} "
            f"EXECUTE FUNCTION {function}()"
        )


def remove_search_queue(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        for triggers in SQLITE_TRIGGERS.values():
            for name in triggers:
                if name.startswith("menu_search_queue_"):
                    schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for name, table, *_rest in POSTGRESQL_TRIGGERS:
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name in POSTGRESQL_FUNCTIONS:
            schema_editor.execute(f"DROP FUNCTION IF EXISTS {name}()")
    schema_editor.execute(f"DROP TABLE IF EXISTS {QUEUE_TABLE}")


def _reinstall(schema_editor, table: str, *, only_queue: bool = False) -> None:
    for name, definition in SQLITE_TRIGGERS[table].items():
        if only_queue and not name.startswith("menu_search_queue_"):
            continue
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
        schema_editor.execute(f"CREATE TRIGGER {name} {definition}")


def reinstall_triggers_of(table: str):
    """A RunPython function putting back the triggers of `table` after SQLite rebuilt it."""

    def reinstall(apps, schema_editor) -> None:
        if schema_editor.connection.vendor != "sqlite":
            return  # PostgreSQL keeps triggers when a table is altered
        schema_editor.execute(CREATE_QUEUE["sqlite"])  # the triggers name it
        _reinstall(schema_editor, table)

    return reinstall
