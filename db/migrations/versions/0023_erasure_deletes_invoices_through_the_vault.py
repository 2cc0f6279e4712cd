"""erasure deletes invoices through the vault function, audited

Revision ID: 0023
Revises: 0022

Invoices are accounting records (Kirjanpitolaki 2:10): a supervisor's own login may no longer delete them
(migration 0017 granted DELETE on invoice and invoice_summary for erasure, so psql could delete any
customer's invoices unaudited). An erasure whose plan deletes invoices does so through
desk_erase_vault, which acts only for an erasure recorded by the caller in the same transaction and now
writes its own audit row (hetu_vault_erased: what it deleted, counts only). SQLite: nothing to do.
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

UP = """
REVOKE DELETE ON invoice, invoice_summary FROM desk_supervisor;
GRANT SELECT, DELETE ON invoice, invoice_summary TO desk_owner;
DROP FUNCTION desk_erase_vault(bigint, boolean, boolean);
CREATE FUNCTION desk_erase_vault(p_customer_id bigint, p_hetu boolean, p_consents boolean, p_invoices boolean)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_hetu integer := 0;
    v_events integer := 0;
    v_invoices integer := 0;
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
    IF p_hetu THEN
        DELETE FROM public.person_hetu WHERE customer_id = p_customer_id;
        GET DIAGNOSTICS v_hetu = ROW_COUNT;
    END IF;
    IF p_consents THEN
        UPDATE public.consent_event SET corrects_id = NULL WHERE customer_id = p_customer_id;
        DELETE FROM public.consent_event WHERE customer_id = p_customer_id;
        GET DIAGNOSTICS v_events = ROW_COUNT;
    END IF;
    IF p_invoices THEN
        DELETE FROM public.invoice_summary WHERE customer_id = p_customer_id;
        DELETE FROM public.invoice WHERE customer_id = p_customer_id;
        GET DIAGNOSTICS v_invoices = ROW_COUNT;
    END IF;
    PERFORM desk_audit_write(session_user, NULL, 'hetu_vault_erased', p_customer_id, 'erasure',
        json_build_object('consent_events', v_events, 'hetu', v_hetu, 'invoices', v_invoices)::text);
    RETURN v_hetu + v_events + v_invoices;
END
$$;
ALTER FUNCTION desk_erase_vault(bigint, boolean, boolean, boolean) OWNER TO desk_owner;
REVOKE ALL ON FUNCTION desk_erase_vault(bigint, boolean, boolean, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk_erase_vault(bigint, boolean, boolean, boolean) TO desk_supervisor;
"""

DOWN = """
DROP FUNCTION desk_erase_vault(bigint, boolean, boolean, boolean);
REVOKE SELECT, DELETE ON invoice, invoice_summary FROM desk_owner;
GRANT DELETE ON invoice, invoice_summary TO desk_supervisor;
"""


def _previous_vault_function() -> str:
    """Migration 0017's desk_erase_vault(bigint, boolean, boolean), as it was (for the downgrade)."""
    path = Path(__file__).with_name("0017_erasure_record.py")
    spec = importlib.util.spec_from_file_location("erasure_record_0017", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.VAULT_UP


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(UP, execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(DOWN + _previous_vault_function(), execution_options={"no_parameters": True})
