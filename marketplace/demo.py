"""`marketplace demo` (console script) and `flask seed-demo`: a platform to try at once."""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

import click
import sqlalchemy as sa
from flask import Flask
from flask.cli import with_appcontext

from marketplace.accounts import services as account_services
from marketplace.accounts.models import Role, User
from marketplace.db import db
from marketplace.tenancy import registration as tenancy_registration
from marketplace.tenancy.models import Tenant

DEMO_PASSWORD = "demo-passwort-2026"  # noqa: S105 - published demo login, printed on start


@dataclass(frozen=True)
class DemoBusiness:
    slug: str
    name: str
    owner_email: str
    staff_email: str


DEMO_ADMIN_EMAIL = "admin@demo.handwerk.example"
DEMO_BUSINESSES = (
    DemoBusiness("dachdeckerei-sonnleitner", "Dachdeckerei Sonnleitner GmbH",
                 "inhaber@sonnleitner.example", "buero@sonnleitner.example"),
    DemoBusiness("sanitaer-heizung-yilmaz", "Sanitär & Heizung Yilmaz",
                 "inhaber@yilmaz-shk.example", "buero@yilmaz-shk.example"),
    DemoBusiness("elektro-brandt", "Elektro Brandt e.K.",
                 "inhaber@elektro-brandt.example", "buero@elektro-brandt.example"),
    DemoBusiness("malerbetrieb-kowalski", "Malerbetrieb Kowalski",
                 "inhaber@maler-kowalski.example", "buero@maler-kowalski.example"),
)



def demo_seeders() -> list[Callable[[], None]]:
    """Each feature's seeder, in order; called with no arguments inside an app context after
    the base data exists, and each is idempotent."""
    from marketplace.consent.demo import seed_consent_demo
    from marketplace.conversations.demo import seed_demo_requests
    from marketplace.insight.demo import seed_insight_history
    from marketplace.quotes.demo import seed_demo_roofers
    from marketplace.verification.demo import seed_verified_businesses

    return [seed_verified_businesses, seed_demo_roofers, seed_demo_requests, seed_consent_demo,
            seed_insight_history]


def _ensure_user(email: str, role: Role, tenant: Tenant | None, name: str) -> User:
    user = account_services.get_user_by_email(email)
    if user is None:
        user = account_services.create_user(
            email=email, password=DEMO_PASSWORD, role=role, tenant=tenant, name=name
        )
    return user


def seed_demo_data() -> None:
    """Idempotent: running it twice leaves the same data."""
    _ensure_user(DEMO_ADMIN_EMAIL, Role.ADMIN, None, "Demo-Admin")
    for business in DEMO_BUSINESSES:
        tenant = db.session.scalar(sa.select(Tenant).where(Tenant.slug == business.slug))
        if tenant is None:
            tenant = tenancy_registration.create_tenant(name=business.name, slug=business.slug)
        _ensure_user(business.owner_email, Role.OWNER, tenant, "Inhaber")
        _ensure_user(business.staff_email, Role.OFFICE, tenant, "Büro")
    for seeder in demo_seeders():
        seeder()


@click.command("seed-demo")
@with_appcontext
def seed_demo_command() -> None:
    """Load the demo admin, businesses and users (idempotent)."""
    seed_demo_data()
    click.echo("Demo data loaded.")
    print_logins(click.echo)


# A roof request in this postcode reaches the three demo roofers (all near Frankfurt am Main).
DEMO_POSTCODE = "60311"


@dataclass(frozen=True)
class DemoLogin:
    email: str
    name: str
    kind: str  # "admin", "roofer" (reached by a roof request in DEMO_POSTCODE) or "business"


def demo_logins() -> list[DemoLogin]:
    """Every published demo login, in the order a newcomer needs them."""
    from marketplace.quotes.demo import DEMO_ROOFERS  # the two further roofers of the quote demo

    logins = [DemoLogin(DEMO_ADMIN_EMAIL, "Demo-Admin", "admin")]
    roofer = DEMO_BUSINESSES[0]  # Sonnleitner: also the business of the consent demo
    logins.append(DemoLogin(roofer.owner_email, roofer.name, "roofer"))
    logins += [DemoLogin(email, name, "roofer") for _slug, name, email, *_rest in DEMO_ROOFERS]
    logins += [DemoLogin(business.owner_email, business.name, "business")
               for business in DEMO_BUSINESSES[1:]]
    return logins


def print_logins(echo: Callable[[str], None]) -> None:
    echo(f"  Password:      {DEMO_PASSWORD}  (every demo login)")
    for login in demo_logins():
        label = {"admin": "Admin:", "roofer": "Roofer:"}.get(login.kind, "Business:")
        echo(f"  {label:<14} {login.email:<34} {login.name}")


def print_guide(base: str, echo: Callable[[str], None]) -> None:
    """What a newcomer can try, with the page to start each scenario on."""
    echo(f"Marketplace demo running at {base}/  (Ctrl+C stops it; the start page explains it)")
    echo(f"  Web chat:      {base}/chat  write \"Hallo\"; the demo businesses are near Frankfurt,")
    echo(f"                 a roof request in {DEMO_POSTCODE} reaches the three roofers below")
    echo(f"  Consent demo:  {base}/demo/kundin  a customer whose 3 photos wait for the consent")
    echo("                 of Dachdeckerei Sonnleitner (tap Zustimmen, later write WIDERRUF)")
    echo(f"  Register:      {base}/register  the confirmation e-mail is printed in this terminal;")
    echo("                 verify the business as the admin (Admin console > verification queue)")
    echo(f"  Log in:        {base}/login")
    print_logins(echo)
    echo(f"  Health:        {base}/healthz")


def build_demo_app(public_base_url: str | None = None) -> Flask:
    from marketplace.app import create_app

    # Links in chat messages and e-mails must point at the port the demo really listens on,
    # unless PUBLIC_BASE_URL says otherwise.
    overrides = {}
    if public_base_url and not os.environ.get("PUBLIC_BASE_URL"):
        overrides["PUBLIC_BASE_URL"] = public_base_url
    return create_app("demo", overrides=overrides)


def prepare(app: Flask) -> None:
    from flask_migrate import upgrade

    with app.app_context():
        upgrade()
        seed_demo_data()
        # Alembic's logging config sets the root logger to WARN; the demo has no SMTP server
        # and names each e-mail's outbox file in the log at INFO, so show those from now on
        # (the seeding's own e-mails would only bury the guide).
        logging.getLogger("marketplace").setLevel(logging.INFO)
        db.session.remove()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="marketplace", description="Run the marketplace demo on SQLite with inline tasks."
    )
    parser.add_argument("command", choices=["demo"], help="what to run")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "5000")))
    args = parser.parse_args(argv)

    base = f"http://{args.host}:{args.port}"
    app = build_demo_app(public_base_url=base)
    prepare(app)
    from marketplace.tasks import start_clock

    start_clock(app)
    print_guide(base, lambda line: print(line, flush=True))
    from werkzeug.serving import run_simple

    run_simple(args.host, args.port, app, threaded=True, use_reloader=False)
