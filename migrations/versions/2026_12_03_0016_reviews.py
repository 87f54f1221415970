"""reviews from real jobs and public business profiles: reviews with their versions,
reports and the chat's invitation; portfolio photos; the imprint fields of a business

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

# Tenant-owned tables of this revision: the row-level security wall of 0013 (PostgreSQL).
TENANT_TABLES = ("portfolio_photo", "review", "review_invitation")
POLICY = "tenant_wall"
VISIBLE = ("current_setting('app.scope', true) = 'system' OR tenant_id = "
           "NULLIF(current_setting('app.tenant_id', true), '')::integer")


def upgrade():
    op.create_table('portfolio_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('public_id', sa.String(length=40), nullable=False),
    sa.Column('storage_key', sa.String(length=200), nullable=False),
    sa.Column('content_type', sa.String(length=50), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('caption', sa.String(length=200), nullable=False),
    sa.Column('uploaded_by_id', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_portfolio_photo_tenant_id_tenant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['uploaded_by_id'], ['user_account.id'], name=op.f('fk_portfolio_photo_uploaded_by_id_user_account'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_portfolio_photo')),
    sa.UniqueConstraint('public_id', name=op.f('uq_portfolio_photo_public_id'))
    )
    with op.batch_alter_table('portfolio_photo', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_portfolio_photo_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('stars', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('published_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('edited_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('hidden_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answer_text', sa.Text(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answered_by_id', sa.Integer(), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("stars IS NOT NULL OR text <> ''", name=op.f('ck_review_not_empty')),
    sa.CheckConstraint("status IN ('published', 'hidden')", name=op.f('ck_review_status_allowed')),
    sa.CheckConstraint('stars IS NULL OR (stars >= 1 AND stars <= 5)', name=op.f('ck_review_stars_range')),
    sa.ForeignKeyConstraint(['answered_by_id'], ['user_account.id'], name=op.f('fk_review_answered_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_review_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_review_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_review_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review')),
    sa.UniqueConstraint('job_request_id', name=op.f('uq_review_job_request_id'))
    )
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('review_invitation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=10), nullable=False),
    sa.Column('words_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('editing', sa.Boolean(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("step IN ('stars', 'words', 'done')", name=op.f('ck_review_invitation_step_allowed')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_review_invitation_customer_id_customer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_review_invitation_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_review_invitation_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_review_invitation_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_invitation')),
    sa.UniqueConstraint('job_request_id', name=op.f('uq_review_invitation_job_request_id'))
    )
    with op.batch_alter_table('review_invitation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_invitation_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_review_invitation_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('review_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=20), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('reporter_email', sa.String(length=254), nullable=False),
    sa.Column('reporter_user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("decision IN ('hide', 'keep')", name=op.f('ck_review_report_decision_allowed')),
    sa.CheckConstraint("reason IN ('abusive', 'personal_data', 'false', 'other')", name=op.f('ck_review_report_reason_allowed')),
    sa.ForeignKeyConstraint(['decided_by_id'], ['user_account.id'], name=op.f('fk_review_report_decided_by_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['reporter_user_id'], ['user_account.id'], name=op.f('fk_review_report_reporter_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_report_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_report'))
    )
    with op.batch_alter_table('review_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_report_review_id'), ['review_id'], unique=False)

    op.create_table('review_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('stars', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['review_id'], ['review.id'], name=op.f('fk_review_version_review_id_review'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_version')),
    sa.UniqueConstraint('review_id', 'version', name=op.f('uq_review_version_review_id_version'))
    )
    with op.batch_alter_table('tenant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('represented_by', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('register_entry', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('vat_id', sa.String(length=20), server_default='', nullable=False))
        batch_op.add_column(sa.Column('chamber', sa.String(length=200), server_default='', nullable=False))

    if op.get_bind().dialect.name == "postgresql":
        for table in TENANT_TABLES:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(f"CREATE POLICY {POLICY} ON {table} USING ({VISIBLE}) "
                       f"WITH CHECK ({VISIBLE})")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        for table in TENANT_TABLES:
            op.execute(f"DROP POLICY IF EXISTS {POLICY} ON {table}")
    with op.batch_alter_table('tenant', schema=None) as batch_op:
        batch_op.drop_column('chamber')
        batch_op.drop_column('vat_id')
        batch_op.drop_column('register_entry')
        batch_op.drop_column('represented_by')

    op.drop_table('review_version')
    with op.batch_alter_table('review_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_report_review_id'))

    op.drop_table('review_report')
    with op.batch_alter_table('review_invitation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_invitation_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_review_invitation_customer_id'))

    op.drop_table('review_invitation')
    with op.batch_alter_table('review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_review_lead_id'))

    op.drop_table('review')
    with op.batch_alter_table('portfolio_photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_portfolio_photo_tenant_id'))

    op.drop_table('portfolio_photo')
