"""Sharing a practice through the question pages, reviewing it, and its history."""

import pytest
from django.core import mail

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.menu.models import Practice, ServiceArea
from tests.accounts.helpers import sign_in_with_two_factor

PASSWORD = "a-long-unusual-passphrase"


@pytest.fixture
def people(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    other = Body.objects.get(slug="gwynedd-council")

    def person(email, role, body=None):
        return create_account(email, role=role, body=body, password=PASSWORD, actor=SYSTEM)[0]

    return {
        "editor": person("editor@example.org", "editor", council),
        "colleague": person("colleague@example.org", "editor", council),
        "viewer": person("viewer@example.org", "viewer", council),
        "other_editor": person("other@example.org", "editor", other),
        "moderator": person("moderator@example.org", "moderator"),
        "board": person("board@example.org", "board"),
    }


def sign_in(client, user):
    if user.requires_two_factor:
        sign_in_with_two_factor(client, user)
    else:
        client.force_login(user)
    return client


def start(client, people, title="Community reablement"):
    sign_in(client, people["editor"])
    body = Body.objects.get(slug="carmarthenshire-county-council")
    response = client.post("/practices/share/", {"lead_body": body.pk, "title_en": title})
    assert response.status_code == 302
    return Practice.objects.get(title_en=title)


STEP_DATA = {
    "about": {
        "title_en": "Community reablement",
        "summary_en": "Short support at home.",
        "summary_cy": "Cymorth byr yn y cartref.",
    },
    "story": {"problem_en": "People waited in hospital.", "approach_en": "- one team"},
    "results": {"outcomes_en": "Fewer delays.", "adoption_needs_en": "A pooled budget."},
    "money": {"setup_cost_pence": "£12,000", "annual_cashable_saving_pence": "250,000"},
    "contact": {"contact_name": "Reablement team", "contact_email": "team@example.org"},
}


def fill_every_step(client, practice):
    for step, data in STEP_DATA.items():
        practice.refresh_from_db()
        response = client.post(
            f"/practices/{practice.slug}/edit/{step}/",
            {"version": practice.version, "continue": "1", **data},
        )
        assert response.status_code == 302, (step, response.content[:3000])
    practice.refresh_from_db()
    reablement = ServiceArea.objects.get(slug="reablement")
    response = client.post(
        f"/practices/{practice.slug}/edit/classification/",
        {
            "version": practice.version,
            "service_areas": [reablement.pk],
            "prevention_tier": "secondary",
            "evidence_level": "2",
        },
    )
    assert response.status_code == 302


def test_an_editor_shares_a_practice_from_start_to_review(
    client, people, django_capture_on_commit_callbacks
):
    practice = start(client, people)
    assert practice.status == "draft"
    assert practice.lead_body.slug == "carmarthenshire-county-council"
    fill_every_step(client, practice)
    practice.refresh_from_db()
    assert practice.setup_cost_pence == 1_200_000
    assert practice.annual_cashable_saving_pence == 25_000_000
    assert practice.summary_cy == "Cymorth byr yn y cartref."
    gwynedd = Body.objects.get(slug="gwynedd-council")
    client.post(
        f"/practices/{practice.slug}/edit/partners/",
        {"version": practice.version, "body": gwynedd.pk, "role": "delivery"},
    )
    practice.refresh_from_db()
    assert practice.works_across_boundaries
    page = client.get(f"/practices/{practice.slug}/edit/")
    assert page.status_code == 200 and b"Send for review" in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/practices/{practice.slug}/submit/")
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == "submitted"
    assert mail.outbox[-1].to == ["moderator@example.org"]


def test_the_moderator_reviews_from_the_queue(client, people):
    practice = start(client, people)
    fill_every_step(client, practice)
    client.post(f"/practices/{practice.slug}/submit/")
    sign_in(client, people["moderator"])
    queue = client.get("/practices/review/")
    assert practice.title_en.encode() in queue.content
    refused = client.post(
        f"/practices/{practice.slug}/review/", {"decision": "publish", "criteria_met": ["evidence"]}
    )
    assert refused.status_code == 200 and b"Not yet met" in refused.content
    response = client.post(
        f"/practices/{practice.slug}/review/",
        {
            "decision": "publish",
            "criteria_met": ["evidence", "savings", "transferability", "contact", "welsh"],
        },
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.status == "published"
    assert client.get("/practices/", {"q": "reablement"}).context["result_count"].count == 1


def test_a_stale_edit_is_refused_and_shows_what_changed(client, people):
    practice = start(client, people)
    loaded_version = practice.version
    colleague = sign_in(client.__class__(), people["colleague"])
    colleague.post(
        f"/practices/{practice.slug}/edit/about/",
        {
            "version": loaded_version,
            "title_en": "Colleague's better title",
            "summary_en": "Theirs.",
        },
    )
    response = client.post(
        f"/practices/{practice.slug}/edit/about/",
        {"version": loaded_version, "title_en": "My title", "summary_en": "Mine."},
    )
    assert response.status_code == 409
    assert b"Someone else changed this practice" in response.content
    assert b"Colleague&#x27;s better title" in response.content
    practice.refresh_from_db()
    assert practice.title_en == "Colleague's better title"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("-5", "The set-up cost must be £0 or more."),
        ("lots", "Enter the set-up cost in pounds, like 12,500."),
        ("99999999999999", "The set-up cost must be no more than £10,000,000,000."),
        ("1e400", "Enter the set-up cost in pounds, like 12,500."),
        ("12.345", "“12.345” has fractions of a penny; give at most two decimal places."),
        ("NaN", "Enter the set-up cost in pounds, like 12,500."),
    ],
)
def test_bad_money_is_refused_on_the_form_and_nothing_is_saved(client, people, value, message):
    practice = start(client, people)
    response = client.post(
        f"/practices/{practice.slug}/edit/money/",
        {"version": practice.version, "setup_cost_pence": value},
    )
    assert response.status_code == 200
    assert b"There is a problem" in response.content
    assert message in response.content.decode()
    assert Practice.objects.get(pk=practice.pk).version == practice.version


