"""Partners through the API behave as on the pages: a body already listed is refused, naming
its role, and never has its role replaced unseen."""

import pytest

from arfer.menu.models import Practice

pytestmark = pytest.mark.django_db


def put_partner(client, slug, body, role, version, **headers):
    return client.call(
        "PUT",
        f"/api/v1/practices/{slug}/partners/{body}",
        {"role": role, "version": version},
        headers=headers,
    )


def test_a_partner_already_listed_is_refused_with_its_role(programme, as_editor):
    draft = programme["draft"]
    added = put_partner(as_editor, draft.slug, "gwynedd-council", "delivery", draft.version)
    assert added.status_code == 200, added.content
    version = added.json()["version"]
    refused = put_partner(as_editor, draft.slug, "gwynedd-council", "funder", version)
    assert refused.status_code == 400
    assert refused.json()["fields"] == {
        "body": [
            "Gwynedd Council is already a partner, as Delivery partner. Remove it first to change "
            "its role."
        ]
    }
    again = put_partner(as_editor, draft.slug, "gwynedd-council", "delivery", version)
    assert again.status_code == 400
    assert again.json()["fields"] == {
        "body": ["Gwynedd Council is already a partner, as Delivery partner."]
    }
    practice = Practice.objects.get(pk=draft.pk)
    assert practice.version == version
    assert list(practice.partnerships.values_list("body__slug", "role")) == [
        ("gwynedd-council", "delivery")
    ]


def test_a_role_changes_by_removing_and_adding_again(programme, as_editor):
    draft = programme["draft"]
    version = put_partner(
        as_editor, draft.slug, "gwynedd-council", "delivery", draft.version
    ).json()["version"]
    removed = as_editor.call(
        "DELETE", f"/api/v1/practices/{draft.slug}/partners/gwynedd-council?version={version}"
    )
    assert removed.status_code == 200, removed.content
    changed = put_partner(
        as_editor, draft.slug, "gwynedd-council", "funder", removed.json()["version"]
    )
    assert changed.status_code == 200
    assert [(p["body"]["slug"], p["role"]) for p in changed.json()["partners"]] == [
        ("gwynedd-council", "funder")
    ]


def test_the_refusal_is_in_welsh_for_a_welsh_client(programme, as_editor):
    draft = programme["draft"]
    version = put_partner(
        as_editor, draft.slug, "gwynedd-council", "delivery", draft.version
    ).json()["version"]
    refused = put_partner(
        as_editor, draft.slug, "gwynedd-council", "funder", version, **{"Accept-Language": "cy"}
    )
    assert refused.status_code == 400
    [message] = refused.json()["fields"]["body"]
    assert message.startswith("Mae Cyngor Gwynedd eisoes yn bartner, fel ")
