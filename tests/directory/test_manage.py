"""Keeping the directory of public bodies: the actions (who may, what is refused and why, the
history, what other records derive from a body's areas and kind) and the pages programme
admins use, in both languages."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from arfer.accounts.actions import create_account
from arfer.core.actors import SYSTEM
from arfer.core.dates import as_posted
from arfer.core.stale import StaleEdit, latest_history_id
from arfer.directory import actions
from arfer.directory.models import Area, Body
from arfer.rollout.actions import record_adoption
from arfer.rollout.models import PeerAdoptionCount
from tests.accounts.helpers import sign_in_with_two_factor
from tests.conftest import make_practice

PASSWORD = "a-long-unusual-passphrase"
COUNCIL = "caerphilly-county-borough-council"


def person(role, email, **kwargs):
    return create_account(email, role=role, password=PASSWORD, actor=SYSTEM, **kwargs)[0]


@pytest.fixture
def people(directory):
    council = Body.objects.get(slug="carmarthenshire-county-council")
    return {
        "viewer": person("viewer", "viewer@example.org", body=council),
        "editor": person("editor", "editor@example.org", body=council),
        "body_admin": person("body-admin", "body-admin@example.org", body=council),
        "moderator": person("moderator", "moderator@example.org"),
        "board": person("board", "board@example.org"),
        "admin": person("programme-admin", "admin@example.org"),
    }


@pytest.fixture
def admin(people):
    return people["admin"]


@pytest.fixture
def admin_client(client, admin):
    sign_in_with_two_factor(client, admin)
    return client


def areas(*slugs):
    return list(Area.objects.filter(slug__in=slugs))


def area_slugs(body):
    return sorted(body.areas.values_list("slug", flat=True))


def regions_of(practice):
    return sorted(practice.regions.values_list("slug", flat=True))


def new_body(**values):
    return {
        "name_en": "Valleys Community Trust",
        "sector": "third_sector",
        "kind": "county_voluntary_council",
        **values,
    }


def refusal(change) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as refused:
        change()
    return refused.value.message_dict


# Who may -------------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["viewer", "editor", "body_admin", "moderator", "board"])
def test_only_programme_admins_change_the_directory(people, role):
    actor = people[role]
    body = Body.objects.get(slug=COUNCIL)
    for change in (
        lambda: actions.add_body(new_body(), actor=actor),
        lambda: actions.edit_body(body, {"name_cy": "Newid"}, actor=actor),
        lambda: actions.edit_body(body, {}, actor=actor, areas=areas("cardiff")),
        lambda: actions.retire_body(body, actor=actor, closed_on=timezone.localdate()),
    ):
        with pytest.raises(PermissionDenied, match="Only programme admins"):
            change()
    body.refresh_from_db()
    assert (body.name_cy, body.active_to, area_slugs(body)) == (
        "Cyngor Bwrdeistref Sirol Caerffili",
        None,
        ["caerphilly"],
    )
    assert not Body.objects.filter(name_en="Valleys Community Trust").exists()


def test_superusers_and_the_system_change_the_directory(directory, django_user_model):
    superuser = django_user_model.objects.create_superuser("root@example.org", PASSWORD)
    assert actions.add_body(new_body(), actor=superuser).history.get().history_user == superuser
    assert actions.add_body(new_body(name_en="Another trust"), actor=SYSTEM).pk


# Adding --------------------------------------------------------------------------------------


def test_a_new_body_has_its_areas_and_its_author_in_the_history(admin):
    body = actions.add_body(
        new_body(slug="valleys-trust", gss_code=" ", ods_code=""),
        actor=admin,
        areas=areas("caerphilly", "blaenau-gwent"),
    )
    assert body.slug == "valleys-trust"
    assert area_slugs(body) == ["blaenau-gwent", "caerphilly"]
    created = body.history.get()
    assert (created.history_type, created.history_user) == ("+", admin)


def test_a_new_body_without_a_slug_gets_one_from_its_name(admin):
    first = actions.add_body(new_body(), actor=admin)
    second = actions.add_body(new_body(), actor=admin)
    reserved = actions.add_body(new_body(name_en="New"), actor=admin)
    assert (first.slug, second.slug, reserved.slug) == (
        "valleys-community-trust",
        "valleys-community-trust-2",
        "new-body",
    )


def test_codes_are_kept_in_capitals_without_spaces(admin):
    body = actions.add_body(
        new_body(
            name_en="Test health board", sector="nhs", kind="health_board", gss_code=" w11000099 "
        ),
        actor=admin,
    )
    body = actions.edit_body(body, {"ods_code": "7b9 "}, actor=admin)
    body.refresh_from_db()
    assert (body.gss_code, body.ods_code) == ("W11000099", "7B9")


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"slug": "gwynedd-council"}, "slug", "Another body already has this address name."),
        ({"slug": "new"}, "slug", "This address name is used by a page of the directory."),
        ({"slug": "not a slug"}, "slug", "Enter a valid “slug”"),
        (
            {"gss_code": "W0600001"},
            "gss_code",
            "Enter a GSS code as a capital letter and 8 digits, like W06000015.",
        ),
        ({"gss_code": "W06000002"}, "gss_code", "Gwynedd Council already has this GSS code."),
        (
            {"ods_code": "7A-4"},
            "ods_code",
            "Enter an ODS code as 3 to 10 letters and digits, like 7A4.",
        ),
        (
            {"ods_code": "7a4"},
            "ods_code",
            "Cardiff and Vale University Health Board already has this ODS code.",
        ),
        ({"name_en": ""}, "name_en", "This field cannot be blank."),
        ({"sector": "pirates"}, "sector", "Value 'pirates' is not a valid choice."),
        ({"website": "not a website"}, "website", "Enter a valid URL."),
        (
            {"active_from": datetime.date(1700, 1, 1)},
            "active_from",
            "The date it opened must be from 1800 to ten years from now.",
        ),
        (
            {"active_to": timezone.localdate() + datetime.timedelta(days=1)},
            "active_to",
            "The date it closed must be from 1800 to today.",
        ),
        (
            {"active_from": datetime.date(2020, 4, 1), "active_to": datetime.date(2019, 3, 31)},
            "active_to",
            "A body cannot close before it opened.",
        ),
    ],
)
def test_a_new_body_is_refused_with_a_message_on_the_field(admin, values, field, message):
    before = Body.objects.count()
    problems = refusal(lambda: actions.add_body(new_body(**values), actor=admin))
    assert any(text.startswith(message) for text in problems[field]), problems
    assert Body.objects.count() == before


def test_every_problem_is_reported_at_once(admin):
    problems = refusal(
        lambda: actions.add_body(
            new_body(name_en="", gss_code="nonsense", slug="gwynedd-council"), actor=admin
        )
    )
    assert set(problems) == {"name_en", "gss_code", "slug"}


# Editing -------------------------------------------------------------------------------------


def test_an_edit_is_recorded_with_its_author_and_the_areas_that_changed(admin):
    body = Body.objects.get(slug=COUNCIL)
    actions.edit_body(
        body,
        {"name_cy": "Cyngor Caerffili", "short_name": "CCBC"},
        actor=admin,
        areas=areas("caerphilly", "torfaen"),
    )
    body.refresh_from_db()
    assert (body.name_cy, body.short_name, area_slugs(body)) == (
        "Cyngor Caerffili",
        "CCBC",
        ["caerphilly", "torfaen"],
    )
    record = body.history.order_by("-history_id").first()
    assert record.history_user == admin
    assert record.history_change_reason == "areas:+torfaen"
    changed = {change.field for change in record.diff_against(record.prev_record).changes}
    assert changed == {"name_cy", "short_name"}


def test_an_edit_of_areas_alone_is_recorded_too(admin):
    body = Body.objects.get(slug=COUNCIL)
    before = latest_history_id(body)
    actions.edit_body(body, {}, actor=admin, areas=areas("cardiff", "newport"))
    record = body.history.order_by("-history_id").first()
    assert record.history_id != before
    assert (record.history_user, record.history_change_reason) == (
        admin,
        "areas:+cardiff +newport -caerphilly",
    )


def test_an_edit_that_changes_nothing_writes_nothing(admin):
    body = Body.objects.get(slug=COUNCIL)
    before = latest_history_id(body)
    actions.edit_body(
        body,
        {"name_en": body.name_en, "gss_code": body.gss_code},
        actor=admin,
        areas=areas("caerphilly"),
    )
    assert latest_history_id(body) == before


def test_a_code_another_body_already_shares_does_not_block_other_edits(admin):
    """Only a change is compared with other bodies: a record loaded with a shared code can
    still be corrected."""
    Body.objects.filter(slug="torfaen-voluntary-alliance").update(gss_code="W06000020")
    body = Body.objects.get(slug="torfaen-voluntary-alliance")
    actions.edit_body(body, {"name_cy": "Cynghrair Gwirfoddol Torfaen"}, actor=admin)
    problems = refusal(
        lambda: actions.edit_body(
            Body.objects.get(slug="gwent-association-of-voluntary-organisations"),
            {"gss_code": "W06000020"},
            actor=admin,
        )
    )
    assert problems["gss_code"][0].endswith("already has this GSS code.")


def test_a_stale_edit_is_refused_with_what_the_other_person_changed(admin):
    body = Body.objects.get(slug=COUNCIL)
    loaded = latest_history_id(body)
    actions.edit_body(body, {"name_cy": "Cyngor Caerffili"}, actor=admin)
    with pytest.raises(StaleEdit) as stale:
        actions.edit_body(
            body, {"short_name": "CCBC"}, actor=admin, areas=areas("cardiff"), seen=loaded
        )
    assert [(c.field, c.new) for c in stale.value.changes] == [("name (Welsh)", "Cyngor Caerffili")]
    body.refresh_from_db()
    assert (body.short_name, area_slugs(body)) == ("", ["caerphilly"])


def test_an_edit_on_the_page_it_was_loaded_from_goes_through(admin):
    body = Body.objects.get(slug=COUNCIL)
    actions.edit_body(body, {"short_name": "CCBC"}, actor=admin, seen=latest_history_id(body))
    body.refresh_from_db()
    assert body.short_name == "CCBC"


# What other records derive from a body -------------------------------------------------------


def test_new_areas_move_the_regions_of_the_bodys_practices(admin):
    """Caerphilly's council leads one practice with no areas of its own and is a partner in
    another: both reach Gwent. A practice naming its own areas keeps them."""
    led = make_practice("led", lead=COUNCIL)
    partnered = make_practice("partnered", lead="welsh-government", partners=[(COUNCIL, "funder")])
    own_areas = make_practice("own-areas", lead=COUNCIL, areas=("powys",))
    elsewhere = make_practice("elsewhere", lead="gwynedd-council")
    assert regions_of(led) == regions_of(partnered) == ["gwent-rpb"]

    actions.edit_body(
        Body.objects.get(slug=COUNCIL), {}, actor=admin, areas=areas("cardiff", "swansea")
    )

    assert regions_of(led) == ["cardiff-and-vale-rpb", "west-glamorgan-rpb"]
    # Welsh Government serves the nation, so its partner's local areas decide.
    assert regions_of(partnered) == ["cardiff-and-vale-rpb", "west-glamorgan-rpb"]
    assert regions_of(own_areas) == ["powys-rpb"]
    assert regions_of(elsewhere) == ["north-wales-rpb"]


def test_a_refused_edit_leaves_the_regions_alone(admin):
    led = make_practice("led", lead=COUNCIL)
    refusal(
        lambda: actions.edit_body(
            Body.objects.get(slug=COUNCIL), {"gss_code": "bad"}, actor=admin, areas=areas("cardiff")
        )
    )
    assert regions_of(led) == ["gwent-rpb"]
    assert area_slugs(Body.objects.get(slug=COUNCIL)) == ["caerphilly"]


def test_a_new_kind_moves_the_bodys_adoptions_in_the_peer_counts(admin):
    practice = make_practice("spread", lead="cardiff-council")
    record_adoption(practice, Body.objects.get(slug=COUNCIL), actor=SYSTEM)
    record_adoption(practice, Body.objects.get(slug="gwynedd-council"), actor=SYSTEM)

    def counts():
        return dict(
            PeerAdoptionCount.objects.filter(practice=practice, adopters__gt=0).values_list(
                "body_kind", "adopters"
            )
        )

    assert counts() == {"local_authority": 2}
    actions.edit_body(Body.objects.get(slug=COUNCIL), {"kind": "national_body"}, actor=admin)
    assert counts() == {"local_authority": 1, "national_body": 1}


# Retiring ------------------------------------------------------------------------------------


def test_a_retired_body_stays_with_its_closing_date_and_who_retired_it(admin):
    body = Body.objects.get(slug="torfaen-voluntary-alliance")
    closed_on = datetime.date(2025, 3, 31)
    actions.retire_body(body, actor=admin, closed_on=closed_on)
    body.refresh_from_db()
    assert body.active_to == closed_on
    record = body.history.order_by("-history_id").first()
    assert record.history_user == admin
    problems = refusal(lambda: actions.retire_body(body, actor=admin, closed_on=closed_on))
    assert problems == {"active_to": ["This body is already marked as closed, on 31 March 2025."]}


def test_a_body_cannot_be_retired_before_it_opened_or_in_the_future(admin):
    body = Body.objects.get(slug="torfaen-voluntary-alliance")
    actions.edit_body(body, {"active_from": datetime.date(2015, 4, 1)}, actor=admin)
    early = refusal(
        lambda: actions.retire_body(body, actor=admin, closed_on=datetime.date(2014, 1, 1))
    )
    assert early == {"active_to": ["A body cannot close before it opened."]}
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    late = refusal(lambda: actions.retire_body(body, actor=admin, closed_on=tomorrow))
    assert late == {"active_to": ["The date it closed must be from 1800 to today."]}
    body.refresh_from_db()
    assert body.active_to is None


# The pages -----------------------------------------------------------------------------------

PAGES = ["/bodies/new/", f"/bodies/{COUNCIL}/edit/", f"/bodies/{COUNCIL}/retire/"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("role", ["viewer", "editor", "body_admin", "moderator", "board"])
def test_the_pages_are_hidden_from_everyone_but_programme_admins(client, people, role, path):
    sign_in_with_two_factor(client, people[role])
    assert client.get(path).status_code == 404
    assert client.post(path, {}).status_code == 404


@pytest.mark.parametrize("path", PAGES)
def test_superusers_use_the_pages_too(client, directory, django_user_model, path):
    sign_in_with_two_factor(
        client, django_user_model.objects.create_superuser("root@example.org", PASSWORD)
    )
    assert client.get(path).status_code == 200


@pytest.mark.parametrize("path", [p.replace(COUNCIL, "no-such-body") for p in PAGES[1:]])
def test_an_unknown_body_is_404_for_programme_admins_too(admin_client, path):
    assert admin_client.get(path).status_code == 404


def test_links_to_the_pages_are_shown_to_programme_admins_only(client, admin_client, people):
    edit, retire = f"/bodies/{COUNCIL}/edit/", f"/bodies/{COUNCIL}/retire/"
    page = admin_client.get(f"/bodies/{COUNCIL}/").content.decode()
    assert edit in page and retire in page
    listing = admin_client.get("/bodies/").content.decode()
    assert "/bodies/new/" in listing and "/bodies/gwynedd-council/edit/" in listing
    client.logout()
    sign_in_with_two_factor(client, people["moderator"])
    for path in (f"/bodies/{COUNCIL}/", "/bodies/"):
        html = client.get(path).content.decode()
        assert "/edit/" not in html and "/retire/" not in html and "/bodies/new/" not in html


def form_data(body: Body, **changes) -> dict:
    """What the edit page posts for a stored body, with `changes` made."""
    data = {
        "name_en": body.name_en,
        "name_cy": body.name_cy,
        "short_name": body.short_name,
        "sector": body.sector,
        "kind": body.kind,
        "gss_code": body.gss_code,
        "ods_code": body.ods_code,
        "website": body.website,
        "seen": latest_history_id(body),
        **as_posted("active_from", body.active_from or ""),
        **as_posted("active_to", body.active_to or ""),
    }
    for area in body.areas.all():
        data.setdefault(f"areas_{area.kind}", []).append(area.pk)
    data.update(changes)
    return data


def test_an_admin_adds_a_body_on_its_page(admin_client, admin):
    data = {
        "name_en": "Valleys Community Trust",
        "name_cy": "Ymddiriedolaeth Gymunedol y Cymoedd",
        "sector": "third_sector",
        "kind": "county_voluntary_council",
        "areas_local_authority": [Area.objects.get(slug="caerphilly").pk],
        **as_posted("active_from", "2024-04-01"),
    }
    response = admin_client.post("/bodies/new/", data, follow=True)
    body = Body.objects.get(slug="valleys-community-trust")
    assert response.redirect_chain[-1][0] == "/bodies/valleys-community-trust/"
    assert "Valleys Community Trust added to the directory." in response.content.decode()
    assert (body.active_from, area_slugs(body)) == (datetime.date(2024, 4, 1), ["caerphilly"])
    assert body.history.get().history_user == admin


def test_the_edit_page_shows_the_body_as_stored(admin_client):
    html = admin_client.get(f"/bodies/{COUNCIL}/edit/").content.decode()
    caerphilly = Area.objects.get(slug="caerphilly").pk
    assert 'value="Cyngor Bwrdeistref Sirol Caerffili"' in html
    assert 'value="W06000018"' in html
    assert f'value="{caerphilly}" checked' in html
    assert html.count(" checked") == 2  # the sector and its one area
    for group in ("Local authority areas", "Health board areas", "Regional Partnership Board"):
        assert group in html


def test_an_admin_corrects_a_bodys_welsh_name_and_areas(admin_client, admin):
    led = make_practice("led", lead=COUNCIL)
    body = Body.objects.get(slug=COUNCIL)
    data = form_data(
        body,
        name_cy="Cyngor Caerffili",
        areas_local_authority=[Area.objects.get(slug="cardiff").pk],
    )
    response = admin_client.post(f"/bodies/{COUNCIL}/edit/", data, follow=True)
    assert response.redirect_chain[-1][0] == f"/bodies/{COUNCIL}/"
    assert "Changes to Caerphilly County Borough Council saved." in response.content.decode()
    body.refresh_from_db()
    assert (body.name_cy, area_slugs(body)) == ("Cyngor Caerffili", ["cardiff"])
    assert regions_of(led) == ["cardiff-and-vale-rpb"]
    assert body.history.order_by("-history_id").first().history_user == admin


def test_mistakes_are_shown_on_the_form_and_nothing_is_saved(admin_client):
    body = Body.objects.get(slug=COUNCIL)
    data = form_data(
        body,
        name_cy="Cyngor Caerffili",
        gss_code="W6",
        website="not a website",
        active_from_day="31",
        active_from_month="2",
        active_from_year="2020",
    )
    response = admin_client.post(f"/bodies/{COUNCIL}/edit/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    for message in (
        "Enter a GSS code as a capital letter and 8 digits, like W06000015.",
        "Enter the website&#x27;s address, like https://www.gov.wales.",
        "The date it opened must be a real date.",
    ):
        assert message in html, message
    assert '<a href="#id_active_from_day">' in html
    body.refresh_from_db()
    assert body.name_cy == "Cyngor Bwrdeistref Sirol Caerffili"


def test_an_action_refusal_lands_on_its_field(admin_client):
    body = Body.objects.get(slug=COUNCIL)
    response = admin_client.post(f"/bodies/{COUNCIL}/edit/", form_data(body, gss_code="W06000002"))
    form = response.context["form"]
    assert form.errors == {"gss_code": ["Gwynedd Council already has this GSS code."]}


def test_a_stale_edit_page_is_refused_with_what_changed(admin_client, admin):
    body = Body.objects.get(slug=COUNCIL)
    loaded = form_data(body)
    actions.edit_body(body, {"name_cy": "Cyngor Caerffili"}, actor=admin)
    response = admin_client.post(f"/bodies/{COUNCIL}/edit/", {**loaded, "short_name": "CCBC"})
    assert response.status_code == 409
    html = response.content.decode()
    assert "Someone else changed this record while you were editing it" in html
    assert "Cyngor Caerffili" in html
    body.refresh_from_db()
    assert body.short_name == ""


def test_an_admin_retires_a_body_after_a_question(admin_client, admin):
    path = "/bodies/torfaen-voluntary-alliance/retire/"
    page = admin_client.get(path)
    today = timezone.localdate()
    assert page.context["form"]["active_to"].value() == today
    body = Body.objects.get(slug="torfaen-voluntary-alliance")
    response = admin_client.post(
        path,
        {**as_posted("active_to", "2025-03-31"), "seen": latest_history_id(body)},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == "/bodies/torfaen-voluntary-alliance/"
    html = response.content.decode()
    assert "Torfaen Voluntary Alliance is marked as closed." in html
    assert "Its last day open was 31 March 2025." in html
    body.refresh_from_db()
    assert body.active_to == datetime.date(2025, 3, 31)
    assert body.history.order_by("-history_id").first().history_user == admin
    # Marked in the list, and the question is not asked again.
    listing = admin_client.get("/bodies/", {"sector": "third_sector"}).content.decode()
    assert "govuk-tag--grey" in listing
    again = admin_client.get(path).content.decode()
    assert "This body is already marked as closed, on 31 March 2025." in again
    assert (
        "/retire/" not in admin_client.get("/bodies/torfaen-voluntary-alliance/").content.decode()
    )


def test_a_closing_date_is_asked_for(admin_client):
    body = Body.objects.get(slug="torfaen-voluntary-alliance")
    response = admin_client.post(
        "/bodies/torfaen-voluntary-alliance/retire/",
        {**as_posted("active_to", ""), "seen": latest_history_id(body)},
    )
    assert "Enter the date it closed." in response.content.decode()
    body.refresh_from_db()
    assert body.active_to is None


def test_the_pages_speak_welsh(admin_client):
    html = admin_client.get(f"/cy/bodies/{COUNCIL}/edit/").content.decode()
    assert "Sir Ddinbych" in html  # the areas by their Welsh names
    assert 'lang="cy"' in html


def test_the_edit_page_runs_a_fixed_number_of_queries(admin_client, admin):
    """Whatever the number of areas a body serves (one council area; the nation and every
    police area)."""
    national = Body.objects.get(slug="welsh-government")
    actions.edit_body(national, {}, actor=admin, areas=list(Area.objects.exclude(kind="nation")))
    counts = []
    for slug in (COUNCIL, "welsh-government"):
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.get(f"/bodies/{slug}/edit/").status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1] <= 6, counts


def test_saving_the_edit_page_runs_a_fixed_number_of_queries(admin_client):
    """Whatever the number of practices whose regions follow the body's areas."""
    counts = []
    for practices in (1, 6):
        slug = ["gwynedd-council", "conwy-county-borough-council"][practices > 1]
        for n in range(practices):
            make_practice(f"{slug}-{n}", lead=slug)
        body = Body.objects.get(slug=slug)
        data = form_data(body, areas_local_authority=[Area.objects.get(slug="powys").pk])
        with CaptureQueriesContext(connection) as captured:
            assert admin_client.post(f"/bodies/{slug}/edit/", data).status_code == 302
        counts.append(len(captured))
    assert counts[0] == counts[1], counts


