import inspect

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver

from .api_matrix import API_MATRIX
from .matrix import DONE, MATRIX, NO_FORM, ROLES

# Not part of the matrix: Django's admin (its own permission system, tested in test_admin.py).
EXEMPT_NAMESPACES = {"admin"}
# The API's operations are in their own matrix (api_matrix.py), with their own request bodies.
API_PREFIX = "api:"
REFUSALS = {403, 404, 405}


def url_views(patterns=None, prefix=""):
    """(name, view) for every URL."""
    for pattern in patterns if patterns is not None else get_resolver().url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace in EXEMPT_NAMESPACES:
                continue
            namespace = f"{prefix}{pattern.namespace}:" if pattern.namespace else prefix
            yield from url_views(pattern.url_patterns, namespace)
        elif isinstance(pattern, URLPattern):
            yield f"{prefix}{pattern.name}", pattern.callback


def url_names():
    for name, _view in url_views():
        yield name


def test_every_url_is_declared_in_the_matrix():
    declared = {row[0] for row in MATRIX} | {row[0] for row in API_MATRIX}
    assert sorted(set(url_names()) - declared) == []
    assert sorted(declared - set(url_names())) == []


def accepts_post(view) -> bool:
    """Whether a view takes a POST (rather than answering 405): a class-based view with a
    `post` method allowed; a function view unless its `require_http_methods` decorator
    (require_GET, ...) leaves POST out."""
    func = view
    while func is not None:
        view_class = getattr(func, "view_class", None)
        if view_class is not None:
            return "post" in view_class.http_method_names and hasattr(view_class, "post")
        if inspect.isfunction(func):
            allowed = inspect.getclosurevars(func).nonlocals.get("request_method_list")
            if allowed is not None:
                return "POST" in allowed
        func = getattr(func, "__wrapped__", None)
    return True


def test_views_that_answer_405_to_a_post_are_told_apart():
    """The check below reads the views' decorators: here it agrees with the rows where a POST
    answers 405 to everyone signed in."""
    views = dict(url_views())
    for row in MATRIX:
        if row.method == "POST":
            answers_405 = set(row.statuses.split()[1:]) == {"405"}
            assert accepts_post(views[row.name]) is not answers_405, row.name


def test_every_view_taking_a_post_has_a_row_posting_valid_data():
    with_valid_data = {row.name for row in MATRIX if row.method == "POST" and row.valid}
    taking_posts = {
        name for name, view in url_views() if not name.startswith(API_PREFIX) and accepts_post(view)
    }
    assert sorted(taking_posts - with_valid_data - set(NO_FORM)) == []
    # What NO_FORM says stays true.
    assert sorted(set(NO_FORM) - taking_posts) == []
    assert sorted(set(NO_FORM) & with_valid_data) == []


def test_only_a_post_of_valid_data_takes_effect():
    for row in MATRIX:
        statuses = row.statuses.split()
        assert len(statuses) == len(ROLES) and row.method in ("GET", "POST"), row.name
        assert row.method == "POST" or row.valid is None, row.name
        for status in statuses:
            code = status.removesuffix(DONE)
            assert code.isdigit() and len(code) == 3, (row.name, status)
            if status.endswith(DONE):
                # Its effect must be seen (`Valid.changes`); a refusal never takes effect.
                assert row.valid is not None and int(code) not in REFUSALS, (row.name, status)


CASES = [
    pytest.param(
        row,
        role,
        int(status.removesuffix(DONE)),
        status.endswith(DONE),
        id=f"{row.method} {row.name} {role} {i}",
    )
    for i, row in enumerate(MATRIX)
    for role, status in zip(ROLES, row.statuses.split(), strict=True)
]


def database_state() -> dict[str, int]:
    """How many rows each table of Arfer's apps holds, their history (the audit trail) too:
    every change an action makes adds a history row, or adds or removes a row."""
    return {
        model._meta.label: model._base_manager.count()
        for config in apps.get_app_configs()
        if config.name.startswith("arfer.")
        for model in config.get_models()
    }


@pytest.mark.parametrize(("row", "role", "expected", "takes_effect"), CASES)
def test_designed_status(client_as, world, row, role, expected, takes_effect):
    client = client_as(role)
    url = row.path(world)
    # The Welsh pages answer the same (the health check and the API are not translated by URL).
    translated = url != "/healthz" and not url.startswith("/api/v1/")
    if row.method == "GET":
        response = client.get(url)
        assert response.status_code == expected, (url, response.get("Location"))
        if translated:
            assert client.get("/cy" + url).status_code == expected
        return

    valid = row.valid
    if valid and valid.session:
        session = client.session
        session.update(valid.session(world))
        session.save()

    def reading():
        return valid.changes(world) if valid else None

    def post(path):
        return client.post(path, valid.data(world) if valid else {})

    before, state_before = reading(), database_state()
    response = post(url)
    assert response.status_code == expected, (url, response.get("Location"))
    if takes_effect:
        # Done once: a POST that changed something is not repeated in Welsh.
        assert reading() != before, f"{url}: nothing changed ({before!r})"
        return
    if translated:
        assert post("/cy" + url).status_code == expected
    # Refused, or the form shown again: nothing changed.
    assert reading() == before
    state = database_state()
    changed = {label: (n, state[label]) for label, n in state_before.items() if state[label] != n}
    assert changed == {}
