import pytest

from arfer.accounts.actions import create_account
from arfer.accounts.models import Membership
from arfer.directory.models import Body
from arfer.menu.models import Practice
from arfer.rollout.actions import record_adoption, record_saving
from tests.accounts.helpers import sign_in_with_two_factor
from tests.conftest import make_practice

from .matrix import ROLES

PASSWORD = "a-long-unusual-passphrase"


@pytest.fixture
def world(directory):
    """One body's people and practices, and the outsiders, for every row of the matrix."""
    own = Body.objects.get(slug="carmarthenshire-county-council")
    other = Body.objects.get(slug="gwynedd-council")

    def person(role, email, **kwargs):
        return create_account(email, role=role, password=PASSWORD, **kwargs)[0]

    people = {
        "viewer": person("viewer", "viewer@example.org", body=own),
        "editor": person("editor", "editor@example.org", body=own),
        "body_admin": person("body-admin", "body-admin@example.org", body=own),
        "outsider": person("editor", "outsider@example.org", body=other),
        "moderator": person("moderator", "moderator@example.org"),
        "board": person("board", "board@example.org"),
        "programme_admin": person("programme-admin", "admin@example.org"),
    }
    make_practice("own-draft", publish=False)
    submitted = make_practice("own-submitted", publish=False)
    Practice.objects.filter(pk=submitted.pk).update(status="submitted")
    published = make_practice("published")
    member = Membership.objects.get(user=people["viewer"])
    # The own body adopts another body's practice; a third body adopts the own body's one.
    # The outsider's body (Gwynedd) has no part in either.
    cardiff = Body.objects.get(slug="cardiff-council")
    other = make_practice("other-published", lead="cardiff-council")
    own_adoption = record_adoption(other, own, actor=None)
    incoming_adoption = record_adoption(published, cardiff, actor=None)
    saving = {"financial_year": 2024, "quarter": 1, "kind": "cashable",
              "recurrence": "one_off", "certainty": "realised", "amount_pence": 100_000}
    return {"people": people, "member": member, "own_adoption": own_adoption,
            "incoming_adoption": incoming_adoption,
            "own_entry": record_saving(actor=None, values=saving, adoption=own_adoption),
            "incoming_entry": record_saving(actor=None, values=saving,
                                            adoption=incoming_adoption)}


@pytest.fixture
def client_as(client, world):
    def sign_in(role):
        assert role in ROLES
        if role == "anonymous":
            return client
        user = world["people"][role]
        if user.requires_two_factor:
            sign_in_with_two_factor(client, user)
        else:
            client.force_login(user)
        return client

    return sign_in
