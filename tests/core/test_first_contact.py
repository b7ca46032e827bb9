"""The root address offers Welsh to a browser that asks for Welsh first; every other address,
and a person who chose English with the language switch, keep their language."""

import pytest

WELSH_FIRST = ["cy", "cy-GB", "CY-gb,en;q=0.8", "en;q=0.5, cy", "fr, cy;q=0.9, en;q=0.8"]
NOT_WELSH_FIRST = [
    None,
    "en",
    "en-GB,en;q=0.9,cy;q=0.8",
    "en, cy",
    "fr",
    "*",
    "garbage;;;q=xyz",
    "cy;q=not-a-number",
    "x" * 600,
]


def vary(response) -> set[str]:
    return {part.strip() for part in response.get("Vary", "").split(",")}


@pytest.mark.django_db
@pytest.mark.parametrize("accept", WELSH_FIRST)
def test_a_browser_asking_for_welsh_first_is_offered_the_welsh_home(client, accept):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == "/cy/"
    assert "Accept-Language" in vary(response)


@pytest.mark.django_db
@pytest.mark.parametrize("accept", NOT_WELSH_FIRST)
def test_any_other_browser_gets_the_english_home(client, accept):
    headers = {"accept-language": accept} if accept is not None else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 200
    assert b'<html lang="en"' in response.content
    # A cache in between keeps the two answers apart.
    assert "Accept-Language" in vary(response)


@pytest.mark.django_db
def test_the_query_goes_with_the_redirect(client):
    response = client.get("/?utm=x", headers={"accept-language": "cy"})
    assert response["Location"] == "/cy/?utm=x"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"sec-fetch-site": "same-origin"},
        {"referer": "http://testserver/cy/practices/"},
    ],
)
def test_choosing_english_from_a_welsh_page_stays_english(client, headers):
    response = client.get("/", headers={"accept-language": "cy", **headers})
    assert response.status_code == 200
    assert b'<html lang="en"' in response.content


@pytest.mark.django_db
@pytest.mark.parametrize(
    "headers",
    [
        {"sec-fetch-site": "cross-site", "referer": "https://search.example/?q=arfer"},
        {"sec-fetch-site": "none"},
        {"referer": "not an address ["},
    ],
)
def test_arriving_from_elsewhere_offers_welsh(client, headers):
    response = client.get("/", headers={"accept-language": "cy", **headers})
    assert response.status_code == 302 and response["Location"] == "/cy/"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/practices/", "/bodies/", "/accessibility/"])
def test_other_addresses_keep_their_language(client, directory, path):
    response = client.get(path, headers={"accept-language": "cy"})
    assert response.status_code == 200 and b'<html lang="en"' in response.content


@pytest.mark.django_db
def test_the_welsh_home_is_welsh_whatever_the_browser_asks(client):
    response = client.get("/cy/", headers={"accept-language": "en"})
    assert response.status_code == 200 and b'<html lang="cy"' in response.content


@pytest.mark.django_db
def test_a_post_to_the_root_is_refused_not_redirected(client):
    response = client.post("/", headers={"accept-language": "cy"})
    assert response.status_code == 405


@pytest.mark.django_db
def test_the_redirect_is_not_kept_for_the_next_browser(client, public_pages_kept):
    assert client.get("/", headers={"accept-language": "cy"}).status_code == 302
    assert client.get("/", headers={"accept-language": "en"}).status_code == 200
    assert client.get("/", headers={"accept-language": "cy"}).status_code == 302


# The language switch: the page's own language first.


def switch_order(html: str) -> list[str]:
    switch = html[html.index("govuk-language-navigation__list") :]
    switch = switch[: switch.index("</ul>")]
    return [
        name
        for _position, name in sorted(
            (switch.index(f">{name}</"), name) for name in ("English", "Cymraeg")
        )
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/accessibility/", "/no-such-page/"])
def test_the_language_switch_puts_the_pages_language_first(client, directory, path):
    assert switch_order(client.get(path).content.decode()) == ["English", "Cymraeg"]
    assert switch_order(client.get("/cy" + path).content.decode()) == ["Cymraeg", "English"]


@pytest.mark.django_db
def test_the_switch_marks_the_current_language_and_links_the_other(client):
    html = client.get("/cy/accessibility/").content.decode()
    assert '<span class="govuk-language-navigation__text" aria-current="true" lang="cy">' in html
    assert 'href="/accessibility/" rel="alternate" lang="en" hreflang="en">English</a>' in html
