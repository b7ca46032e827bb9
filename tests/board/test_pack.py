"""The board pack: its PDF in English and Welsh, its web page, `arfer boardpack`, who may see
it, and which actions it follows up. Each PDF test renders once (a render takes a second or
two), so the checks of one language's PDF share one render."""

import datetime
import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils.translation import gettext, override
from pypdf import PdfReader

from arfer.accounts.actions import create_account
from arfer.board import actions
from arfer.board.pdf import StaticFilesOnly, page_footer
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout import actions as rollout
from tests.accounts.helpers import sign_in_with_two_factor
from tests.conftest import make_practice

pytestmark = pytest.mark.django_db

SIGN_IN = "/account/sign-in/"
# The pack's section headings, as msgids: the Welsh PDF is checked against their translations,
# so the test holds before and after the catalogue has them.
HEADINGS = [
    "Contents",
    "The meeting",
    "Dashboard",
    "Where innovation and collaboration are missing",
    "Coverage by region",
    "Councils and health boards",
    "Collaboration network",
    "Prevention shift",
    "Action log",
    "Decisions of this meeting",
    "Appendix: full tables",
]
# How each section's first page begins (its number, then its heading).
SECTIONS = [
    "1 The meeting",
    "2 Dashboard",
    "3 Where innovation and collaboration are missing",
    "4 Action log",
    "5 Decisions of this meeting",
    "Appendix: full tables",
]
OVERDUE_ACTION = "Map the discharge pathways across the region"
CLOSED_ACTION = "Agree the shared reablement dataset"
NEW_ACTION = "Report on the reablement pilot"
NOTE = "Agreed by both."
ONE_LANGUAGE_NOTICE = (
    "What people write on these records is kept in one language only, so it is shown as it was "
    "written."
)
ENGLISH_NOTICE = (
    "Parts of this pack have not been translated into Welsh yet, so they are shown in English "
    "and marked “Not yet available in Welsh”."
)


@pytest.fixture
def pack_world(directory):
    """Two meetings of the board. The first raised two actions: one still open and overdue at
    the second, one closed between them. The second (illustrative, with a Welsh title, papers,
    a decision and an action of its own) is the pack's meeting. A practice adopted with a
    realised saving and a workstream give the dashboard something to show."""
    council = Body.objects.get(slug="carmarthenshire-county-council")
    health_board = Body.objects.get(slug="hywel-dda-university-health-board")
    adopter = Body.objects.get(slug="gwynedd-council")

    practice = make_practice("reablement-at-home", service_areas=("reablement",))
    make_practice(
        "falls-clinic",
        lead="hywel-dda-university-health-board",
        service_areas=("reablement",),
        prevention_tier="primary",
    )
    adoption = rollout.record_adoption(
        practice, adopter, actor=SYSTEM, stage="implemented", changed_on=datetime.date(2024, 4, 1)
    )
    rollout.record_saving(
        actor=SYSTEM,
        adoption=adoption,
        values={
            "financial_year": 2024,
            "quarter": 2,
            "kind": "cashable",
            "recurrence": "recurring",
            "certainty": "realised",
            "amount_pence": 1_250_000,
            "evidence": "Budget report.",
        },
    )
    workstream = actions.save_workstream(
        {"name_en": "Care closer to home", "sponsor": council}, actor=SYSTEM
    )
    actions.assign_practice(workstream, practice, actor=SYSTEM)
    actions.set_workstream_target(workstream, 2024, 5_000_000, actor=SYSTEM)

    first = actions.save_meeting(
        {
            "kind": "board",
            "title_en": "Programme board, April 2024",
            "date": datetime.date(2024, 4, 10),
            "place": "Cardiff",
        },
        actor=SYSTEM,
    )
    second = actions.save_meeting(
        {
            "kind": "board",
            "title_en": "Programme board, June 2024",
            "title_cy": "Bwrdd y rhaglen, Mehefin 2024",
            "date": datetime.date(2024, 6, 12),
            "place": "Llandudno",
            "agenda_en": "Welcome\nThe action log",
            "agenda_cy": "Croeso\nY log gweithredu",
        },
        actor=SYSTEM,
        attending=[council, health_board],
        is_illustrative=True,
    )
    owner = {"owner_body": council, "owner_name": "Head of care", "rag": "amber"}
    open_action = actions.add_action(
        first,
        {
            "text_en": OVERDUE_ACTION,
            "text_cy": "Mapio llwybrau rhyddhau'r rhanbarth",
            "due_date": datetime.date(2024, 5, 31),
            **owner,
        },
        actor=SYSTEM,
    )
    closed = actions.add_action(
        first,
        {"text_en": CLOSED_ACTION, "due_date": datetime.date(2024, 5, 15), **owner},
        actor=SYSTEM,
    )
    actions.close_action(
        closed,
        actor=SYSTEM,
        expected_version=1,
        note=NOTE,
        closed_on=datetime.date(2024, 5, 20),
    )
    actions.add_action(
        second,
        {"text_en": NEW_ACTION, "due_date": datetime.date(2024, 9, 30), **owner},
        actor=SYSTEM,
    )
    actions.add_paper(
        second, {"title_en": "Savings report", "link": "https://example.org/r"}, actor=SYSTEM
    )
    actions.add_decision(
        second,
        {
            "text_en": "Approve the reablement pilot",
            "text_cy": "Cymeradwyo'r cynllun peilot ailalluogi",
        },
        actor=SYSTEM,
    )

    def person(role, email, **kwargs):
        return create_account(
            email, role=role, password="a-long-unusual-passphrase", actor=SYSTEM, **kwargs
        )[0]

    return {
        "first": first,
        "second": second,
        "open_action": open_action,
        "board": person("board", "board@example.org"),
        "moderator": person("moderator", "moderator@example.org"),
        "editor": person("editor", "editor@example.org", body=council),
    }


