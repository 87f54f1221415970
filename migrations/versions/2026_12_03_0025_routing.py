"""routing walk bound: the largest service radius of a trade's listings, by index

The candidate query walks a customer postcode's neighbours nearest first (up to 100 km) and
stops after the pool is full. For rare trades the pool rarely fills, so the walk went through
all ~700 neighbours although no listing of the trade reaches beyond its largest service
radius. With (trade_code, service_radius_km) indexed, max(service_radius_km) for one trade is
a single backward index probe, and the walk stops there (bench/README.md, Routing).

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-03 18:00:00

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('routing_listing', schema=None) as batch_op:
        batch_op.create_index('ix_routing_listing_trade_code_service_radius_km',
                              ['trade_code', 'service_radius_km'], unique=False)


def downgrade():
    with op.batch_alter_table('routing_listing', schema=None) as batch_op:
        batch_op.drop_index('ix_routing_listing_trade_code_service_radius_km')
