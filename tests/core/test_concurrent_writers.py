"""Several processes writing to one SQLite file at once: none sees "database is locked"."""

import os
import subprocess
import sys

import pytest

WRITER = """
import sys
from django.db import transaction
from arfer.directory.models import Area
writer = sys.argv[1]
for i in range(40):
    with transaction.atomic():
        Area.objects.create(slug=f"w{writer}-{i}", kind="nation", name_en=f"Area {writer} {i}")
        # Read-then-write inside the transaction: the pattern that fails with deferred locking.
        Area.objects.filter(slug=f"w{writer}-{i}").update(name_en=f"Area {writer} {i} done")
print("ok")
"""


@pytest.mark.skipif(bool(os.environ.get("DATABASE_URL")), reason="SQLite only")
def test_concurrent_writers_never_see_database_is_locked(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["ARFER_DATA_DIR"] = str(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "arfer.cli", "migrate", "-v0"], env=env, check=True, timeout=120
    )
    script = tmp_path / "writer.py"
    script.write_text(
        "import django, os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE',"
        " 'arfer.settings')\ndjango.setup()\n" + WRITER
    )
    writers = [
        subprocess.Popen(
            [sys.executable, str(script), str(n)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(6)
    ]
    results = [w.communicate(timeout=180) for w in writers]
    for (stdout, stderr), writer in zip(results, writers, strict=True):
        assert writer.returncode == 0, stderr
        assert "database is locked" not in stderr
        assert stdout.strip() == "ok"
    check = subprocess.run(
        [
            sys.executable,
            "-m",
            "arfer.cli",
            "shell",
            "-c",
            "from arfer.directory.models import Area; "
            "print(Area.objects.filter(name_en__endswith='done').count())",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert check.stdout.strip().splitlines()[-1] == "240"