def signed_in(client, user):
    if user.requires_two_factor:
        sign_in_with_two_factor(client, user)
    else:
        client.force_login(user)
    return client


def pdf_text(reader: PdfReader) -> str:
    """The text of every page, with runs of white space (line breaks in long headings) as one
    space."""
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def pdf_of(response) -> PdfReader:
    return PdfReader(io.BytesIO(response.content))


def assert_tagged(reader: PdfReader, language: str) -> None:
    """A tagged PDF (a structure tree, and marked as tagged) in `language`."""
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    # pypdf reads a PDF boolean as a BooleanObject, whose truth is in `value`.
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert catalog["/Lang"] == language


def marked_content(reader: PdfReader) -> dict[tuple[int, int], str]:
    """The text of each marked-content sequence, by (page number, MCID)."""
    found: dict[tuple[int, int], str] = {}
    for number, page in enumerate(reader.pages):
        open_ids: list[int | None] = []

        def operator(op, args, *_ignored, open_ids=open_ids):
            if op == b"BDC":
                properties = args[1] if len(args) > 1 else {}
                open_ids.append(properties.get("/MCID") if hasattr(properties, "get") else None)
            elif op == b"BMC":
                open_ids.append(None)
            elif op == b"EMC" and open_ids:
                open_ids.pop()

        def text(words, *_ignored, open_ids=open_ids, number=number):
            mcid = next((mcid for mcid in reversed(open_ids) if mcid is not None), None)
            if mcid is not None and words:
                found[number, mcid] = found.get((number, mcid), "") + words

        page.extract_text(visitor_operand_before=operator, visitor_text=text)
    return found


def parts_in_a_language(reader: PdfReader) -> list[tuple[str, str]]:
    """Each part of the structure tree with a /Lang of its own: (its language, its text)."""
    pages = {page.indirect_reference.idnum: number for number, page in enumerate(reader.pages)}
    content = marked_content(reader)

    def text_of(element, page) -> str:
        words = []
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, int):
                words.append(content.get((page, kid), ""))
            elif hasattr(kid, "get") and kid.get("/Type") == "/StructElem":
                kid_page = kid.raw_get("/Pg") if "/Pg" in kid else None
                words.append(text_of(kid, pages.get(kid_page.idnum, page) if kid_page else page))
        return " ".join(" ".join(words).split())

    found = []
    pending = [reader.trailer["/Root"]["/StructTreeRoot"].get_object()]
    while pending:
        element = pending.pop()
        if "/Lang" in element and element.get("/Type") == "/StructElem":
            found.append(
                (str(element["/Lang"]), text_of(element, pages[element.raw_get("/Pg").idnum]))
            )
        kids = element.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if hasattr(kid, "get") and kid.get("/Type") == "/StructElem":
                pending.append(kid)
    return found


