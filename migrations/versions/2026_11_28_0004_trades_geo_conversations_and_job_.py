"""trades geo conversations and job requests

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 22:40:06.593172

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

STEPS = ("'trade', 'description', 'postcode', 'timing', 'photos', 'contact', 'contact_phone', "
         "'contact_email', 'summary', 'change', 'resume'")


def upgrade():
    op.create_table('postcode',
    sa.Column('postcode', sa.String(length=5), nullable=False),
    sa.Column('place_name', sa.String(length=200), nullable=False),
    sa.Column('state', sa.String(length=100), nullable=True),
    sa.Column('latitude', sa.Double(), nullable=False),
    sa.Column('longitude', sa.Double(), nullable=False),
    sa.Column('place_count', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('postcode', name=op.f('pk_postcode'))
    )
    with op.batch_alter_table('postcode', schema=None) as batch_op:
        batch_op.create_index('ix_postcode_latitude_longitude', ['latitude', 'longitude'], unique=False)

    op.create_table('conversation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('first_message_id', sa.Integer(), nullable=True),
    sa.Column('last_message_id', sa.Integer(), nullable=True),
    sa.Column('last_activity_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('trade_code', sa.String(length=40), nullable=True),
    sa.Column('offered_trade_codes', sa.JSON(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('postcode', sa.String(length=5), nullable=True),
    sa.Column('place_name', sa.String(length=200), nullable=True),
    sa.Column('latitude', sa.Double(), nullable=True),
    sa.Column('longitude', sa.Double(), nullable=True),
    sa.Column('timing', sa.String(length=20), nullable=True),
    sa.Column('photos_answered', sa.Boolean(), nullable=False),
    sa.Column('media_file_ids', sa.JSON(), nullable=False),
    sa.Column('last_media_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('contact_preference', sa.String(length=20), nullable=True),
    sa.Column('contact_phone', sa.String(length=40), nullable=True),
    sa.Column('contact_email', sa.String(length=254), nullable=True),
    sa.Column('pending_message_id', sa.Integer(), nullable=True),
    sa.Column('changing', sa.String(length=20), nullable=True),
    sa.Column('extra', sa.JSON(), nullable=False),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("status IN ('active', 'submitted', 'cancelled', 'abandoned')", name=op.f('ck_conversation_status_allowed')),
    sa.CheckConstraint(f"step IN ({STEPS})", name=op.f('ck_conversation_step_allowed')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_conversation_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_conversation'))
    )
    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.create_index('ix_conversation_customer_id_status', ['customer_id', 'status'], unique=False)

    op.create_table('job_request_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("actor_kind IN ('customer', 'admin', 'system')", name=op.f('ck_job_request_event_actor_kind_allowed')),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_job_request_event_job_request_id_job_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_request_event'))
    )
    with op.batch_alter_table('job_request_event', schema=None) as batch_op:
        batch_op.create_index('ix_job_request_event_job_request_id_id', ['job_request_id', 'id'], unique=False)

    with op.batch_alter_table('job_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('conversation_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('contact_phone', sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column('contact_email', sa.String(length=254), nullable=True))
        batch_op.create_index(batch_op.f('ix_job_request_conversation_id'), ['conversation_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_job_request_conversation_id_conversation'), 'conversation', ['conversation_id'], ['id'], ondelete='SET NULL')


def downgrade():
    with op.batch_alter_table('job_request', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_job_request_conversation_id_conversation'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_job_request_conversation_id'))
        batch_op.drop_column('contact_email')
        batch_op.drop_column('contact_phone')
        batch_op.drop_column('conversation_id')

    with op.batch_alter_table('job_request_event', schema=None) as batch_op:
        batch_op.drop_index('ix_job_request_event_job_request_id_id')
    op.drop_table('job_request_event')

    with op.batch_alter_table('conversation', schema=None) as batch_op:
        batch_op.drop_index('ix_conversation_customer_id_status')
    op.drop_table('conversation')

    with op.batch_alter_table('postcode', schema=None) as batch_op:
        batch_op.drop_index('ix_postcode_latitude_longitude')
    op.drop_table('postcode')
