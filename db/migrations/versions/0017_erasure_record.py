"""erasure record

Revision ID: 0017
Revises: 0016

Issue 12: an erasure (GDPR Art. 17) is carried out from a plan shown first, in one transaction signed off
by a supervisor; ``erasure_record`` keeps the plan as executed (categories, actions, counts, reasons and
keep-until days, never the content) for the reply and for the nightly run that anonymises the name and
address once the reply is posted.

PostgreSQL: supervisors record erasures and may delete the customer rows an erasure plan deletes (the
tables below). The identity code (person_hetu, the vault) and the append-only consent events are deleted
only by ``desk_erase_vault(customer_id, hetu, consents)``, a SECURITY DEFINER function owned by desk_owner that acts only
for a customer whose erasure record the same login wrote in the same transaction (a maintenance
connection of the owner, e.g. the admin command line, may act for the supervisor it names).
"""

from alembic import op
import sqlalchemy as sa

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
ERASED_TABLES = ("postal_address", "call", "call_customer", "customer_note", "usage_site", "contract",
                 "consumption_summary", "invoice", "invoice_summary", "processing_restriction")

VAULT_UP = """
CREATE FUNCTION desk_erase_vault(p_customer_id bigint, p_hetu boolean, p_consents boolean) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_hetu integer;
    v_events integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.erasure_record r
                    WHERE r.customer_id = p_customer_id
                      AND (r.carried_out_by = session_user OR pg_has_role(session_user, 'desk_owner', 'MEMBER'))
                      AND r.xmin::text::bigint = txid_current() % 4294967296) THEN  -- written in this transaction
        RAISE EXCEPTION 'no erasure of this customer in this transaction' USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The customer's calls may go: entries recorded during them keep their place in the ledger, unlinked.
    UPDATE public.consent_event SET call_id = NULL
     WHERE call_id IN (SELECT id FROM public.call WHERE customer_id = p_customer_id);
    v_hetu := 0;
    v_events := 0;
    IF p_hetu THEN
        DELETE FROM public.person_hetu WHERE customer_id = p_customer_id;
        GET DIAGNOSTICS v_hetu = ROW_COUNT;
    END IF;
    IF p_consents THEN
        UPDATE public.consent_event SET corrects_id = NULL WHERE customer_id = p_customer_id;
        DELETE FROM public.consent_event WHERE customer_id = p_customer_id;
        GET DIAGNOSTICS v_events = ROW_COUNT;
    END IF;
    RETURN v_hetu + v_events;
END
$$;
ALTER FUNCTION desk_erase_vault(bigint, boolean, boolean) OWNER TO desk_owner;
REVOKE ALL ON FUNCTION desk_erase_vault(bigint, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk_erase_vault(bigint, boolean, boolean) TO desk_supervisor;
GRANT SELECT ON erasure_record, call TO desk_owner;
GRANT SELECT, UPDATE, DELETE ON consent_event TO desk_owner;
"""

VAULT_DOWN = """
DROP FUNCTION IF EXISTS desk_erase_vault(bigint, boolean, boolean);
REVOKE SELECT, UPDATE, DELETE ON consent_event FROM desk_owner;
"""


def upgrade() -> None:
    op.create_table(
        "erasure_record",
        sa.Column("id", Id, nullable=False),
        sa.Column("customer_id", Id, nullable=False),
        sa.Column("request_id", Id, nullable=True),
        sa.Column("carried_out_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("carried_out_by", sa.String(length=63), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("full_anonymisation", sa.Boolean(), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_erasure_record_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["request_id"], ["data_request.id"],
                                name=op.f("fk_erasure_record_request_id_data_request"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_record")),
    )
    op.create_index(op.f("ix_erasure_record_customer_id"), "erasure_record", ["customer_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("GRANT SELECT ON erasure_record TO desk_agent, desk_auditor")
        op.execute("GRANT SELECT, INSERT, UPDATE ON erasure_record TO desk_supervisor")
        op.execute("GRANT USAGE ON SEQUENCE erasure_record_id_seq TO desk_supervisor")
        op.execute(f"GRANT DELETE ON {', '.join(ERASED_TABLES)} TO desk_supervisor")
        op.get_bind().exec_driver_sql(VAULT_UP, execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(VAULT_DOWN, execution_options={"no_parameters": True})
        op.execute(f"REVOKE DELETE ON {', '.join(ERASED_TABLES)} FROM desk_supervisor")
    op.drop_index(op.f("ix_erasure_record_customer_id"), table_name="erasure_record")
    op.drop_table("erasure_record")
