"""A workstream's practices are found by the words of their title and added with one button;
removing a practice from a workstream, or a paper or decision from a meeting, asks first and
happens only on the answer's POST."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from arfer.board import actions
from arfer.board.models import Decision, Paper, WorkstreamPractice
from arfer.core.actors import SYSTEM
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db


@pytest.fixture
def workstream(board_world):
    return actions.save_workstream(
        {"name_en": "Prevention", "sponsor": board_world["council"]}, actor=SYSTEM
    )


def add_url(workstream, query=None):
    url = f"/board/workstreams/{workstream.slug}/practices/"
    return url + (f"?q={query}" if query is not None else "")


def add_buttons(html: str) -> list[str]:
    """The address names the page's Add buttons would post."""
    return re.findall(r'name="practice" value="([^"]+)"', html)


# Finding a practice to add


def test_the_workstream_page_offers_a_search_that_works_without_javascript(
    board_world, signed_in, workstream
):
    page = signed_in(board_world["admin"]).get(f"/board/workstreams/{workstream.slug}/")
    html = page.content.decode()
    search = html.split('role="search"', 1)[1].split("</form>", 1)[0]
    assert f'action="{add_url(workstream)}"' in html.split('role="search"', 1)[0][-200:]
    assert 'name="q"' in search and "Practice's web address name" not in html


def test_searching_lists_published_practices_with_an_add_button(board_world, signed_in, workstream):
    make_practice("falls-at-home", title_en="Falls prevention at home")
    make_practice("falls-draft", title_en="Falls prevention draft", publish=False)
    make_practice("discharge", title_en="Hospital discharge")
    client = signed_in(board_world["admin"])
    page = client.get(add_url(workstream, "falls"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Falls prevention at home" in html and "Carmarthenshire County Council" in html
    assert add_buttons(html) == ["falls-at-home"]
    # Welsh too, and a query without a word to search for says so.
    assert add_buttons(client.get("/cy" + add_url(workstream, "falls")).content.decode()) == [
        "falls-at-home"
    ]
    assert (
        "Enter words from the practice"
        in client.get(add_url(workstream, "%21%21")).content.decode()
    )
    assert (
        "No published practice matches" in client.get(add_url(workstream, "zzzz")).content.decode()
    )


def test_the_add_button_adds_the_practice(board_world, signed_in, workstream):
    practice = make_practice("falls-at-home", title_en="Falls prevention at home")
    client = signed_in(board_world["admin"])
    done = client.post(add_url(workstream), {"practice": "falls-at-home"}, follow=True)
    assert WorkstreamPractice.objects.get().practice == practice
    assert "“Falls prevention at home” added to the workstream." in done.content.decode()
    # Already there: said so, no button.
    html = client.get(add_url(workstream, "falls")).content.decode()
    assert add_buttons(html) == [] and "In this workstream" in html


def test_a_practice_in_another_workstream_is_moved(board_world, signed_in, workstream):
    other = actions.save_workstream(
        {"name_en": "Digital", "sponsor": board_world["council"]}, actor=SYSTEM
    )
    practice = make_practice("falls-at-home", title_en="Falls prevention at home")
    actions.assign_practice(other, practice, actor=board_world["admin"])
    client = signed_in(board_world["admin"])
    html = client.get(add_url(workstream, "falls")).content.decode()
    assert "Digital" in html and "Move here" in html
    done = client.post(add_url(workstream), {"practice": "falls-at-home"}, follow=True)
    assert WorkstreamPractice.objects.get().workstream == workstream
    assert "moved to this workstream from “Digital”" in done.content.decode()


def test_an_unknown_practice_is_refused_on_the_search_page(board_world, signed_in, workstream):
    refused = signed_in(board_world["admin"]).post(add_url(workstream), {"practice": "nope"})
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "There is a problem" in html and 'href="#workstream-search"' in html
    assert not WorkstreamPractice.objects.exists()


def test_only_programme_admins_search_to_add(board_world, signed_in, workstream):
    assert signed_in(board_world["board"]).get(add_url(workstream, "x")).status_code == 403
    assert signed_in(board_world["editor"]).get(add_url(workstream, "x")).status_code == 404


def test_the_search_runs_a_fixed_number_of_queries(board_world, signed_in, workstream):
    client = signed_in(board_world["admin"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(add_url(workstream, "falls")).status_code == 200
        return len(captured)

    make_practice("falls-0", title_en="Falls 0")
    few = queries()
    for number in range(1, 30):
        make_practice(f"falls-{number}", title_en=f"Falls {number}")
    assert queries() == few
    assert len(add_buttons(client.get(add_url(workstream, "falls")).content.decode())) == 20


# Removing asks first


def confirmation(response) -> str:
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-button--warning" in html and "Cancel" in html
    return html.split("<h1", 1)[1].split("</h1>", 1)[0]


def test_removing_a_practice_from_a_workstream_asks_first(board_world, signed_in, workstream):
    practice = make_practice("falls-at-home", title_en="Falls prevention at home")
    actions.assign_practice(workstream, practice, actor=board_world["admin"])
    client = signed_in(board_world["admin"])
    url = f"/board/workstreams/{workstream.slug}/practices/falls-at-home/remove/"
    assert f'href="{url}"' in client.get(workstream.get_absolute_url()).content.decode()
    asked = client.get(url)
    assert "Are you sure you want to remove this practice from the workstream?" in confirmation(
        asked
    )
    assert '<div class="govuk-inset-text">Falls prevention at home</div>' in asked.content.decode()
    assert WorkstreamPractice.objects.exists()
    done = client.post(url, follow=True)
    assert not WorkstreamPractice.objects.exists()
    assert "“Falls prevention at home” removed from the workstream." in done.content.decode()
    assert client.get(url).status_code == 404


def test_removing_a_paper_or_a_decision_asks_first(board_world, signed_in):
    meeting = board_world["first"]
    paper = actions.add_paper(meeting, {"title_en": "Wrong paper"}, actor=SYSTEM)
    decision = actions.add_decision(meeting, {"text_en": "Wrong decision"}, actor=SYSTEM)
    client = signed_in(board_world["moderator"])
    paper_url = f"/board/meetings/{meeting.pk}/papers/{paper.pk}/remove/"
    decision_url = f"/board/meetings/{meeting.pk}/decisions/{decision.pk}/remove/"
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert f'href="{paper_url}"' in page and f'href="{decision_url}"' in page
    assert "Are you sure you want to remove the paper “Wrong paper”?" in confirmation(
        client.get(paper_url)
    )
    asked = client.get(decision_url)
    assert "Are you sure you want to remove this decision?" in confirmation(asked)
    assert "Wrong decision" in asked.content.decode()
    assert Paper.objects.exists() and Decision.objects.exists()
    assert client.post(paper_url).status_code == 302
    assert client.post(decision_url).status_code == 302
    assert not Paper.objects.exists() and not Decision.objects.exists()
    # The board reads the meeting but is not asked.
    board = signed_in(board_world["board"])
    other = actions.add_decision(meeting, {"text_en": "Another"}, actor=SYSTEM)
    assert (
        board.get(f"/board/meetings/{meeting.pk}/decisions/{other.pk}/remove/").status_code == 403
    )
