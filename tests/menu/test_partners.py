"""Partners of a practice on the "Check your practice" page: a body already listed is refused on
the form, naming its role, and never has its role replaced unseen (the API does the same:
tests/api/test_practice_partners.py)."""

import html

import pytest
from django.utils import translation
from django.utils.translation import gettext

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.editing import start_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice(client, directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    editor = create_account(
        "editor@example.org",
        role="editor",
        body=council,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]
    client.force_login(editor)
    return start_practice(actor=editor, lead_body=council, title_en="Community reablement")


def add_partner(client, practice, body, role):
    practice.refresh_from_db()
    return client.post(
        f"/practices/{practice.slug}/edit/partners/",
        {"version": practice.version, "body": body.pk, "role": role},
    )


@pytest.mark.parametrize("language", ["en", "cy"])
def test_adding_a_partner_already_listed_is_refused_on_the_form(client, practice, language):
    gwynedd = Body.objects.get(slug="gwynedd-council")
    assert add_partner(client, practice, gwynedd, "delivery").status_code == 302
    practice.refresh_from_db()
    version = practice.version
    prefix = "/cy" if language == "cy" else ""
    response = client.post(
        f"{prefix}/practices/{practice.slug}/edit/partners/",
        {"version": version, "body": gwynedd.pk, "role": "funder"},
    )
    # The role is not replaced: the page says why, on the form, and nothing is written.
    assert response.status_code == 200
    with translation.override(language):
        message = gettext(
            "%(body)s is already a partner, as %(role)s. Remove it first to change its role."
        ) % {"body": gwynedd.name, "role": gettext("Delivery partner")}
        title = gettext("Error:")
    page = response.content.decode()
    assert f"<title>{title}" in page
    assert html.escape(message) in page
    assert f'<a href="#id_body">{html.escape(message)}</a>' in page  # the error summary
    assert 'id="id_body-error"' in page  # and on the field
    assert f'<option value="{gwynedd.pk}" selected>' in page
    practice.refresh_from_db()
    assert practice.version == version
    assert list(practice.partnerships.values_list("body__slug", "role")) == [
        ("gwynedd-council", "delivery")
    ]


def test_adding_a_partner_again_in_the_same_role_says_so(client, practice):
    gwynedd = Body.objects.get(slug="gwynedd-council")
    add_partner(client, practice, gwynedd, "delivery")
    response = add_partner(client, practice, gwynedd, "delivery")
    assert response.status_code == 200
    assert "Gwynedd Council is already a partner, as Delivery partner." in response.content.decode()
    assert "Remove it first" not in response.content.decode()


def test_a_role_is_changed_by_removing_the_partner_and_adding_it_again(client, practice):
    gwynedd = Body.objects.get(slug="gwynedd-council")
    add_partner(client, practice, gwynedd, "delivery")
    practice.refresh_from_db()
    client.post(
        f"/practices/{practice.slug}/edit/partners/",
        {"version": practice.version, "remove": gwynedd.pk},
    )
    assert add_partner(client, practice, gwynedd, "funder").status_code == 302
    assert list(practice.partnerships.values_list("role", flat=True)) == ["funder"]


def test_a_partner_form_left_empty_is_answered_on_the_form(client, practice):
    response = client.post(
        f"/practices/{practice.slug}/edit/partners/", {"version": practice.version}
    )
    assert response.status_code == 200
    assert 'class="govuk-error-summary"' in response.content.decode()
    assert not practice.partnerships.exists()
