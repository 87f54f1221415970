"""pipeline: find a customer by number with an index (every inbound message asks)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03 15:20:00

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_channel_phone', ['channel', 'phone'], unique=False)


def downgrade():
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_channel_phone')
