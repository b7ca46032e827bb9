"""Personal API tokens: the actions, the account pages and `arfer token`."""

import hashlib
import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.accounts import tokens
from arfer.accounts.actions import create_account
from arfer.accounts.models import ApiToken, User
from arfer.accounts.tokens import create_api_token, revoke_api_token, token_for
from arfer.core.actors import SYSTEM

from .helpers import give_two_factor, sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"
TOKENS_URL = "/account/tokens/"


@pytest.fixture
def person(db):
    return User.objects.create_user("person@example.org", PASSWORD)


@pytest.fixture
def someone_else(db):
    return User.objects.create_user("someone-else@example.org", PASSWORD)


@pytest.fixture
def moderator(db):
    return create_account(
        "moderator@example.org", role="moderator", password=PASSWORD, actor=SYSTEM
    )[0]


def make_token(user, name="Finance system", scope="read"):
    return create_api_token(user, name=name, scope=scope, actor=user)


def revoke_url(token) -> str:
    return f"/account/tokens/{token.pk}/revoke/"


# The actions


def test_only_a_hash_of_the_token_is_stored(person):
    token, raw = make_token(person)
    assert raw.startswith("arfer_") and len(raw) > 40
    assert token.token_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert token.prefix == raw[:12]
    stored = ApiToken.objects.filter(pk=token.pk).values().get()
    assert raw not in [str(value) for value in stored.values()]


def test_the_token_is_shown_once_and_works_until_revoked(person):
    token, raw = make_token(person)
    assert token_for(raw) == token and token_for(raw).user == person
    # Nothing kept can give the token back: a second token is a new secret.
    _second, other_raw = make_token(person, name="Another")
    assert other_raw != raw
    revoke_api_token(token, actor=person)
    assert token_for(raw) is None
    assert token_for(other_raw) is not None


def test_revoking_twice_is_harmless(person):
    token, _raw = make_token(person)
    first = revoke_api_token(token, actor=person).revoked_at
    second = revoke_api_token(token, actor=person).revoked_at
    assert first == second == ApiToken.objects.get(pk=token.pk).revoked_at


def test_nobody_makes_or_revokes_another_persons_tokens(person, someone_else, moderator):
    token, raw = make_token(person)
    for actor in (someone_else, moderator):
        with pytest.raises(PermissionDenied):
            revoke_api_token(token, actor=actor)
        with pytest.raises(PermissionDenied):
            create_api_token(person, name="Theirs", scope="write", actor=actor)
    assert token_for(raw) is not None
    assert ApiToken.objects.count() == 1
    # The system (the command line) may.
    create_api_token(person, name="Operator's", scope="read", actor=SYSTEM)
    revoke_api_token(token, actor=SYSTEM)
    assert token_for(raw) is None


def test_the_scope_says_whether_a_token_may_write(person):
    read, _ = make_token(person, scope="read")
    write, _ = make_token(person, name="Writer", scope="write")
    assert not read.may_write and write.may_write
    with pytest.raises(ValidationError) as refused:
        make_token(person, scope="admin")
    assert "scope" in refused.value.message_dict


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Enter a name for the token"),
        ("   ", "Enter a name for the token"),
        ("x" * 101, "100 characters or fewer"),
    ],
)
def test_a_token_needs_a_short_name(person, name, message):
    with pytest.raises(ValidationError) as refused:
        make_token(person, name=name)
    assert message in refused.value.message_dict["name"][0]
    assert not ApiToken.objects.exists()


def test_a_person_has_a_limited_number_of_live_tokens(person, someone_else, monkeypatch):
    monkeypatch.setattr(tokens, "MAX_TOKENS_PER_PERSON", 2)
    first, _ = make_token(person, name="One")
    make_token(person, name="Two")
    with pytest.raises(ValidationError, match="revoke one"):
        make_token(person, name="Three")
    # Revoked tokens do not count, nor do other people's.
    make_token(someone_else)
    revoke_api_token(first, actor=person)
    make_token(person, name="Three")
    assert ApiToken.objects.filter(user=person).count() == 3


def test_a_deactivated_person_has_no_working_tokens(person):
    _token, raw = make_token(person)
    User.objects.filter(pk=person.pk).update(is_active=False)
    assert token_for(raw) is None
    person.refresh_from_db()
    with pytest.raises(ValidationError, match="deactivated"):
        make_token(person)


