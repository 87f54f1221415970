"""indexes for pages at scale

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

# revision identifiers, used by Alembic.
revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('job_request', schema=None) as batch_op:
        batch_op.create_index('ix_job_request_created_at_id', ['created_at', 'id'], unique=False)


def downgrade():
    with op.batch_alter_table('job_request', schema=None) as batch_op:
        batch_op.drop_index('ix_job_request_created_at_id')
