"""media processing state

No schema change was needed: an upload waiting to be cleaned is a `media_file` row in
status `pending` whose `storage_key` starts with `quarantine/`, and the S3 store is chosen
by configuration. The revision stays in the chain so that 0018 -> 0020 is unbroken.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
