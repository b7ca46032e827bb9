"""Triggers that change MenuVersion.token whenever data held by the menu's facet index changes
(see arfer/menu/menu_index.py). The token is random rather than a counter so that a rolled-back
transaction can never bring back a token that once described other data."""

from django.db import migrations

# (table, events) whose changes the facet index must see.
WATCHED = [
    ("menu_practice", ["INSERT", "UPDATE", "DELETE"]),
    ("menu_practice_service_areas", ["INSERT", "UPDATE", "DELETE"]),
    ("menu_practice_regions", ["INSERT", "UPDATE", "DELETE"]),
    ("menu_servicearea", ["INSERT", "UPDATE", "DELETE"]),
    ("directory_area", ["INSERT", "UPDATE", "DELETE"]),
    ("directory_body", ["UPDATE"]),
]


def _trigger_name(table: str, event: str) -> str:
    return f"menu_version_after_{event.lower()}_{table}"


def create(apps, schema_editor):
    execute = schema_editor.execute
    execute("INSERT INTO menu_menuversion (id, token) VALUES (1, 0)")
    if schema_editor.connection.vendor == "sqlite":
        for table, events in WATCHED:
            for event in events:
                execute(f"CREATE TRIGGER {_trigger_name(table, event)} AFTER {event} ON {table} "
                        "BEGIN UPDATE menu_menuversion SET token = random() WHERE id = 1; END")
        return
    execute("""CREATE FUNCTION menu_version_bump() RETURNS trigger AS $$
        BEGIN
            UPDATE menu_menuversion SET token = (random() * 9.2e18)::bigint WHERE id = 1;
            RETURN NULL;
        END $$ LANGUAGE plpgsql""")
    for table, events in WATCHED:
        for event in events:
            execute(f"CREATE TRIGGER {_trigger_name(table, event)} AFTER {event} ON {table} "
                    "FOR EACH STATEMENT EXECUTE FUNCTION menu_version_bump()")


def drop(apps, schema_editor):
    for table, events in WATCHED:
        for event in events:
            if schema_editor.connection.vendor == "sqlite":
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {_trigger_name(table, event)}")
            else:
                schema_editor.execute(
                    f"DROP TRIGGER IF EXISTS {_trigger_name(table, event)} ON {table}")
    if schema_editor.connection.vendor != "sqlite":
        schema_editor.execute("DROP FUNCTION IF EXISTS menu_version_bump()")
    schema_editor.execute("DELETE FROM menu_menuversion")


class Migration(migrations.Migration):
    dependencies = [("menu", "0003_menu_version"), ("directory", "0001_initial")]
    operations = [migrations.RunPython(create, drop)]
