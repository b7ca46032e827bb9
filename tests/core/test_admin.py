import pytest

from tests.accounts.helpers import sign_in_with_two_factor

ADMIN_PAGES = [
    "/admin/",
    "/admin/directory/area/",
    "/admin/directory/body/",
    "/admin/directory/body/add/",
    "/admin/menu/servicearea/",
    "/admin/menu/practice/",
    "/admin/menu/practice/add/",
    "/cy/admin/menu/practice/",
    "/admin/accounts/user/",
    "/admin/accounts/user/add/",
    "/admin/menu/review/",
    "/admin/rollout/adoption/",
    "/admin/rollout/ledgerentry/",
    "/admin/rollout/savingstarget/",
]


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("admin@example.org", "correct-horse-battery")
    # Superusers must sign in with two-factor sign-in.
    sign_in_with_two_factor(client, user)
    return client


@pytest.mark.parametrize("path", ADMIN_PAGES)
def test_programme_staff_can_open_the_back_office(staff_client, practice_factory, path):
    assert staff_client.get(path).status_code == 200


def test_the_public_is_sent_to_sign_in(client, db):
    response = client.get("/admin/menu/practice/")
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_publishing_from_the_admin_goes_through_the_action(staff_client, practice_factory):
    from arfer.menu.models import Practice

    practice = practice_factory("draft", publish=False)
    staff_client.post(
        "/admin/menu/practice/", {"action": "publish_selected", "_selected_action": [practice.pk]}
    )
    practice.refresh_from_db()
    assert practice.status == "published" and practice.published_at is not None
    # Publishing twice is refused with a message, not an error page.
    response = staff_client.post(
        "/admin/menu/practice/",
        {"action": "publish_selected", "_selected_action": [practice.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert Practice.objects.get(pk=practice.pk).status == "published"


def test_editing_partners_in_the_admin_refreshes_derived_fields(staff_client, practice_factory):
    practice = practice_factory("solo", lead="gwynedd-council")
    assert not practice.works_across_boundaries
    page = staff_client.get(f"/admin/menu/practice/{practice.pk}/change/")
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data.update(
        {
            "service_areas": [sa.pk for sa in practice.service_areas.all()],
            "partnerships-TOTAL_FORMS": "1",
            "partnerships-INITIAL_FORMS": "0",
            "partnerships-0-body": practice.lead_body.__class__.objects.get(
                slug="betsi-cadwaladr-university-health-board"
            ).pk,
            "partnerships-0-role": "delivery",
        }
    )
    data.pop("areas", None)
    response = staff_client.post(f"/admin/menu/practice/{practice.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    practice.refresh_from_db()
    assert practice.works_across_boundaries


def test_programme_staff_can_add_an_account_by_email(staff_client):
    from arfer.accounts.models import User

    response = staff_client.post(
        "/admin/accounts/user/add/",
        {
            "email": "New.Person@Example.org",
            "usable_password": "true",
            "password1": "a-long-unusual-passphrase",
            "password2": "a-long-unusual-passphrase",
        },
    )
    assert response.status_code == 302
    assert User.objects.get(email="new.person@example.org").check_password(
        "a-long-unusual-passphrase"
    )


def test_the_back_office_shows_a_practices_history(staff_client, practice_factory):
    practice = practice_factory("recorded", publish=False)
    staff_client.post(
        "/admin/menu/practice/", {"action": "publish_selected", "_selected_action": [practice.pk]}
    )
    html = staff_client.get(f"/admin/menu/practice/{practice.pk}/history/").content.decode()
    assert "admin@example.org" in html
