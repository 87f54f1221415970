"""consent purpose for files a customer sends into one business's job conversation

The consent ledger records each such message as the customer's act of sharing those files
with that one business (purpose 'thread_media'). Consent events are append-only: on SQLite
the table is rebuilt to change its CHECK constraint, so its immutability trigger is made
again afterwards (PostgreSQL keeps its trigger).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 12:00:00

"""
from alembic import op

# revision identifiers, used by Alembic.
revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

EVENT_COLUMNS = ("id, public_id, customer_id, job_request_id, request_id, purpose, action, "
                 "recipient_list_version, notice_id, notice_sha256, channel, actor, "
                 "evidence_kind, evidence_ref, retention_days, occurred_at, tenant_id")


def _set_purposes(purposes: str) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS consent_event_immutable")
    with op.batch_alter_table('consent_event', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_consent_event_purpose_allowed'), type_='check')
        batch_op.create_check_constraint(batch_op.f('ck_consent_event_purpose_allowed'),
                                         f"purpose IN ({purposes})")
    if sqlite:
        op.execute(f"CREATE TRIGGER consent_event_immutable BEFORE UPDATE OF {EVENT_COLUMNS} "
                   "ON consent_event BEGIN SELECT RAISE(ABORT, 'consent_event rows are "
                   "append-only'); END")


def upgrade():
    _set_purposes("'media_sharing', 'contact_sharing', 'thread_media'")


def downgrade():
    op.execute("DELETE FROM consent_event WHERE purpose = 'thread_media'")
    _set_purposes("'media_sharing', 'contact_sharing'")
