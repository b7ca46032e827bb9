"""Logs a person can follow: one line per request (its id, the person, the time taken), per
background job and per e-mail, and errors reported to a Sentry-compatible service."""

import io
import json
import logging
import re
import subprocess
import sys

import pytest
from django.core.mail import EmailMessage
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django_tasks import task
from sentry_sdk.transport import Transport

from arfer.accounts.models import User
from arfer.core import error_reporting, tasks
from arfer.core.logs import JsonFormatter, RequestLogMiddleware, TextFormatter, log_request
from arfer.notifications import delivery
from arfer.notifications.models import DigestItem, NotificationKind
from tests.core.test_settings import run_check

EMAIL = "ffion.jones@example.org"
PASSWORD = "correct horse battery staple"
GENERATED_ID = re.compile(r"[0-9a-f]{32}")


class LogCapture:
    """Lines as the console handler writes them, in the format asked for."""

    def __init__(self, formatter: logging.Formatter):
        self.stream = io.StringIO()
        self.handler = logging.StreamHandler(self.stream)
        self.handler.setFormatter(formatter)

    @property
    def lines(self) -> list[str]:
        return self.stream.getvalue().splitlines()

    def records(self, logger: str) -> list[dict]:
        return [line for line in map(json.loads, self.lines) if line["logger"] == logger]


@pytest.fixture
def json_log():
    capture = LogCapture(JsonFormatter())
    logging.getLogger().addHandler(capture.handler)
    yield capture
    logging.getLogger().removeHandler(capture.handler)


@pytest.fixture
def text_log():
    capture = LogCapture(TextFormatter())
    logging.getLogger().addHandler(capture.handler)
    yield capture
    logging.getLogger().removeHandler(capture.handler)


@pytest.fixture
def person(db):
    return User.objects.create_user(email=EMAIL, password=PASSWORD)


# Requests ----------------------------------------------------------------------------------------


def test_a_request_is_one_json_line_with_its_id_person_time_client_and_size(
    client, person, json_log
):
    client.force_login(person)
    response = client.get("/", HTTP_X_REQUEST_ID="req-4f2a9c71")
    assert response.status_code == 200
    assert response["X-Request-ID"] == "req-4f2a9c71"
    [line] = json_log.records("arfer.request")
    assert line["request_id"] == "req-4f2a9c71"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/", 200)
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["user"] == str(person.pk)
    assert line["client"] == "127.0.0.1"
    assert line["size"] == len(response.content)
    assert line["level"] == "INFO" and line["time"]
    assert EMAIL not in json_log.stream.getvalue()


def test_an_anonymous_request_is_logged_with_a_dash_for_the_person(client, db, json_log):
    client.get("/")
    [line] = json_log.records("arfer.request")
    assert line["user"] == "-"


@pytest.mark.parametrize(
    "sent", ["", "short", "has spaces in it", "x" * 200, "forged\nline-123456", "ok-id-1234\r\n"]
)
def test_a_missing_or_malformed_request_id_is_replaced_by_a_new_one(client, db, json_log, sent):
    response = client.get("/", HTTP_X_REQUEST_ID=sent)
    assert GENERATED_ID.fullmatch(response["X-Request-ID"])
    [line] = json_log.records("arfer.request")
    assert line["request_id"] == response["X-Request-ID"]


def test_each_request_gets_its_own_id(client, db):
    first, second = client.get("/"), client.get("/")
    assert first["X-Request-ID"] != second["X-Request-ID"]


def test_secrets_in_the_query_and_tokens_in_the_path_are_not_logged(client, db, json_log):
    client.get("/?q=reablement&token=SECRET-A&api_key=SECRET-B&password=SECRET-C&page=2")
    client.get(reverse("notifications:unsubscribe", kwargs={"token": "SECRET-D-unsubscribe"}))
    client.get(reverse("accounts:invitation", kwargs={"token": "SECRET-E-invitation"}))
    output = json_log.stream.getvalue()
    assert "SECRET" not in output
    paths = [line["path"] for line in json_log.records("arfer.request")]
    assert paths[0] == "/?q=reablement&token=[hidden]&api_key=[hidden]&password=[hidden]&page=2"
    assert "[hidden]" in paths[1] and "[hidden]" in paths[2]


def test_a_line_break_in_the_path_cannot_start_a_forged_line(client, db, text_log):
    client.get("/nowhere%0A2025-01-01 00:00:00,000 INFO arfer.request [x] GET /forged/")
    [line] = [line for line in text_log.lines if "arfer.request" in line]
    assert "/nowhere%0A2025-01-01" in line


def test_the_client_is_the_address_a_trusted_proxy_forwarded(client, db, json_log):
    client.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    [line] = json_log.records("arfer.request")
    assert line["client"] == "203.0.113.7"


