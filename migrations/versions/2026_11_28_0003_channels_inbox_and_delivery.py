"""channels inbox and delivery

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 22:40:05.462703

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('inbox_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('body_sha256', sa.String(length=64), nullable=False),
    sa.Column('raw_body', sa.LargeBinary(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('reviewed_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("channel IN ('whatsapp', 'messenger', 'telegram', 'webchat')", name=op.f('ck_inbox_event_channel_allowed')),
    sa.CheckConstraint("status IN ('received', 'processed', 'quarantined', 'malformed', 'failed')", name=op.f('ck_inbox_event_status_allowed')),
    sa.ForeignKeyConstraint(['reviewed_by_id'], ['user_account.id'], name=op.f('fk_inbox_event_reviewed_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inbox_event')),
    sa.UniqueConstraint('channel', 'body_sha256', name=op.f('uq_inbox_event_channel_body_sha256'))
    )
    with op.batch_alter_table('inbox_event', schema=None) as batch_op:
        batch_op.create_index('ix_inbox_event_status_id', ['status', 'id'], unique=False)

    op.create_table('customer_preference_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('change', sa.String(length=10), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("change IN ('opt_out', 'opt_in')", name=op.f('ck_customer_preference_event_change_allowed')),
    sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'], name=op.f('fk_customer_preference_event_actor_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_customer_preference_event_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['message.id'], name=op.f('fk_customer_preference_event_message_id_message'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_preference_event'))
    )
    with op.batch_alter_table('customer_preference_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_preference_event_customer_id'), ['customer_id'], unique=False)

    with op.batch_alter_table('media_file', schema=None) as batch_op:
        batch_op.add_column(sa.Column('source_url', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('provider_sha256', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('declared_content_type', sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column('channel', sa.String(length=20), nullable=True))

    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.add_column(sa.Column('job_request_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('needs_attention', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.create_index(batch_op.f('ix_message_job_request_id'), ['job_request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_message_needs_attention'), ['needs_attention'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_message_job_request_id_job_request'), 'job_request', ['job_request_id'], ['id'], ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('message', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_message_job_request_id_job_request'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_message_needs_attention'))
        batch_op.drop_index(batch_op.f('ix_message_job_request_id'))
        batch_op.drop_column('needs_attention')
        batch_op.drop_column('job_request_id')

    with op.batch_alter_table('media_file', schema=None) as batch_op:
        batch_op.drop_column('channel')
        batch_op.drop_column('declared_content_type')
        batch_op.drop_column('provider_sha256')
        batch_op.drop_column('source_url')

    with op.batch_alter_table('customer_preference_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_preference_event_customer_id'))
    op.drop_table('customer_preference_event')

    with op.batch_alter_table('inbox_event', schema=None) as batch_op:
        batch_op.drop_index('ix_inbox_event_status_id')
    op.drop_table('inbox_event')
