"""routing leads quotes and api tokens: quotes and their history, lead history,
routing record, postcode neighbour cache, API tokens

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 22:40:08.613218

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


# The routing index (routing_listing) is kept by triggers, so that every writer of tenants and
# their trades keeps it current. Same rule as verification.services.is_eligible, plus a base
# postcode (routing needs a location).
LISTING_SELECT = """
    SELECT t.id, tt.trade_code, t.base_postcode, t.service_radius_km, t.weekly_lead_capacity
    FROM tenant t JOIN tenant_trade tt ON tt.tenant_id = t.id
    WHERE t.id = {tenant} AND t.status = 'active' AND t.verification_status = 'verified'
      AND NOT t.is_paused AND t.base_postcode IS NOT NULL AND tt.status = 'approved'
"""
LISTING_COLUMNS = ("routing_listing (tenant_id, trade_code, base_postcode, service_radius_km, "
                   "weekly_lead_capacity)")
TENANT_COLUMNS = ("status, verification_status, is_paused, base_postcode, service_radius_km, "
                  "weekly_lead_capacity")
SQLITE_TRIGGERS = {
    "routing_listing_tenant_insert": ("AFTER INSERT ON tenant", ["NEW.id"]),
    "routing_listing_tenant_update": (f"AFTER UPDATE OF {TENANT_COLUMNS} ON tenant",
                                      ["NEW.id"]),
    "routing_listing_trade_insert": ("AFTER INSERT ON tenant_trade", ["NEW.tenant_id"]),
    "routing_listing_trade_update": ("AFTER UPDATE ON tenant_trade",
                                     ["OLD.tenant_id", "NEW.tenant_id"]),
    "routing_listing_trade_delete": ("AFTER DELETE ON tenant_trade", ["OLD.tenant_id"]),
}


def _refresh_sql(tenant: str) -> str:
    return (f"DELETE FROM routing_listing WHERE tenant_id = {tenant}; "
            f"INSERT INTO {LISTING_COLUMNS} {LISTING_SELECT.format(tenant=tenant)};")


def create_listing_triggers():
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name, (event, tenants) in SQLITE_TRIGGERS.items():
            body = " ".join(_refresh_sql(tenant) for tenant in tenants)
            op.execute(f"CREATE TRIGGER {name} {event} FOR EACH ROW BEGIN {body} END")
    else:
        op.execute(f"""
            CREATE FUNCTION routing_listing_refresh(p_tenant integer) RETURNS void
            LANGUAGE sql AS $$ {_refresh_sql("p_tenant")} $$""")
        op.execute("""
            CREATE FUNCTION routing_listing_on_tenant() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM routing_listing_refresh(NEW.id); RETURN NULL; END $$""")
        op.execute("""
            CREATE FUNCTION routing_listing_on_trade() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP IN ('UPDATE', 'DELETE') THEN
                PERFORM routing_listing_refresh(OLD.tenant_id);
              END IF;
              IF TG_OP IN ('INSERT', 'UPDATE') THEN
                PERFORM routing_listing_refresh(NEW.tenant_id);
              END IF;
              RETURN NULL;
            END $$""")
        op.execute(f"""
            CREATE TRIGGER routing_listing_tenant
            AFTER INSERT OR UPDATE OF {TENANT_COLUMNS} ON tenant
            FOR EACH ROW EXECUTE FUNCTION routing_listing_on_tenant()""")
        op.execute("""
            CREATE TRIGGER routing_listing_trade AFTER INSERT OR UPDATE OR DELETE ON tenant_trade
            FOR EACH ROW EXECUTE FUNCTION routing_listing_on_trade()""")
    # Businesses that exist already.
    op.execute(f"INSERT INTO {LISTING_COLUMNS} "
               + LISTING_SELECT.replace("t.id = {tenant} AND ", ""))


def drop_listing_triggers():
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        op.execute("DROP TRIGGER IF EXISTS routing_listing_trade ON tenant_trade")
        op.execute("DROP TRIGGER IF EXISTS routing_listing_tenant ON tenant")
        op.execute("DROP FUNCTION IF EXISTS routing_listing_on_trade()")
        op.execute("DROP FUNCTION IF EXISTS routing_listing_on_tenant()")
        op.execute("DROP FUNCTION IF EXISTS routing_listing_refresh(integer)")


def upgrade():
    op.create_table('routing_listing',
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('trade_code', sa.String(length=40), nullable=False),
    sa.Column('base_postcode', sa.String(length=5), nullable=False),
    sa.Column('service_radius_km', sa.Integer(), nullable=False),
    sa.Column('weekly_lead_capacity', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_routing_listing_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('tenant_id', 'trade_code', name=op.f('pk_routing_listing'))
    )
    with op.batch_alter_table('routing_listing', schema=None) as batch_op:
        batch_op.create_index('ix_routing_listing_trade_code_base_postcode', ['trade_code', 'base_postcode', 'service_radius_km', 'tenant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_listing_tenant_id'), ['tenant_id'], unique=False)
    create_listing_triggers()

    op.create_table('postcode_neighbour',
    sa.Column('postcode', sa.String(length=5), nullable=False),
    sa.Column('near_postcode', sa.String(length=5), nullable=False),
    sa.Column('km', sa.Double(), nullable=False),
    sa.PrimaryKeyConstraint('postcode', 'near_postcode', name=op.f('pk_postcode_neighbour'))
    )
    with op.batch_alter_table('postcode_neighbour', schema=None) as batch_op:
        batch_op.create_index('ix_postcode_neighbour_postcode_km', ['postcode', 'km', 'near_postcode'], unique=False)

    op.create_table('api_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('prefix', sa.String(length=12), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_by_user_id', sa.Integer(), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['revoked_by_user_id'], ['user_account.id'], name=op.f('fk_api_token_revoked_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_api_token_tenant_id_tenant'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['user_account.id'], name=op.f('fk_api_token_user_id_user_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_token')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_token_token_hash'))
    )
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_api_token_tenant_id'), ['tenant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_api_token_user_id'), ['user_id'], unique=False)

    op.create_table('job_routing',
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('target_quotes', sa.Integer(), nullable=False),
    sa.Column('last_routed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('exhausted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('businesses_told', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_job_routing_job_request_id_job_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('job_request_id', name=op.f('pk_job_routing'))
    )
    op.create_table('routing_run',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('trigger', sa.String(length=40), nullable=False),
    sa.Column('open_before', sa.Integer(), nullable=False),
    sa.Column('slots', sa.Integer(), nullable=False),
    sa.Column('eligible_count', sa.Integer(), nullable=False),
    sa.Column('chosen_count', sa.Integer(), nullable=False),
    sa.Column('used_geodata', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_routing_run_job_request_id_job_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_run'))
    )
    with op.batch_alter_table('routing_run', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_run_job_request_id'), ['job_request_id'], unique=False)

    op.create_table('lead_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("actor_kind IN ('business', 'customer', 'system', 'admin')", name=op.f('ck_lead_event_actor_kind_allowed')),
    sa.ForeignKeyConstraint(['actor_user_id'], ['user_account.id'], name=op.f('fk_lead_event_actor_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_lead_event_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_lead_event_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_lead_event'))
    )
    with op.batch_alter_table('lead_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_lead_event_lead_id'), ['lead_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_lead_event_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('quote',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('lead_id', sa.Integer(), nullable=False),
    sa.Column('job_request_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('price_kind', sa.String(length=10), nullable=False),
    sa.Column('net_amount_cents', sa.Integer(), nullable=False),
    sa.Column('net_amount_max_cents', sa.Integer(), nullable=True),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('vat_rate_percent', sa.Integer(), nullable=False),
    sa.Column('line_items', sa.JSON(), nullable=False),
    sa.Column('earliest_start', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('message', sa.Text(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_by_user_id', sa.Integer(), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("(price_kind = 'fixed' AND net_amount_max_cents IS NULL) OR (price_kind = 'range' AND net_amount_max_cents > net_amount_cents)", name=op.f('ck_quote_range_consistent')),
    sa.CheckConstraint("price_kind IN ('fixed', 'range')", name=op.f('ck_quote_price_kind_allowed')),
    sa.CheckConstraint("status IN ('sent', 'accepted', 'declined', 'withdrawn', 'expired')", name=op.f('ck_quote_status_allowed')),
    sa.CheckConstraint('net_amount_cents > 0', name=op.f('ck_quote_amount_positive')),
    sa.ForeignKeyConstraint(['created_by_user_id'], ['user_account.id'], name=op.f('fk_quote_created_by_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['job_request_id'], ['job_request.id'], name=op.f('fk_quote_job_request_id_job_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['lead_id'], ['lead.id'], name=op.f('fk_quote_lead_id_lead'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_quote_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote')),
    sa.UniqueConstraint('lead_id', name=op.f('uq_quote_lead_id'))
    )
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.create_index('ix_quote_job_request_id_status', ['job_request_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('routing_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('reasons', sa.String(length=300), nullable=False),
    sa.Column('distance_km', sa.Double(), nullable=True),
    sa.Column('score', sa.Double(), nullable=True),
    sa.CheckConstraint("outcome IN ('chosen', 'not_chosen', 'ineligible')", name=op.f('ck_routing_decision_outcome_allowed')),
    sa.ForeignKeyConstraint(['run_id'], ['routing_run.id'], name=op.f('fk_routing_decision_run_id_routing_run'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_routing_decision_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_decision'))
    )
    with op.batch_alter_table('routing_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_decision_run_id'), ['run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_routing_decision_tenant_id'), ['tenant_id'], unique=False)

    op.create_table('quote_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('quote_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=True),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('actor_kind', sa.String(length=20), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=300), nullable=True),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('tenant_id', sa.Integer(), nullable=False),
    sa.CheckConstraint("actor_kind IN ('business', 'customer', 'system', 'admin')", name=op.f('ck_quote_event_actor_kind_allowed')),
    sa.CheckConstraint("kind IN ('created', 'updated', 'status')", name=op.f('ck_quote_event_kind_allowed')),
    sa.ForeignKeyConstraint(['actor_user_id'], ['user_account.id'], name=op.f('fk_quote_event_actor_user_id_user_account'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['quote_id'], ['quote.id'], name=op.f('fk_quote_event_quote_id_quote'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tenant_id'], ['tenant.id'], name=op.f('fk_quote_event_tenant_id_tenant'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quote_event'))
    )
    with op.batch_alter_table('quote_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quote_event_quote_id'), ['quote_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quote_event_tenant_id'), ['tenant_id'], unique=False)

    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.create_index('ix_lead_tenant_id_offered_at', ['tenant_id', 'offered_at'], unique=False)



def downgrade():
    drop_listing_triggers()
    with op.batch_alter_table('routing_listing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_listing_tenant_id'))
        batch_op.drop_index('ix_routing_listing_trade_code_base_postcode')
    op.drop_table('routing_listing')
    with op.batch_alter_table('lead', schema=None) as batch_op:
        batch_op.drop_index('ix_lead_tenant_id_offered_at')

    with op.batch_alter_table('quote_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_event_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_quote_event_quote_id'))

    op.drop_table('quote_event')
    with op.batch_alter_table('routing_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_decision_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_routing_decision_run_id'))

    op.drop_table('routing_decision')
    with op.batch_alter_table('quote', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quote_tenant_id'))
        batch_op.drop_index('ix_quote_job_request_id_status')

    op.drop_table('quote')
    with op.batch_alter_table('lead_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_lead_event_tenant_id'))
        batch_op.drop_index(batch_op.f('ix_lead_event_lead_id'))

    op.drop_table('lead_event')
    with op.batch_alter_table('routing_run', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_run_job_request_id'))

    op.drop_table('routing_run')
    op.drop_table('job_routing')
    with op.batch_alter_table('api_token', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_api_token_user_id'))
        batch_op.drop_index(batch_op.f('ix_api_token_tenant_id'))

    op.drop_table('api_token')
    with op.batch_alter_table('postcode_neighbour', schema=None) as batch_op:
        batch_op.drop_index('ix_postcode_neighbour_postcode_km')

    op.drop_table('postcode_neighbour')
