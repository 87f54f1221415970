"""intake (slot reserved for this session's intake work; fill or leave empty)

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03 15:20:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
