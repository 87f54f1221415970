"""insight: the daily rollup behind the health page

Narrow tables a periodic task rebuilds from the platform's records for the recent days
(marketplace/insight/models.py, rollup.py): one row per job request with how far it got,
leads per business and day, consent questions by their latest answer, outbound messages by
channel and outcome. They hold nothing that is not elsewhere and can be rebuilt any time.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

POLICY = "tenant_wall"
VISIBLE = ("current_setting('app.scope', true) = 'system' OR tenant_id = "
           "NULLIF(current_setting('app.tenant_id', true), '')::integer")


def upgrade():
    op.create_table('insight_consent_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('questions', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'purpose', 'trade_code', 'region', 'state', name=op.f('pk_insight_consent_day'))
    )
    op.create_table('insight_message_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('error_code', sa.String(length=40), nullable=False),
    sa.Column('gate_reason', sa.String(length=40), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'channel', 'status', 'error_code', 'gate_reason', 'trade_code', 'region', name=op.f('pk_insight_message_day'))
    )
    op.create_table('insight_rollup_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('refreshed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('from_day', sa.Date(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_insight_rollup_state'))
    )
    op.create_table('insight_lead_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('leads', sa.Integer(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_insight_lead_day_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('day', 'tenant_id', 'trade_code', 'region', name=op.f('pk_insight_lead_day'))
    )
    with op.batch_alter_table('insight_lead_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insight_lead_day_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('insight_job_fact',
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('postcode', sa.String(length=5), nullable=False),
    sa.Column('reached', sa.Boolean(), nullable=False),
    sa.Column('quoted', sa.Boolean(), nullable=False),
    sa.Column('awarded', sa.Boolean(), nullable=False),
    sa.Column('first_quote_seconds', sa.Double(), nullable=True),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_insight_job_fact_job_request_id_job_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('job_request_id', name=op.f('pk_insight_job_fact'))
    )
    with op.batch_alter_table('insight_job_fact', schema=None) as batch_op:
        batch_op.create_index('ix_insight_job_fact_day', ['day'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        # Per-business figures are tenant-owned like the leads they sum (migration 0013).
        op.execute("ALTER TABLE insight_lead_day ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {POLICY} ON insight_lead_day USING ({VISIBLE}) "
                   f"WITH CHECK ({VISIBLE})")



def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP POLICY IF EXISTS {POLICY} ON insight_lead_day")
    with op.batch_alter_table('insight_job_fact', schema=None) as batch_op:
        batch_op.drop_index('ix_insight_job_fact_day')

    op.drop_table('insight_job_fact')
    with op.batch_alter_table('insight_lead_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insight_lead_day_tenant_id'))

    op.drop_table('insight_lead_day')
    op.drop_table('insight_rollup_state')
    op.drop_table('insight_message_day')
    op.drop_table('insight_consent_day')
