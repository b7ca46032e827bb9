import subprocess
import sys
from pathlib import Path


def test_one_console_entry_point_lists_the_project_commands():
    arfer = Path(sys.executable).parent / "arfer"
    assert arfer.exists(), "the `arfer` console script is not installed"
    result = subprocess.run(
        [arfer, "help", "--commands"], capture_output=True, text=True, timeout=120, check=True
    )
    for command in ["migrate", "demo", "synth", "serve", "check"]:
        assert command in result.stdout.split()
