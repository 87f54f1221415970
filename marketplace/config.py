"""Configuration classes. The environment is read once, by `from_env`, in the factory."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from datetime import timedelta
from typing import Any

GRAPH_API_DEFAULT = "https://graph.facebook.com/v23.0"
TELEGRAM_API_DEFAULT = "https://api.telegram.org"

# Variables of the configuration contract (DESIGN.md) read verbatim into app.config.
CONTRACT_VARIABLES = (
    "SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "PUBLIC_BASE_URL",
    "MEDIA_ROOT",
    "MEDIA_STORAGE",
    "MEDIA_S3_BUCKET",
    "MEDIA_S3_ENDPOINT_URL",
    "MEDIA_S3_REGION",
    "MEDIA_S3_PREFIX",
    "MEDIA_S3_ACCESS_KEY_ID",
    "MEDIA_S3_SECRET_ACCESS_KEY",
    "WHATSAPP_PHONE_NUMBER_ID",
    "WHATSAPP_ACCESS_TOKEN",
    "WHATSAPP_APP_SECRET",
    "WHATSAPP_VERIFY_TOKEN",
    "WHATSAPP_APPROVED_TEMPLATES",
    "MESSENGER_PAGE_ID",
    "MESSENGER_PAGE_ACCESS_TOKEN",
    "MESSENGER_APP_SECRET",
    "MESSENGER_VERIFY_TOKEN",
    "GRAPH_API_URL",
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_SECRET_TOKEN",
    "TELEGRAM_API_URL",
    "TELEGRAM_BOT_USERNAME",
    "SMTP_HOST",
    "SMTP_PORT",
    "SMTP_USER",
    "SMTP_PASSWORD",
    "MAIL_FROM",
    "TRUSTED_PROXIES",
)


class ConfigError(RuntimeError):
    """The platform refuses to start with a configuration that would be unsafe."""


class BaseConfig:
    ENV_NAME = "base"
    SECRET_KEY: str | None = None
    DATABASE_URL: str | None = None
    REDIS_URL: str | None = None
    PUBLIC_BASE_URL = "http://127.0.0.1:5000"
    MEDIA_ROOT: str | None = None
    # Where customer files live: "local" (MEDIA_ROOT, the default) or "s3" (a private
    # bucket of an S3-compatible store, shared by several hosts; see README Configuration).
    MEDIA_STORAGE = "local"
    MEDIA_S3_BUCKET: str | None = None
    MEDIA_S3_ENDPOINT_URL: str | None = None  # unset: AWS itself
    MEDIA_S3_REGION: str | None = None
    MEDIA_S3_PREFIX = ""
    MEDIA_S3_ACCESS_KEY_ID: str | None = None  # unset: boto3's own chain (AWS_*, roles)
    MEDIA_S3_SECRET_ACCESS_KEY: str | None = None
    GRAPH_API_URL = GRAPH_API_DEFAULT
    TELEGRAM_API_URL = TELEGRAM_API_DEFAULT
    # The bot's @name, shown to business users who link Telegram for notifications.
    TELEGRAM_BOT_USERNAME: str | None = None
    SMTP_PORT = 587
    # Without SMTP_HOST (never in production) e-mails are kept here, one private .eml each;
    # set by `finalise` to <instance>/outbox, empty for the tests (memory only).
    MAIL_OUTBOX_DIR: str | None = None
    MAIL_FROM = "Handwerk-Marktplatz <no-reply@marketplace.invalid>"

    # No ping before every checkout (a round trip per request, a quarter of a webhook's
    # database time): a connection idle longer than DATABASE_PING_AFTER_IDLE seconds is
    # pinged instead (`db.ping_when_idle`), and none is kept longer than pool_recycle.
    SQLALCHEMY_ENGINE_OPTIONS: dict[str, Any] = {"pool_pre_ping": False, "pool_recycle": 1800}
    DATABASE_PING_AFTER_IDLE = 10.0
    # A WhatsApp video may be 16 MB, a document 100 MB; the webhook itself stays small.
    MAX_CONTENT_LENGTH = 110 * 1024 * 1024
    WEBHOOK_MAX_BODY = 3 * 1024 * 1024 + 512 * 1024

    SESSION_COOKIE_NAME = "mp_session"
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = False
    REMEMBER_COOKIE_DURATION = timedelta(days=14)
    PERMANENT_SESSION_LIFETIME = timedelta(hours=12)
    WTF_CSRF_TIME_LIMIT = 8 * 3600

    BABEL_DEFAULT_LOCALE = "de"
    BABEL_DEFAULT_TIMEZONE = "Europe/Berlin"
    LANGUAGES = ("de", "en")

    # Task layer (marketplace.tasks): one place for retries and timeouts.
    TASKS_INLINE_RAISE = False
    TASK_DEFAULT_TIMEOUT = 180
    TASK_RETRY_INTERVALS = (10, 60, 300)
    # "simple": jobs run in the warm worker process (RQ SimpleWorker); "fork": RQ's work
    # horse per job. Chosen by bench/e2e_messages.py (bench/README.md).
    WORKER_CLASS = "simple"

    # The intake reads messages sent with pauses shorter than this as one turn (RQ only;
    # inline tasks cannot wait, see conversations.services.burst_window).
    INTAKE_BURST_SECONDS = 3.0
    INTAKE_BURST_INLINE_SECONDS = 0.0

    # Marketplace rules that admins may later tune.
    LEADS_PER_JOB = 3
    LEAD_WINDOW_HOURS = 48

    # Rate limits per IP and per account / chat session (Flask-Limiter; Redis when REDIS_URL
    # is set). A storage outage lets requests through rather than locking everyone out.
    RATELIMIT_ENABLED = True
    TRUSTED_PROXIES = 0  # reverse proxies in front of gunicorn that set X-Forwarded-For
    RATELIMIT_HEADERS_ENABLED = True  # X-RateLimit-* and Retry-After on a 429
    RATELIMIT_SWALLOW_ERRORS = True
    RATELIMIT_KEY_PREFIX = "marketplace"
    RATELIMIT_LOGIN = "10 per minute"  # slow guessing of one account: the lockout (accounts)
    RATELIMIT_REGISTRATION = "5 per minute;30 per hour"
    RATELIMIT_CHAT = "30 per minute"
    RATELIMIT_UPLOAD = "20 per minute;100 per hour"  # a few photos of one damage at once

    # Outbound webhooks to a business's own systems (marketplace.integrations): HTTPS to
    # addresses on the internet only; a slow receiver is cut off, retried for a day.
    WEBHOOKS_ALLOW_HTTP = False
    WEBHOOKS_ALLOW_INTERNAL_TARGETS = False
    WEBHOOK_TIMEOUT_SECONDS = 5.0
    WEBHOOK_RETRY_FOR = timedelta(days=1)

    DEMO_MODE = False
    TESTING = False


class DevelopmentConfig(BaseConfig):
    ENV_NAME = "development"
    # A developer's receiver runs on their own machine.
    WEBHOOKS_ALLOW_HTTP = WEBHOOKS_ALLOW_INTERNAL_TARGETS = True


class DemoConfig(BaseConfig):
    ENV_NAME = "demo"
    DEMO_MODE = True
    WEBHOOKS_ALLOW_HTTP = WEBHOOKS_ALLOW_INTERNAL_TARGETS = True


class TestConfig(BaseConfig):
    """Reads TEST_DATABASE_URL / TEST_REDIS_URL instead of the production variables."""

    ENV_NAME = "test"
    TESTING = True
    TASKS_INLINE_RAISE = True
    SECRET_KEY = "test-secret-key-not-for-production"  # noqa: S105 - test only
    WTF_CSRF_ENABLED = True
    SERVER_NAME = None
    # Enabled, but far above what the suite sends; tests/test_rate_limits.py lowers them.
    # Always in memory: the one limiter object is re-initialised by every app a test builds,
    # and one of them must not point it at an unreachable Redis.
    RATELIMIT_STORAGE_URI = "memory://"
    RATELIMIT_LOGIN = RATELIMIT_REGISTRATION = "10000 per minute"
    RATELIMIT_CHAT = RATELIMIT_UPLOAD = "10000 per minute"
    # RQ tests answer each message at once; tests/conversations/test_burst_rq.py turns the
    # production pause back on.
    INTAKE_BURST_SECONDS = 0.0
    # The suite's receivers listen on loopback over plain HTTP; tests/integrations switch
    # these off again to see the production refusal.
    WEBHOOKS_ALLOW_HTTP = WEBHOOKS_ALLOW_INTERNAL_TARGETS = True
    MAIL_OUTBOX_DIR = ""  # kept in memory only (marketplace.mail.OUTBOX)


class ProductionConfig(BaseConfig):
    ENV_NAME = "production"
    SESSION_COOKIE_SECURE = True
    REMEMBER_COOKIE_SECURE = True
    PREFERRED_URL_SCHEME = "https"

    @staticmethod
    def validate(config: Mapping[str, Any]) -> None:
        if not config.get("SECRET_KEY"):
            raise ConfigError("SECRET_KEY must be set in production")
        url = config.get("DATABASE_URL") or ""
        if not url.startswith(("postgresql://", "postgresql+psycopg://", "postgres://")):
            raise ConfigError("DATABASE_URL must point to PostgreSQL in production")
        if not config.get("SMTP_HOST"):
            # Confirmation, invitation and chat links carry tokens: without SMTP they would
            # only sit in a local outbox that nobody reads on a server.
            raise ConfigError("SMTP_HOST must be set in production (e-mails carry sign-in "
                              "and confirmation links)")


CONFIGS = {
    "development": DevelopmentConfig,
    "demo": DemoConfig,
    "test": TestConfig,
    "production": ProductionConfig,
}


def from_env(environ: Mapping[str, str] | None = None, *, testing: bool = False) -> dict[str, Any]:
    """Contract variables present in the environment, unset ones omitted.

    The test suite must never touch the operator's database, so under test only the
    TEST_* variables name the real services.
    """
    environ = os.environ if environ is None else environ
    if testing:
        values = {}
        if environ.get("TEST_DATABASE_URL"):
            values["DATABASE_URL"] = environ["TEST_DATABASE_URL"]
        if environ.get("TEST_REDIS_URL"):
            values["TEST_REDIS_URL"] = environ["TEST_REDIS_URL"]
        return values
    values: dict[str, Any] = {
        name: environ[name] for name in CONTRACT_VARIABLES if environ.get(name)
    }
    for name in ("SMTP_PORT", "TRUSTED_PROXIES"):
        if name in values:
            values[name] = int(values[name])
    return values


def normalise_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever spelling the operator used."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _instance_secret_key(instance_path: str) -> str:
    """A random key kept in the instance folder, so that a restarted demo keeps its logins
    and the signed links it already sent into chats (consent notices)."""
    path = os.path.join(instance_path, "secret_key")
    try:
        with open(path, encoding="ascii") as handle:
            key = handle.read().strip()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(32)
    os.makedirs(instance_path, exist_ok=True)
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w",
              encoding="ascii") as handle:
        handle.write(key)
    return key


def finalise(config: dict[str, Any], instance_path: str) -> None:
    """Fill the defaults that depend on the instance folder and derive SQLAlchemy's URL."""
    if not config.get("DATABASE_URL"):
        config["DATABASE_URL"] = f"sqlite:///{os.path.join(instance_path, 'marketplace.db')}"
    config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(config["DATABASE_URL"])
    if not config.get("MEDIA_ROOT"):
        config["MEDIA_ROOT"] = os.path.join(instance_path, "media")
    if config.get("MAIL_OUTBOX_DIR") is None:
        config["MAIL_OUTBOX_DIR"] = os.path.join(instance_path, "outbox")
    if not config.get("SECRET_KEY"):
        # Demo and development only: production validation refuses to get here.
        config["SECRET_KEY"] = _instance_secret_key(instance_path)
    if config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        config["SQLALCHEMY_ENGINE_OPTIONS"] = {
            **config.get("SQLALCHEMY_ENGINE_OPTIONS", {}),
            "connect_args": {"check_same_thread": False, "timeout": 15},
        }