def page_one(language: str, pages: int) -> str:
    with override(language):
        return gettext("Page %(page)s of %(pages)s") % {"page": 1, "pages": pages}


# The PDF


def test_the_pdf_in_english(client, pack_world):
    meeting = pack_world["second"]
    response = signed_in(client, pack_world["board"]).get(f"/board/meetings/{meeting.pk}/pack.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="board-pack-2024-06-12-en.pdf"'
    )
    reader = pdf_of(response)
    text = pdf_text(reader)
    # A4 pages, numbered "Page N of M" at the foot.
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (595, 842)
    assert page_one("en", len(reader.pages)) in " ".join(reader.pages[0].extract_text().split())
    # The cover, then every section.
    cover = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "Efficiency and Innovation Programme",
        "Board pack",
        "Programme board, June 2024",
        "Wednesday 12 June 2024",
        "Llandudno",
        "Illustrative example",
    ):
        assert expected in cover, expected
    for heading in HEADINGS:
        assert heading in text, heading
    # Each section starts a page, and the contents give that page.
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    for heading in SECTIONS:
        starts = [number for number, page in enumerate(pages, 1) if page.startswith(heading)]
        assert len(starts) == 1, heading
        assert re.search(rf"{re.escape(heading)} [. ]+ {starts[0]}\b", pages[1]), heading
    # The meeting's own record.
    for expected in (
        "Carmarthenshire County Council",
        "Hywel Dda University Health Board",
        "The action log",
        "Savings report",
        "Approve the reablement pilot",
        "Care closer to home",
    ):
        assert expected in text, expected
    # The action log: the action still open is carried forward and overdue; the one closed
    # since the meeting before is listed as closed; the meeting's own action as raised.
    actions_part = text.split("Action log", 2)[2].split("Decisions of this meeting")[0]
    carried = actions_part.split("Carried forward")[1].split("Closed since the meeting before")[0]
    assert OVERDUE_ACTION in carried and "Overdue" in carried
    assert CLOSED_ACTION not in carried
    assert CLOSED_ACTION in actions_part.split("Closed since the meeting before")[1]
    assert NEW_ACTION in actions_part.split("Raised at this meeting")[1].split("Carried")[0]
    # Metadata: the title and the language, and the structure for screen readers.
    assert reader.metadata.title == "Board pack: Programme board, June 2024"
    assert_tagged(reader, "en")
    # An English pack has no part in another language, and no notice of English.
    assert parts_in_a_language(reader) == []
    assert "Not yet available in Welsh" not in text