@pytest.mark.parametrize(
    "raw", [None, "", "arfer_", "arfer_unknown", "not-ours", "arfer_" + "x" * 300, 42]
)
def test_anything_but_a_live_token_finds_nobody(person, raw):
    make_token(person)
    assert token_for(raw) is None


def test_use_is_recorded_at_most_once_a_minute(person):
    token, raw = make_token(person)
    assert token.last_used_at is None
    first = token_for(raw).last_used_at
    assert first is not None
    with CaptureQueriesContext(connection) as captured:
        assert token_for(raw).last_used_at == first
    assert len(captured) == 1 and captured[0]["sql"].startswith("SELECT")
    earlier = first - tokens.LAST_USED_PRECISION - timedelta(seconds=1)
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=earlier)
    assert token_for(raw).last_used_at > earlier
    assert ApiToken.objects.get(pk=token.pk).last_used_at > earlier


def test_a_privileged_role_needs_two_factor_for_tokens(moderator):
    with pytest.raises(ValidationError, match="two-factor"):
        make_token(moderator)
    give_two_factor(moderator)
    _token, raw = make_token(moderator)
    assert token_for(raw).user == moderator


def test_a_token_stops_working_when_its_person_needs_two_factor_they_lack(person):
    """Made as an ordinary member, then given a programme role: no second factor, no access."""
    _token, raw = make_token(person, scope="write")
    User.objects.filter(pk=person.pk).update(programme_role="moderator")
    assert token_for(raw) is None
    give_two_factor(person)
    assert token_for(raw).user == person


# The pages


