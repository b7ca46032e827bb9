"""The menu's index also holds the lead body of each practice and the local authority areas it
reaches (its "footprint", from its own areas or its bodies' areas: see
arfer/menu/menu_index.py), so the menu version must change with partners, a practice's own areas,
the areas bodies serve and the local authority areas an area covers too. Migration 0004's
function `menu_version_bump` is used on PostgreSQL."""

from django.db import migrations

WATCHED = [
    ("menu_practicepartner", ["INSERT", "UPDATE", "DELETE"]),
    ("menu_practice_areas", ["INSERT", "UPDATE", "DELETE"]),
    ("directory_body_areas", ["INSERT", "UPDATE", "DELETE"]),
    ("directory_area_local_authority_areas", ["INSERT", "UPDATE", "DELETE"]),
]


def _trigger_name(table: str, event: str) -> str:
    return f"menu_version_after_{event.lower()}_{table}"


def create(apps, schema_editor):
    execute = schema_editor.execute
    for table, events in WATCHED:
        for event in events:
            name = _trigger_name(table, event)
            if schema_editor.connection.vendor == "sqlite":
                execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                        "BEGIN UPDATE menu_menuversion SET token = random() WHERE id = 1; END")
            else:
                execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} "
                        "FOR EACH STATEMENT EXECUTE FUNCTION menu_version_bump()")


def drop(apps, schema_editor):
    for table, events in WATCHED:
        for event in events:
            name = _trigger_name(table, event)
            if schema_editor.connection.vendor == "sqlite":
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
            else:
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")


class Migration(migrations.Migration):
    dependencies = [("menu", "0013_welsh_text_request"), ("directory", "0004_reasons_as_codes")]
    operations = [migrations.RunPython(create, drop)]
