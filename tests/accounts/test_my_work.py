"""My work (/my-work/): what needs each person now, one group per role, each list with its
count and an empty state; the rules of each list; the landing page after sign-in; a fixed
number of queries whatever the number of rows."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape

from arfer.accounts.actions import create_account
from arfer.accounts.invitations import invite_member
from arfer.board import actions as board_actions
from arfer.board.models import FiguresSnapshot
from arfer.core.actors import SYSTEM
from arfer.core.periods import Quarter, months_before
from arfer.directory.models import Body
from arfer.imports.models import ImportRun
from arfer.menu import workflow
from arfer.menu.models import ReviewCriterion
from arfer.rollout import actions as rollout_actions
from arfer.rollout import my_work as rollout_work
from tests.accounts.helpers import sign_in_with_two_factor
from tests.conftest import make_practice

OWN = "carmarthenshire-county-council"
OTHER = "gwynedd-council"
# A day whose quarter just ended is 2026-27 Q2 (July to September 2026).
TODAY = datetime.date(2026, 11, 16)
JUST_ENDED = Quarter(2026, 2)
BEFORE = Quarter(2026, 1)


@pytest.fixture
def people(directory):
    def person(role, email, **kwargs):
        return create_account(
            email, role=role, password="a-long-unusual-passphrase", actor=SYSTEM, **kwargs
        )[0]

    own, other = Body.objects.get(slug=OWN), Body.objects.get(slug=OTHER)
    return {
        "own": own,
        "other": other,
        "viewer": person("viewer", "viewer@carmarthenshire.example", body=own),
        "editor": person("editor", "editor@carmarthenshire.example", body=own),
        "body_admin": person("body-admin", "admin@carmarthenshire.example", body=own),
        "other_editor": person("editor", "editor@gwynedd.example", body=other),
        "moderator": person("moderator", "moderator@example.org"),
        "board": person("board", "board@example.org"),
        "programme_admin": person("programme-admin", "admin@example.org"),
    }


def sign_in(client, user):
    if user.requires_two_factor:
        sign_in_with_two_factor(client, user)
    else:
        client.force_login(user)
    return client


def page(client, language="en"):
    response = client.get("/cy/my-work/" if language == "cy" else "/my-work/")
    assert response.status_code == 200
    return response.content.decode()


def lists_of(response) -> dict:
    """Each list drawn on the page, by name."""
    return {
        work.name: work
        for context in response.context
        for work in context.get("lists", [])
        if hasattr(work, "item_template")
    }


def draft(slug, lead=OWN, **fields):
    return make_practice(
        slug,
        lead=lead,
        publish=False,
        problem_en="The problem.",
        approach_en="What we did.",
        outcomes_en="What came of it.",
        **fields,
    )


def sent_back(slug, people, reasons):
    practice = draft(slug)
    workflow.submit_practice(practice, actor=people["editor"])
    workflow.review_practice(
        practice,
        actor=people["moderator"],
        decision="changes",
        criteria_met=[ReviewCriterion.values[0]],
        reasons=reasons,
    )
    return practice


# Who sees which groups


def test_anonymous_people_are_sent_to_sign_in(client):
    response = client.get("/my-work/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/sign-in/?next=/my-work/")


@pytest.mark.parametrize(
    ("who", "groups"),
    [
        ("viewer", []),
        ("editor", ["bodies"]),
        ("body_admin", ["bodies"]),
        ("moderator", ["reviewing"]),
        ("board", ["board"]),
        ("programme_admin", ["reviewing", "programme"]),
    ],
)
def test_each_person_sees_the_groups_of_their_roles(client, people, who, groups):
    html = page(sign_in(client, people[who]))
    shown = [
        name
        for name in ["bodies", "reviewing", "board", "programme"]
        if f'id="group-{name}"' in html
    ]
    assert shown == groups
    if not groups:
        assert "Nothing needs you here" in html


def test_only_body_admins_see_open_invitations(client, people):
    invite_member(
        people["own"], "new@carmarthenshire.example", "editor", actor=people["body_admin"]
    )
    invite_member(people["other"], "new@gwynedd.example", "editor", actor=SYSTEM)
    response = sign_in(client, people["body_admin"]).get("/my-work/")
    invitations = lists_of(response)["open-invitations"]
    assert [item.email for item in invitations.items] == ["new@carmarthenshire.example"]
    client.force_login(people["editor"])
    assert "open-invitations" not in lists_of(client.get("/my-work/"))


# For the bodies a person edits for


def test_drafts_are_their_bodies_own_newest_first(client, people):
    draft("older-draft")
    draft("newer-draft")
    draft("gwynedd-draft", lead=OTHER)
    response = sign_in(client, people["editor"]).get("/my-work/")
    drafts = lists_of(response)["drafts"]
    assert [p.slug for p in drafts.items] == ["newer-draft", "older-draft"]
    assert drafts.count.count == 2
    assert "gwynedd-draft" not in response.content.decode()
    # And the other body's editor never sees Carmarthenshire's.
    client.force_login(people["other_editor"])
    assert [p.slug for p in lists_of(client.get("/my-work/"))["drafts"].items] == ["gwynedd-draft"]


def test_practices_sent_back_show_the_reviewers_reasons(client, people):
    sent_back("needs-numbers", people, "Add the savings you measured.")
    html = page(sign_in(client, people["editor"]))
    assert "Add the savings you measured." in html
    assert 'href="/practices/needs-numbers/edit/"' in html


def test_on_the_welsh_page_the_reasons_are_marked_as_written_in_english(client, people):
    sent_back("needs-welsh-page", people, "Say who funded it.")
    html = page(sign_in(client, people["editor"]), "cy")
    assert '<span lang="en">Say who funded it.</span>' in html
    assert 'href="/cy/practices/needs-welsh-page/edit/"' in html
    assert 'id="written-in-one-language"' in html


def test_an_adoption_stalls_after_six_months_at_one_stage(client, people, monkeypatch):
    monkeypatch.setattr(rollout_work, "_today", lambda: TODAY)
    practices = [make_practice(f"practice-{n}", lead=OTHER) for n in range(4)]
    six_months_ago = months_before(TODAY, 6)
    for practice, since, stage in [
        (practices[0], six_months_ago, "piloting"),  # exactly six months: stalled
        (practices[1], six_months_ago + datetime.timedelta(days=1), "piloting"),  # not yet
        (practices[2], six_months_ago - datetime.timedelta(days=40), "embedded"),  # done
        (practices[3], six_months_ago - datetime.timedelta(days=90), "exploring"),
    ]:
        rollout_actions.record_adoption(
            practice, people["own"], actor=people["editor"], stage=stage, changed_on=since
        )
    response = sign_in(client, people["editor"]).get("/my-work/")
    stalled = lists_of(response)["stalled-adoptions"]
    # The most recently stalled first.
    assert [a.practice.slug for a in stalled.items] == ["practice-0", "practice-3"]
    assert f'href="/rollout/adoptions/{stalled.items[0].pk}/stage/"' in response.content.decode()


def saving(people, *, adoption=None, practice=None, period=BEFORE, **values):
    return rollout_actions.record_saving(
        actor=people["editor"],
        adoption=adoption,
        practice=practice,
        values={
            "financial_year": period.year,
            "quarter": period.quarter,
            "kind": "cashable",
            "recurrence": "recurring",
            "certainty": "realised",
            "amount_pence": 100_000,
            "evidence": "Budget report.",
            **values,
        },
    )


def test_recurring_savings_not_yet_recorded_for_the_quarter_just_ended(client, people, monkeypatch):
    monkeypatch.setattr(rollout_work, "_today", lambda: TODAY)
    adopted = [make_practice(f"adopted-{n}", lead=OTHER) for n in range(3)]
    adoptions = [
        rollout_actions.record_adoption(p, people["own"], actor=people["editor"], stage="piloting")
        for p in adopted
    ]
    own_practice = make_practice("our-own")
    # Missing: recurring in the quarter before, nothing since (two entries, one line).
    saving(people, adoption=adoptions[0])
    saving(people, adoption=adoptions[0], kind="non_cashable", unit="staff_hours", quantity=10)
    # Recorded for the quarter just ended too: nothing to do.
    saving(people, adoption=adoptions[1])
    saving(people, adoption=adoptions[1], period=JUST_ENDED)
    # One-off: nothing expected.
    saving(people, adoption=adoptions[2], recurrence="one_off")
    # The lead body's own recurring saving, missing.
    saving(people, practice=own_practice)
    response = sign_in(client, people["editor"]).get("/my-work/")
    missing = lists_of(response)["recurring-savings"]
    assert {(e.practice.slug) for e in missing.items} == {"adopted-0", "our-own"}
    assert missing.count.count == 2
    html = response.content.decode()
    assert f'href="/rollout/adoptions/{adoptions[0].pk}/savings/new/"' in html
    assert 'href="/practices/our-own/savings/new/"' in html
    assert "2026-27 Q2" in html


def test_the_lead_body_hears_of_adoptions_in_the_last_30_days_with_the_support_asked(
    client, people
):
    practice = make_practice("ours-to-share")
    adoption = rollout_actions.record_adoption(
        practice,
        people["other"],
        actor=people["other_editor"],
        support_requested=["visit"],
        support_details="A day with your team.",
    )
    make_practice("theirs", lead=OTHER)
    response = sign_in(client, people["editor"]).get("/my-work/")
    adopted = lists_of(response)["adopted-by-others"]
    assert adopted.items == [adoption]
    html = response.content.decode()
    assert "A visit" in html and "A day with your team." in html
    # Older than 30 days: no longer news.
    type(adoption).objects.filter(pk=adoption.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    assert lists_of(client.get("/my-work/"))["adopted-by-others"].items == []


# Reviewing and verifying


def test_savings_awaiting_verification_are_oldest_first(client, people):
    practice = make_practice("verified-here", lead=OTHER)
    adoption = rollout_actions.record_adoption(
        practice, people["own"], actor=people["editor"], stage="piloting"
    )
    first = saving(people, adoption=adoption, period=Quarter(2025, 1))
    second = saving(people, adoption=adoption, period=Quarter(2025, 2))
    saving(people, adoption=adoption, period=Quarter(2025, 3), certainty="forecast")
    response = sign_in(client, people["moderator"]).get("/my-work/")
    waiting = lists_of(response)["awaiting-verification"]
    assert waiting.items == [first, second]
    assert "verification=unverified" in waiting.see_all


def test_a_queried_saving_changed_by_its_body_is_answered(client, people):
    practice = make_practice("queried-here", lead=OTHER)
    adoption = rollout_actions.record_adoption(
        practice, people["own"], actor=people["editor"], stage="piloting"
    )
    entry = saving(people, adoption=adoption)
    untouched = saving(people, adoption=adoption, period=Quarter(2025, 4))
    for queried in (entry, untouched):
        rollout_actions.verify_saving(
            queried, actor=people["moderator"], verification="queried", reason="Which budget?"
        )
    sign_in(client, people["moderator"])
    assert lists_of(client.get("/my-work/"))["answered-queries"].items == []
    entry.refresh_from_db()
    rollout_actions.update_saving(
        entry,
        actor=people["editor"],
        expected_version=entry.version,
        values={"evidence": "The social care budget, line 4."},
    )
    response = client.get("/my-work/")
    assert lists_of(response)["answered-queries"].items == [entry]
    assert "Which budget?" in response.content.decode()


def test_the_review_queue_lists_submitted_practices(client, people):
    practice = draft("to-review")
    workflow.submit_practice(practice, actor=people["editor"])
    html = page(sign_in(client, people["moderator"]))
    assert 'href="/practices/to-review/review/"' in html


# The board


def meeting(people, day, title="Board meeting"):
    return board_actions.save_meeting(
        {"title_en": title, "date": day, "kind": "board"}, actor=people["moderator"]
    )


def test_the_board_sees_the_next_meeting_overdue_actions_and_what_changed_since_the_last(
    client, people
):
    today = timezone.localdate()
    last = meeting(people, today - datetime.timedelta(days=20), "Autumn board")
    upcoming = meeting(people, today + datetime.timedelta(days=10), "Winter board")
    earlier = meeting(people, today - datetime.timedelta(days=200), "Spring board")
    overdue = board_actions.add_action(
        earlier,
        {
            "text_en": "Report on reablement",
            "owner_body": people["own"],
            "owner_name": "Nia",
            "due_date": today - datetime.timedelta(days=100),
        },
        actor=people["moderator"],
    )
    board_actions.add_action(
        last,
        {
            "text_en": "Not yet due",
            "owner_body": people["own"],
            "owner_name": "Nia",
            "due_date": today + datetime.timedelta(days=5),
        },
        actor=people["moderator"],
    )
    make_practice("published-since")
    adoption = rollout_actions.record_adoption(
        make_practice("moved-since", lead=OTHER), people["own"], actor=people["editor"]
    )
    rollout_actions.change_stage(
        adoption, actor=people["editor"], expected_version=adoption.version, to_stage="planning"
    )
    response = sign_in(client, people["board"]).get("/my-work/")
    context = response.context
    assert context["next_meeting"] == upcoming
    assert context["last_meeting"] == last
    assert lists_of(response)["overdue-actions"].items == [overdue]
    published, moved = context["changes"][:2]
    assert published.count.count == 2
    # The move counts; the adoption's first stage, recorded with it, does not.
    assert moved.count.count == 1
    html = response.content.decode()
    assert f'href="/board/meetings/{upcoming.pk}/pack/"' in html


def test_the_board_is_told_when_there_has_been_no_meeting_yet(client, people):
    html = page(sign_in(client, people["board"]))
    assert "After the board" in html
    assert "next meeting appears here" in html


# Running the programme


def test_programme_admins_see_failed_and_running_imports_and_stale_figures(
    client, people, settings
):
    admin = people["programme_admin"]
    for status, name in [("failed", "broken.csv"), ("running", "busy.csv"), ("done", "ok.csv")]:
        ImportRun.objects.create(
            kind="adoptions",
            file_path=name,
            original_name=name,
            uploaded_by=admin,
            status=status,
            started_at=timezone.now(),
            heartbeat_at=timezone.now(),
        )
    FiguresSnapshot.objects.create(
        name="network",
        fingerprint="f1:older",
        computed_at=timezone.now(),
        duration_ms=settings.ARFER_FIGURES_INLINE_MS + 1,
        payload={},
    )
    response = sign_in(client, admin).get("/my-work/")
    runs = lists_of(response)["imports"]
    assert [run.original_name for run in runs.items] == ["busy.csv", "broken.csv"]
    figures = lists_of(response)["figures-recalculating"]
    assert [figure["name"] for figure in figures.items] == ["network"]


# Both languages, empty states, sign-in


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_list_says_what_will_appear_when_empty(client, people, language):
    sign_in(client, people["body_admin"])
    response = client.get("/cy/my-work/" if language == "cy" else "/my-work/")
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    for work in lists_of(response).values():
        # Each says, in the page's language, what will appear there.
        with translation.override(language):
            assert escape(str(work.empty)) in html
        assert work.count.count == 0


def test_signing_in_lands_on_my_work_unless_a_next_page_is_asked(client, people):
    data = {"username": "editor@carmarthenshire.example", "password": "a-long-unusual-passphrase"}
    response = client.post("/account/sign-in/", data)
    assert response["Location"] == "/my-work/"
    client.logout()
    response = client.post("/cy/account/sign-in/", data)
    assert response["Location"] == "/cy/my-work/"
    client.logout()
    response = client.post("/account/sign-in/?next=/rollout/adoptions/", data)
    assert response["Location"] == "/rollout/adoptions/"


def test_the_header_links_to_my_work_when_signed_in(client, people):
    assert 'href="/my-work/"' not in client.get("/").content.decode()
    html = page(sign_in(client, people["editor"]))
    assert 'href="/my-work/" aria-current="page"' in html


# A fixed number of queries, whatever the number of rows


def count_queries(client) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/my-work/").status_code == 200
    return len(captured)


def fill(people, count: int, start: int) -> None:
    """`count` more of everything the page lists, for every role."""
    today = timezone.localdate()
    for n in range(start, start + count):
        draft(f"draft-{n}")
        sent_back(f"sent-back-{n}", people, "More detail.")
        adopted = make_practice(f"adopted-{n}", lead=OTHER)
        adoption = rollout_actions.record_adoption(
            adopted,
            people["own"],
            actor=people["editor"],
            stage="piloting",
            changed_on=today - datetime.timedelta(days=400),
        )
        saving(people, adoption=adoption)
        rollout_actions.record_adoption(
            make_practice(f"ours-{n}"), people["other"], actor=people["other_editor"]
        )
        invite_member(people["own"], f"new-{n}@example.org", "viewer", actor=people["body_admin"])
        workflow.submit_practice(draft(f"submitted-{n}"), actor=people["editor"])
        past = meeting(people, today - datetime.timedelta(days=30 + n))
        board_actions.add_action(
            past,
            {
                "text_en": f"Action {n}",
                "owner_body": people["own"],
                "owner_name": "Nia",
                "due_date": today - datetime.timedelta(days=1),
            },
            actor=people["moderator"],
        )
        ImportRun.objects.create(
            kind="adoptions", file_path="x", original_name=f"{n}.csv", status="queued"
        )
    meeting(people, today + datetime.timedelta(days=7))


@pytest.mark.parametrize(
    ("who", "most"),
    [
        ("editor", 14),
        ("body_admin", 16),
        ("moderator", 13),
        ("board", 14),
        ("programme_admin", 20),
    ],
)
def test_the_page_runs_a_fixed_number_of_queries(
    client, people, who, most, django_assert_num_queries
):
    fill(people, 2, 0)
    sign_in(client, people[who])
    few = count_queries(client)
    assert few <= most
    fill(people, 12, 2)
    with django_assert_num_queries(few):
        response = client.get("/my-work/")
    assert any(work.has_more for work in lists_of(response).values()) or who == "board"
