"""Script in any text a body or person can write never runs, on any page that shows it."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from arfer.accounts import sign_in
from arfer.accounts.actions import create_account
from arfer.accounts.models import User
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.models import Practice, Review
from tests.accounts.helpers import give_two_factor
from tests.conftest import make_practice

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAYLOADS = [
    '<img src=x onerror="window.pwned=1">',
    "<script>window.pwned=1</script>",
    '<svg onload="window.pwned=1"></svg>',
    "[link](javascript:window.pwned=1)",
    '"><script>window.pwned=1</script>',
    '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
]
TEXT_FIELDS = [
    f"{name}_{lang}"
    for name in (
        "title",
        "summary",
        "problem",
        "approach",
        "outcomes",
        "adoption_needs",
        "non_cashable_note",
    )
    for lang in ("en", "cy")
] + ["contact_name"]


def signed_in(page, live_server, user):
    """Put a signed-in session (with two-factor done) in the browser, as the sign-in would."""
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[sign_in.STATE_KEY] = sign_in.VERIFIED
    session.create()
    page.context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": session.session_key,
                "url": live_server.url,
            }
        ]
    )


@pytest.fixture
def hostile(directory):
    body = Body.objects.get(slug="gwynedd-council")
    Body.objects.filter(pk=body.pk).update(name_en=PAYLOADS[0] + " Council", name_cy=PAYLOADS[1])
    fields = {
        field: PAYLOADS[i % len(PAYLOADS)] + f" text {i}" for i, field in enumerate(TEXT_FIELDS)
    }
    practice = make_practice(
        "hostile", partners=[("gwynedd-council", "delivery")], publish=False, **fields
    )
    editor, _ = create_account(
        "editor@example.org",
        role="editor",
        body=practice.lead_body,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    moderator, _ = create_account(
        "moderator@example.org",
        role="moderator",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )
    give_two_factor(moderator)
    # A reviewer's reasons and a person's name are text too.
    Review.objects.create(
        practice=practice, reviewer=moderator, decision="changes", reasons=PAYLOADS[1] + PAYLOADS[2]
    )
    User.objects.filter(pk=editor.pk).update(first_name=PAYLOADS[0], last_name=PAYLOADS[4])
    return {"practice": practice, "editor": editor, "moderator": moderator}


# Elements a payload would create if it escaped: the Content Security Policy would still stop
# most of them running, so the markup is checked as well as the behaviour.
INJECTED = (
    "script:not([src]), iframe, svg[onload], img[onerror], [onload], [onerror], "
    "a[href^='javascript:']"
)


def visit_without_script_running(page, url):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(url)
    assert page.evaluate("window.pwned === undefined"), url
    assert dialogs == [], url
    assert page.locator(INJECTED).count() == 0, url


def test_no_payload_runs_anywhere(live_server, page, hostile):
    editor_pages = [
        "/practices/hostile/",
        "/cy/practices/hostile/",
        "/practices/hostile/edit/",
        "/practices/hostile/edit/about/",
        "/practices/hostile/history/",
        "/practices/share/",
        "/account/",
        "/account/bodies/carmarthenshire-county-council/members/",
    ]
    signed_in(page, live_server, hostile["editor"])
    for path in editor_pages:
        visit_without_script_running(page, live_server.url + path)

    Practice.objects.filter(pk=hostile["practice"].pk).update(status="submitted")
    signed_in(page, live_server, hostile["moderator"])
    for path in ["/practices/review/", "/practices/hostile/review/"]:
        visit_without_script_running(page, live_server.url + path)

    Practice.objects.filter(pk=hostile["practice"].pk).update(status="published")
    page.context.clear_cookies()
    for path in [
        "/practices/",
        "/practices/?q=text",
        "/cy/practices/?q=text",
        "/practices/hostile/",
        "/bodies/",
        "/bodies/gwynedd-council/",
        "/",
    ]:
        visit_without_script_running(page, live_server.url + path)
