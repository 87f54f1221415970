"""webhook ingest: no schema change

Reserved for index changes on inbox_event; measured (bench/ingest_parts.py), the
(status, id) index cost the INSERT within noise and the excess was the web process's pool
checkouts, fixed in code. Kept as an empty step because databases already stand at it.

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-03 18:00:00

"""

# revision identifiers, used by Alembic.
revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
