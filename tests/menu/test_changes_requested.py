"""While a practice has changes requested, its lead body's editors read the reviewer's reasons
at the top of its page and of "Check your practice", until they send it for review again."""

import pytest

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu import workflow
from tests.conftest import make_practice

REASONS = "Say how the savings were measured."
OWN = "carmarthenshire-county-council"


def person(role, email):
    return create_account(
        email,
        role=role,
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
        body=Body.objects.get(slug=OWN),
    )[0]


@pytest.fixture
def sent_back(directory):
    practice = make_practice(
        "sent-back",
        publish=False,
        problem_en="Stays run long.",
        approach_en="Teams work together.",
        outcomes_en="People go home sooner.",
    )
    editor = person("editor", "editor@carmarthenshire.example")
    moderator = create_account(
        "moderator@example.org",
        role="moderator",
        password="a-long-unusual-passphrase",
        actor=SYSTEM,
    )[0]
    workflow.submit_practice(practice, actor=editor)
    workflow.review_practice(
        practice, actor=moderator, decision="changes", criteria_met=[], reasons=REASONS
    )
    return {"practice": practice, "editor": editor}


def top_of(html: str) -> str:
    """The page's main content before its heading."""
    main = html[html.index("<main") :]
    return main[: main.index("<h1")]


@pytest.mark.parametrize("language", ["en", "cy"])
@pytest.mark.parametrize("address", ["/practices/sent-back/", "/practices/sent-back/edit/"])
def test_the_editors_read_the_reasons_at_the_top(client, sent_back, language, address):
    client.force_login(sent_back["editor"])
    prefix = "/cy" if language == "cy" else ""
    html = client.get(prefix + address).content.decode()
    top = top_of(html)
    assert 'id="changes-asked"' in top
    written = f'<span lang="en">{REASONS}</span>' if language == "cy" else REASONS
    assert written in top


def test_a_viewer_of_the_body_does_not(client, sent_back):
    client.force_login(person("viewer", "viewer@carmarthenshire.example"))
    html = client.get("/practices/sent-back/").content.decode()
    assert REASONS not in html


def test_the_reasons_go_once_it_is_sent_for_review_again(client, sent_back):
    workflow.submit_practice(sent_back["practice"], actor=sent_back["editor"])
    client.force_login(sent_back["editor"])
    assert REASONS not in client.get("/practices/sent-back/").content.decode()
