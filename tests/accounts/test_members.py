import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from arfer.accounts.actions import change_member_role, create_account, remove_member
from arfer.accounts.invitations import invite_member
from arfer.accounts.models import Membership, User
from arfer.core.actors import SYSTEM

from .conftest import PASSWORD
from .helpers import sign_in_with_two_factor


def membership(people, who, body):
    return Membership.objects.get(user=people[who], body=body)


def log_in(client, user):
    if user.requires_two_factor:
        sign_in_with_two_factor(client, user)
    else:
        client.force_login(user)


def members_url(body):
    return f"/account/bodies/{body.slug}/members/"


def test_members_see_the_list_and_pending_invitations(client, council, people):
    invite_member(council, "pending@example.org", "viewer", actor=people["admin"])
    client.force_login(people["viewer"])
    response = client.get(members_url(council))
    assert response.status_code == 200
    html = response.content.decode()
    for email in [
        "admin@example.org",
        "editor@example.org",
        "viewer@example.org",
        "pending@example.org",
    ]:
        assert email in html
    assert "other-admin@example.org" not in html
    # A viewer sees no forms to change anything.
    assert "/invite/" not in html and "/remove/" not in html and "/role/" not in html
    assert "/cancel/" not in html


def test_admins_see_the_forms(client, council, people):
    invite_member(council, "pending@example.org", "viewer", actor=people["admin"])
    client.force_login(people["admin"])
    html = client.get(members_url(council)).content.decode()
    assert f'href="{members_url(council)}invite/"' in html
    editor = membership(people, "editor", council)
    assert f'href="{members_url(council)}{editor.pk}/role/"' in html
    assert f'href="{members_url(council)}{editor.pk}/remove/"' in html
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html


@pytest.mark.parametrize("who", ["other_admin", "moderator", "board"])
def test_people_outside_the_body_get_404(client, council, people, who):
    log_in(client, people[who])
    assert client.get(members_url(council)).status_code == 404
    editor = membership(people, "editor", council)
    for url in [
        f"{members_url(council)}invite/",
        f"{members_url(council)}{editor.pk}/role/",
        f"{members_url(council)}{editor.pk}/remove/",
    ]:
        assert client.get(url).status_code == 404
        assert client.post(url, {"role": "viewer"}).status_code == 404
    assert Membership.objects.get(pk=editor.pk).role == "editor"


def test_a_body_that_does_not_exist_is_404(client, people):
    client.force_login(people["admin"])
    assert client.get("/account/bodies/no-such-body/members/").status_code == 404


def test_signed_out_people_are_sent_to_sign_in(client, council):
    response = client.get(members_url(council))
    assert response.status_code == 302 and response["Location"].startswith("/account/sign-in/")


def test_programme_admins_manage_any_body(client, council, people):
    sign_in_with_two_factor(client, people["programme_admin"])
    html = client.get(members_url(council)).content.decode()
    assert "/invite/" in html
    editor = membership(people, "editor", council)
    response = client.post(f"{members_url(council)}{editor.pk}/role/", {"role": "admin"})
    assert response.status_code == 302
    assert Membership.objects.get(pk=editor.pk).role == "admin"


@pytest.mark.parametrize("who", ["viewer", "editor"])
def test_members_who_are_not_admins_get_403_on_changes(client, council, people, who):
    client.force_login(people[who])
    target = membership(people, "viewer" if who == "editor" else "editor", council)
    role_url = f"{members_url(council)}{target.pk}/role/"
    remove_url = f"{members_url(council)}{target.pk}/remove/"
    assert client.get(role_url).status_code == 403
    assert client.post(role_url, {"role": "admin"}).status_code == 403
    assert client.get(remove_url).status_code == 403
    assert client.post(remove_url).status_code == 403
    assert Membership.objects.filter(pk=target.pk, role=target.role).exists()
    with pytest.raises(PermissionDenied):
        change_member_role(target, "admin", actor=people[who])
    with pytest.raises(PermissionDenied):
        remove_member(target, actor=people[who])


def test_an_admin_changes_a_role(client, council, people):
    client.force_login(people["admin"])
    editor = membership(people, "editor", council)
    url = f"{members_url(council)}{editor.pk}/role/"
    page = client.get(url)
    assert page.status_code == 200 and b'value="editor" checked' in page.content
    invalid = client.post(url, {"role": "wizard"})
    assert invalid.status_code == 200 and b"There is a problem" in invalid.content
    assert b'href="#id_role_0"' in invalid.content
    response = client.post(url, {"role": "viewer"})
    assert response.status_code == 302 and response["Location"] == members_url(council)
    assert Membership.objects.get(pk=editor.pk).role == "viewer"
    # On the record, with who did it.
    latest = Membership.history.filter(id=editor.pk).order_by("-history_date").first()
    assert latest.role == "viewer" and latest.history_user == people["admin"]


