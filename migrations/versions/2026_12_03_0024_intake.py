"""intake: place names of big cities' districts

`place_name.city` names the city a district belongs to ("Sachsenhausen" → "Frankfurt am
Main") for the rows imported from our district list beside the GeoNames place names; it is
empty for GeoNames' own places.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03 15:20:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('place_name') as batch_op:
        batch_op.add_column(sa.Column('city', sa.String(length=200), nullable=True))


def downgrade():
    with op.batch_alter_table('place_name') as batch_op:
        batch_op.drop_column('city')
