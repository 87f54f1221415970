"""crews on jobs, their notes and photos, and the completion the customer answers

Crew assignments (kept when someone comes off the job), the notes and photos posted on a
job, and each time the business marked a job completed with the customer's answer.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 12:10:00

"""
import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# Tenant-owned: the same row-level wall as revision 0013 gives the older tables (PostgreSQL).
TENANT_TABLES = ("crew_assignment", "job_completion", "work_note", "work_photo")
POLICY = "tenant_wall"
VISIBLE = ("current_setting('app.scope', true) = 'system' OR tenant_id = "
           "NULLIF(current_setting('app.tenant_id', true), '')::integer")


def upgrade():
    op.create_table('crew_assignment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('assigned_by_user_id', sa.Integer(), nullable=True),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('removed_by_user_id', sa.Integer(), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['assigned_by_user_id'], ['user_account.id'], name=op.f('fk_crew_assignment_assigned_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_crew_assignment_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['removed_by_user_id'], ['user_account.id'], name=op.f('fk_crew_assignment_removed_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_crew_assignment_tenant_id_tenant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_crew_assignment_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crew_assignment'))
    )
    with op.batch_alter_table('crew_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_crew_assignment_job_request_id'), ['job_request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_crew_assignment_tenant_id'), ['tenant_id'], unique=False)
        batch_op.create_index('ix_crew_assignment_user_id_job_request_id', ['user_id', 'job_request_id'], unique=False)

    op.create_table('job_completion',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('marked_by_user_id', sa.Integer(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('photo_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('answer', sa.String(length=20), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("answer IN ('confirmed', 'disputed')", name=op.f('ck_job_completion_answer_allowed')),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_job_completion_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_job_completion_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['marked_by_user_id'], ['user_account.id'], name=op.f('fk_job_completion_marked_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_job_completion_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_job_completion'))
    )
    with op.batch_alter_table('job_completion', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_job_completion_job_request_id'), ['job_request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_job_completion_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('work_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('author_user_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('progress', 'completion')", name=op.f('ck_work_note_kind_allowed')),
    sa.ForeignKeyConstraint(['author_user_id'], ['user_account.id'], name=op.f('fk_work_note_author_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_work_note_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_work_note_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_work_note_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_note'))
    )
    with op.batch_alter_table('work_note', schema=None) as batch_op:
        batch_op.create_index('ix_work_note_job_request_id_id', ['job_request_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_note_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('work_photo',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('note_id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('media_file_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('sent_by_user_id', sa.Integer(), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('progress', 'completion')", name=op.f('ck_work_photo_kind_allowed')),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_work_photo_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_work_photo_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['media_file_id'], ['media_file.id'], name=op.f('fk_work_photo_media_file_id_media_file'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['note_id'], ['work_note.id'], name=op.f('fk_work_photo_note_id_work_note'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['sent_by_user_id'], ['user_account.id'], name=op.f('fk_work_photo_sent_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_work_photo_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_photo')),
    sa.UniqueConstraint('media_file_id', name=op.f('uq_work_photo_media_file_id'))
    )
    with op.batch_alter_table('work_photo', schema=None) as batch_op:
        batch_op.create_index('ix_work_photo_job_request_id_id', ['job_request_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_photo_note_id'), ['note_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_work_photo_tenant_id'), ['tenant_id'], unique=False)

    if op.get_bind().dialect.name == "postgresql":
        for table in TENANT_TABLES:
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(f"CREATE POLICY {POLICY} ON {table} USING ({VISIBLE}) "
                       f"WITH CHECK ({VISIBLE})")


def downgrade():
    if op.get_bind().dialect.name == "postgresql":
        for table in TENANT_TABLES:
            op.execute(f"DROP POLICY IF EXISTS {POLICY} ON {table}")
    with op.batch_alter_table('work_photo', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_photo_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_work_photo_note_id'))
        batch_op.drop_index('ix_work_photo_job_request_id_id')

    op.drop_table('work_photo')
    with op.batch_alter_table('work_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_work_note_tenant_id'))
        batch_op.drop_index('ix_work_note_job_request_id_id')

    op.drop_table('work_note')
    with op.batch_alter_table('job_completion', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_job_completion_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_job_completion_job_request_id'))

    op.drop_table('job_completion')
    with op.batch_alter_table('crew_assignment', schema=None) as batch_op:
        batch_op.drop_index('ix_crew_assignment_user_id_job_request_id')
        batch_op.drop_index(batch_op.f('ix_crew_assignment_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_crew_assignment_job_request_id'))

    op.drop_table('crew_assignment')
