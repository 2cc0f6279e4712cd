"""retention carried out

Revision ID: 0018
Revises: 0017

Issue 12: the retention rules of the utility profile (controller_profile.retention_rules, filled here
from the shipped profile file of the stored profile_key), a letter whose PDF the nightly run purged
(letter.pdf_purged_at: the PDF and address lines go, the SHA-256, type and dates stay), and the runs of
``palvelutiski-admin retention --apply`` with their counts (retention_run, never content).

PostgreSQL: ``desk_retention_preview(...)`` counts what is due per rule (and the oldest day) for the
administrator's and the auditor's preview page, who may not read the customer tables themselves; it
returns counts and dates only. The run itself is the owner's maintenance job (the admin command line).
"""

import json
from pathlib import Path

from alembic import op
import sqlalchemy as sa

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
INDEXES = (("ix_consent_event_call", "consent_event", ["call_id"]),
           ("ix_consent_event_corrects", "consent_event", ["corrects_id"]),
           ("ix_customer_note_call", "customer_note", ["call_id"]),
           ("ix_invoice_contract", "invoice", ["contract_id"]),
           ("ix_processing_restriction_request", "processing_restriction", ["request_id"]),
           ("ix_erasure_record_request", "erasure_record", ["request_id"]))
PROFILES = Path(__file__).resolve().parents[3] / "resources" / "profiles"

PREVIEW_UP = """
CREATE FUNCTION desk_retention_preview(p_today date, p_letters_before date, p_requests_before date,
                                       p_contracts_ended_before date)
RETURNS TABLE (rule text, items bigint, oldest date)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT 'call_recordings', count(*), min(recording_destroy_due) FROM public.call
     WHERE recording_ref IS NOT NULL AND recording_destroyed_at IS NULL AND recording_destroy_due <= p_today
    UNION ALL
    SELECT 'letter_pdfs', count(*), min(dispatched_on) FROM public.letter
     WHERE dispatched_on < p_letters_before AND pdf_purged_at IS NULL
    UNION ALL
    SELECT 'closed_requests', count(*), min(coalesce(dispatched_on, received_on)) FROM public.data_request
     WHERE state IN ('dispatched', 'withdrawn') AND coalesce(dispatched_on, received_on) < p_requests_before
    UNION ALL
    SELECT 'ended_customers', count(*), min(last_end) FROM (
        SELECT k.customer_id, max(k.end_date) AS last_end FROM public.contract k
         GROUP BY k.customer_id
        HAVING bool_and(k.end_date IS NOT NULL) AND max(k.end_date) < p_contracts_ended_before) x
     WHERE NOT EXISTS (SELECT 1 FROM public.erasure_record e WHERE e.customer_id = x.customer_id)
       AND NOT EXISTS (SELECT 1 FROM public.invoice i WHERE i.customer_id = x.customer_id
                        AND (i.state <> 'paid' OR coalesce(i.paid_on, i.invoice_date) >= p_contracts_ended_before))
       AND NOT EXISTS (SELECT 1 FROM public.data_request d WHERE d.customer_id = x.customer_id
                        AND d.state NOT IN ('dispatched', 'withdrawn'))
    UNION ALL
    SELECT 'erasure_replies', count(*), min((r.carried_out_at AT TIME ZONE 'Europe/Helsinki')::date)
      FROM public.erasure_record r
     WHERE r.full_anonymisation AND r.finished_at IS NULL
       AND EXISTS (SELECT 1 FROM public.letter l WHERE l.request_id = r.request_id
                    AND l.letter_type = 'erasure_reply' AND l.dispatched_on IS NOT NULL)
$$;
ALTER FUNCTION desk_retention_preview(date, date, date, date) OWNER TO desk_owner;
REVOKE ALL ON FUNCTION desk_retention_preview(date, date, date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk_retention_preview(date, date, date, date) TO desk_admin, desk_auditor;
GRANT SELECT ON call, letter, data_request, contract, invoice, erasure_record TO desk_owner;
"""


def upgrade() -> None:
    with op.batch_alter_table("controller_profile") as batch:
        batch.add_column(sa.Column("retention_rules", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))
    with op.batch_alter_table("letter") as batch:
        batch.add_column(sa.Column("pdf_purged_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "retention_run",
        sa.Column("id", Id, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("actor", sa.String(length=63), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_run")),
    )
    # Deleting calls, consent events, contracts and requests (erasure, retention) looks up what points at them.
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    bind = op.get_bind()
    profile = sa.table("controller_profile", sa.column("profile_key", sa.String()),
                       sa.column("retention_rules", sa.JSON()))
    for key in bind.execute(sa.select(profile.c.profile_key)).scalars():
        path = PROFILES / f"{key}.json"
        if path.is_file():
            rules = json.loads(path.read_text(encoding="utf-8")).get("retention_rules", {})
            bind.execute(profile.update().where(profile.c.profile_key == key).values(retention_rules=rules))
    if bind.dialect.name == "postgresql":
        op.execute("GRANT SELECT ON retention_run TO desk_admin, desk_auditor")
        bind.exec_driver_sql(PREVIEW_UP, execution_options={"no_parameters": True})


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS desk_retention_preview(date, date, date, date)")
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_table("retention_run")
    with op.batch_alter_table("letter") as batch:
        batch.drop_column("pdf_purged_at")
    with op.batch_alter_table("controller_profile") as batch:
        batch.drop_column("retention_rules")