# The back office -----------------------------------------------------------------------------


@pytest.fixture
def superuser_client(client, directory, django_user_model):
    user = django_user_model.objects.create_superuser("root@example.org", PASSWORD)
    sign_in_with_two_factor(client, user)
    client.user = user
    return client


def admin_form_data(client, body, **changes):
    page = client.get(f"/admin/directory/body/{body.pk}/change/")
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(changes)
    return data


def test_saving_areas_in_the_back_office_goes_through_the_action(superuser_client):
    led = make_practice("led", lead=COUNCIL)
    body = Body.objects.get(slug=COUNCIL)
    cardiff = Area.objects.get(slug="cardiff").pk
    data = admin_form_data(superuser_client, body, name_cy="Cyngor Caerffili", areas=[cardiff])
    response = superuser_client.post(f"/admin/directory/body/{body.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    body.refresh_from_db()
    assert (body.name_cy, area_slugs(body)) == ("Cyngor Caerffili", ["cardiff"])
    assert regions_of(led) == ["cardiff-and-vale-rpb"]
    record = body.history.order_by("-history_id").first()
    assert (record.history_user, record.history_change_reason) == (
        superuser_client.user,
        "areas:+cardiff -caerphilly",
    )


def test_adding_in_the_back_office_goes_through_the_action(superuser_client):
    response = superuser_client.post(
        "/admin/directory/body/add/",
        {
            "slug": "valleys-trust",
            "name_en": "Valleys Community Trust",
            "sector": "third_sector",
            "kind": "county_voluntary_council",
            "areas": [Area.objects.get(slug="caerphilly").pk],
        },
    )
    assert response.status_code == 302, response.context["adminform"].form.errors
    body = Body.objects.get(slug="valleys-trust")
    assert area_slugs(body) == ["caerphilly"]
    assert body.history.get().history_user == superuser_client.user


def test_the_back_office_refuses_what_the_actions_refuse(superuser_client):
    body = Body.objects.get(slug=COUNCIL)
    data = admin_form_data(superuser_client, body, gss_code="W06000002")
    response = superuser_client.post(f"/admin/directory/body/{body.pk}/change/", data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors == {
        "gss_code": ["Gwynedd Council already has this GSS code."]
    }


def test_bodies_are_retired_not_deleted_in_the_back_office(superuser_client):
    body = Body.objects.get(slug="torfaen-voluntary-alliance")
    assert superuser_client.get(f"/admin/directory/body/{body.pk}/delete/").status_code == 403
    superuser_client.post(
        "/admin/directory/body/",
        {"action": "retire_selected", "_selected_action": [body.pk]},
    )
    body.refresh_from_db()
    assert body.active_to == timezone.localdate()
    assert body.history.order_by("-history_id").first().history_user == superuser_client.user


def test_areas_are_read_only_in_the_back_office(superuser_client):
    area = Area.objects.get(slug="cardiff")
    assert superuser_client.get("/admin/directory/area/").status_code == 200
    assert superuser_client.get(f"/admin/directory/area/{area.pk}/change/").status_code == 200
    assert superuser_client.get("/admin/directory/area/add/").status_code == 403
