"""erasure deletes every category through the audited vault function; abandoned requests are closed

Revision ID: 0025
Revises: 0024

Migration 0017 granted a supervisor's own login DELETE on the tables an erasure plan empties (postal
addresses, calls and their links, customer notes, usage sites, contracts, consumption, restrictions), and
INSERT on erasure_record: from psql a supervisor could write an erasure record and delete any customer's
calls or contracts without the audit row the desk writes. Those grants are revoked; an erasure deletes
every category of its plan through ``desk_erase_vault(customer_id, categories)``, a SECURITY DEFINER
function of desk_owner that acts only for an erasure recorded by the caller in the same transaction and
writes its own audit row (``hetu_vault_erased``: the rows deleted per category, never content) in that
transaction: whatever undoes the deletes undoes the audit row with them, and nothing can undo one alone.
Contact points and bank accounts keep their DELETE grant: the desk replaces them in everyday edits
(migration 0002), which the desk audits as contact changes.

The retention preview (migration 0018) counts requests closed as abandoned (issue 13) as closed.
SQLite: nothing to do (db/repositories/erasure.py runs the same deletes).
"""

import importlib.util
from pathlib import Path

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

TABLES = ("postal_address", "call", "call_customer", "customer_note", "usage_site", "contract",
          "consumption_summary", "processing_restriction")
OWNER_DELETES = TABLES + ("contact_point", "bank_account")

UP = f"""
REVOKE DELETE ON {', '.join(TABLES)} FROM desk_supervisor;
GRANT SELECT, DELETE ON {', '.join(OWNER_DELETES)} TO desk_owner;
GRANT UPDATE (contract_id) ON invoice TO desk_owner;
DROP FUNCTION desk_erase_vault(bigint, boolean, boolean, boolean);
CREATE FUNCTION desk_erase_vault(p_customer_id bigint, p_categories text[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    v_category text;
    v_rows integer;
    v_total integer := 0;
    v_counts jsonb := '{{}}'::jsonb;
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
    FOREACH v_category IN ARRAY coalesce(p_categories, ARRAY[]::text[]) LOOP
        CASE v_category
        WHEN 'hetu' THEN
            DELETE FROM public.person_hetu WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'consents' THEN
            UPDATE public.consent_event SET corrects_id = NULL WHERE customer_id = p_customer_id;
            DELETE FROM public.consent_event WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'invoices' THEN
            DELETE FROM public.invoice_summary WHERE customer_id = p_customer_id;
            DELETE FROM public.invoice WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'old_addresses' THEN
            DELETE FROM public.postal_address WHERE customer_id = p_customer_id AND valid_to IS NOT NULL;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'contact_points' THEN
            DELETE FROM public.contact_point WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'bank_accounts' THEN
            DELETE FROM public.bank_account WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'calls' THEN  -- notes and links of the calls follow the foreign keys
            DELETE FROM public.call_customer WHERE customer_id = p_customer_id;
            DELETE FROM public.call WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'notes' THEN
            DELETE FROM public.customer_note WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'restrictions' THEN
            DELETE FROM public.processing_restriction WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
        WHEN 'contracts' THEN
            UPDATE public.invoice SET contract_id = NULL WHERE customer_id = p_customer_id;
            DELETE FROM public.contract WHERE customer_id = p_customer_id;
            GET DIAGNOSTICS v_rows = ROW_COUNT;
            DELETE FROM public.consumption_summary
             WHERE usage_site_id IN (SELECT id FROM public.usage_site WHERE customer_id = p_customer_id);
            DELETE FROM public.usage_site WHERE customer_id = p_customer_id;
        WHEN 'current_address', 'identity', 'requests', 'disclosures', 'audit_trail' THEN
            CONTINUE;  -- kept, anonymised later, or never deleted here
        ELSE
            RAISE EXCEPTION 'unknown erasure category %', v_category USING ERRCODE = 'invalid_parameter_value';
        END CASE;
        v_counts := v_counts || jsonb_build_object(v_category, v_rows);
        v_total := v_total + v_rows;
    END LOOP;
    PERFORM desk_audit_write(session_user, NULL, 'hetu_vault_erased', p_customer_id, 'erasure', v_counts::text);
    RETURN v_total;
END
$$;
ALTER FUNCTION desk_erase_vault(bigint, text[]) OWNER TO desk_owner;
REVOKE ALL ON FUNCTION desk_erase_vault(bigint, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk_erase_vault(bigint, text[]) TO desk_supervisor;
"""

CLOSED_OLD = "('dispatched', 'withdrawn')"
CLOSED_NEW = "('dispatched', 'withdrawn', 'abandoned')"

DOWN = f"""
DROP FUNCTION desk_erase_vault(bigint, text[]);
REVOKE UPDATE (contract_id) ON invoice FROM desk_owner;
REVOKE DELETE ON {', '.join(OWNER_DELETES)} FROM desk_owner;
GRANT DELETE ON {', '.join(TABLES)} TO desk_supervisor;
"""


def _migration(name: str, stem: str):  # noqa: ANN202 - a module loaded from a file
    path = Path(__file__).with_name(f"{stem}.py")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _preview(closed: str) -> str:
    """Migration 0018's desk_retention_preview with ``closed`` as the closed request states."""
    text = _migration("retention_0018", "0018_retention").PREVIEW_UP
    assert text.count(CLOSED_OLD) == 2
    grants = text.index("ALTER FUNCTION")
    return ("DROP FUNCTION desk_retention_preview(date, date, date, date);\n"
            + text[:grants].replace(CLOSED_OLD, closed) + text[grants:].split("GRANT SELECT ON call")[0])


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.get_bind().exec_driver_sql(UP + _preview(CLOSED_NEW), execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        previous = _migration("vault_0023", "0023_erasure_deletes_invoices_through_the_vault").UP
        vault = previous[previous.index("CREATE FUNCTION"):]
        op.get_bind().exec_driver_sql(DOWN + vault + _preview(CLOSED_OLD),
                                      execution_options={"no_parameters": True})
