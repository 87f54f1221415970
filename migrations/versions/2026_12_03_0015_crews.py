"""crews on jobs and completion photos

Reserved slot: filled in by the crews work; until then it changes nothing.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
