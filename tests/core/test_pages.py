"""Every page exists in English at its plain URL and in Welsh under /cy/."""

import pytest

PAGES = [
    "/",
    "/practices/",
    "/practices/?q=care",
    "/practices/reablement/",
    "/bodies/",
    "/bodies/carmarthenshire-county-council/",
]


@pytest.fixture
def menu(practice_factory):
    practice_factory(
        "reablement",
        title_en="Reablement at home",
        title_cy="Ailalluogi gartref",
        summary_cy="Crynodeb",
        approach_en="Care",
        approach_cy="Gofal",
    )


@pytest.mark.parametrize("path", PAGES)
def test_page_in_both_languages(client, menu, path):
    english = client.get(path)
    welsh = client.get("/cy" + path)
    assert english.status_code == welsh.status_code == 200
    assert b'<html lang="en"' in english.content
    assert b'<html lang="cy"' in welsh.content
    # The toggle points at the same page in the other language.
    assert b'hreflang="cy"' in english.content and b'hreflang="en"' in welsh.content


def test_language_toggle_keeps_the_query(client, menu):
    html = client.get("/practices/?q=care").content.decode()
    assert 'href="/cy/practices/?q=care"' in html


def test_security_headers(client, menu):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_no_inline_script_on_any_page(client, menu):
    import re

    for path in PAGES:
        html = client.get(path).content.decode()
        for tag in re.findall(r"<script[^>]*>", html):
            assert "src=" in tag, (path, tag)


def test_health_check(client, db):
    assert client.get("/healthz").json()["status"] == "ok"


def test_not_found_page_in_welsh(client, db):
    response = client.get("/cy/no-such-page/")
    assert response.status_code == 404
    assert b'lang="cy"' in response.content


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_read_only_pages_refuse_other_methods(client, menu, method):
    assert getattr(client, method)("/practices/").status_code == 405
