"""The one settings module. Every value comes from the environment; docs/settings.md lists them all
(a test keeps that table and this module in step).

ARFER_ENV chooses the mode: "development" (the default, what `make run` uses) or "production",
which refuses to start without a secret key and allowed hosts, and turns on every transport
security setting that `check --deploy` looks for. Debug is off in both unless ARFER_DEBUG is set.
"""

import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path
from typing import overload

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from whitenoise.compress import Compressor

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path(__file__).resolve().parent


@overload
def env(name: str) -> str | None: ...
@overload
def env(name: str, default: str) -> str: ...
def env(name: str, default: str | None = None) -> str | None:
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def env_bool(name: str, default: bool) -> bool:
    value = env(name)
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


ARFER_ENV = env("ARFER_ENV", "development")
if ARFER_ENV not in ("development", "production"):
    raise ImproperlyConfigured(
        f"ARFER_ENV must be 'development' or 'production', not {ARFER_ENV!r}."
    )
PRODUCTION = ARFER_ENV == "production"

DATA_DIR = Path(env("ARFER_DATA_DIR", str(BASE_DIR / "var"))).resolve()
# Made on first use, private to the service's user: it holds the database, uploaded evidence and
# the secret key.
DATA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)

# Off unless asked for, in development too: `make run` serves Arfer as it is served for real (the
# site's own error pages, no list of every address on a mistyped one). Developers who want
# Django's technical pages run `ARFER_DEBUG=1 make run`.
DEBUG = env_bool("ARFER_DEBUG", default=False)


def _secret_key() -> str:
    key = env("ARFER_SECRET_KEY")
    if key:
        return key
    if PRODUCTION:
        raise ImproperlyConfigured("ARFER_SECRET_KEY must be set when ARFER_ENV=production.")
    # Development keeps a generated key in the data folder so sessions survive restarts.
    key_file = DATA_DIR / "secret_key"
    if not key_file.exists():
        key_file.write_text(secrets.token_urlsafe(50))
        key_file.chmod(0o600)
    return key_file.read_text().strip()


SECRET_KEY = _secret_key()

_hosts = env("ARFER_ALLOWED_HOSTS")
if PRODUCTION and not _hosts:
    raise ImproperlyConfigured("ARFER_ALLOWED_HOSTS must be set when ARFER_ENV=production.")
ALLOWED_HOSTS = [h.strip() for h in (_hosts or "127.0.0.1,localhost,testserver").split(",")]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "csp",
    "axes",
    "simple_history",
    "ninja",
    "django_tasks",
    "django_tasks_db",
    "arfer.core",
    "arfer.accounts",
    "arfer.notifications",
    "arfer.directory",
    "arfer.menu",
    "arfer.rollout",
    "arfer.board",
    "arfer.api",
    "arfer.opendata",
    "arfer.imports",
    "arfer.demo",
]

MIDDLEWARE = [
    # First: the client's own scheme and address, read from a trusted proxy's headers.
    "arfer.core.proxy.TrustedProxyMiddleware",
    # Second: one log line per request, with the client's address, timing everything after it.
    "arfer.core.logs.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session, whose saving can also meet a locked database: answers it with 503.
    "arfer.core.busy.BusyDatabaseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The JSON API answers in the language of the client's Accept-Language.
    "arfer.api.middleware.ApiLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Inside the language and the person: a refused method answers with a page like any other.
    "arfer.core.not_allowed.MethodNotAllowedPageMiddleware",
    # After authentication: sends privileged people without two-factor sign-in to set it up.
    "arfer.accounts.middleware.TwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Records who made each change for the audit trail.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "arfer.urls"
WSGI_APPLICATION = "arfer.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "arfer.core.context_processors.site",
            ],
        },
    },
]

# Databases: SQLite in the data folder (or at ARFER_SQLITE_PATH, which the benchmarks use to point
# at a synthetic database) unless DATABASE_URL names another (PostgreSQL 15+).
SQLITE_PATH = Path(env("ARFER_SQLITE_PATH", str(DATA_DIR / "arfer.sqlite3"))).resolve()
DATABASE_URL = env("DATABASE_URL")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        raise ImproperlyConfigured("DATABASE_URL must be a postgres:// URL (or unset for SQLite).")
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(SQLITE_PATH),
            "OPTIONS": {
                # IMMEDIATE takes the write lock at BEGIN, so two writers queue on the busy
                # timeout instead of failing with "database is locked" on lock upgrade.
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                # Pages are read through a memory map of the file, which the operating system
                # shares between every connection and process; each connection's own page cache
                # is then kept small, so that several processes of several threads fit.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                    " PRAGMA mmap_size=1073741824; PRAGMA cache_size=-16384;"
                    " PRAGMA temp_store=MEMORY;"
                ),
            },
            # Kept open between requests: a new connection reopens the file, runs the pragmas
            # and rereads the schema before the first query.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
    }

