"""`arfer backup` and `arfer restore` on PostgreSQL: pg_dump's custom format and pg_restore."""

import os
import shutil
import stat
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from arfer.directory.models import Area

pytestmark = [
    pytest.mark.skipif(not os.environ.get("DATABASE_URL"), reason="PostgreSQL only"),
    pytest.mark.skipif(
        not (shutil.which("pg_dump") and shutil.which("pg_restore")),
        reason="pg_dump and pg_restore are not installed (postgresql-client)",
    ),
]


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path / "data"
    return settings.DATA_DIR


def test_backup_and_restore_round_trip(transactional_db, data_dir, capsys):
    Area.objects.create(slug="before", kind="nation", name_en="Before the backup")
    call_command("backup")
    copy = Path(capsys.readouterr().out.strip())
    assert copy.parent == data_dir / "backups" and copy.suffix == ".pgdump"
    assert stat.S_IMODE(copy.stat().st_mode) & 0o077 == 0
    assert [p.name for p in copy.parent.iterdir()] == [copy.name], "no temporary file left"

    Area.objects.filter(slug="before").delete()
    Area.objects.create(slug="after", kind="nation", name_en="After the backup")
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(copy))
    assert Area.objects.filter(slug="after").exists(), "nothing changed without --yes"

    # The site is stopped: no connection but the restore's own. Earlier tests in this process
    # can leave some behind (a live server's threads), so they are ended as a stop would.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
    connection.close()
    call_command("restore", str(copy), "--yes")
    out = capsys.readouterr().out
    assert set(Area.objects.values_list("slug", flat=True)) == {"before"}
    kept = Path(out.split("was kept as ")[1].split(".pgdump")[0] + ".pgdump")
    assert kept.exists() and kept.parent == data_dir / "backups"


def test_restore_refuses_a_file_that_is_not_a_dump(db, data_dir, tmp_path):
    bad = tmp_path / "notes.pgdump"
    bad.write_text("not a dump")
    with pytest.raises(CommandError, match="is not a PostgreSQL dump"):
        call_command("restore", str(bad), "--yes")


def test_restore_refuses_while_another_program_is_connected(transactional_db, data_dir, capsys):
    import psycopg

    call_command("backup")
    copy = Path(capsys.readouterr().out.strip())
    Area.objects.create(slug="after", kind="nation", name_en="After the backup")
    other = psycopg.connect(**connection.get_connection_params())
    try:
        connection.close()
        with pytest.raises(CommandError, match="other connection"):
            call_command("restore", str(copy), "--yes")
    finally:
        other.close()
    assert Area.objects.filter(slug="after").exists()
