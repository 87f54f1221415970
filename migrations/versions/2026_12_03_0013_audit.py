"""row-level security on tenant-owned tables (PostgreSQL)

Reserved slot: filled in by the audit work; until then it changes nothing.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
