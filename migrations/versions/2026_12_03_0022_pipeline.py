"""pipeline (slot reserved for this session's pipeline work; fill or leave empty)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03 15:20:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
