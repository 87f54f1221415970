"""business onboarding and verification

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 22:40:07.686256

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table('recipient_list_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_recipient_list_version_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipient_list_version')),
    sa.UniqueConstraint('tenant_id', 'version', name=op.f('uq_recipient_list_version_tenant_id_version'))
    )

    with op.batch_alter_table('recipient_list_version', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_recipient_list_version_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('subcontractor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=5), nullable=False),
    sa.Column('city', sa.String(length=120), nullable=False),
    sa.Column('services', sa.Text(), nullable=False),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_subcontractor_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_subcontractor'))
    )

    with op.batch_alter_table('subcontractor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_subcontractor_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('team_invitation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('invited_by_id', sa.Integer(), nullable=True),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('accepted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('owner', 'office', 'crew')", name=op.f('ck_team_invitation_role_allowed')),
    sa.CheckConstraint("status IN ('pending', 'accepted', 'revoked')", name=op.f('ck_team_invitation_status_allowed')),
    sa.ForeignKeyConstraint(['invited_by_id'], ['user_account.id'], name=op.f('fk_team_invitation_invited_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_team_invitation_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_invitation')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_team_invitation_token_hash'))
    )

    with op.batch_alter_table('team_invitation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_invitation_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('verification_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sa.String(length=40), nullable=False),
    sa.Column('doc_type', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('issuer', sa.String(length=200), nullable=False),
    sa.Column('holder_name', sa.String(length=200), nullable=False),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('storage_key', sa.String(length=200), nullable=False),
    sa.Column('content_type', sa.String(length=50), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('submitted_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('reminder_sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("doc_type IN ('gewerbeanmeldung', 'meisterbrief', 'handwerkskarte', 'ausnahmebewilligung', 'ausuebungsberechtigung', 'haftpflicht')", name=op.f('ck_verification_document_doc_type_allowed')),
    sa.CheckConstraint("status IN ('submitted', 'info_requested', 'approved', 'rejected', 'expired')", name=op.f('ck_verification_document_status_allowed')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_verification_document_decided_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_verification_document_tenant_id_tenant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['user_account.id'], name=op.f('fk_verification_document_uploaded_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification_document')),
    sa.UniqueConstraint('public_id', name=op.f('uq_verification_document_public_id'))
    )

    with op.batch_alter_table('verification_document', schema=None) as batch_op:
        batch_op.create_index('ix_verification_document_status_submitted_at', ['status', 'submitted_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_verification_document_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('verification_document_trade',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('claimed', 'approved', 'rejected')", name=op.f('ck_verification_document_trade_status_allowed')),
    sa.ForeignKeyConstraint(['document_id'], ['verification_document.id'], name=op.f('fk_verification_document_trade_document_id_verification_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_verification_document_trade_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification_document_trade')),
    sa.UniqueConstraint('document_id', 'trade_code', name=op.f('uq_verification_document_trade_document_id_trade_code'))
    )

    with op.batch_alter_table('verification_document_trade', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_document_trade_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verification_document_trade_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('verification_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.String(length=20), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('trade_code', sa.String(length=40), nullable=True),
    sa.Column('from_status', sa.String(length=30), nullable=True),
    sa.Column('to_status', sa.String(length=30), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("subject IN ('document', 'business', 'verification', 'trade', 'profile')", name=op.f('ck_verification_event_subject_allowed')),
    sa.ForeignKeyConstraint(['actor_id'], ['user_account.id'], name=op.f('fk_verification_event_actor_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['verification_document.id'], name=op.f('fk_verification_event_document_id_verification_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_verification_event_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_verification_event'))
    )

    with op.batch_alter_table('verification_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_verification_event_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_verification_event_tenant_id'), ['tenant_id'], unique=False)
        batch_op.create_index('ix_verification_event_tenant_id_created_at', ['tenant_id', 'created_at'], unique=False)

    with op.batch_alter_table('tenant_trade', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_admin_suspended', sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade():
    with op.batch_alter_table('tenant_trade', schema=None) as batch_op:
        batch_op.drop_column('is_admin_suspended')

    op.drop_table('verification_event')
    op.drop_table('verification_document_trade')
    op.drop_table('verification_document')
    op.drop_table('team_invitation')
    op.drop_table('subcontractor')
    op.drop_table('recipient_list_version')
