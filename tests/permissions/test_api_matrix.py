"""The API's permission matrix (api_matrix.py), every row for every role, each person calling
with a read-and-write token of their own."""

import json

import pytest

from arfer.accounts.tokens import create_api_token
from arfer.accounts.two_factor import has_two_factor
from arfer.core.actors import SYSTEM
from tests.accounts.helpers import give_two_factor

from .api_matrix import API_MATRIX
from .matrix import ROLES

CASES = [
    pytest.param(path, method, body, role, int(status), id=f"{method} {name} {role} {i}")
    for i, (name, path, method, body, statuses) in enumerate(API_MATRIX)
    for role, status in zip(ROLES, statuses.split(), strict=True)
]


@pytest.mark.parametrize(("path", "method", "body", "role", "expected"), CASES)
def test_designed_status(client, world, path, method, body, role, expected):
    headers = {}
    if role != "anonymous":
        person = world["people"][role]
        if person.requires_two_factor and not has_two_factor(person):
            give_two_factor(person)  # privileged roles' tokens work only with two-factor set up
        raw = create_api_token(person, name="Matrix", scope="write", actor=SYSTEM)[1]
        headers["Authorization"] = f"Bearer {raw}"
    url = path(world)
    payload = json.dumps(body(world)) if body else ""
    response = client.generic(
        method, url, payload, content_type="application/json", headers=headers
    )
    assert response.status_code == expected, (url, response.content[:300])
    if response["Content-Type"].startswith("application/json") and expected >= 400:
        # One error format everywhere.
        assert {"status", "code", "message"} <= set(response.json())
