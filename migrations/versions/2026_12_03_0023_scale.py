"""scale (slot reserved for this session's scale work; fill or leave empty)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03 15:20:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