# Each process keeps the menu's pages as the public sees them, under the menu's version
# (arfer/core/page_cache.py): about 50 KB a page, so at most some 25 MB a process.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "public_pages": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "public-pages",
        "TIMEOUT": 3600,
        "OPTIONS": {"MAX_ENTRIES": 500},
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "my-work"
LOGOUT_REDIRECT_URL = "home"

# Sign-in throttling (django-axes): five failures for one address from one client lock that
# combination out for fifteen minutes, so an attacker cannot lock a person out from elsewhere.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_USERNAME_CALLABLE = "arfer.accounts.throttling.attempted_email"
# Wrong two-factor codes count as failed sign-ins too; keep the codes typed out of its records.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]

# Rate limits (arfer/accounts/ratelimit.py), answered 429 with Retry-After; 0 turns one off.
# The JSON API: calls a minute per token (or signed-in person), and per client address without.
ARFER_API_RATE_PER_MINUTE = int(env("ARFER_API_RATE_PER_MINUTE", "600") or 0)
ARFER_API_ANONYMOUS_RATE_PER_MINUTE = int(env("ARFER_API_ANONYMOUS_RATE_PER_MINUTE", "300") or 0)
# Forms that send e-mail (invitations): e-mails an hour from one client, and to one address.
ARFER_EMAIL_RATE_PER_CLIENT_PER_HOUR = int(env("ARFER_EMAIL_RATE_PER_CLIENT_PER_HOUR", "20") or 0)
ARFER_EMAIL_RATE_PER_ADDRESS_PER_HOUR = int(env("ARFER_EMAIL_RATE_PER_ADDRESS_PER_HOUR", "5") or 0)

# Two-factor sign-in: the name authenticator apps show next to the account.
ARFER_TWO_FACTOR_ISSUER = env("ARFER_TWO_FACTOR_ISSUER", "Arfer")
# Sessions of the privileged roles (programme staff, board members, superusers) end this many
# hours after signing in, or sooner after this many minutes without a request; everyone else's
# last SESSION_COOKIE_AGE (Django's two weeks) from their last change.
ARFER_PRIVILEGED_SESSION_HOURS = int(env("ARFER_PRIVILEGED_SESSION_HOURS", "8") or 8)
ARFER_PRIVILEGED_SESSION_IDLE_MINUTES = int(
    env("ARFER_PRIVILEGED_SESSION_IDLE_MINUTES", "60") or 60
)
if ARFER_PRIVILEGED_SESSION_HOURS < 1 or ARFER_PRIVILEGED_SESSION_IDLE_MINUTES < 1:
    raise ImproperlyConfigured(
        "ARFER_PRIVILEGED_SESSION_HOURS and "
        "ARFER_PRIVILEGED_SESSION_IDLE_MINUTES must be at least 1."
    )
