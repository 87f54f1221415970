"""delivery attempts: a message is marked sending with an attempt id before the provider call

An outbound message is committed as `sending` (with its attempt id and the time) before the
HTTP call, so a crash mid-send leaves a trace; a send whose outcome nobody knows becomes
`unknown` for a person instead of being resent. Every delivery state change is recorded in
`message_delivery_event`.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

OLD_STATUSES = ("'received', 'handled', 'queued', 'sent', 'delivered', 'read', 'failed', "
                "'held'")
NEW_STATUSES = ("'received', 'handled', 'queued', 'sending', 'sent', 'delivered', 'read', "
                "'failed', 'held', 'unknown'")


def upgrade():
    op.create_table(
        'message_delivery_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('message_id', sa.Integer(), nullable=False),
        sa.Column('attempt_id', sa.String(length=32), nullable=True),
        sa.Column('from_status', sa.String(length=20), nullable=True),
        sa.Column('to_status', sa.String(length=20), nullable=False),
        sa.Column('actor_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'],
                                name=op.f('fk_message_delivery_event_actor_id_user_account'),
                                ondelete='SET NULL'),
        sa.ForeignKeyConstraint(['message_id'], ['message.id'],
                                name=op.f('fk_message_delivery_event_message_id_message'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_message_delivery_event')),
    )
    with op.batch_alter_table('message_delivery_event', schema=None) as batch_op:
        batch_op.create_index('ix_message_delivery_event_message_id_id',
                              ['message_id', 'id'], unique=False)
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('attempt_id', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('sending_since', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.drop_constraint(batch_op.f('ck_message_status_allowed'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_message_status_allowed'),
                                         f"status IN ({NEW_STATUSES})")


def downgrade():
    # A message whose outcome is unknown or still in flight counts as failed for a person.
    op.execute("UPDATE message SET status = 'failed', needs_attention = true "
               "WHERE status IN ('sending', 'unknown')")
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_message_status_allowed'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_message_status_allowed'),
                                         f"status IN ({OLD_STATUSES})")
        batch_op.drop_column('sending_since')
        batch_op.drop_column('attempt_id')
    with op.batch_alter_table('message_delivery_event', schema=None) as batch_op:
        batch_op.drop_index('ix_message_delivery_event_message_id_id')
    op.drop_table('message_delivery_event')
