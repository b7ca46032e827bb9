# ruff: noqa: RUF001 - curly quotes are part of the English being looked for
"""The accessibility and Welsh language statements: pages of their own in both languages, linked
from every page's footer, naming only the contact address the operator set."""

import re

import pytest

STATEMENTS = {
    "/accessibility/": ("Accessibility statement", "Datganiad hygyrchedd"),
    "/welsh-language/": ("Welsh language statement", "Datganiad iaith Gymraeg"),
}


def heading(html: str) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


@pytest.mark.django_db
@pytest.mark.parametrize("path", STATEMENTS)
def test_each_statement_in_both_languages(client, path):
    english, welsh = STATEMENTS[path]
    page = client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="en"' in html and heading(html) == english
    page = client.get("/cy" + path)
    assert page.status_code == 200
    html = page.content.decode()
    assert '<html lang="cy"' in html and heading(html) == welsh
    # The switch leads to the same statement in the other language.
    assert f'href="{path}" rel="alternate" lang="en"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("page", ["/", "/practices/", "/no-such-page/", "/cy/bodies/"])
def test_every_footer_links_to_both_statements(client, directory, page):
    html = client.get(page).content.decode()
    footer = html[html.index("<footer") :]
    prefix = "/cy" if page.startswith("/cy/") else ""
    assert f'href="{prefix}/accessibility/"' in footer
    assert f'href="{prefix}/welsh-language/"' in footer


@pytest.mark.django_db
def test_the_footer_of_a_page_drawn_without_the_database_links_to_them(client, settings):
    # A bad Host header: the 400 page is drawn from its template alone.
    settings.ALLOWED_HOSTS = ["arfer.example.org"]
    html = client.get("/cy/", headers={"host": "elsewhere.example"}).content.decode()
    assert 'href="/cy/accessibility/"' in html and 'href="/cy/welsh-language/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("path", STATEMENTS)
def test_the_contact_address_is_the_one_set(client, settings, path):
    settings.ARFER_CONTACT_EMAIL = "arfer@programme.example.org"
    for language in ("", "/cy"):
        html = client.get(language + path).content.decode()
        assert 'href="mailto:arfer@programme.example.org"' in html
    settings.ARFER_CONTACT_EMAIL = ""
    html = client.get(path).content.decode()
    assert "mailto:" not in html
    assert "has not yet published an e-mail address" in html
    # Nothing the operator did not give: no telephone number or postal address.
    assert not re.search(r"\b0\d{3} ?\d{3} ?\d{4}\b|\btel:", html)


@pytest.mark.django_db
def test_the_accessibility_statement_follows_the_model_statement(client):
    html = client.get("/accessibility/").content.decode()
    sections = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    for section in [
        "How accessible this service is",
        "Feedback and contact information",
        "Reporting accessibility problems with this service",
        "Enforcement procedure",
        "Technical information about this service’s accessibility",
        "Non-accessible content",
        "How we tested this service",
        "Preparation of this accessibility statement",
    ]:
        assert section in sections
    assert "Equality Advisory and Support Service" in html
    assert "partially compliant" in html and "fully compliant" not in html


@pytest.mark.django_db
def test_the_time_limits_owned_up_to_are_the_ones_set(client, settings):
    settings.ARFER_PRIVILEGED_SESSION_HOURS = 6
    settings.ARFER_PRIVILEGED_SESSION_IDLE_MINUTES = 45
    html = client.get("/cy/accessibility/").content.decode()
    assert "6 awr" in html and "45 munud" in html


@pytest.mark.django_db
def test_the_welsh_language_statement_points_at_the_commissioner_in_each_language(client):
    assert "welshlanguagecommissioner.wales" in client.get("/welsh-language/").content.decode()
    assert "comisiynyddygymraeg.cymru" in client.get("/cy/welsh-language/").content.decode()