# Keys for the TOTP secrets stored encrypted (arfer/accounts/encryption.py), newest first; the
# secret key is used when none is set, and always tried after these when reading.
ARFER_TOTP_KEYS = [
    key.strip() for key in (env("ARFER_TOTP_KEY", "") or "").split(",") if key.strip()
]
if any(len(key) < 32 for key in ARFER_TOTP_KEYS):
    raise ImproperlyConfigured(
        "Each key in ARFER_TOTP_KEY must be at least 32 characters long "
        '(make one with: python -c "import secrets; '
        'print(secrets.token_urlsafe(32))").'
    )

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 8},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("cy", _("Welsh"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"

# Files Arfer keeps, one storage per purpose, always read through Django's storage API
# (django.core.files.storage.storages), so that several app servers can share them: "default"
# holds evidence attached to savings, "imports" the files uploaded for import (read by the task
# worker, perhaps on another machine), "opendata" the open data files. None is ever served as a
# static file: Arfer's own views hand each one out. ARFER_STORAGE chooses where they live: the
# data folder ("local"), or a bucket of S3-compatible object storage ("s3"), private, under
# ARFER_S3_PREFIX (docs/operations.md, "Files: local disk or object storage").
ARFER_STORAGE = env("ARFER_STORAGE", "local")
if ARFER_STORAGE not in ("local", "s3"):
    raise ImproperlyConfigured(f"ARFER_STORAGE must be 'local' or 's3', not {ARFER_STORAGE!r}.")
FILE_FOLDERS = {"default": "uploads", "imports": "imports", "opendata": "opendata"}
# Open data files are written under fixed names and replaced whole; evidence and imports never
# overwrite a file, a clash of names gets a new one.
OVERWRITTEN_FILES = {"opendata"}


def _s3_storages() -> dict:
    bucket = env("ARFER_S3_BUCKET")
    if not bucket:
        raise ImproperlyConfigured("ARFER_S3_BUCKET must be set when ARFER_STORAGE=s3.")
    access_key, secret_key = env("ARFER_S3_ACCESS_KEY_ID"), env("ARFER_S3_SECRET_ACCESS_KEY")
    if bool(access_key) != bool(secret_key):
        raise ImproperlyConfigured(
            "Set both ARFER_S3_ACCESS_KEY_ID and ARFER_S3_SECRET_ACCESS_KEY, or neither (boto3 "
            "then finds credentials itself, such as a machine's role)."
        )
    endpoint = env("ARFER_S3_ENDPOINT_URL")
    if endpoint and not endpoint.startswith(("https://", "http://")):
        raise ImproperlyConfigured(
            f"ARFER_S3_ENDPOINT_URL must be an address such as https://s3.example.org, "
            f"not {endpoint!r}."
        )
    prefix = (env("ARFER_S3_PREFIX", "") or "").strip("/")
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": env("ARFER_S3_REGION"),
        "access_key": access_key,
        "secret_key": secret_key,
        # Private objects: no ACL of their own (the bucket's policy holds), and any URL the
        # backend makes is signed. Arfer never hands one out: its views stream the files.
        "default_acl": None,
        "querystring_auth": True,
        "querystring_expire": 60,
        # A file read back is held in memory up to this size, beyond it in a temporary file.
        "max_memory_size": 4 * 1024 * 1024,
    }
    return {
        purpose: {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **options,
                "location": f"{prefix}/{folder}" if prefix else folder,
                "file_overwrite": purpose in OVERWRITTEN_FILES,
            },
        }
        for purpose, folder in FILE_FOLDERS.items()
    }


if ARFER_STORAGE == "s3":
    STORAGES = _s3_storages()
else:
    STORAGES = {
        purpose: {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {
                "location": str(DATA_DIR / folder),
                "allow_overwrite": purpose in OVERWRITTEN_FILES,
            },
        }
        for purpose, folder in FILE_FOLDERS.items()
    }
STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    if PRODUCTION
    else "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Serve straight from the app folders in development, so `make run` needs no collectstatic, and
# look for changed files on each request there (a rebuilt stylesheet shows without a restart).
WHITENOISE_USE_FINDERS = not PRODUCTION
WHITENOISE_AUTOREFRESH = not PRODUCTION
# Source maps (the API documentation's, several megabytes) are only fetched by developer tools:
# compressing them would add most of collectstatic's time for no reader.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]
# Files browsers ask for at the site's root (/favicon.ico), served by WhiteNoise as they are.
WHITENOISE_ROOT = PACKAGE_DIR / "core" / "static" / "arfer" / "root"

# Content Security Policy: no inline script, no third-party origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# A form refused by the CSRF check gets the site's own page, saying what to do next.
CSRF_FAILURE_VIEW = "arfer.core.views.csrf_failure"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# The TLS reverse proxies in front of Arfer, whose X-Forwarded-Proto and X-Forwarded-For headers
# are believed (arfer/core/proxy.py): addresses or networks. By default a proxy on the same
# machine, as docs/operations.md sets it up.
ARFER_TRUSTED_PROXIES = [
    entry.strip()
    for entry in (env("ARFER_TRUSTED_PROXIES", "127.0.0.1,::1") or "").split(",")
    if entry.strip()
]
for _proxy in ARFER_TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError:
        raise ImproperlyConfigured(
            f"ARFER_TRUSTED_PROXIES must list IP addresses or networks such as 10.0.0.0/24, "
            f"separated by commas; {_proxy!r} is neither."
        ) from None
