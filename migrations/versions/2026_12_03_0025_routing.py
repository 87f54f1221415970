"""routing walk bound (reserved)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-03 18:00:00

"""

# revision identifiers, used by Alembic.
revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
