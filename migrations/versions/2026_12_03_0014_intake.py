"""intake: derived fields beside the customer's words, and place names

A job request keeps the customer's description as written and, beside it, the other
trades the work needs, a described danger and the words each derived field was read from.
`place_name` holds the GeoNames place and town names for looking up a place by name.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('job_request', schema=None) as batch_op:
        batch_op.add_column(sa.Column('also_trade_codes', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('hazard', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('derived_from', sa.JSON(), nullable=True))
    op.create_table(
        'place_name',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('key', sa.String(length=200), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('postcode', sa.String(length=5), nullable=False),
        sa.Column('state', sa.String(length=100), nullable=True),
        sa.Column('district', sa.String(length=200), nullable=True),
        sa.Column('latitude', sa.Double(), nullable=False),
        sa.Column('longitude', sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_place_name')),
    )
    op.create_index('ix_place_name_key', 'place_name', ['key'], unique=False)


def downgrade():
    op.drop_index('ix_place_name_key', table_name='place_name')
    op.drop_table('place_name')
    with op.batch_alter_table('job_request', schema=None) as batch_op:
        batch_op.drop_column('derived_from')
        batch_op.drop_column('hazard')
        batch_op.drop_column('also_trade_codes')
