"""The board's pages of figures (the dashboard and the four gap analyses) and the public's
"programme at a glance" with its summits: who may see them, what they show in English and
Welsh, the coverage form's errors, and a query count that does not grow with the data."""

import datetime
import io
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.translation import gettext

from arfer.accounts.actions import create_account
from arfer.board import actions as board_actions
from arfer.board.models import Workstream
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout import actions as rollout_actions
from tests.accounts.helpers import sign_in_with_two_factor
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-unusual-passphrase"
GWYNEDD = "gwynedd-council"
BETSI = "betsi-cadwaladr-university-health-board"

BOARD_PAGES = {
    "dashboard": "/board/",
    "coverage": "/board/gaps/coverage/",
    "boundaries": "/board/gaps/boundaries/",
    "network": "/board/gaps/network/",
    "prevention": "/board/gaps/prevention/",
}

# Leads, adopters, service areas and tiers the practices of `grow` cycle through: councils,
# health boards, a union and a voluntary council, in integrated care and elsewhere.
LEADS = [
    GWYNEDD,
    BETSI,
    "cardiff-council",
    "wales-council-for-voluntary-action",
    "carmarthenshire-county-council",
    "hywel-dda-university-health-board",
]
ADOPTERS = [
    BETSI,
    GWYNEDD,
    "unison-cymru-wales",
    "powys-county-council",
    "swansea-bay-university-health-board",
    "mantell-gwynedd",
]
SERVICE_AREAS = [
    "reablement",
    "district-nursing",
    "homelessness",
    "recycling",
    "falls-prevention",
    "care-homes",
]
TIERS = ["primary", "secondary", "tertiary", "acute"]


@pytest.fixture
def people(directory):
    def person(role, email, **kwargs):
        return create_account(email, role=role, password=PASSWORD, actor=SYSTEM, **kwargs)[0]

    return {
        "board": person("board", "board@example.org"),
        "admin": person("programme-admin", "admin@example.org"),
        "editor": person("editor", "editor@gwynedd.example", body=Body.objects.get(slug=GWYNEDD)),
    }


def sign_in(client, user):
    if user.requires_two_factor:
        sign_in_with_two_factor(client, user)
    else:
        client.force_login(user)
    return client


def workstreams(admin) -> list[Workstream]:
    """Two workstreams with a target each, made the first time they are asked for."""
    found = []
    for slug, name, sponsor in [
        ("integrated-care", "Integrated care", BETSI),
        ("community-resilience", "Community resilience", GWYNEDD),
    ]:
        workstream = Workstream.objects.filter(slug=slug).first()
        if workstream is None:
            workstream = board_actions.save_workstream(
                {"name_en": name, "sponsor": Body.objects.get(slug=sponsor)}, actor=admin, slug=slug
            )
            board_actions.set_workstream_target(workstream, 2024, 20_000_000, actor=admin)
        found.append(workstream)
    return found


def grow(start: int, stop: int, *, admin) -> list[Practice]:
    """Practices `start` to `stop`, each adopted by another body with savings in two years,
    published in different years, and put in one of two workstreams with targets."""
    streams = workstreams(admin)
    practices = []
    for i in range(start, stop):
        lead = LEADS[i % len(LEADS)]
        adopter = ADOPTERS[i % len(ADOPTERS)]
        if adopter == lead:
            adopter = "cardiff-and-vale-university-health-board"
        practice = make_practice(
            f"practice-{i}",
            lead=lead,
            service_areas=[SERVICE_AREAS[i % len(SERVICE_AREAS)]],
            prevention_tier=TIERS[i % len(TIERS)],
            partners=[("fire-brigades-union-wales", "workforce")] if i % 3 == 0 else (),
        )
        Practice.objects.filter(pk=practice.pk).update(
            published_at=timezone.make_aware(datetime.datetime(2022 + i % 3, 6, 1))
        )
        adoption = rollout_actions.record_adoption(
            practice,
            Body.objects.get(slug=adopter),
            actor=SYSTEM,
            stage=["exploring", "planning", "piloting", "implemented", "embedded"][i % 5],
            changed_on=datetime.date(2024, 4, 1),
        )
        for year in (2023, 2024):
            rollout_actions.record_saving(
                actor=SYSTEM,
                adoption=adoption,
                values={
                    "financial_year": year,
                    "quarter": 1 + i % 4,
                    "kind": "cashable",
                    "recurrence": "recurring",
                    "certainty": "realised",
                    "amount_pence": 1_000_000 * (i + 1) * (year - 2021),
                    "evidence": "Report.",
                },
            )
        board_actions.assign_practice(streams[i % 2], practice, actor=admin)
        practices.append(practice)
    rollout_actions.set_target(2024, 50_000_000, actor=SYSTEM)
    return practices