def test_the_page_explains_tokens_when_there_are_none(client, person):
    client.force_login(person)
    response = client.get(TOKENS_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "You have no API tokens." in html
    assert 'href="/api/"' in html
    assert "<table" not in html
    assert 'value="read" checked' in html


def test_the_account_page_links_to_the_tokens(client, person):
    client.force_login(person)
    assert f'href="{TOKENS_URL}"' in client.get("/account/").content.decode()


def test_the_list_shows_each_token_without_its_secret(client, person, someone_else):
    used, used_raw = make_token(person, name="Finance system", scope="write")
    token_for(used_raw)
    revoked, revoked_raw = make_token(person, name="Old script")
    revoke_api_token(revoked, actor=person)
    _theirs, _ = make_token(someone_else, name="Not yours")
    client.force_login(person)
    html = client.get(TOKENS_URL).content.decode()
    assert "Finance system" in html and "Old script" in html and "Not yours" not in html
    assert f"<code>{used.prefix}…</code>" in html and f"<code>{revoked.prefix}…</code>" in html
    assert used_raw not in html and revoked_raw not in html
    assert "Read and write" in html and "Never" in html
    assert "Revoked" in html and "Live" in html
    # Only the live token can be revoked.
    assert revoke_url(used) in html and revoke_url(revoked) not in html


def test_the_welsh_page_is_served(client, person):
    make_token(person)
    client.force_login(person)
    response = client.get("/cy" + TOKENS_URL)
    assert response.status_code == 200 and 'lang="cy"' in response.content.decode()


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"name": "", "scope": "read"}, "id_name", "Enter a name for the token"),
        ({"name": "x" * 101, "scope": "read"}, "id_name", "100 characters or fewer"),
        ({"name": "Script", "scope": "admin"}, "id_scope_0", "Choose whether the token may"),
        ({"name": "Script"}, "id_scope_0", "Choose whether the token may"),
    ],
)
def test_a_wrong_form_is_shown_again_with_its_errors(client, person, data, field, message):
    client.force_login(person)
    response = client.post(TOKENS_URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html and f'href="#{field}"' in html and message in html
    assert "<title>Error:" in html
    assert not ApiToken.objects.exists()


def test_the_limit_is_shown_at_the_top_of_the_form(client, person, monkeypatch):
    monkeypatch.setattr(tokens, "MAX_TOKENS_PER_PERSON", 1)
    make_token(person)
    client.force_login(person)
    html = client.post(TOKENS_URL, {"name": "Second", "scope": "read"}).content.decode()
    assert "There is a problem" in html and "revoke one you no longer use" in html
    assert ApiToken.objects.count() == 1


def test_a_new_token_is_shown_once_in_the_answer_to_the_form(client, person):
    client.force_login(person)
    response = client.post(TOKENS_URL, {"name": " Finance system ", "scope": "write"})
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    html = response.content.decode()
    token = ApiToken.objects.get(user=person)
    assert (token.name, token.scope) == ("Finance system", "write")
    raw = re.search(r'<code [^>]*id="api-token">([^<]+)</code>', html).group(1)
    assert token_for(raw) == token
    assert "Copy it now: you will not be able to see it again" in html
    assert f'curl -H "Authorization: Bearer {raw}" http://testserver/api/v1/practices' in html
    assert 'href="/api/"' in html
    # Nowhere else: not in the session, not in a message, not on the list.
    assert raw not in str(dict(client.session.items()))
    listing = client.get(TOKENS_URL).content.decode()
    assert raw not in listing and token.prefix in listing


def test_the_example_uses_the_host_asked_for(client, person, settings):
    settings.ALLOWED_HOSTS = ["arfer.example.gov.wales"]
    client.force_login(person)
    html = client.post(
        TOKENS_URL,
        {"name": "Script", "scope": "read"},
        secure=True,
        headers={"host": "arfer.example.gov.wales"},
    ).content.decode()
    assert "https://arfer.example.gov.wales/api/v1/practices" in html


def test_revoking_asks_first_then_stops_the_token(client, person):
    token, raw = make_token(person)
    client.force_login(person)
    page = client.get(revoke_url(token))
    assert page.status_code == 200
    assert "Are you sure" in page.content.decode() and token.prefix in page.content.decode()
    assert token_for(raw) is not None
    response = client.post(revoke_url(token))
    assert response.status_code == 302 and response["Location"] == TOKENS_URL
    assert token_for(raw) is None
    listing = client.get(TOKENS_URL).content.decode()
    assert "has been revoked" in listing
    # Again: nothing to do, and said so.
    again = client.post(revoke_url(token), follow=True)
    assert "was already revoked" in again.content.decode()


def test_another_persons_token_is_not_found(client, person, someone_else):
    token, raw = make_token(someone_else)
    client.force_login(person)
    assert client.get(revoke_url(token)).status_code == 404
    assert client.post(revoke_url(token)).status_code == 404
    assert client.post("/account/tokens/999999/revoke/").status_code == 404
    assert token_for(raw) is not None


def test_signed_out_people_are_sent_to_sign_in(client, person):
    token, _raw = make_token(person)
    for url in (TOKENS_URL, revoke_url(token)):
        for response in (client.get(url), client.post(url, {"name": "x", "scope": "read"})):
            assert response.status_code == 302
            assert response["Location"].startswith("/account/sign-in/?next=")
    assert ApiToken.objects.count() == 1 and not ApiToken.objects.get().is_revoked


def test_a_privileged_person_sets_up_two_factor_before_making_a_token(client, moderator):
    """TwoFactorMiddleware keeps them from every page but the set-up until it is done, so the
    token pages need no check of their own."""
    client.force_login(moderator)
    for response in (
        client.get(TOKENS_URL),
        client.post(TOKENS_URL, {"name": "Script", "scope": "write"}),
    ):
        assert response.status_code == 302
        assert response["Location"].startswith("/account/two-factor/set-up/")
    assert not ApiToken.objects.exists()
    sign_in_with_two_factor(client, moderator)
    response = client.post(TOKENS_URL, {"name": "Script", "scope": "write"})
    assert response.status_code == 200 and ApiToken.objects.filter(user=moderator).exists()


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_list_runs_a_fixed_number_of_queries(client, person, django_assert_num_queries):
    make_token(person)
    client.force_login(person)
    # The session, the person, the two-factor check of a session without a sign-in state, and
    # the tokens.
    assert count_queries(client, TOKENS_URL) == 4
    for number in range(12):
        token, raw = make_token(person, name=f"Token {number}", scope=("read", "write")[number % 2])
        token_for(raw)
        if number % 3 == 0:
            revoke_api_token(token, actor=person)
    with django_assert_num_queries(4):
        response = client.get(TOKENS_URL)
    assert len(response.context["tokens"]) == 13


# The command line


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("token", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_create_prints_the_token_alone_on_standard_output(person):
    out, err = run("create", "Person@Example.org", "--scope", "write", "--name", "Backups")
    raw = out.strip()
    assert out == raw + "\n" and re.fullmatch(r"arfer_[A-Za-z0-9_-]+", raw)
    token = token_for(raw)
    assert (token.user, token.name, token.scope) == (person, "Backups", "write")
    assert token.prefix in err and "shown once" in err and raw not in err


def test_create_has_a_default_name(person):
    out, _err = run("create", "person@example.org", "--scope", "read")
    assert token_for(out.strip()).name == "Made on the command line"


def test_list_shows_a_persons_tokens(person, someone_else):
    used, raw = make_token(person, name="Finance system", scope="write")
    token_for(raw)
    revoked, _ = make_token(person, name="Old script")
    revoke_api_token(revoked, actor=person)
    make_token(someone_else, name="Not yours")
    out, _err = run("list", "person@example.org")
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["FIRST", "CHARACTERS"] and len(lines) == 3
    live_line = next(line for line in lines if used.prefix in line)
    assert "write" in live_line and live_line.endswith("Finance system")
    revoked_line = next(line for line in lines if revoked.prefix in line)
    assert revoked_line.endswith("Old script") and " - " in revoked_line
    assert "Not yours" not in out and raw not in out
    assert run("list", "someone-else@example.org")[0].count("\n") == 2
    User.objects.create_user("nobody@example.org")
    assert run("list", "nobody@example.org")[0] == "nobody@example.org has no API tokens.\n"


def test_revoke_by_the_first_characters(person):
    token, raw = make_token(person)
    out, _err = run("revoke", "person@example.org", token.prefix + "…")
    assert "Revoked" in out and token_for(raw) is None
    out, _err = run("revoke", "person@example.org", token.prefix)
    assert "already revoked" in out


def test_revoke_refuses_an_ambiguous_or_unknown_prefix(person, someone_else):
    first, first_raw = make_token(person, name="First")
    second, second_raw = make_token(person, name="Second")
    ApiToken.objects.filter(pk=second.pk).update(prefix=first.prefix[:10] + "zz")
    with pytest.raises(CommandError, match=r"2 live tokens .* Give more"):
        run("revoke", "person@example.org", first.prefix[:10])
    with pytest.raises(CommandError, match=re.escape("No token of person@example.org starts with")):
        run("revoke", "person@example.org", "arfer_nothing")
    for too_short in ("arfer_", "abc", ""):
        with pytest.raises(CommandError, match="first characters"):
            run("revoke", "person@example.org", too_short)
    # Another person's token is not found under this person's address.
    theirs, theirs_raw = make_token(someone_else)
    with pytest.raises(CommandError, match="No token"):
        run("revoke", "person@example.org", theirs.prefix)
    assert all(token_for(raw) for raw in (first_raw, second_raw, theirs_raw))


@pytest.mark.parametrize(
    "args",
    [
        ("create", "nobody@example.org", "--scope", "read"),
        ("list", "nobody@example.org"),
        ("revoke", "nobody@example.org", "arfer_abcdef"),
    ],
)
def test_an_unknown_address_is_refused(db, args):
    unknown = re.escape("No account has the address 'nobody@example.org'")
    with pytest.raises(CommandError, match=unknown):
        run(*args)


def test_a_bad_scope_is_refused(person):
    with pytest.raises(CommandError, match="invalid choice: 'admin'"):
        run("create", "person@example.org", "--scope", "admin")
    with pytest.raises(CommandError, match="--scope"):
        run("create", "person@example.org")
    assert not ApiToken.objects.exists()


def test_a_deactivated_account_gets_no_token(person):
    User.objects.filter(pk=person.pk).update(is_active=False)
    with pytest.raises(CommandError, match="deactivated"):
        run("create", "person@example.org", "--scope", "read")
    assert not ApiToken.objects.exists()


def test_a_privileged_account_without_two_factor_gets_no_token(moderator):
    with pytest.raises(CommandError, match="two-factor"):
        run("create", "moderator@example.org", "--scope", "read")
    assert not ApiToken.objects.exists()