def test_the_pdf_in_welsh(client, pack_world):
    meeting = pack_world["second"]
    response = signed_in(client, pack_world["board"]).get(
        f"/cy/board/meetings/{meeting.pk}/pack.pdf"
    )
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="board-pack-2024-06-12-cy.pdf"'
    )
    reader = pdf_of(response)
    text = pdf_text(reader)
    assert_tagged(reader, "cy")
    assert page_one("cy", len(reader.pages)) in " ".join(reader.pages[0].extract_text().split())
    with override("cy"):
        headings = [gettext(heading) for heading in HEADINGS]
    for heading in headings:
        assert heading in text, heading
    # The Welsh of the records, of the directory and of the catalogue.
    cover = " ".join(reader.pages[0].extract_text().split())
    for expected in (
        "Bwrdd y rhaglen, Mehefin 2024",
        "Rhaglen Effeithlonrwydd ac Arloesi",
        "Enghraifft ddarluniadol",
    ):
        assert expected in cover, expected
    for expected in (
        "Cyngor Sir Caerfyrddin",
        "Bwrdd Iechyd Prifysgol Hywel Dda",
        "Y log gweithredu",
        "Mapio llwybrau rhyddhau'r rhanbarth",
        "Cymeradwyo'r cynllun peilot ailalluogi",
    ):
        assert expected in text, expected
    assert "Programme board, June 2024" not in text
    assert reader.metadata.title.endswith("Bwrdd y rhaglen, Mehefin 2024")
    # What has no Welsh yet is shown in English: marked as English in the structure (so it
    # is read aloud as English) and tagged as not in Welsh, and the cover says so.
    with override("cy"):
        not_in_welsh = gettext("Not yet available in Welsh")
        notice = gettext(ENGLISH_NOTICE)
    assert " ".join(notice.split()) in cover
    english = [words for language, words in parts_in_a_language(reader) if language == "en"]
    for expected in (NEW_ACTION, CLOSED_ACTION, "Savings report", "Care closer to home"):
        assert any(expected in words for words in english), expected
        assert re.search(rf"{re.escape(expected)}\S* {re.escape(not_in_welsh)}", text), expected
    # A progress note has no Welsh field: it is marked as English, and the section says once
    # that such notes are kept in the one language they were written in.
    assert any(NOTE in words for words in english)
    with override("cy"):
        kept_in_one_language = gettext(ONE_LANGUAGE_NOTICE)
    assert " ".join(kept_in_one_language.split()) in text
    # What is in Welsh is not marked as English.
    for welsh in ("Cymeradwyo'r cynllun peilot ailalluogi", "Mapio llwybrau rhyddhau'r rhanbarth"):
        assert not any(welsh in words for words in english), welsh
    assert {language for language, _words in parts_in_a_language(reader)} == {"en"}


def test_only_the_board_and_the_programme_team_get_the_pdf(client, pack_world):
    url = f"/board/meetings/{pack_world['second'].pk}/pack.pdf"
    anonymous = client.get(url)
    assert anonymous.status_code == 302 and anonymous["Location"].startswith(SIGN_IN)
    assert signed_in(client, pack_world["editor"]).get(url).status_code == 404
    missing = f"/board/meetings/{pack_world['second'].pk + 100}/pack.pdf"
    assert signed_in(client, pack_world["board"]).get(missing).status_code == 404


# The web page


def test_the_pack_page_shows_the_same_sections(client, pack_world):
    meeting = pack_world["second"]
    url = f"/board/meetings/{meeting.pk}/pack/"
    assert client.get(url).status_code == 302
    assert signed_in(client, pack_world["editor"]).get(url).status_code == 404
    response = signed_in(client, pack_world["moderator"]).get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for heading in HEADINGS:
        assert heading in html, heading
    for anchor in (
        "pack-meeting",
        "pack-dashboard",
        "pack-gaps",
        "pack-actions",
        "pack-decisions",
        "pack-appendix",
    ):
        assert f'href="#{anchor}"' in html and f'id="{anchor}"' in html, anchor
    assert f'href="/board/meetings/{meeting.pk}/pack.pdf"' in html
    assert "Programme board, June 2024" in html and OVERDUE_ACTION in html
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids)), "every id on the page is its own"
    # The content security policy allows no inline styles or scripts.
    assert " style=" not in html and "<style" not in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)


def test_the_welsh_pack_page_marks_what_is_shown_in_english(client, pack_world):
    meeting = pack_world["second"]
    signed_in(client, pack_world["board"])
    welsh = client.get(f"/cy/board/meetings/{meeting.pk}/pack/").content.decode()
    assert 'id="welsh-missing"' in welsh
    for english in ("Savings report", NEW_ACTION, CLOSED_ACTION, NOTE, "Care closer to home"):
        assert f'<span lang="en">{english}</span>' in welsh, english
    assert '<span lang="en">Cymeradwyo' not in welsh
    assert "arfer-welsh-missing" in welsh
    english = client.get(f"/board/meetings/{meeting.pk}/pack/").content.decode()
    assert 'id="welsh-missing"' not in english and 'lang="en"' not in english.split("<main", 1)[1]
    assert "arfer-welsh-missing" not in english


