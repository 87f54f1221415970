"""`flask create-admin EMAIL`: the password is asked for, never passed as an argument."""

import click
from flask.cli import with_appcontext

from marketplace.accounts import services
from marketplace.accounts.models import Role
from marketplace.errors import DomainError


@click.command("create-admin")
@click.argument("email")
@click.option("--name", default="", help="Display name.")
@with_appcontext
def create_admin_command(email: str, name: str) -> None:
    """Create a platform admin account."""
    password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = services.create_user(email=email, password=password, role=Role.ADMIN, name=name)
    except DomainError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"Admin {user.email} created.")
