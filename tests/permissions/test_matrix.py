import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from .api_matrix import API_MATRIX
from .matrix import MATRIX, ROLES

# Not part of the matrix: Django's admin (its own permission system, tested in test_admin.py).
EXEMPT_NAMESPACES = {"admin"}


def url_names(patterns=None, prefix=""):
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace in EXEMPT_NAMESPACES:
                continue
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from url_names(pattern.url_patterns, namespace)
        elif isinstance(pattern, URLPattern):
            yield f"{prefix}{pattern.name}"


def test_every_url_is_declared_in_the_matrix():
    declared = {row[0] for row in MATRIX} | {row[0] for row in API_MATRIX}
    assert sorted(set(url_names()) - declared) == []
    assert sorted(declared - set(url_names())) == []


CASES = [
    pytest.param(name, path, method, role, int(status), id=f"{method} {name} {role} {i}")
    for i, (name, path, method, statuses) in enumerate(MATRIX)
    for role, status in zip(ROLES, statuses.split(), strict=True)
]


@pytest.mark.parametrize(("name", "path", "method", "role", "expected"), CASES)
def test_designed_status(client_as, world, name, path, method, role, expected):
    client = client_as(role)
    url = path(world)
    response = client.get(url) if method == "GET" else client.post(url, {})
    assert response.status_code == expected, (url, response.get("Location"))
    # The Welsh pages answer the same (a POST that may have changed something is not repeated).
    # (The health check and the API are not translated by URL.)
    if (
        url != "/healthz"
        and not url.startswith("/api/v1/")
        and (method == "GET" or expected != 302)
    ):
        welsh = client.get("/cy" + url) if method == "GET" else client.post("/cy" + url, {})
        assert welsh.status_code == expected
