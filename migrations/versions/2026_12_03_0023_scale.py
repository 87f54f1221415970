"""indexes for a business's recent leads and its quotes, newest first (pages at scale)

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
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index('ix_lead_tenant_id_updated_at', ['tenant_id', 'updated_at', 'id'],
                              unique=False)
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.create_index('ix_quote_tenant_id_created_at', ['tenant_id', 'created_at', 'id'],
                              unique=False)


def downgrade():
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_index('ix_quote_tenant_id_created_at')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index('ix_lead_tenant_id_updated_at')
