"""insight: every slice's figures, computed by the rebuild for the first page view

The health page's figures for each period (7, 30, 90 days), trade and postcode region, the
supply-gap map's regions and centroids, and each business's figures beside the median of
comparable businesses (marketplace/insight/slices.py, peers.py): filled by the same periodic
rebuild as the daily rollup of 0017, so even the first page view after a rebuild reads a few
small rows. They hold nothing that is not elsewhere and can be rebuilt any time.

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03 15:20:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None

POLICY = "tenant_wall"
VISIBLE = ("current_setting('app.scope', true) = 'system' OR tenant_id = "
           "NULLIF(current_setting('app.tenant_id', true), '')::integer")
TENANT_TABLES = ("insight_business_period", "insight_slice_business")


def upgrade():
    op.create_table('insight_region_centroid',
    sa.Column('area', sa.String(length=3), nullable=False),
    sa.Column('latitude', sa.Double(), nullable=False),
    sa.Column('longitude', sa.Double(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('area', name=op.f('pk_insight_region_centroid'))
    )
    op.create_table('insight_slice',
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.Column('reached', sa.Integer(), nullable=False),
    sa.Column('quoted', sa.Integer(), nullable=False),
    sa.Column('awarded', sa.Integer(), nullable=False),
    sa.Column('first_quote_median', sa.Double(), nullable=True),
    sa.Column('first_quote_p90', sa.Double(), nullable=True),
    sa.PrimaryKeyConstraint('days', 'region', 'trade_code', name=op.f('pk_insight_slice'))
    )
    op.create_table('insight_slice_consent',
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('questions', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('days', 'region', 'trade_code', 'purpose', 'state', name=op.f('pk_insight_slice_consent'))
    )
    op.create_table('insight_slice_day',
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('trade_code', 'region', 'day', 'channel', name=op.f('pk_insight_slice_day'))
    )
    op.create_table('insight_slice_gap',
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('area', sa.String(length=3), nullable=False),
    sa.Column('requests', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('days', 'trade_code', 'area', name=op.f('pk_insight_slice_gap'))
    )
    op.create_table('insight_slice_message',
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('error_code', sa.String(length=40), nullable=False),
    sa.Column('gate_reason', sa.String(length=40), nullable=False),
    sa.Column('messages', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('days', 'region', 'trade_code', 'channel', 'status', 'error_code', 'gate_reason', name=op.f('pk_insight_slice_message'))
    )
    op.create_table('insight_business_period',
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('leads', sa.Integer(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.Column('quoted', sa.Integer(), nullable=False),
    sa.Column('won', sa.Integer(), nullable=False),
    sa.Column('response_median', sa.Double(), nullable=True),
    sa.Column('peer_region', sa.String(length=2), nullable=True),
    sa.Column('peers', sa.Integer(), nullable=False),
    sa.Column('peer_leads', sa.Double(), nullable=True),
    sa.Column('peer_answer_rate', sa.Double(), nullable=True),
    sa.Column('peer_response_median', sa.Double(), nullable=True),
    sa.Column('peer_win_rate', sa.Double(), nullable=True),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_insight_business_period_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('tenant_id', 'days', name=op.f('pk_insight_business_period'))
    )
    op.create_table('insight_slice_business',
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('leads', sa.Integer(), nullable=False),
    sa.Column('answered', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_insight_slice_business_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('days', 'region', 'trade_code', 'position', name=op.f('pk_insight_slice_business'))
    )
    with op.batch_alter_table('insight_slice_business', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_insight_slice_business_tenant_id'), ['tenant_id'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        # Per-business figures are tenant-owned like the leads they sum (migration 0013).
        for table in TENANT_TABLES:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(f"CREATE POLICY {POLICY} ON {table} USING ({VISIBLE}) "
                       f"WITH CHECK ({VISIBLE})")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        for table in TENANT_TABLES:
            op.execute(f"DROP POLICY IF EXISTS {POLICY} ON {table}")
    with op.batch_alter_table('insight_slice_business', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_insight_slice_business_tenant_id'))

    op.drop_table('insight_slice_business')
    op.drop_table('insight_business_period')
    op.drop_table('insight_slice_message')
    op.drop_table('insight_slice_gap')
    op.drop_table('insight_slice_day')
    op.drop_table('insight_slice_consent')
    op.drop_table('insight_slice')
    op.drop_table('insight_region_centroid')