def test_an_admin_removes_a_member_who_keeps_their_account(client, council, other_body, people):
    Membership.objects.create(user=people["editor"], body=other_body, role="viewer")
    client.force_login(people["admin"])
    editor = membership(people, "editor", council)
    url = f"{members_url(council)}{editor.pk}/remove/"
    page = client.get(url)
    assert page.status_code == 200 and b"editor@example.org" in page.content
    response = client.post(url)
    assert response.status_code == 302 and response["Location"] == members_url(council)
    assert not Membership.objects.filter(pk=editor.pk).exists()
    assert User.objects.filter(email="editor@example.org").exists()
    assert Membership.objects.filter(user=people["editor"], body=other_body).exists()
    assert (
        Membership.history.filter(id=editor.pk, history_type="-").get().history_user
        == people["admin"]
    )


def test_a_membership_of_another_body_is_404(client, council, people):
    client.force_login(people["admin"])
    elsewhere = Membership.objects.get(user=people["other_admin"])
    assert client.get(f"{members_url(council)}{elsewhere.pk}/role/").status_code == 404
    assert client.post(f"{members_url(council)}{elsewhere.pk}/remove/").status_code == 404
    assert Membership.objects.filter(pk=elsewhere.pk).exists()


def test_the_last_admin_cannot_be_demoted_or_removed(client, council, people):
    admin = membership(people, "admin", council)
    with pytest.raises(ValidationError, match="only admin"):
        change_member_role(admin, "editor", actor=people["admin"])
    with pytest.raises(ValidationError, match="only admin"):
        remove_member(admin, actor=people["admin"])
    client.force_login(people["admin"])
    demote = client.post(f"{members_url(council)}{admin.pk}/role/", {"role": "viewer"})
    assert demote.status_code == 200
    assert b"is the only admin of Carmarthenshire County Council" in demote.content
    removal = client.post(f"{members_url(council)}{admin.pk}/remove/")
    assert removal.status_code == 400 and b"Make someone else an admin first" in removal.content
    assert Membership.objects.get(pk=admin.pk).role == "admin"


def test_with_a_second_admin_the_first_can_step_down(council, people):
    editor = membership(people, "editor", council)
    change_member_role(editor, "admin", actor=people["admin"])
    admin = membership(people, "admin", council)
    change_member_role(admin, "viewer", actor=people["admin"])
    assert Membership.objects.get(pk=admin.pk).role == "viewer"
    # The remaining admin is now the last one.
    with pytest.raises(ValidationError, match="only admin"):
        remove_member(editor, actor=people["editor"])


def test_an_admin_who_leaves_goes_back_to_their_account(client, council, people):
    change_member_role(membership(people, "editor", council), "admin", actor=people["admin"])
    client.force_login(people["admin"])
    admin = membership(people, "admin", council)
    response = client.post(f"{members_url(council)}{admin.pk}/remove/")
    assert response.status_code == 302 and response["Location"] == "/account/"
    assert client.get(members_url(council)).status_code == 404


def test_programme_admins_may_remove_the_last_admin(council, people):
    admin = membership(people, "admin", council)
    remove_member(admin, actor=people["programme_admin"])
    assert not Membership.objects.filter(pk=admin.pk).exists()


def test_forms_need_the_csrf_token(council, people):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["admin"])
    editor = membership(people, "editor", council)
    response = client.post(f"{members_url(council)}{editor.pk}/remove/")
    assert response.status_code == 403
    assert Membership.objects.filter(pk=editor.pk).exists()


def test_the_account_page_links_to_each_bodys_members(client, council, people):
    client.force_login(people["viewer"])
    html = client.get("/account/").content.decode()
    assert f'href="{members_url(council)}"' in html


def test_members_page_in_welsh(client, council, people):
    client.force_login(people["viewer"])
    response = client.get(f"/cy{members_url(council)}")
    assert response.status_code == 200 and b'<html lang="cy"' in response.content


@pytest.mark.parametrize("count", [2, 12])
def test_members_page_runs_a_fixed_number_of_queries(client, council, people, count):
    """Measured at 2 and at 12 members (and as many invitations): the same number."""
    existing = Membership.objects.filter(body=council).count()
    for number in range(count - existing):
        create_account(
            f"member{number}@example.org",
            role="viewer",
            body=council,
            password=PASSWORD,
            first_name="Member",
            last_name=str(number),
            actor=SYSTEM,
        )
    for number in range(count):
        invite_member(council, f"invited{number}@example.org", "editor", actor=people["admin"])
    assert Membership.objects.filter(body=council).count() >= count
    client.post("/account/sign-in/", {"username": "admin@example.org", "password": PASSWORD})
    client.get(members_url(council))  # warm the session
    with CaptureQueriesContext(connection) as captured:
        response = client.get(members_url(council))
    assert response.status_code == 200
    assert response.content.decode().count("invited") >= count
    # session, user, body, may-manage check, memberships, invitations
    assert len(captured) == 6, [query["sql"] for query in captured]