def test_the_text_format_is_one_readable_line(client, person, text_log):
    client.force_login(person)
    client.get("/?page=2", HTTP_X_REQUEST_ID="req-0000abcd")
    [line] = [line for line in text_log.lines if " arfer.request " in line]
    assert re.search(
        r" INFO arfer\.request \[req-0000abcd\] GET /\?page=2 200 \d+ms "
        rf"user={person.pk} client=127\.0\.0\.1 size=\d+$",
        line,
    ), line


def test_static_files_and_the_health_check_are_logged_only_at_debug(client, db, json_log):
    assert client.get("/favicon.ico").status_code == 200  # served by WhiteNoise
    client.get("/healthz")
    assert json_log.records("arfer.request") == []

    request_logger = logging.getLogger("arfer.request")
    level = request_logger.level
    request_logger.setLevel(logging.DEBUG)
    try:
        client.get("/favicon.ico")
        client.get("/healthz")
    finally:
        request_logger.setLevel(level)
    lines = json_log.records("arfer.request")
    assert [(line["path"], line["level"]) for line in lines] == [
        ("/favicon.ico", "DEBUG"),
        ("/healthz", "DEBUG"),
    ]


def test_a_request_that_raises_is_logged_500_and_its_error_carries_the_request_id(
    settings, db, json_log
):
    settings.ROOT_URLCONF = "tests.core.error_urls"
    response = Client(raise_request_exception=False).get(
        "/fails/", HTTP_X_REQUEST_ID="req-fails-001"
    )
    assert response.status_code == 500
    [line] = json_log.records("arfer.request")
    assert (line["status"], line["request_id"]) == (500, "req-fails-001")
    [error] = json_log.records("django.request")
    assert error["level"] == "ERROR" and error["request_id"] == "req-fails-001"
    assert "A deliberate failure" in error["exception"]


def test_an_exception_escaping_the_stack_still_gets_its_line(json_log):
    def raising(request):
        raise RuntimeError("escaped")

    with pytest.raises(RuntimeError):
        RequestLogMiddleware(raising)(RequestFactory().get("/somewhere/"))
    [line] = json_log.records("arfer.request")
    assert (line["path"], line["status"], line["size"]) == ("/somewhere/", 500, None)


def test_logging_a_request_never_loads_the_person(db, django_assert_num_queries, json_log):
    """The line reads the person only if authentication already loaded them: no query."""

    def load_person():
        raise AssertionError("the log loaded the person")

    request = RequestFactory().get("/")
    request.user = SimpleLazyObject(load_person)
    with django_assert_num_queries(0):
        log_request(request, None, 1.0)
    [line] = json_log.records("arfer.request")
    assert line["user"] == "-"


# Background jobs and e-mails ---------------------------------------------------------------------


@task()
def adds(a: int, b: int) -> int:
    return a + b


@task()
def fails() -> None:
    raise ValueError("this job fails")


def test_a_background_job_is_one_line_with_its_task_id_outcome_and_duration(json_log):
    result = adds.using(backend="immediate").enqueue(2, 3)
    [line] = json_log.records("arfer.job")
    assert line["task"] == "tests.core.test_logs.adds"
    assert line["job_id"] == str(result.id)
    assert line["outcome"] == "successful" and line["level"] == "INFO"
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0


def test_the_task_worker_logs_each_job_it_runs(transactional_db, json_log):
    from arfer.core.worker import ArferWorker

    result = adds.enqueue(20, 22)
    ArferWorker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="log-test-worker",
        excluded_queue_names=[],
    ).run()
    [line] = json_log.records("arfer.job")
    assert (line["task"], line["job_id"], line["outcome"]) == (
        "tests.core.test_logs.adds",
        str(result.id),
        "successful",
    )
    assert isinstance(line["duration_ms"], float)


def test_a_failed_background_job_is_logged_as_failed(json_log):
    result = fails.using(backend="immediate").enqueue()
    [line] = json_log.records("arfer.job")
    assert (line["job_id"], line["outcome"], line["level"]) == (str(result.id), "failed", "WARNING")


def test_an_email_is_one_line_with_its_kind_and_number_of_recipients_never_who(db, json_log):
    tasks.queue_emails(
        [EmailMessage("Hello", "Body.", "arfer@localhost", [EMAIL, "other@example.org"])],
        kind="invitation",
    )
    [line] = json_log.records("arfer.email")
    assert (line["kind"], line["recipients"], line["outcome"], line["attempt"]) == (
        "invitation",
        2,
        "sent",
        1,
    )
    assert "example.org" not in json_log.stream.getvalue()


def test_each_attempt_at_an_email_that_cannot_be_sent_is_logged(settings, db, json_log):
    settings.EMAIL_BACKEND = "tests.accounts.test_email_tasks.UnreachableBackend"
    tasks.queue_emails(
        [EmailMessage("Hello", "Body.", "arfer@localhost", [EMAIL])], kind="invitation"
    )
    assert [(line["attempt"], line["outcome"]) for line in json_log.records("arfer.email")] == [
        (1, "will retry"),
        (2, "will retry"),
        (3, "will retry"),
        (4, "gave up"),
    ]


