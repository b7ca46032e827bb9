"""The API against its own OpenAPI description, fuzzed by schemathesis: as the public and as an
editor with a read-and-write token, no request may cause a server error, and every response must
have a declared status, content type and shape."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from arfer.wsgi import application

from .conftest import person, token_for

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(autouse=True)
def connections_kept_open():
    """Called straight through WSGI, Django would close the database connection at the end of
    each request, inside the test's transaction; its own test client keeps it open the same
    way."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture(params=["anonymous", "editor"])
def headers(request, programme):
    if request.param == "anonymous":
        return {}
    return {"Authorization": f"Bearer {token_for(person('editor', 'fuzz@example.org'))}"}


@schema.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_api_keeps_its_description(case, headers):
    case.call_and_validate(headers=headers, checks=CHECKS)
