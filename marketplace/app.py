"""The application factory."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from typing import Any

from flask import Flask

from marketplace import config as config_module
from marketplace.config import BaseConfig, ProductionConfig
from marketplace.extensions import babel, csrf, db, limiter, login_manager, migrate

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MIGRATIONS_DIR = os.path.join(PROJECT_ROOT, "migrations")


def create_app(
    config: type[BaseConfig] | str | None = None, overrides: Mapping[str, Any] | None = None
) -> Flask:
    """Build the app. `config` is a config class or its name (development by default)."""
    config_class = _resolve_config(config)
    app = Flask(
        "marketplace",
        template_folder=os.path.join(PROJECT_ROOT, "templates"),
        static_folder=os.path.join(PROJECT_ROOT, "static"),
        instance_path=os.path.join(PROJECT_ROOT, "instance"),
    )
    app.config.from_object(config_class)
    app.config.update(config_module.from_env(testing=config_class.TESTING))
    if overrides:
        app.config.update(overrides)
    if issubclass(config_class, ProductionConfig):
        ProductionConfig.validate(app.config)
    config_module.finalise(app.config, app.instance_path)
    os.makedirs(app.instance_path, exist_ok=True)

    register_logging(app)
    register_security(app)
    register_extensions(app)
    register_blueprints(app)
    register_webhook_front(app)
    register_error_handlers(app)
    register_cli(app)
    register_template_helpers(app)
    return app


def _resolve_config(config: type[BaseConfig] | str | None) -> type[BaseConfig]:
    if config is None:
        return config_module.DevelopmentConfig
    if isinstance(config, str):
        try:
            return config_module.CONFIGS[config]
        except KeyError:
            raise config_module.ConfigError(f"unknown configuration {config!r}") from None
    return config


def register_logging(app: Flask) -> None:
    if not app.debug and not app.testing:
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )


def register_security(app: Flask) -> None:
    """Security headers on every response; `<int:...>` ids bounded (before any route)."""
    from marketplace import security

    security.init_app(app)


def register_extensions(app: Flask) -> None:
    from marketplace import i18n, tasks
    from marketplace.accounts import auth

    db.init_app(app)
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        from marketplace.db import configure_sqlite

        with app.app_context():
            # The suite too: its browser tests serve concurrent requests like the demo does.
            configure_sqlite(db.engine, immediate=True)
    else:
        from marketplace.db import ping_when_idle

        with app.app_context():
            ping_when_idle(db.engine, float(app.config["DATABASE_PING_AFTER_IDLE"]))
    migrate.init_app(app, db, directory=MIGRATIONS_DIR, render_as_batch=True)
    csrf.init_app(app)
    login_manager.init_app(app)
    app.config.setdefault("RATELIMIT_STORAGE_URI", app.config.get("REDIS_URL") or "memory://")
    limiter.init_app(app)
    trust_proxies(app)
    auth.configure_login_manager(login_manager)
    i18n.init_app(app, babel)
    tasks.init_app(app)

    import marketplace.models  # noqa: F401 - registers every feature's tables on the metadata
    from marketplace import wiring

    wiring.init_app(app)


def trust_proxies(app: Flask) -> None:
    """Behind TRUSTED_PROXIES reverse proxies the client's address (per-IP rate limits, logs)
    and scheme come from their X-Forwarded-* headers; without it every visitor would share
    the proxy's address."""
    count = int(app.config.get("TRUSTED_PROXIES") or 0)
    if count > 0:
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)  # type: ignore[method-assign]


def register_blueprints(app: Flask) -> None:
    from marketplace.accounts.views import bp as accounts_bp
    from marketplace.admin.views import bp as admin_bp
    from marketplace.api.views import bp as api_bp
    from marketplace.api.views import tokens_bp as api_tokens_bp
    from marketplace.archive.views import bp as archive_bp
    from marketplace.channels.views import admin_bp as channels_admin_bp
    from marketplace.channels.views import webchat_bp, webhooks_bp
    from marketplace.consent.views import bp as consent_bp
    from marketplace.geo.views import bp as geo_bp
    from marketplace.insight.views import bp as insight_bp
    from marketplace.jobs.views import bp as jobs_bp
    from marketplace.privacy.views import bp as privacy_bp
    from marketplace.quotes.views import bp as quotes_bp
    from marketplace.reviews.views import bp as reviews_bp
    from marketplace.site.views import bp as site_bp
    from marketplace.tenancy.views import bp as dashboard_bp
    from marketplace.tenancy.views import public_bp as onboarding_bp
    from marketplace.threads.views import bp as threads_bp
    from marketplace.trades.views import bp as trades_bp
    from marketplace.verification.views import admin_bp as verification_admin_bp
    from marketplace.verification.views import bp as verification_bp
    from marketplace.work.views import bp as work_bp

    for blueprint in (site_bp, accounts_bp, dashboard_bp, admin_bp, onboarding_bp,
                      verification_bp, verification_admin_bp, consent_bp,
                      privacy_bp, quotes_bp, api_bp, api_tokens_bp,
                      webhooks_bp, webchat_bp, channels_admin_bp, jobs_bp, trades_bp, geo_bp):
        app.register_blueprint(blueprint)
    app.register_blueprint(archive_bp)
    app.register_blueprint(threads_bp)
    # The business API authenticates with bearer tokens, never with the session cookie.
    from marketplace.extensions import csrf

    csrf.exempt(api_bp)
    app.register_blueprint(work_bp)
    from marketplace.integrations.views import bp as integrations_bp
    from marketplace.integrations.views import feed_bp as calendar_feed_bp

    app.register_blueprint(integrations_bp)
    app.register_blueprint(calendar_feed_bp)
    app.register_blueprint(insight_bp)
    app.register_blueprint(reviews_bp)


def register_webhook_front(app: Flask) -> None:
    """Providers' webhook POSTs are answered in front of Flask (channels/ingest.py)."""
    from marketplace import security
    from marketplace.channels import ingest

    ingest.install(app, security.fixed_headers(app))


def register_error_handlers(app: Flask) -> None:
    from marketplace.errors import register_error_handlers as register

    register(app)


def register_cli(app: Flask) -> None:
    from marketplace import i18n, tasks
    from marketplace.accounts.cli import create_admin_command
    from marketplace.demo import seed_demo_command
    from marketplace.geo.cli import geo_cli

    app.cli.add_command(create_admin_command)
    app.cli.add_command(seed_demo_command)
    app.cli.add_command(tasks.worker_command)
    app.cli.add_command(i18n.i18n_cli)
    app.cli.add_command(geo_cli)


def register_template_helpers(app: Flask) -> None:
    from marketplace import i18n

    app.context_processor(i18n.template_context)
    app.jinja_env.globals["role_label"] = i18n.role_label
    app.jinja_env.filters["datetime"] = i18n.format_datetime_local
    app.jinja_env.filters["number"] = i18n.format_number
    app.jinja_env.filters["age"] = i18n.format_age
