"""The licence the package declares is the one the repository carries, and the licence the open
data are published under is named in the reader's language."""

import tomllib
from pathlib import Path

import pytest

from arfer.core.licence import Licence

ROOT = Path(__file__).resolve().parents[2]


def test_the_licence_file_is_the_licence_pyproject_declares():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["license"]
    text = (ROOT / "LICENCE").read_text()
    assert declared == {"text": "MIT"}
    assert text.startswith("MIT Licence\n")
    assert "Permission is hereby granted, free of charge" in text


# The Open Government Licence, under which the open data are published: in Welsh, the Welsh
# licence by its Welsh name, at the address where The National Archives publishes it.

ENGLISH_NAME = "Open Government Licence v3.0"
ENGLISH_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
WELSH_NAME = "Trwydded Llywodraeth Agored v3.0"
WELSH_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence-cymraeg/version/3/"


def test_the_open_government_licence_in_each_language():
    from django.utils.translation import override

    from arfer.core.licence import open_government_licence

    assert open_government_licence("en") == Licence(ENGLISH_NAME, ENGLISH_URL)
    assert open_government_licence("cy") == Licence(WELSH_NAME, WELSH_URL)
    with override("cy"):
        assert open_government_licence() == Licence(WELSH_NAME, WELSH_URL)
    with override("en"):
        assert open_government_licence() == Licence(ENGLISH_NAME, ENGLISH_URL)


def test_the_licence_is_named_in_one_place_only():
    """Every page, file and the API take the licence from core/licence.py, so no place can go
    on naming the English licence to a Welsh reader."""
    named = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "arfer").rglob("*")
        if path.suffix in (".py", ".html", ".txt", ".json")
        and (ENGLISH_URL in path.read_text() or WELSH_URL in path.read_text())
    ]
    assert named == ["arfer/core/licence.py"]


@pytest.mark.django_db
def test_welsh_pages_link_the_welsh_licence(client):
    for address in ("/data/", "/data/practices/", "/api/"):
        english = client.get(address).content.decode()
        welsh = client.get(f"/cy{address}").content.decode()
        assert f'href="{ENGLISH_URL}" rel="license">{ENGLISH_NAME}</a>' in english, address
        assert f'href="{WELSH_URL}" rel="license">{WELSH_NAME}</a>' in welsh, address
        assert ENGLISH_URL not in welsh and WELSH_URL not in english, address
        assert ENGLISH_NAME not in welsh.replace(
            "“Contains public sector information licensed under the Open Government Licence v3.0.”",
            "",
        ), address


def test_the_api_description_names_the_licence_in_english():
    """The OpenAPI description is in English, like its field names."""
    from arfer.api.api import api

    assert api.get_openapi_schema()["info"]["license"] == {
        "name": ENGLISH_NAME,
        "url": ENGLISH_URL,
    }
