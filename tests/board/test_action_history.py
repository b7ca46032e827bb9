"""A board action's history: its owner body by name, its status by label, the reason it was
closed in the page's language, and the same rows as a CSV download."""

import csv
import datetime
import io
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from arfer.board import actions
from arfer.board.models import Action
from arfer.directory.models import Body


def words(language, english):
    with translation.override(language):
        return translation.gettext(english)


def followed_up(world, times=1):
    action = Action.objects.get(pk=world["action"].pk)
    for day in range(times):
        action = actions.update_action(
            action,
            {"rag": "red", "progress_note": f"Waiting for the ward data ({day})."},
            actor=world["moderator"],
            expected_version=action.version,
        )
    return action


@pytest.mark.parametrize("language", ["en", "cy"])
def test_an_actions_history_reads_in_the_page_language(board_world, signed_in, language):
    action = board_world["action"]
    gwynedd = Body.objects.get(slug="gwynedd-council")
    action = actions.update_action(
        action,
        {"rag": "red", "owner_body": gwynedd, "progress_note": "Waiting for the ward data."},
        actor=board_world["moderator"],
        expected_version=action.version,
    )
    actions.close_action(
        action,
        actor=board_world["moderator"],
        expected_version=action.version,
        closed_on=datetime.date(2024, 5, 20),
        note="Pathways mapped.",
    )
    client = signed_in(board_world["board"])
    base = ("/cy" if language == "cy" else "") + f"/board/actions/{action.pk}/"
    html = client.get(base + "history/").content.decode()
    with translation.override(language):
        expected = [
            f"<strong>{words(language, 'Owner body')}</strong>: "
            f"{board_world['council'].name} → {gwynedd.name}",
            f"<strong>{words(language, 'RAG status')}</strong>: "
            f"{words(language, 'Amber')} → {words(language, 'Red')}",
            words(language, "Action closed"),
            "20 Mai 2024" if language == "cy" else "20 May 2024",
        ]
    for text in expected:
        assert text in unescape(html), text
    # What the programme team typed is kept as written: marked English on the Welsh page.
    assert ('<span lang="en">Pathways mapped.</span>' in html) == (language == "cy")
    assert base + "history/" in client.get(base).content.decode()

    download = client.get(base + "history.csv")
    rows = list(csv.reader(io.StringIO(download.content.decode("utf-8-sig"))))
    assert rows[0] == [words(language, h) for h in ("When", "Who", "What changed")]
    assert rows[1][1] == "moderator@example.org"
    assert rows[1][2].splitlines()[0] == f"{words(language, 'Changed')} ({expected[2]})"
    created = rows[-1][2].splitlines()
    assert (rows[-1][1], created[0]) == (words(language, "The system"), words(language, "Created"))
    assert f"{words(language, 'Owner body')}: {board_world['council'].name}" in created


@pytest.mark.parametrize("page", ["history/", "history.csv"])
def test_a_fixed_number_of_queries_however_long_the_history(board_world, signed_in, page):
    client = signed_in(board_world["board"])
    url = f"/board/actions/{board_world['action'].pk}/{page}"

    def queries():
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        return len(context.captured_queries)

    followed_up(board_world)
    few = queries()
    followed_up(board_world, times=8)
    assert queries() == few