def test_an_action_open_at_the_next_meeting_is_carried_forward_and_a_closed_one_is_not(
    client, pack_world
):
    html = (
        signed_in(client, pack_world["board"])
        .get(f"/board/meetings/{pack_world['second'].pk}/pack/")
        .content.decode()
    )
    log = html.split('id="pack-actions"', 1)[1].split('id="pack-decisions"', 1)[0]
    carried = log.split("Carried forward: open on the day of the meeting", 1)[1].split(
        "Closed since the meeting before", 1
    )[0]
    assert OVERDUE_ACTION in carried and "Overdue" in carried
    assert CLOSED_ACTION not in carried
    assert CLOSED_ACTION in log.split("Closed since the meeting before", 1)[1]
    # The first meeting's own pack lists both as raised there, neither carried forward.
    html = client.get(f"/board/meetings/{pack_world['first'].pk}/pack/").content.decode()
    log = html.split('id="pack-actions"', 1)[1].split('id="pack-decisions"', 1)[0]
    assert OVERDUE_ACTION in log and CLOSED_ACTION in log
    assert "Carried forward: open on the day of the meeting" not in log


# `arfer boardpack`


def test_the_command_writes_the_pack(pack_world, tmp_path):
    meeting = pack_world["second"]
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"an older pack")
    said = io.StringIO()
    call_command(
        "boardpack", "--meeting", str(meeting.pk), "--lang", "en", "--out", str(out), stdout=said
    )
    reader = PdfReader(out)
    assert "Programme board, June 2024" in pdf_text(reader)
    assert re.fullmatch(
        rf"Board pack for Programme board, June 2024 \(en\) written to {re.escape(str(out))}: "
        rf"{len(reader.pages)} pages, \d+\.\d s\n",
        said.getvalue(),
    )
    # Replaced whole: no temporary file is left beside it.
    assert [path.name for path in tmp_path.iterdir()] == ["pack.pdf"]


def test_the_command_explains_what_is_wrong(pack_world, tmp_path):
    meeting = pack_world["second"]

    def run(*args):
        with pytest.raises(CommandError) as refused:
            call_command("boardpack", *args, stdout=io.StringIO())
        return str(refused.value)

    missing = meeting.pk + 100
    assert run("--meeting", str(missing), "--lang", "en", "--out", str(tmp_path / "a.pdf")) == (
        f"There is no meeting with the id {missing}."
    )
    no_folder = tmp_path / "nowhere" / "a.pdf"
    assert f"The folder {no_folder.parent} does not exist" in run(
        "--meeting", str(meeting.pk), "--lang", "cy", "--out", str(no_folder)
    )
    assert f"{tmp_path} is a folder" in run(
        "--meeting", str(meeting.pk), "--lang", "en", "--out", str(tmp_path)
    )
    with pytest.raises(CommandError, match="invalid choice"):
        call_command(
            "boardpack",
            "--meeting",
            str(meeting.pk),
            "--lang",
            "fr",
            "--out",
            str(tmp_path / "a.pdf"),
        )
    assert list(tmp_path.iterdir()) == []


# Rendering without the network


def test_the_renderer_reads_only_the_apps_static_files():
    fetcher = StaticFilesOnly("https://arfer.example/static/")
    served = fetcher.fetch("https://arfer.example/static/board/pack.css")
    assert served.content_type == "text/css" and b"@page" in served.read()
    for refused in (
        "https://example.org/board/pack.css",
        "http://169.254.169.254/latest/",
        "file:///etc/passwd",
        "data:text/css,body{}",
        "https://arfer.example/static/../settings.py",
        "https://arfer.example/static/board/missing.css",
        "https://arfer.example/static/",
    ):
        with pytest.raises(ValueError, match="Only the app's own static files"):
            fetcher.fetch(refused)


def test_the_page_footer_takes_its_words_from_the_catalogue(monkeypatch):
    assert page_footer() == '"Page " counter(page) " of " counter(pages)'
    monkeypatch.setattr("arfer.board.pdf.gettext", lambda text: '%(pages)s "x" %(page)s')
    assert page_footer() == 'counter(pages) " \\22 x\\22  " counter(page)'


def test_the_stylesheet_is_a_static_file():
    stylesheet = Path(__file__).parents[2] / "arfer/board/static/board/pack.css"
    css = stylesheet.read_text()
    assert "size: A4" in css and "target-counter" in css and "table-header-group" in css