def test_a_bad_email_or_date_is_refused_clearly(client, people):
    practice = start(client, people)
    response = client.post(
        f"/practices/{practice.slug}/edit/contact/",
        {
            "version": practice.version,
            "contact_email": "not an email",
            "start_date_day": "31",
            "start_date_month": "31",
            "start_date_year": "31",
        },
    )
    assert b"Enter an email address like name@example.org." in response.content
    assert b"The year of the start date must include 4 numbers." in response.content


def test_submitting_an_incomplete_practice_says_what_is_missing(client, people):
    practice = start(client, people)
    response = client.post(f"/practices/{practice.slug}/submit/", follow=True)
    assert b"Before submitting, add" in response.content
    assert Practice.objects.get(pk=practice.pk).status == "draft"


def test_who_may_do_what(client, people):
    practice = start(client, people)
    edit = f"/practices/{practice.slug}/edit/about/"
    sign_in(client, people["viewer"])
    assert b"you need to be an editor" in client.get("/practices/share/").content
    assert client.get(edit).status_code == 403  # sees the draft, may not edit it
    sign_in(client, people["other_editor"])
    assert client.get(edit).status_code == 404  # may not even see it
    gwynedd_only = client.post(
        "/practices/share/", {"lead_body": practice.lead_body_id, "title_en": "Not mine"}
    )
    assert b"Choose a body from the list." in gwynedd_only.content
    assert not Practice.objects.filter(title_en="Not mine").exists()
    sign_in(client, people["board"])
    assert client.get(edit).status_code == 403
    assert client.get("/practices/review/").status_code == 404
    client.logout()
    assert client.get(edit).status_code == 302  # to sign in