def test_each_digest_email_is_logged(person, json_log):
    DigestItem.objects.create(
        user=person,
        kind=NotificationKind.PRACTICE_SUBMITTED,
        subject_en="S",
        subject_cy="S",
        text_en="T",
        text_cy="T",
    )
    assert delivery.send_digests() == 1
    [line] = json_log.records("arfer.email")
    assert (line["kind"], line["recipients"], line["outcome"]) == ("digest", 1, "sent")


# Error reporting ---------------------------------------------------------------------------------


class CapturingTransport(Transport):
    """Keeps what would be sent to the error-reporting service, serialised as it would go."""

    def __init__(self):
        super().__init__()
        self.envelopes = []

    def capture_envelope(self, envelope):
        self.envelopes.append(envelope)

    def events(self) -> list[dict]:
        return [envelope.get_event() for envelope in self.envelopes if envelope.get_event()]

    def sent(self) -> str:
        return b"".join(envelope.serialize() for envelope in self.envelopes).decode()


@pytest.fixture
def error_reports():
    transport = CapturingTransport()
    error_reporting.start_error_reporting(
        "https://public@errors.example.org/1",
        environment="production",
        traces_sample_rate=0,
        transport=transport,
    )
    try:
        yield transport
    finally:
        error_reporting.stop_error_reporting()


def test_an_exception_in_a_page_is_reported_without_personal_data(settings, person, error_reports):
    import sentry_sdk

    settings.ROOT_URLCONF = "tests.core.error_urls"
    browser = Client(raise_request_exception=False)
    browser.force_login(person)
    session_id = browser.cookies[settings.SESSION_COOKIE_NAME].value
    browser.cookies["csrftoken"] = "CSRFCOOKIEVALUE1234567890"
    response = browser.post(
        f"/fails/?token=QUERYSECRET&email={EMAIL}",
        {"email": EMAIL, "password": PASSWORD},
        HTTP_X_REQUEST_ID="req-reported-1",
    )
    assert response.status_code == 500
    assert not sentry_sdk.get_client().should_send_default_pii()
    sentry_sdk.get_client().flush()

    [event] = [event for event in error_reports.events() if event.get("exception")]
    exception = event["exception"]["values"][-1]
    assert (exception["type"], exception["value"]) == ("RuntimeError", "A deliberate failure")
    assert event["tags"]["request_id"] == "req-reported-1"
    assert event["environment"] == "production"
    sent = error_reports.sent()
    for private in (EMAIL, PASSWORD, session_id, "CSRFCOOKIEVALUE", "QUERYSECRET"):
        assert private not in sent, private


def test_nothing_is_reported_once_reporting_is_stopped(settings, db):
    transport = CapturingTransport()
    error_reporting.start_error_reporting(
        "https://public@errors.example.org/1",
        environment="production",
        traces_sample_rate=0,
        transport=transport,
    )
    error_reporting.stop_error_reporting()
    settings.ROOT_URLCONF = "tests.core.error_urls"
    assert Client(raise_request_exception=False).get("/fails/").status_code == 500
    assert transport.envelopes == [] and not error_reporting.is_on()


# Settings ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("ARFER_LOG_FORMAT", "xml", "ARFER_LOG_FORMAT must be 'json' or 'text'"),
        ("ARFER_LOG_LEVEL", "LOUD", "ARFER_LOG_LEVEL must be one of DEBUG, INFO"),
        ("ARFER_SENTRY_DSN", "not a dsn", "ARFER_SENTRY_DSN must be the DSN"),
        ("ARFER_SENTRY_TRACES_SAMPLE_RATE", "2", "ARFER_SENTRY_TRACES_SAMPLE_RATE must be a share"),
    ],
)
def test_a_bad_logging_or_error_reporting_setting_stops_the_site_with_a_clear_message(
    tmp_path, name, value, message
):
    result = run_check({name: value, "ARFER_DATA_DIR": str(tmp_path)})
    assert result.returncode != 0
    assert message in result.stderr


def test_the_site_starts_with_error_reporting_configured(tmp_path):
    result = run_check(
        {
            "ARFER_SENTRY_DSN": "https://public@errors.example.org/1",
            "ARFER_SENTRY_TRACES_SAMPLE_RATE": "0.05",
            "ARFER_DATA_DIR": str(tmp_path),
        }
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("environment", "formatter"),
    [
        (
            {
                "ARFER_ENV": "production",
                "ARFER_SECRET_KEY": "k" * 60,
                "ARFER_ALLOWED_HOSTS": "arfer.example",
            },
            "JsonFormatter",
        ),
        ({}, "TextFormatter"),
        ({"ARFER_LOG_FORMAT": "JSON"}, "JsonFormatter"),
    ],
)
def test_production_logs_json_and_development_text_by_default(tmp_path, environment, formatter):
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("ARFER_")}
    env.update(environment, ARFER_DATA_DIR=str(tmp_path))
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import arfer.settings as s; print(s.LOGGING['formatters']['arfer']['()'])",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == f"arfer.core.logs.{formatter}", result.stderr
