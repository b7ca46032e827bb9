"""The commit-message rule that .ci/run checks: a subject of 72 characters or fewer, a blank
line, and a body that says why."""

import runpy
from pathlib import Path
from types import SimpleNamespace

# The script has no .py name (it is a command), so it is read as a file.
checker = SimpleNamespace(
    **runpy.run_path(str(Path(__file__).parents[2] / ".ci" / "check-commit-messages"))
)


def test_a_short_subject_with_a_body_passes():
    assert checker.problems_of("Fix the thing\n\nBecause it was broken.") == []


def test_a_long_subject_a_missing_body_and_a_missing_blank_line_are_each_found():
    assert checker.problems_of("x" * 73 + "\n\nWhy.") == ["subject is 73 characters (at most 72)"]
    assert checker.problems_of("Fix the thing") == ["no body saying why"]
    assert checker.problems_of("Fix the thing\nBecause.") == ["no blank line after the subject"]
