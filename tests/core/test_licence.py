"""The licence the package declares is the one the repository carries."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_licence_file_is_the_licence_pyproject_declares():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    text = (ROOT / "LICENCE").read_text()
    assert declared == {"text": "MIT"}
    assert text.startswith("MIT Licence\n")
    assert "Permission is hereby granted, free of charge" in text
