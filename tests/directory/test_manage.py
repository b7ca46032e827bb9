"""Keeping the directory of public bodies: the actions (who may, what is refused and why, the
history, what other records derive from a body's areas and kind) and the pages programme
admins use, in both languages."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from arfer.accounts.actions import create_account
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
    return create_account(email, role=role, password=PASSWORD, **kwargs)[0]


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
    assert actions.add_body(new_body(name_en="Another trust"), actor=None).pk


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
    assert record.history_change_reason == "areas: +torfaen"
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
        "areas: +cardiff +newport -caerphilly",
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
    record_adoption(practice, Body.objects.get(slug=COUNCIL), actor=None)
    record_adoption(practice, Body.objects.get(slug="gwynedd-council"), actor=None)

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