def summit(*, published=True, **values):
    meeting = board_actions.save_meeting(
        {
            "kind": "summit",
            "title_en": "Spring summit",
            "title_cy": "Uwchgynhadledd y gwanwyn",
            "date": datetime.date(2025, 3, 12),
            "place": "Llandudno",
            "summary_en": "We met to share what works.\n\nTwenty bodies <b>took part</b>.",
            "summary_cy": "",
            "summary_published": published,
            **values,
        },
        actor=SYSTEM,
        attending=[Body.objects.get(slug=GWYNEDD), Body.objects.get(slug=BETSI)],
    )
    board_actions.add_decision(meeting, {"text_en": "Spread reablement at home."}, actor=SYSTEM)
    return meeting


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def between(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


# Who sees the pages


@pytest.mark.parametrize("page", BOARD_PAGES)
def test_board_pages_are_hidden_from_a_body_editor(client, people, page):
    sign_in(client, people["editor"])
    assert client.get(BOARD_PAGES[page]).status_code == 404


@pytest.mark.parametrize("page", BOARD_PAGES)
def test_board_pages_ask_anyone_signed_out_to_sign_in(client, directory, page):
    response = client.get(BOARD_PAGES[page])
    assert response.status_code == 302
    assert "/account/sign-in/" in response["Location"]


@pytest.mark.parametrize("language", ["", "/cy"])
@pytest.mark.parametrize("page", BOARD_PAGES)
def test_board_pages_answer_a_board_member_in_both_languages(client, people, page, language):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    response = client.get(language + BOARD_PAGES[page])
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{"cy" if language else "en"}"' in html
    # The board's sub-navigation marks the page it is on.
    nav = between(html, 'class="arfer-sub-nav"', "</nav>")
    assert nav.count('aria-current="page"') == 1
    current = re.search(r'href="([^"]+)" aria-current="page"', nav).group(1)
    assert current == language + BOARD_PAGES[page]
    # Every table says what it is and which cells are headers.
    assert html.count("<table") == html.count("<caption")
    assert "<th class" not in html


# The dashboard


def test_the_dashboard_shows_each_figure_with_its_table(client, people):
    grow(0, 2, admin=people["admin"])
    board_actions.save_meeting(
        {
            "kind": "board",
            "title_en": "Board meeting 7",
            "date": timezone.localdate() + datetime.timedelta(days=10),
            "place": "Cardiff",
        },
        actor=SYSTEM,
    )
    sign_in(client, people["board"])
    html = client.get("/board/").content.decode()
    assert '<h1 class="govuk-heading-xl">Programme dashboard</h1>' in html
    meeting = between(html, "Next meeting", "</div>")
    assert "Board meeting 7" in meeting and "Cardiff" in meeting
    for url in BOARD_PAGES.values():
        assert f'href="{url}"' in html
    # Savings against target: the chart, then the table with the year's target.
    savings = between(html, "Savings against target</h2>", "</section>")
    assert savings.index('id="savings-by-year-title"') < savings.index("<table")
    assert "2024-25" in savings and "£500,000" in savings
    # The pipeline, the practices that spread furthest and the leading bodies.
    pipeline = between(html, "Adoption pipeline</h2>", "</section>")
    assert 'id="pipeline-title"' in pipeline and "Exploring" in pipeline
    spread = between(html, "Practices that spread furthest</h2>", "</section>")
    assert 'href="/practices/practice-0/"' in spread and "Practice 0" in spread
    leaders = between(html, "Bodies that lead most practices</h2>", "</section>")
    assert "Gwynedd Council" in leaders and 'href="/bodies/gwynedd-council/"' in leaders


def test_the_dashboard_shows_savings_by_workstream(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    html = client.get("/board/").content.decode()
    workstreams = between(html, "Savings by workstream</h2>", "</section>")
    assert 'id="savings-by-workstream-title"' in workstreams
    assert "Integrated care" in workstreams and "Community resilience" in workstreams
    assert "Betsi Cadwaladr University Health Board" in workstreams
    # Practice 0: £20,000 in 2023-24 and £30,000 in 2024-25, against a £200,000 target.
    assert "£50,000" in workstreams and "£200,000" in workstreams


def test_the_dashboard_says_when_there_is_nothing_to_show(client, people):
    sign_in(client, people["board"])
    html = client.get("/board/").content.decode()
    assert "No savings have been recorded yet." in html
    assert "No body has recorded an adoption yet." in html
    assert "No practice has been adopted by another body yet." in html
    assert "No meeting has been arranged yet." in html
    assert "<svg" not in html


def test_the_dashboard_in_welsh(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    html = client.get("/cy/board/").content.decode()
    assert "Cyngor Gwynedd" in html
    # A practice with no Welsh title is marked as English.
    assert '<span lang="en">Practice 0</span>' in html


# Coverage


def test_the_coverage_grid_flags_gaps_in_words_and_with_a_tag(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    response = client.get("/board/gaps/coverage/")
    html = response.content.decode()
    assert "fewer than 25% of the group" in html
    assert 'value="25"' in html
    grid = between(html, 'class="arfer-table-scroll"', "</table>")
    assert "Adult social care" in grid and "National bodies" in grid
    assert '<strong class="govuk-tag govuk-tag--red">Gap</strong>' in grid
    assert re.search(r"\d+ led<br>\d+ adoptions?", grid)
    listed = between(html, "The gaps</h2>", "</ul>")
    assert "Adult social care in" in listed
    assert len(response.context["table"].gaps) == listed.count("<li>")


def test_the_coverage_grid_by_sector_with_another_threshold(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    html = client.get("/board/gaps/coverage/?threshold=5&by=sector").content.decode()
    assert "fewer than 5% of the group" in html and 'value="5"' in html
    assert "by service area and sector" in html
    assert "Trade unions" in between(html, "<thead", "</thead>")
    assert re.search(r'value="sector" checked', html)


@pytest.mark.parametrize("threshold", ["abc", "0", "101"])
def test_an_invalid_threshold_is_an_error_and_the_default_is_used(client, people, threshold):
    sign_in(client, people["board"])
    response = client.get(f"/board/gaps/coverage/?threshold={threshold}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error:" in html
    assert "There is a problem" in html and 'href="#id_threshold"' in html
    assert html.count("Enter a whole number from 1 to 100.") == 2
    assert f'value="{threshold}"' in html
    assert response.context["threshold_percent"] == 25
    assert "fewer than 25% of the group" in html


def test_the_coverage_page_in_welsh(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    html = client.get("/cy/board/gaps/coverage/?by=sector").content.decode()
    assert "Gofal cymdeithasol i oedolion" in between(html, "<tbody", "</tbody>")
    assert 'action="/cy/board/gaps/coverage/"' in html


# Councils and health boards


def test_the_boundaries_page_lists_every_pair_and_its_gaps(client, people):
    grow(0, 2, admin=people["admin"])  # Gwynedd and Betsi Cadwaladr adopt each other's
    sign_in(client, people["board"])
    response = client.get("/board/gaps/boundaries/")
    html = response.content.decode()
    pairs, gaps = response.context["pairs"], response.context["gaps"]
    assert len(pairs) >= 22
    assert (
        f"{len(gaps)} of {len(pairs)} councils share no practice in integrated care with "
        "their health board."
    ) in html
    assert html.count("No shared practice") == len(gaps)
    gwynedd = between(html, ">Gwynedd Council</a>", "</tr>")
    assert "Betsi Cadwaladr University Health Board" in gwynedd
    assert "No shared practice" not in gwynedd
    assert "Adult social care" in html


def test_the_boundaries_page_in_welsh(client, people):
    sign_in(client, people["board"])
    html = client.get("/cy/board/gaps/boundaries/").content.decode()
    assert "Cyngor Gwynedd" in html and "Bwrdd Iechyd Prifysgol Betsi Cadwaladr" in html


# The collaboration network


def test_the_network_page_shows_the_measures_sectors_and_bodies_left_out(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    response = client.get("/board/gaps/network/")
    html = response.content.decode()
    network = response.context["network"]
    assert 'id="network-title"' in html
    measures = between(html, "The network in numbers</h2>", "</dl>")
    assert f">{network.bodies}<" in measures and f">{network.edges}<" in measures
    sectors = between(html, "Taking part, by sector</h2>", "</table>")
    for label in ("Local government", "NHS", "Trade unions", "Third sector"):
        assert label in sectors
    assert "Trade unions: 1 of 7 bodies (14%) are linked to another body" in html
    assert "Third sector: 0 of 20 bodies (0%) are linked to another body" in html
    isolated = between(html, "Bodies with no link</h2>", "</ul>")
    assert f"{len(network.isolated)} bodies share no published practice with any" in isolated
    assert "The first 50 are listed." in isolated
    assert isolated.count("<li>") == 50
    links = between(html, "Links between sectors</h2>", "</table>")
    assert "Local government" in links and "NHS" in links


def test_the_network_page_with_no_links(client, people):
    sign_in(client, people["board"])
    html = client.get("/cy/board/gaps/network/").content.decode()
    assert welsh("No body is linked to another yet.") in html
    assert welsh("Every linked body has a link to another sector.") in html


# The prevention shift


def test_the_prevention_page_shows_the_shift_and_the_charts(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    html = client.get("/board/gaps/prevention/").content.decode()
    assert 'id="prevention-practices-title"' in html
    assert 'id="prevention-savings-title"' in html
    shifts = between(html, "How the share of savings has moved</h2>", "</ul>")
    # Practice 0 (primary) saved £20,000 then £30,000; practice 1 (secondary) £40,000 then
    # £60,000: the shares stay at a third and two thirds.
    assert "Primary prevention: no change" in shifts
    assert "Secondary prevention: no change" in shifts
    # The shift names its base year and both years' totals.
    assert "2023-24 (£60,000 realised) to 2024-25 (£90,000 realised)" in " ".join(html.split())
    assert "at least 25% of the latest year" in html


def test_the_dashboard_names_the_years_the_shift_compares(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    html = " ".join(client.get("/cy/board/").content.decode().split())
    with translation.override("cy"):
        assert gettext("Share of realised savings,") in html
    assert "2023-24 (£60,000" in html and "2024-25 (£90,000" in html


def test_the_prevention_page_shows_tables_by_year(client, people):
    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    html = client.get("/board/gaps/prevention/").content.decode()
    savings = between(html, "Savings realised each year</h2>", "</table>")
    assert "2023-24" in savings and "2024-25" in savings
    assert "33%" in savings and "67%" in savings and "£40,000" in savings
    practices = between(html, "Practices published each year</h2>", "</table>")
    assert "2022-23" in practices and "100%" in practices


def test_the_prevention_shift_reads_up_and_down(client, people):
    grow(0, 2, admin=people["admin"])
    # A third practice, tertiary, saves only in the later year: the others' shares fall.
    practice = make_practice("tertiary-practice", prevention_tier="tertiary")
    adoption = rollout_actions.record_adoption(
        practice, Body.objects.get(slug=GWYNEDD), actor=SYSTEM, changed_on=datetime.date(2024, 4, 1)
    )
    rollout_actions.record_saving(
        actor=SYSTEM,
        adoption=adoption,
        values={
            "financial_year": 2024,
            "quarter": 1,
            "kind": "cashable",
            "recurrence": "recurring",
            "certainty": "realised",
            "amount_pence": 9_000_000,
            "evidence": "Report.",
        },
    )
    sign_in(client, people["board"])
    html = client.get("/board/gaps/prevention/").content.decode()
    shifts = between(html, "How the share of savings has moved</h2>", "</ul>")
    assert re.search(r"Tertiary prevention: up \d+ percentage points", shifts)
    assert re.search(r"Primary prevention: down \d+ percentage points?", shifts)
    assert "Acute (remedial) spending: no change" in shifts


def test_the_prevention_page_with_no_savings(client, people):
    sign_in(client, people["board"])
    html = client.get("/board/gaps/prevention/").content.decode()
    assert "not known until two financial years have comparable realised savings" in html
    assert "No savings have been realised yet." in html


# The query counts do not grow with the data


# The figures are kept as snapshots (arfer/board/snapshots.py): a read with the data unchanged
# runs these few queries (signed in, the session and the user are two; the dashboard's figures
# are also kept drawn, board/dashboard.py); one after a change calculates again, in as many
# queries with six practices as with two.
FRESH_QUERIES = {"dashboard": 6, "coverage": 6, "boundaries": 6, "network": 5, "prevention": 4}


@pytest.mark.parametrize("page", BOARD_PAGES)
def test_the_board_pages_run_a_fixed_number_of_queries(
    client, people, page, django_assert_max_num_queries
):
    grow(0, 2, admin=people["admin"])
    summit()
    sign_in(client, people["board"])
    calculating = count_queries(client, BOARD_PAGES[page])
    fresh = count_queries(client, BOARD_PAGES[page])
    assert fresh <= FRESH_QUERIES[page] and fresh < calculating
    grow(2, 6, admin=people["admin"])
    with django_assert_max_num_queries(calculating):
        assert client.get(BOARD_PAGES[page]).status_code == 200
    with django_assert_max_num_queries(fresh):
        assert client.get(BOARD_PAGES[page]).status_code == 200


def test_the_dashboard_figures_are_kept_until_the_data_or_a_snapshot_changes(client, people):
    from django.core.management import call_command

    grow(0, 2, admin=people["admin"])
    sign_in(client, people["board"])
    drawn = count_queries(client, "/board/")
    first = between(client.get("/board/").content.decode(), "<h1", "</main>")
    # Kept: the session, the person, the state of the data, the next meeting (and the person's
    # role in meetings, from the person already read).
    assert count_queries(client, "/board/") <= 6 < drawn
    assert between(client.get("/board/").content.decode(), "<h1", "</main>") == first
    welsh = client.get("/cy/board/").content.decode()
    assert "Dangosfwrdd" in welsh and "Programme dashboard" not in welsh
    # New data: drawn afresh, the new practice's savings counted.
    grow(2, 3, admin=people["admin"])
    assert "Practice 2" in between(
        client.get("/board/").content.decode(), "Practices that spread furthest</h2>", "</section>"
    )
    # Every figure calculated again, the data unchanged: drawn afresh, with the new time.
    count_queries(client, "/board/")
    call_command("boardfigures", stdout=io.StringIO())
    assert count_queries(client, "/board/") > 6


# The public's pages


def test_the_programme_at_a_glance_is_public(client, people):
    grow(0, 2, admin=people["admin"])
    meeting = summit()
    summit(published=False, title_en="Private summit")
    html = client.get("/programme/").content.decode()
    assert "Programme at a glance" in html
    assert "aggregate figures of the practices published on the menu" in html
    assert "practices published on the menu" in html and "bodies leading them" in html
    assert 'id="public-pipeline-title"' in html and 'id="public-savings-title"' in html
    # Savings without targets, and the realised total.
    assert "£150,000" in between(html, 'class="arfer-glance"', "</div>\n</div>")
    assert "Verified share of target" not in html
    assert f'href="/programme/summits/{meeting.pk}/"' in html
    assert "Spring summit" in html and "Private summit" not in html
    # Nothing of the board's own business.
    assert "arfer-sub-nav" not in html and "/board/" not in html


def test_the_programme_at_a_glance_in_welsh_with_nothing_yet(client, directory):
    html = client.get("/cy/programme/").content.decode()
    assert '<html lang="cy"' in html
    assert welsh("No summit summary has been published yet.") in html
    assert welsh("No savings have been recorded yet.") in html


def test_a_published_summit_is_public(client, directory):
    meeting = summit()
    response = client.get(f"/programme/summits/{meeting.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Spring summit" in html and "Llandudno" in html and "12 March 2025" in html
    # Paragraphs from the blank line; the text is escaped, never markup.
    assert "<p>We met to share what works.</p>" in html
    assert "&lt;b&gt;took part&lt;/b&gt;" in html and "<b>took part" not in html
    assert "Spread reablement at home." in html
    assert 'href="/bodies/gwynedd-council/"' in html
    assert "govuk-tag--yellow" not in html


def test_a_summit_in_welsh_marks_the_english_summary(client, directory):
    meeting = summit()
    html = client.get(f"/cy/programme/summits/{meeting.pk}/").content.decode()
    assert "Uwchgynhadledd y gwanwyn" in html
    assert re.search(r'<div class="arfer-prose" lang="en">\s*<p>We met', html)
    assert '<li lang="en">Spread reablement at home.</li>' in html
    assert "Cyngor Gwynedd" in html


def test_an_illustrative_summit_says_so(client, directory):
    meeting = board_actions.save_meeting(
        {
            "kind": "summit",
            "title_en": "Demo summit",
            "date": datetime.date(2025, 1, 1),
            "summary_en": "Invented.",
            "summary_published": True,
        },
        actor=SYSTEM,
        is_illustrative=True,
    )
    html = client.get(f"/programme/summits/{meeting.pk}/").content.decode()
    assert '<strong class="govuk-tag govuk-tag--yellow">Illustrative example</strong>' in html


def test_an_unpublished_summit_or_a_board_meeting_is_not_public(client, people):
    hidden = summit(published=False)
    meeting = board_actions.save_meeting(
        {"kind": "board", "title_en": "Board meeting", "date": datetime.date(2025, 1, 1)},
        actor=SYSTEM,
    )
    for pk in (hidden.pk, meeting.pk):
        assert client.get(f"/programme/summits/{pk}/").status_code == 404
    # Not even for the board: the page is the public summary of a published summit.
    sign_in(client, people["board"])
    assert client.get(f"/programme/summits/{hidden.pk}/").status_code == 404


def welsh(text: str) -> str:
    """The Welsh of an interface string (translate tags print it as it is)."""
    with translation.override("cy"):
        return gettext(text)
