"""media access log: the note an administrator gives with the reason for opening a file

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 10:40:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('media_access_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('note', sa.String(length=300), nullable=True))


def downgrade():
    with op.batch_alter_table('media_access_log', schema=None) as batch_op:
        batch_op.drop_column('note')
