"""consent media access and privacy

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 22:40:09.549020

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Consent notices and events are evidence: the database itself refuses to change them.
# Only consent_event.via_message_id may change (ON DELETE SET NULL of its message).
EVENT_COLUMNS = "id, public_id, customer_id, job_request_id, request_id, purpose, action, recipient_list_version, notice_id, notice_sha256, channel, actor, evidence_kind, evidence_ref, retention_days, occurred_at, tenant_id"
NOTICE_COLUMNS = "id, version, purpose, language, text, sha256, created_at"


def _create_immutability_triggers():
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("""
            CREATE FUNCTION consent_refuse_change() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION '% rows are append-only', TG_TABLE_NAME;
            END;
            $$ LANGUAGE plpgsql
        """)
        op.execute(f"CREATE TRIGGER consent_event_immutable BEFORE UPDATE OF {EVENT_COLUMNS} "
                   "ON consent_event FOR EACH ROW EXECUTE FUNCTION consent_refuse_change()")
        op.execute(f"CREATE TRIGGER consent_notice_immutable BEFORE UPDATE OF {NOTICE_COLUMNS} "
                   "ON consent_notice FOR EACH ROW EXECUTE FUNCTION consent_refuse_change()")
    elif bind.dialect.name == "sqlite":
        op.execute(f"CREATE TRIGGER consent_event_immutable BEFORE UPDATE OF {EVENT_COLUMNS} "
                   "ON consent_event BEGIN SELECT RAISE(ABORT, 'consent_event rows are "
                   "append-only'); END")
        op.execute(f"CREATE TRIGGER consent_notice_immutable BEFORE UPDATE OF {NOTICE_COLUMNS} "
                   "ON consent_notice BEGIN SELECT RAISE(ABORT, 'consent_notice rows are "
                   "append-only'); END")


def _drop_immutability_triggers():
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS consent_event_immutable ON consent_event")
        op.execute("DROP TRIGGER IF EXISTS consent_notice_immutable ON consent_notice")
        op.execute("DROP FUNCTION IF EXISTS consent_refuse_change()")
    elif bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS consent_event_immutable")
        op.execute("DROP TRIGGER IF EXISTS consent_notice_immutable")


def upgrade():
    op.create_table('consent_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.String(length=20), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("purpose IN ('media_sharing', 'contact_sharing')", name=op.f('ck_consent_notice_purpose_allowed')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_notice')),
    sa.UniqueConstraint('sha256', name=op.f('uq_consent_notice_sha256'))
    )
    op.create_table('deletion_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('counts', sa.JSON(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("reason IN ('customer_request', 'job_retention', 'abandoned_intake')", name=op.f('ck_deletion_log_reason_allowed')),
    sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'], name=op.f('fk_deletion_log_actor_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deletion_log'))
    )
    with op.batch_alter_table('deletion_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deletion_log_occurred_at'), ['occurred_at'], unique=False)

    op.create_table('identity_tombstone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('identity_hmac', sa.String(length=64), nullable=False),
    sa.Column('opted_out_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('erased_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_identity_tombstone')),
    sa.UniqueConstraint('identity_hmac', name=op.f('uq_identity_tombstone_identity_hmac'))
    )
    op.create_table('business_notice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('job_reference', sa.String(length=12), nullable=False),
    sa.Column('purpose', sa.String(length=20), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('consent_withdrawn', 'consent_expired', 'customer_erased')", name=op.f('ck_business_notice_kind_allowed')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_business_notice_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_business_notice'))
    )
    with op.batch_alter_table('business_notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_business_notice_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('consent_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('recipient_list_version', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('retention_days', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("purpose IN ('media_sharing', 'contact_sharing')", name=op.f('ck_consent_request_purpose_allowed')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_consent_request_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_consent_request_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_consent_request_lead_id_lead'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['notice_id'], ['consent_notice.id'], name=op.f('fk_consent_request_notice_id_consent_notice')),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_consent_request_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_request')),
    sa.UniqueConstraint('public_id', name=op.f('uq_consent_request_public_id'))
    )
    with op.batch_alter_table('consent_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_request_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_request_job_request_id'), ['job_request_id'], unique=False)
        batch_op.create_index('ix_consent_request_key', ['customer_id', 'tenant_id', 'purpose', 'job_request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_request_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_request_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('data_export',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('token_sha256', sa.String(length=64), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('downloaded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('via_message_id', sa.Integer(), nullable=True),
    sa.Column('requested_by_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_data_export_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['requested_by_id'], ['user_account.id'], name=op.f('fk_data_export_requested_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['via_message_id'], ['message.id'], name=op.f('fk_data_export_via_message_id_message'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_export')),
    sa.UniqueConstraint('token_sha256', name=op.f('uq_data_export_token_sha256'))
    )
    with op.batch_alter_table('data_export', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_export_customer_id'), ['customer_id'], unique=False)

    op.create_table('erasure_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('via_message_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("status IN ('awaiting', 'cancelled')", name=op.f('ck_erasure_request_status_allowed')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_erasure_request_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['via_message_id'], ['message.id'], name=op.f('fk_erasure_request_via_message_id_message'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_request')),
    sa.UniqueConstraint('public_id', name=op.f('uq_erasure_request_public_id'))
    )
    with op.batch_alter_table('erasure_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erasure_request_customer_id'), ['customer_id'], unique=False)

    op.create_table('consent_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('purpose', sa.String(length=20), nullable=False),
    sa.Column('action', sa.String(length=10), nullable=False),
    sa.Column('recipient_list_version', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=True),
    sa.Column('notice_sha256', sa.String(length=64), nullable=True),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('actor', sa.String(length=10), nullable=False),
    sa.Column('evidence_kind', sa.String(length=20), nullable=False),
    sa.Column('evidence_ref', sa.String(length=64), nullable=True),
    sa.Column('via_message_id', sa.Integer(), nullable=True),
    sa.Column('retention_days', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("action IN ('grant', 'decline', 'withdraw', 'expire')", name=op.f('ck_consent_event_action_allowed')),
    sa.CheckConstraint("actor IN ('customer', 'system')", name=op.f('ck_consent_event_actor_allowed')),
    sa.CheckConstraint("evidence_kind IN ('message', 'web_request', 'schedule')", name=op.f('ck_consent_event_evidence_kind_allowed')),
    sa.CheckConstraint("purpose IN ('media_sharing', 'contact_sharing')", name=op.f('ck_consent_event_purpose_allowed')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_consent_event_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_consent_event_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['notice_id'], ['consent_notice.id'], name=op.f('fk_consent_event_notice_id_consent_notice')),
    sa.ForeignKeyConstraint(['request_id'], ['consent_request.id'], name=op.f('fk_consent_event_request_id_consent_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_consent_event_tenant_id_tenant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['via_message_id'], ['message.id'], name=op.f('fk_consent_event_via_message_id_message'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_event')),
    sa.UniqueConstraint('public_id', name=op.f('uq_consent_event_public_id'))
    )
    with op.batch_alter_table('consent_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_event_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_event_job_request_id'), ['job_request_id'], unique=False)
        batch_op.create_index('ix_consent_event_key', ['customer_id', 'tenant_id', 'purpose', 'job_request_id', 'occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_event_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_event_tenant_id'), ['tenant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_event_via_message_id'), ['via_message_id'], unique=False)

    op.create_table('media_access_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=True),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('media_file_id', sa.Integer(), nullable=True),
    sa.Column('job_request_id', sa.Integer(), nullable=True),
    sa.Column('decision', sa.String(length=5), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('link_id', sa.String(length=32), nullable=True),
    sa.CheckConstraint("decision IN ('allow', 'deny')", name=op.f('ck_media_access_log_decision_allowed')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_media_access_log_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_media_access_log_job_request_id_job_request'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['media_file_id'], ['media_file.id'], name=op.f('fk_media_access_log_media_file_id_media_file'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_media_access_log_tenant_id_tenant'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_media_access_log_user_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_media_access_log'))
    )
    with op.batch_alter_table('media_access_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_media_access_log_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_media_access_log_occurred_at', ['occurred_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_access_log_tenant_id'), ['tenant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_media_access_log_user_id'), ['user_id'], unique=False)
    _create_immutability_triggers()


def downgrade():
    _drop_immutability_triggers()
    with op.batch_alter_table('media_access_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_media_access_log_user_id'))
        batch_op.drop_index(batch_op.f('ix_media_access_log_tenant_id'))
        batch_op.drop_index('ix_media_access_log_occurred_at')
        batch_op.drop_index(batch_op.f('ix_media_access_log_customer_id'))

    op.drop_table('media_access_log')
    with op.batch_alter_table('consent_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_event_via_message_id'))
        batch_op.drop_index(batch_op.f('ix_consent_event_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_consent_event_request_id'))
        batch_op.drop_index('ix_consent_event_key')
        batch_op.drop_index(batch_op.f('ix_consent_event_job_request_id'))
        batch_op.drop_index(batch_op.f('ix_consent_event_customer_id'))

    op.drop_table('consent_event')
    with op.batch_alter_table('erasure_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erasure_request_customer_id'))

    op.drop_table('erasure_request')
    with op.batch_alter_table('data_export', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_export_customer_id'))

    op.drop_table('data_export')
    with op.batch_alter_table('consent_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_request_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_consent_request_lead_id'))
        batch_op.drop_index('ix_consent_request_key')
        batch_op.drop_index(batch_op.f('ix_consent_request_job_request_id'))
        batch_op.drop_index(batch_op.f('ix_consent_request_customer_id'))

    op.drop_table('consent_request')
    with op.batch_alter_table('business_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_business_notice_tenant_id'))

    op.drop_table('business_notice')
    op.drop_table('identity_tombstone')
    with op.batch_alter_table('deletion_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deletion_log_occurred_at'))

    op.drop_table('deletion_log')
    op.drop_table('consent_notice')