# Addresses (scheme and host) from which forms may be posted besides the site's own, for a proxy
# that rewrites the Host header.
CSRF_TRUSTED_ORIGINS = [
    origin.strip()
    for origin in (env("ARFER_CSRF_TRUSTED_ORIGINS", "") or "").split(",")
    if origin.strip()
]
if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("ARFER_SSL_REDIRECT", default=True)
    # A monitor asks for the health check over plain HTTP on the machine itself.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("ARFER_HSTS_SECONDS", "31536000") or 0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# Logs on standard error (arfer/core/logs.py; docs/operations.md, "Reading the logs"): one line
# per request, background job and e-mail, written at INFO whatever ARFER_LOG_LEVEL says (which
# sets the level of everything else), as JSON or as readable text.
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
ARFER_LOG_LEVEL = (env("ARFER_LOG_LEVEL", "WARNING") or "").upper()
if ARFER_LOG_LEVEL not in LOG_LEVELS:
    raise ImproperlyConfigured(
        f"ARFER_LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {env('ARFER_LOG_LEVEL')!r}."
    )
ARFER_LOG_FORMAT = (env("ARFER_LOG_FORMAT", "json" if PRODUCTION else "text") or "").lower()
if ARFER_LOG_FORMAT not in ("json", "text"):
    raise ImproperlyConfigured(
        f"ARFER_LOG_FORMAT must be 'json' or 'text', not {env('ARFER_LOG_FORMAT')!r}."
    )
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "arfer": {
            "()": "arfer.core.logs.JsonFormatter"
            if ARFER_LOG_FORMAT == "json"
            else "arfer.core.logs.TextFormatter"
        }
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "arfer"}},
    "loggers": {
        # Static files and /healthz are logged at DEBUG, so they show only when asked for.
        **{
            name: {"level": "DEBUG" if ARFER_LOG_LEVEL == "DEBUG" else "INFO"}
            for name in ("arfer.request", "arfer.job", "arfer.email")
        },
        # Django's "Not Found: <path>" for every 4xx repeats the request line, after it and
        # without its id; errors (5xx, with the traceback) are still written.
        "django.request": {"level": "ERROR"},
    },
    "root": {"handlers": ["console"], "level": ARFER_LOG_LEVEL},
}

# Error reporting to a Sentry-compatible service (arfer/core/error_reporting.py), when a DSN is
# set; performance tracing only for the share of requests asked for.
ARFER_SENTRY_DSN = env("ARFER_SENTRY_DSN")
try:
    ARFER_SENTRY_TRACES_SAMPLE_RATE = float(env("ARFER_SENTRY_TRACES_SAMPLE_RATE", "0") or "")
except ValueError:
    ARFER_SENTRY_TRACES_SAMPLE_RATE = -1.0
if not 0 <= ARFER_SENTRY_TRACES_SAMPLE_RATE <= 1:
    raise ImproperlyConfigured(
        "ARFER_SENTRY_TRACES_SAMPLE_RATE must be a share between 0 and 1, "
        f"such as 0.05, not {env('ARFER_SENTRY_TRACES_SAMPLE_RATE')!r}."
    )
if ARFER_SENTRY_DSN:
    from arfer.core.error_reporting import start_error_reporting

    start_error_reporting(
        ARFER_SENTRY_DSN, environment=ARFER_ENV, traces_sample_rate=ARFER_SENTRY_TRACES_SAMPLE_RATE
    )

