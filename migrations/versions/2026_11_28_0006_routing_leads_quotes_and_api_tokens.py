"""routing leads quotes and api tokens: quotes and their history, lead history,
routing record, postcode neighbour cache, API tokens

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 22:40:08.613218

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('postcode_neighbour',
    sa.Column('postcode', sa.String(length=5), nullable=False),
    sa.Column('near_postcode', sa.String(length=5), nullable=False),
    sa.Column('km', sa.Double(), nullable=False),
    sa.PrimaryKeyConstraint('postcode', 'near_postcode', name=op.f('pk_postcode_neighbour'))
    )
    with op.batch_alter_table('postcode_neighbour', schema=None) as batch_op:
        batch_op.create_index('ix_postcode_neighbour_postcode_km', ['postcode', 'km', 'near_postcode'], unique=False)

    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('prefix', sa.String(length=12), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_by_user_id', sa.Integer(), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['revoked_by_user_id'], ['user_account.id'], name=op.f('fk_api_token_revoked_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_api_token_tenant_id_tenant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_api_token_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_token_token_hash'))
    )
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_token_tenant_id'), ['tenant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_api_token_user_id'), ['user_id'], unique=False)

    op.create_table('job_routing',
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('target_quotes', sa.Integer(), nullable=False),
    sa.Column('last_routed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('exhausted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('businesses_told', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_job_routing_job_request_id_job_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('job_request_id', name=op.f('pk_job_routing'))
    )
    op.create_table('routing_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('trigger', sa.String(length=40), nullable=False),
    sa.Column('open_before', sa.Integer(), nullable=False),
    sa.Column('slots', sa.Integer(), nullable=False),
    sa.Column('eligible_count', sa.Integer(), nullable=False),
    sa.Column('chosen_count', sa.Integer(), nullable=False),
    sa.Column('used_geodata', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_routing_run_job_request_id_job_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_run'))
    )
    with op.batch_alter_table('routing_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_run_job_request_id'), ['job_request_id'], unique=False)

    op.create_table('lead_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("actor_kind IN ('business', 'customer', 'system', 'admin')", name=op.f('ck_lead_event_actor_kind_allowed')),
    sa.ForeignKeyConstraint(['actor_user_id'], ['user_account.id'], name=op.f('fk_lead_event_actor_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_lead_event_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_lead_event_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead_event'))
    )
    with op.batch_alter_table('lead_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_event_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lead_event_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('quote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('price_kind', sa.String(length=10), nullable=False),
    sa.Column('net_amount_cents', sa.Integer(), nullable=False),
    sa.Column('net_amount_max_cents', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('vat_rate_percent', sa.Integer(), nullable=False),
    sa.Column('line_items', sa.JSON(), nullable=False),
    sa.Column('earliest_start', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_by_user_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(price_kind = 'fixed' AND net_amount_max_cents IS NULL) OR (price_kind = 'range' AND net_amount_max_cents > net_amount_cents)", name=op.f('ck_quote_range_consistent')),
    sa.CheckConstraint("price_kind IN ('fixed', 'range')", name=op.f('ck_quote_price_kind_allowed')),
    sa.CheckConstraint("status IN ('sent', 'accepted', 'declined', 'withdrawn', 'expired')", name=op.f('ck_quote_status_allowed')),
    sa.CheckConstraint('net_amount_cents > 0', name=op.f('ck_quote_amount_positive')),
    sa.ForeignKeyConstraint(['created_by_user_id'], ['user_account.id'], name=op.f('fk_quote_created_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_quote_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_quote_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_quote_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote')),
    sa.UniqueConstraint('lead_id', name=op.f('uq_quote_lead_id'))
    )
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.create_index('ix_quote_job_request_id_status', ['job_request_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('routing_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('reasons', sa.String(length=300), nullable=False),
    sa.Column('distance_km', sa.Double(), nullable=True),
    sa.Column('score', sa.Double(), nullable=True),
    sa.CheckConstraint("outcome IN ('chosen', 'not_chosen', 'ineligible')", name=op.f('ck_routing_decision_outcome_allowed')),
    sa.ForeignKeyConstraint(['run_id'], ['routing_run.id'], name=op.f('fk_routing_decision_run_id_routing_run'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_routing_decision_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_decision'))
    )
    with op.batch_alter_table('routing_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_decision_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_decision_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('quote_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("actor_kind IN ('business', 'customer', 'system', 'admin')", name=op.f('ck_quote_event_actor_kind_allowed')),
    sa.CheckConstraint("kind IN ('created', 'updated', 'status')", name=op.f('ck_quote_event_kind_allowed')),
    sa.ForeignKeyConstraint(['actor_user_id'], ['user_account.id'], name=op.f('fk_quote_event_actor_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], name=op.f('fk_quote_event_quote_id_quote'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_quote_event_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_event'))
    )
    with op.batch_alter_table('quote_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_event_quote_id'), ['quote_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_event_tenant_id'), ['tenant_id'], unique=False)

    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index('ix_lead_tenant_id_offered_at', ['tenant_id', 'offered_at'], unique=False)



def downgrade():
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index('ix_lead_tenant_id_offered_at')

    with op.batch_alter_table('quote_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_event_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_quote_event_quote_id'))

    op.drop_table('quote_event')
    with op.batch_alter_table('routing_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_decision_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_routing_decision_run_id'))

    op.drop_table('routing_decision')
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_tenant_id'))
        batch_op.drop_index('ix_quote_job_request_id_status')

    op.drop_table('quote')
    with op.batch_alter_table('lead_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_event_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_lead_event_lead_id'))

    op.drop_table('lead_event')
    with op.batch_alter_table('routing_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_run_job_request_id'))

    op.drop_table('routing_run')
    op.drop_table('job_routing')
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_token_user_id'))
        batch_op.drop_index(batch_op.f('ix_api_token_tenant_id'))

    op.drop_table('api_token')
    with op.batch_alter_table('postcode_neighbour', schema=None) as batch_op:
        batch_op.drop_index('ix_postcode_neighbour_postcode_km')

    op.drop_table('postcode_neighbour')
