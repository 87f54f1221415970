"""outbound gate decision on messages

The gate's last decision and its reason are kept on each outbound message, so a held or
refused message shows on the admin's page with the reason in words.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:02:36.153465

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('gate_decision', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('gate_reason', sa.String(length=40), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f('ck_message_gate_decision_allowed'),
            "gate_decision IN ('send', 'send_as_template', 'hold', 'refuse')")


def downgrade():
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_message_gate_decision_allowed'), type_='check')
        batch_op.drop_column('gate_reason')
        batch_op.drop_column('gate_decision')
