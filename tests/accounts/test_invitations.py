import re
from datetime import timedelta

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from arfer.accounts.actions import create_account
from arfer.accounts.invitations import (
    INVITATION_LIFETIME,
    accept_invitation,
    accept_invitation_with_new_account,
    cancel_invitation,
    hash_token,
    invite_member,
)
from arfer.accounts.models import Invitation, Membership, User
from arfer.core.actors import SYSTEM

from .conftest import PASSWORD
from .helpers import sign_in_with_two_factor

NEW_ACCOUNT = {"password1": PASSWORD, "password2": PASSWORD, "email_language": "en"}


def invite(council, people, email="new@example.org", role="editor", actor="admin"):
    return invite_member(council, email, role, actor=people[actor])


def link_in(message) -> str:
    return re.search(r"http://\S+/account/invitations/[\w-]+/", message.body).group(0)


def test_an_invitation_is_emailed_in_welsh_then_english_after_commit(
    council, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        invitation, token = invite(council, people, email=" New@Example.org ")
    assert not mail.outbox and len(callbacks) == 1  # nothing is sent before the commit
    callbacks[0]()
    message = mail.outbox[0]
    assert message.to == ["new@example.org"]
    assert "Carmarthenshire County Council" in message.subject and " / " in message.subject
    welsh, separator, english = message.body.partition("\n\n---\n\n")
    assert separator and f"/account/invitations/{token}/" in english
    assert f"/cy/account/invitations/{token}/" in welsh and "/cy/" not in english
    assert "admin@example.org has invited you" in english and "Editor" in english
    # Only a hash of the token is stored.
    assert invitation.token_hash == hash_token(token) and token not in invitation.token_hash
    assert invitation.expires_at - invitation.created_at == INVITATION_LIFETIME
    assert invitation.email == "new@example.org" and invitation.invited_by == people["admin"]


def test_inviting_from_the_members_page(
    client, council, people, django_capture_on_commit_callbacks
):
    client.force_login(people["admin"])
    url = f"/account/bodies/{council.slug}/members/invite/"
    assert client.get(url).status_code == 200
    empty = client.post(url, {})
    assert empty.status_code == 200 and b"There is a problem" in empty.content
    assert b"Enter an email address." in empty.content and b"Choose a role." in empty.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "colleague@example.org", "role": "viewer"})
    assert response.status_code == 302
    assert response["Location"] == f"/account/bodies/{council.slug}/members/"
    assert mail.outbox[0].to == ["colleague@example.org"]
    page = client.get(response["Location"]).content.decode()
    assert "colleague@example.org" in page and "Invitation sent" in page


def test_a_new_person_creates_their_account_from_the_invitation(client, council, people):
    _invitation, token = invite(council, people, email="new@example.org", role="editor")
    url = f"/account/invitations/{token}/"
    page = client.get(url)
    assert page.status_code == 200 and b"new@example.org" in page.content
    assert b"Create your account" in page.content

    mismatch = client.post(url, {**NEW_ACCOUNT, "password2": PASSWORD + "x"})
    assert mismatch.status_code == 200 and b"The passwords do not match" in mismatch.content
    common = client.post(url, {**NEW_ACCOUNT, "password1": "password", "password2": "password"})
    assert common.status_code == 200 and b"This password is too common." in common.content
    assert not User.objects.filter(email="new@example.org").exists()

    response = client.post(url, NEW_ACCOUNT)
    assert response.status_code == 302
    assert response["Location"] == f"/account/bodies/{council.slug}/members/"
    user = User.objects.get(email="new@example.org")
    assert user.check_password(PASSWORD)
    assert Membership.objects.get(user=user, body=council).role == "editor"
    assert int(client.session[SESSION_KEY]) == user.pk
    invitation = Invitation.objects.get(email="new@example.org")
    assert invitation.accepted_at is not None and invitation.accepted_by == user
    assert client.get(response["Location"]).status_code == 200


def test_a_signed_in_person_accepts_with_one_button_and_can_belong_to_several_bodies(
    client, council, other_body, people
):
    _invitation, token = invite_member(
        other_body, "editor@example.org", "viewer", actor=people["other_admin"]
    )
    client.force_login(people["editor"])
    url = f"/account/invitations/{token}/"
    page = client.get(url)
    assert page.status_code == 200 and b"Accept invitation" in page.content
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"] == f"/account/bodies/{other_body.slug}/members/"
    assert set(
        Membership.objects.filter(user=people["editor"]).values_list("body__slug", "role")
    ) == {(council.slug, "editor"), (other_body.slug, "viewer")}
    account = client.get("/account/").content.decode()
    assert "Carmarthenshire County Council" in account and "Gwynedd Council" in account


def test_a_signed_out_person_with_an_account_is_asked_to_sign_in(client, other_body, people):
    _invitation, token = invite_member(
        other_body, "editor@example.org", "viewer", actor=people["other_admin"]
    )
    url = f"/account/invitations/{token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert f'href="/account/sign-in/?next={url}"'.encode() in page.content
    assert client.post(url, NEW_ACCOUNT).status_code == 200
    assert not Membership.objects.filter(user=people["editor"], body=other_body).exists()


def test_someone_signed_in_with_another_address_is_told_to_sign_out(client, council, people):
    _invitation, token = invite(council, people, email="new@example.org")
    client.force_login(people["viewer"])
    url = f"/account/invitations/{token}/"
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "new@example.org" in html and "viewer@example.org" in html
    assert 'action="/account/sign-out/"' in html and f'value="{url}"' in html
    client.post(url)
    assert not Invitation.objects.get(email="new@example.org").is_accepted
    assert not User.objects.filter(email="new@example.org").exists()
    signed_out = client.post("/account/sign-out/", {"next": url})
    assert signed_out["Location"] == url
    with pytest.raises(PermissionDenied):
        accept_invitation(Invitation.objects.get(email="new@example.org"), actor=people["viewer"])


