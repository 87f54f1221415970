"""delivery attempts: a message is marked sending with an attempt id before the provider call

Reserved slot: filled in by the reliability work; until then it changes nothing.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
