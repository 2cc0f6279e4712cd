"""bank account mask

Revision ID: 0005
Revises: 0004

Desk roles stop reading bank_account.iban. Both databases get the view ``bank_account_masked`` (the
account as country + check digits and the last four characters, ``FI21 **** 0785``; the reference is
desktop.core.contact.mask_iban, docs/security.md says why), which the card and the access reply read.

PostgreSQL: table-level SELECT on bank_account is revoked from desk_agent, desk_supervisor and
desk_auditor and granted again column by column without ``iban``. Column privileges alone cannot hide
a column while a table-level grant exists, hence the revoke. The desk keeps INSERT, UPDATE and DELETE
(a customer tells us a new account; writing is not reading), and ``WHERE id = …`` still works because
``id`` stays readable. The view belongs to the table's owner, so it reads the full value on the desk's
behalf and hands out only the mask; security_barrier as for customer_masked.
SQLite: the same view (no grants exist there; the file offers no protection, docs/security.md).

Also an index (action, id) for the auditor's log filtered by action and paged by id (desktop.services.
audit_log): with only (action, occurred_at) every matching row was read and sorted, 225 ms for one page
of an action with 50 000 rows in a 300 000-row log.
"""

from alembic import op
import sqlalchemy as sa  # noqa: F401

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

DESK_READERS = "desk_agent, desk_supervisor, desk_auditor"
VISIBLE_COLUMNS = "id, customer_id, bic, source, added_at"

# Whitespace (including the no-break space, which [[:space:]] misses) removed and upper-cased as
# mask_iban does; shorter than 8 characters shows nothing.
PG_VIEW = r"""CREATE VIEW bank_account_masked WITH (security_barrier) AS
SELECT b.id, b.customer_id,
       CASE WHEN length(b.compact) < 8 THEN '*****'
            ELSE substr(b.compact, 1, 4) || ' **** ' || right(b.compact, 4) END AS masked_iban,
       b.bic, b.source, b.added_at
  FROM (SELECT id, customer_id, upper(regexp_replace(iban, '[[:space:]\u00a0]', '', 'g')) AS compact, bic, source, added_at
          FROM bank_account) AS b"""

# SQLite has no regexp_replace: the whitespace an IBAN is written with (space, tab, no-break space).
SQLITE_VIEW = """CREATE VIEW bank_account_masked AS
SELECT b.id, b.customer_id,
       CASE WHEN length(b.compact) < 8 THEN '*****'
            ELSE substr(b.compact, 1, 4) || ' **** ' || substr(b.compact, -4) END AS masked_iban,
       b.bic, b.source, b.added_at
  FROM (SELECT id, customer_id,
               upper(replace(replace(replace(iban, ' ', ''), char(9), ''), char(160), '')) AS compact,
               bic, source, added_at
          FROM bank_account) AS b"""


def upgrade() -> None:
    op.create_index("ix_audit_event_action_id", "audit_event", ["action", "id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_VIEW)
        op.execute(f"GRANT SELECT ON bank_account_masked TO {DESK_READERS}")
        op.execute(f"REVOKE SELECT ON bank_account FROM {DESK_READERS}")
        op.execute(f"GRANT SELECT ({VISIBLE_COLUMNS}) ON bank_account TO {DESK_READERS}")
    else:
        op.execute(SQLITE_VIEW)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Revoking the table privilege also revokes the column privileges granted above.
        op.execute(f"REVOKE SELECT ON bank_account FROM {DESK_READERS}")
        op.execute(f"GRANT SELECT ON bank_account TO {DESK_READERS}")
    op.execute("DROP VIEW IF EXISTS bank_account_masked")
    op.drop_index("ix_audit_event_action_id", table_name="audit_event")
