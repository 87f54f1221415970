"""row-level security on tenant-owned tables (PostgreSQL)

Every table whose rows always belong to one business (a NOT NULL tenant_id) gets the
policy `tenant_wall`: a row is visible and writable only in its business's scope
(`app.tenant_id`, set per transaction by marketplace.db) or in the explicit system scope
(`app.scope = 'system'`). The tables' owner (who runs the migrations) is not held by it; the
app's role, which owns nothing, is. Tables whose tenant_id may be empty (user accounts,
the customer's own media, the platform's access log, records kept by law) stay
platform-wide. SQLite has no row-level security: nothing happens there.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 12:10:00

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

# The tenant-owned tables at this revision. A later one gets the same policy in its own
# migration; tests/audit/test_row_level_security.py fails on PostgreSQL for any without.
TENANT_TABLES = (
    "api_token", "appointment", "appointment_event", "business_notice", "consent_event",
    "consent_request", "lead", "lead_event", "quote", "quote_event", "recipient_list_version",
    "routing_decision", "routing_listing", "subcontractor", "team_invitation",
    "tenant_trade", "thread_message", "verification_document",
    "verification_document_trade", "verification_event",
)
POLICY = "tenant_wall"
VISIBLE = ("current_setting('app.scope', true) = 'system' OR tenant_id = "
           "NULLIF(current_setting('app.tenant_id', true), '')::integer")


def upgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TENANT_TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(f"CREATE POLICY {POLICY} ON {table} USING ({VISIBLE}) WITH CHECK ({VISIBLE})")


def downgrade():
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TENANT_TABLES:
        op.execute(f"DROP POLICY IF EXISTS {POLICY} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
