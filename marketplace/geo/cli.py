"""`flask --app marketplace geo import FILE`."""

from __future__ import annotations

import click
from flask.cli import AppGroup

geo_cli = AppGroup("geo", help="German postcode data (GeoNames).")


@geo_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def import_command(path: str) -> None:
    """Import or refresh postcode centroids from a GeoNames postal-code file (e.g. DE.txt)."""
    from marketplace.geo.services import GEONAMES_CREDIT, import_geonames

    result = import_geonames(path)
    click.echo(f"{result.postcodes} postcodes from {result.rows_read} rows: "
               f"{result.created} new, {result.updated} updated, {result.unchanged} unchanged, "
               f"{result.rows_skipped} rows skipped.")
    click.echo(f"Postcode data: {GEONAMES_CREDIT}")
