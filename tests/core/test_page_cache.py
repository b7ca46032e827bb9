"""The menu's pages are kept for the public per version of the menu (arfer/core/page_cache.py):
a kept page is answered again without drawing it, any change to the menu draws it afresh, and
nobody signed in, with a session or with messages waiting is ever answered from it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.menu.models import Practice

pytestmark = pytest.mark.usefixtures("public_pages_kept")


def queries(client, url, **extra):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **extra)
    assert response.status_code == 200
    return response, len(captured)


def test_a_kept_page_is_answered_with_one_query_and_the_same_content(client, practice_factory):
    practice_factory("kept-scheme", title_en="Kept scheme")
    first, drawn = queries(client, "/practices/?q=kept")
    again, answered = queries(client, "/practices/?q=kept")
    assert answered == 1 < drawn  # the menu's version
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert "X-Request-ID" in again and again["X-Request-ID"] != first["X-Request-ID"]


def test_any_change_to_the_menu_draws_the_page_afresh(client, practice_factory):
    practice = practice_factory("kept-scheme", title_en="Kept scheme")
    assert b"Kept scheme" in client.get("/practices/").content
    # Even a write that bypasses the actions moves the menu's version (database triggers).
    Practice.objects.filter(pk=practice.pk).update(title_en="Renamed scheme")
    content = client.get("/practices/").content
    assert b"Renamed scheme" in content and b"Kept scheme" not in content


def test_each_language_and_address_is_kept_apart(client, practice_factory):
    practice_factory("kept-scheme", title_en="Kept scheme", title_cy="Cynllun a gadwyd")
    english = client.get("/practices/").content
    welsh = client.get("/cy/practices/").content
    filtered = client.get("/practices/?tier=primary").content
    assert b"Cynllun a gadwyd" in welsh and b"Cynllun a gadwyd" not in english
    assert b"Kept scheme" not in filtered
    assert client.get("/practices/").content == english


def drawn(response) -> bool:
    """Whether the page was drawn from its template for this request (not answered kept)."""
    return bool(response.templates)


def test_nobody_signed_in_is_answered_from_it(client, practice_factory, django_user_model):
    practice_factory("kept-scheme", title_en="Kept scheme")
    assert drawn(client.get("/practices/"))
    assert not drawn(client.get("/practices/"))
    person = django_user_model.objects.create_user(email="reader@example.org", password="x" * 12)
    client.force_login(person)
    for _ in range(2):
        response = client.get("/practices/")
        assert drawn(response) and b"Sign out" in response.content
    client.logout()
    assert b"Sign out" not in client.get("/practices/").content


def test_a_session_or_waiting_messages_are_never_answered_from_it(client, practice_factory):
    practice_factory("kept-scheme", title_en="Kept scheme")
    client.get("/practices/")
    client.cookies["messages"] = "anything"
    assert drawn(client.get("/practices/"))
    del client.cookies["messages"]
    client.cookies["sessionid"] = "anything"
    assert drawn(client.get("/practices/"))


def test_a_practice_page_is_kept_until_the_practice_or_its_adoption_count_changes(
    client, practice_factory
):
    import datetime

    from arfer.core.actors import SYSTEM
    from arfer.directory.models import Body
    from arfer.rollout.actions import record_adoption

    practice = practice_factory("kept-scheme", title_en="Kept scheme")
    url = practice.get_absolute_url()
    first, drawn = queries(client, url)
    again, answered = queries(client, url)
    assert answered == 2 < drawn  # the menu's version and the practice's adoption count
    assert again.content == first.content and b"0 bodies have recorded" in first.content
    record_adoption(
        practice,
        Body.objects.get(slug="gwynedd-council"),
        actor=SYSTEM,
        stage="exploring",
        changed_on=datetime.date(2024, 4, 1),
    )
    assert b"1 body has recorded" in client.get(url).content
    Practice.objects.filter(pk=practice.pk).update(title_en="Renamed scheme")
    assert b"Renamed scheme" in client.get(url).content
