"""The register's and the ledger's "whose" filter, for people who belong to bodies."""

import pytest

from arfer.core.actors import SYSTEM
from arfer.directory.models import Body
from arfer.rollout import actions
from tests.conftest import make_practice

from .conftest import CASHABLE, adopt

pytestmark = pytest.mark.django_db


@pytest.fixture
def both_ways(rollout_world):
    """Gwynedd adopts Carmarthenshire's practice; Carmarthenshire adopts Gwynedd's."""
    theirs = make_practice("gwynedd-scheme", lead="gwynedd-council")
    outgoing = adopt(rollout_world)
    incoming = actions.record_adoption(theirs, rollout_world["lead"], actor=SYSTEM)
    for adoption in (outgoing, incoming):
        actions.record_saving(actor=SYSTEM, values=CASHABLE, adoption=adoption)
    return outgoing, incoming


@pytest.mark.parametrize(
    ("relation", "expected"),
    [
        ("", {"gwynedd-council", "carmarthenshire-county-council"}),
        ("own", {"gwynedd-council"}),
        ("of_ours", {"carmarthenshire-county-council"}),
        ("nonsense", {"gwynedd-council", "carmarthenshire-county-council"}),
    ],
)
@pytest.mark.parametrize("table", ["adoptions", "savings"])
def test_a_member_chooses_whose_records(
    client, rollout_world, both_ways, relation, expected, table
):
    client.force_login(rollout_world["editor"])  # Gwynedd's editor
    response = client.get(f"/rollout/{table}/", {"relation": relation})
    rows = response.context["adoptions" if table == "adoptions" else "entries"]
    assert {row.body.slug for row in rows} == expected
    export = client.get(f"/rollout/{table}/export.csv", {"relation": relation})
    names = {Body.objects.get(slug=slug).name_en for slug in expected}
    lines = export.content.decode("utf-8-sig").splitlines()[1:]
    assert len(lines) == len(expected)
    assert all(any(name in line for name in names) for line in lines)


def test_the_programme_is_not_asked_whose(client, rollout_world, both_ways):
    from tests.accounts.helpers import sign_in_with_two_factor

    sign_in_with_two_factor(client, rollout_world["moderator"])
    response = client.get("/rollout/adoptions/", {"relation": "own"})
    assert "relation" not in response.context["form"].fields
    assert len(response.context["adoptions"]) == 2
