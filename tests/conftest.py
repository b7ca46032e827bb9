import pytest

from arfer.accounts import ratelimit
from arfer.board import dashboard
from arfer.core.actors import SYSTEM
from arfer.directory.actions import load_reference_directory
from arfer.directory.models import Body
from arfer.directory.reference import AREAS, BODIES
from arfer.menu.actions import load_service_areas, save_practice
from arfer.menu.models import Practice, ServiceArea
from arfer.menu.taxonomy import SERVICE_AREAS
from arfer.menu.workflow import publish_practice
from tests import reference_rows
from tests.browser_support import browser  # noqa: F401 - one Chromium for the whole process
from tests.object_storage import object_storage, s3_endpoint  # noqa: F401 - one S3 server


@pytest.fixture(autouse=True)
def english_unless_asked(settings):
    """A request under /cy/ leaves Welsh active in the thread; each test starts in English."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def open_data_files_of_their_own(settings, tmp_path_factory):
    """Open data files are kept by the state of the data; a test's data must never be served
    another test's file (rolled-back ids repeat from test to test)."""
    settings.STORAGES = {
        **settings.STORAGES,
        "opendata": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path_factory.mktemp("opendata"))},
        },
    }


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Argon2 is deliberately slow; tests that create hundreds of accounts use a fast hasher.
    tests/accounts/test_accounts.py checks that the real settings use Argon2."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def emails_sent_as_soon_as_queued(settings, monkeypatch):
    """E-mails go through the task worker (arfer/core/tasks.py), which tests do not run:
    here the e-mail task runs as soon as it is queued, into Django's test outbox. Other tasks
    keep the configured backend. tests/accounts/test_email_tasks.py tests the queue itself."""
    from arfer.core import tasks

    settings.TASKS = {
        **settings.TASKS,
        "immediate": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }
    monkeypatch.setattr(tasks, "send_emails", tasks.send_emails.using(backend="immediate"))


@pytest.fixture(autouse=True)
def rate_limits_off_unless_asked(settings):
    """Tests call the API and send invitations far faster than people do, from one address:
    the rate limits are off, and tests/accounts/test_rate_limits.py turns them on."""
    settings.ARFER_API_RATE_PER_MINUTE = 0
    settings.ARFER_API_ANONYMOUS_RATE_PER_MINUTE = 0
    settings.ARFER_EMAIL_RATE_PER_CLIENT_PER_HOUR = 0
    settings.ARFER_EMAIL_RATE_PER_ADDRESS_PER_HOUR = 0
    # A process's blocks of hits outlive the test database's rollback of the shared counter.
    ratelimit.forget_hits_in_hand()


@pytest.fixture(autouse=True)
def dashboard_figures_drawn_afresh():
    """The dashboard's figures are kept per process under the data's state, which a test
    database rolled back can repeat with other data."""
    dashboard.forget_all()
    yield
    dashboard.forget_all()


@pytest.fixture(autouse=True)
def public_pages_drawn_afresh(settings):
    """Tests read what a page was drawn from (`response.context`), which a kept page has not:
    the public pages' cache is off, and tests/core/test_page_cache.py turns it on."""
    settings.CACHES = {
        **settings.CACHES,
        "public_pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


@pytest.fixture
def public_pages_kept(settings):
    """The public pages' cache on, as in production, for the tests of what it keeps."""
    settings.CACHES = {
        **settings.CACHES,
        "public_pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "public-pages-test",
        },
    }
    from django.core.cache import caches

    caches["public_pages"].clear()


def load_directory():
    """The real reference directory of Welsh public bodies and the service-area taxonomy
    (through the actions once per process, then from the rows they wrote)."""
    reference_rows.load(load_directory_through_actions)


def load_directory_through_actions():
    load_reference_directory(AREAS, BODIES)
    load_service_areas(SERVICE_AREAS)


@pytest.fixture
def directory(db):
    load_directory()


def make_practice(
    slug,
    *,
    lead="carmarthenshire-county-council",
    partners=(),
    service_areas=("reablement",),
    areas=(),
    publish=True,
    **fields,
):
    """A practice built through the menu's own actions, published unless told otherwise."""
    defaults = {
        "title_en": slug.replace("-", " ").capitalize(),
        "summary_en": f"Summary of {slug}.",
        "prevention_tier": "secondary",
        "evidence_level": 2,
    }
    defaults.update(fields)
    practice = Practice(slug=slug, lead_body=Body.objects.get(slug=lead), **defaults)
    save_practice(
        practice,
        actor=SYSTEM,
        partners=[(Body.objects.get(slug=body), role) for body, role in partners],
        service_areas=list(ServiceArea.objects.filter(slug__in=service_areas)),
        areas=list(practice.lead_body.areas.model.objects.filter(slug__in=areas)),
    )
    if publish:
        publish_practice(practice, actor=SYSTEM)
    return practice


@pytest.fixture
def practice_factory(directory):
    return make_practice


def pytest_terminal_summary(terminalreporter):
    """The crawl's figures (tests/crawl), summed up after the run, and written as JSON to the
    file ARFER_CRAWL_REPORT names. Here rather than in tests/crawl/ because, with
    pytest-xdist, only this conftest is read by the process that prints the summary."""
    from tests.crawl.report import summarise

    summarise(terminalreporter)