def test_history_shows_who_changed_what(client, people):
    practice = start(client, people)
    client.post(
        f"/practices/{practice.slug}/edit/about/",
        {"version": practice.version, "title_en": "Renamed", "summary_en": "Now with a summary."},
    )
    html = client.get(f"/practices/{practice.slug}/history/").content.decode()
    assert "editor@example.org" in html and "Renamed" in html
    sign_in(client, people["other_editor"])
    assert client.get(f"/practices/{practice.slug}/history/").status_code == 404


def test_unknown_step_is_404(client, people):
    practice = start(client, people)
    assert client.get(f"/practices/{practice.slug}/edit/nonsense/").status_code == 404


def test_reserved_words_never_become_slugs(client, people):
    practice = start(client, people, title="Share")
    assert practice.slug == "share-practice"


def test_a_published_practice_is_revised_while_the_published_version_stays(client, people):
    practice = start(client, people)
    fill_every_step(client, practice)
    client.post(f"/practices/{practice.slug}/submit/")
    sign_in(client, people["moderator"])
    criteria = ["evidence", "savings", "transferability", "contact", "welsh"]
    client.post(
        f"/practices/{practice.slug}/review/", {"decision": "publish", "criteria_met": criteria}
    )
    practice.refresh_from_db()
    assert practice.status == "published"

    sign_in(client, people["editor"])
    response = client.post(f"/practices/{practice.slug}/revise/")
    revision = Practice.objects.get(revision_of=practice)
    assert response["Location"] == f"/practices/{revision.slug}/edit/"
    assert (
        client.post(f"/practices/{practice.slug}/revise/")["Location"] == response["Location"]
    )  # one revision at a time
    client.post(
        f"/practices/{revision.slug}/edit/about/",
        {
            "version": revision.version,
            "title_en": "Community reablement, second edition",
            "summary_en": "Now county-wide.",
        },
    )
    client.post(f"/practices/{revision.slug}/submit/")
    # Meanwhile the public still sees the published text, and only once.
    client.logout()
    assert b"Short support at home." in client.get(f"/practices/{practice.slug}/").content
    assert client.get(f"/practices/{revision.slug}/").status_code == 404
    assert client.get("/practices/", {"q": "reablement"}).context["result_count"].count == 1

    sign_in(client, people["moderator"])
    client.post(
        f"/practices/{revision.slug}/review/", {"decision": "publish", "criteria_met": criteria}
    )
    practice.refresh_from_db()
    assert practice.title_en == "Community reablement, second edition"
    assert practice.status == "published" and not Practice.objects.filter(pk=revision.pk).exists()
    assert practice.history.filter(history_change_reason="revision_approved").exists()
    assert practice.reviews.count() == 2
    client.logout()
    found = client.get("/practices/", {"q": "county"}).context["results"]
    assert [p.slug for p in found] == [practice.slug]


def test_changes_can_be_requested_on_a_revision(client, people, practice_factory):
    published = practice_factory(
        "live", title_en="Live scheme", problem_en="P", approach_en="A", outcomes_en="O"
    )
    sign_in(client, people["editor"])
    client.post(f"/practices/{published.slug}/revise/")
    revision = Practice.objects.get(revision_of=published)
    client.post(f"/practices/{revision.slug}/submit/")
    sign_in(client, people["moderator"])
    client.post(
        f"/practices/{revision.slug}/review/", {"decision": "changes", "reasons": "Say more."}
    )
    revision.refresh_from_db()
    assert revision.status == "changes"
    assert Practice.objects.get(pk=published.pk).status == "published"


def test_partner_changes_are_on_the_record(client, people):
    practice = start(client, people)
    gwynedd = Body.objects.get(slug="gwynedd-council")
    client.post(
        f"/practices/{practice.slug}/edit/partners/",
        {"version": practice.version, "body": gwynedd.pk, "role": "delivery"},
    )
    practice.refresh_from_db()
    client.post(
        f"/practices/{practice.slug}/edit/partners/",
        {"version": practice.version, "remove": gwynedd.pk},
    )
    html = client.get(f"/practices/{practice.slug}/history/").content.decode()
    assert "Gwynedd Council became a partner as Delivery partner" in html
    assert "Gwynedd Council is no longer a partner" in html