def test_an_expired_invitation_gets_a_clear_page(client, council, people):
    invitation, token = invite(council, people)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - timedelta(seconds=1)
    )
    url = f"/account/invitations/{token}/"
    page = client.get(url)
    assert page.status_code == 410 and b"This invitation has expired" in page.content
    posted = client.post(url, NEW_ACCOUNT)
    assert posted.status_code == 410
    assert not User.objects.filter(email="new@example.org").exists()
    invitation.refresh_from_db()
    with pytest.raises(ValidationError, match="expired"):
        accept_invitation_with_new_account(invitation, password=PASSWORD, email_language="cy")


def test_a_used_invitation_cannot_be_used_again(client, council, people):
    invitation, token = invite(council, people)
    url = f"/account/invitations/{token}/"
    client.post(url, NEW_ACCOUNT)
    client.post("/account/sign-out/")
    page = client.get(url)
    assert page.status_code == 410 and b"already been used" in page.content
    invitation.refresh_from_db()
    with pytest.raises(ValidationError, match="already been used"):
        accept_invitation(invitation, actor=User.objects.get(email="new@example.org"))
    assert Membership.objects.filter(user__email="new@example.org").count() == 1


def test_an_unknown_token_is_not_found(client, db):
    assert client.get("/account/invitations/no-such-token/").status_code == 404
    assert client.post("/account/invitations/no-such-token/").status_code == 404


@pytest.mark.parametrize("who", ["editor", "viewer", "other_admin", "moderator"])
def test_only_body_admins_and_programme_admins_invite(council, people, who):
    with pytest.raises(PermissionDenied):
        invite(council, people, actor=who)
    assert not Invitation.objects.exists()


def test_programme_admins_invite_to_any_body(council, other_body, people):
    invite(council, people, actor="programme_admin")
    invite_member(other_body, "new@example.org", "admin", actor=people["programme_admin"])
    assert Invitation.objects.count() == 2


@pytest.mark.parametrize(
    ("who", "status"), [("editor", 403), ("viewer", 403), ("other_admin", 404), ("moderator", 404)]
)
def test_invite_page_refuses_others(client, council, people, who, status):
    if people[who].requires_two_factor:
        sign_in_with_two_factor(client, people[who])
    else:
        client.force_login(people[who])
    url = f"/account/bodies/{council.slug}/members/invite/"
    assert client.get(url).status_code == status
    assert client.post(url, {"email": "new@example.org", "role": "admin"}).status_code == status
    assert not Invitation.objects.exists()


def test_a_second_invitation_to_the_same_address_is_refused(client, council, people):
    invite(council, people, email="new@example.org")
    with pytest.raises(ValidationError, match="already been invited"):
        invite(council, people, email="NEW@example.org", role="viewer")
    client.force_login(people["admin"])
    response = client.post(
        f"/account/bodies/{council.slug}/members/invite/",
        {"email": "new@example.org", "role": "viewer"},
    )
    assert response.status_code == 200 and b"already been invited" in response.content
    assert Invitation.objects.count() == 1


def test_an_existing_member_is_not_invited(client, council, people):
    with pytest.raises(ValidationError, match="already a member"):
        invite(council, people, email="viewer@example.org")
    client.force_login(people["admin"])
    response = client.post(
        f"/account/bodies/{council.slug}/members/invite/",
        {"email": "Viewer@example.org", "role": "editor"},
    )
    assert response.status_code == 200 and b"is already a member of" in response.content


def test_an_expired_invitation_makes_way_for_a_new_one(client, council, people):
    first, old_token = invite(council, people)
    Invitation.objects.filter(pk=first.pk).update(expires_at=timezone.now())
    _second, new_token = invite(council, people, role="admin")
    assert Invitation.objects.get().role == "admin"
    assert client.get(f"/account/invitations/{old_token}/").status_code == 404
    assert client.get(f"/account/invitations/{new_token}/").status_code == 200


def test_an_invitation_can_be_cancelled_by_an_admin(client, council, people):
    invitation, token = invite(council, people)
    with pytest.raises(PermissionDenied):
        cancel_invitation(invitation, actor=people["editor"])
    client.force_login(people["editor"])
    cancel_url = f"/account/bodies/{council.slug}/invitations/{invitation.pk}/cancel/"
    assert client.post(cancel_url).status_code == 403
    client.force_login(people["admin"])
    assert client.get(cancel_url).status_code == 405
    assert client.post(cancel_url).status_code == 302
    assert not Invitation.objects.exists()
    assert client.get(f"/account/invitations/{token}/").status_code == 404


def test_an_account_made_meanwhile_is_not_made_twice(council, people):
    invitation, _token = invite(council, people)
    create_account("new@example.org", role="board", password=PASSWORD, actor=SYSTEM)
    with pytest.raises(ValidationError, match="already exists"):
        accept_invitation_with_new_account(invitation, password=PASSWORD, email_language="cy")
    assert not Membership.objects.filter(user__email="new@example.org").exists()


def test_invitation_page_in_welsh(client, council, people):
    _invitation, token = invite(council, people)
    page = client.get(f"/cy/account/invitations/{token}/")
    assert page.status_code == 200 and b'<html lang="cy"' in page.content