# Email: written to files under the data folder unless an SMTP host is set.
ARFER_SITE_URL = (env("ARFER_SITE_URL", "http://127.0.0.1:8000") or "").rstrip("/")
DEFAULT_FROM_EMAIL = env("ARFER_EMAIL_FROM", "arfer@localhost")
# Where people write to the team running the service (the accessibility and Welsh language
# statements name it); empty until the operator gives one, and then the statements say so.
ARFER_CONTACT_EMAIL = env("ARFER_CONTACT_EMAIL", "").strip()
EMAIL_HOST = env("ARFER_EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(env("ARFER_EMAIL_PORT", "587") or 587)
    EMAIL_HOST_USER = env("ARFER_EMAIL_USER", "")
    EMAIL_HOST_PASSWORD = env("ARFER_EMAIL_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("ARFER_EMAIL_TLS", default=True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = DATA_DIR / "mail"
# How long the task worker waits on the mail server before trying that e-mail again later.
EMAIL_TIMEOUT = int(env("ARFER_EMAIL_TIMEOUT", "10") or 10)

# Demo mode: `arfer demo` also creates one account per role and prints their passwords once.
ARFER_DEMO_MODE = env_bool("ARFER_DEMO_MODE", default=not PRODUCTION)

# Search results beyond this many are reported as "10,000+" rather than counted in full.
ARFER_RESULT_COUNT_CAP = 10_000
ARFER_PAGE_SIZE = 20

# The largest evidence file accepted with a ledger entry, in megabytes.
ARFER_EVIDENCE_MAX_MB = int(env("ARFER_EVIDENCE_MAX_MB", "10"))

# The largest file accepted on the bulk import page, in megabytes (the command line has no limit).
ARFER_IMPORT_MAX_MB = int(env("ARFER_IMPORT_MAX_MB", "50"))
# Limits checked while an import file is read (page and command line alike), so that a small
# file that unpacks or parses into something huge is refused before it fills the memory.
ARFER_IMPORT_MAX_ROWS = int(env("ARFER_IMPORT_MAX_ROWS", "200000"))
ARFER_IMPORT_MAX_CELLS = int(env("ARFER_IMPORT_MAX_CELLS", "6000000"))
ARFER_IMPORT_MAX_UNPACKED_MB = int(
    env("ARFER_IMPORT_MAX_UNPACKED_MB", str(20 * ARFER_IMPORT_MAX_MB))
)
# A running import records a heartbeat as it goes; one silent for this long lost its worker.
ARFER_IMPORT_STALLED_MINUTES = int(env("ARFER_IMPORT_STALLED_MINUTES", "10"))

# The board's coverage grid flags a cell as a gap when fewer than this share of its bodies have
# adopted a practice in that service area; the board can try another threshold on the page.
try:
    ARFER_COVERAGE_GAP_SHARE = float(env("ARFER_COVERAGE_GAP_SHARE", "0.25"))
except ValueError:
    ARFER_COVERAGE_GAP_SHARE = -1.0
if not 0 < ARFER_COVERAGE_GAP_SHARE <= 1:
    raise ImproperlyConfigured(
        "ARFER_COVERAGE_GAP_SHARE must be a share between 0 and 1, such as 0.25."
    )

# The board's figures are kept as snapshots (arfer/board/snapshots.py). When the data has
# changed, a figure that took at most this long to calculate last time is calculated again on
# the spot; a slower one is shown as it was, dated, until `arfer boardfigures` runs.
ARFER_FIGURES_INLINE_MS = int(env("ARFER_FIGURES_INLINE_MS", "3000"))

# Background jobs (django-tasks, database backend): bulk imports uploaded on the web. `arfer serve`
# runs a worker beside the web server; on a larger installation run `arfer worker --no-reload` on
# its own.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Health (/healthz, docs/operations.md): a check fails beyond these limits. The task worker's
# heartbeat counts only where a worker is expected, as `arfer serve` runs one in production.


def _whole_number(name: str, value: str | None) -> int:
    try:
        number = int(value or "")
    except ValueError:
        number = -1
    if number < 0:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.")
    return number


ARFER_HEALTH_WORKER_EXPECTED = env_bool("ARFER_HEALTH_WORKER_EXPECTED", default=PRODUCTION)
ARFER_HEALTH_WORKER_STALE_SECONDS = _whole_number(
    "ARFER_HEALTH_WORKER_STALE_SECONDS", env("ARFER_HEALTH_WORKER_STALE_SECONDS", "120")
)
ARFER_HEALTH_QUEUE_STALE_SECONDS = _whole_number(
    "ARFER_HEALTH_QUEUE_STALE_SECONDS", env("ARFER_HEALTH_QUEUE_STALE_SECONDS", "600")
)
ARFER_HEALTH_MIN_FREE_MB = _whole_number(
    "ARFER_HEALTH_MIN_FREE_MB", env("ARFER_HEALTH_MIN_FREE_MB", "1024")
)

# Uploaded files are private to the service's user, like everything in the data folder (Django's
# default would make them readable by every account on the machine).
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
