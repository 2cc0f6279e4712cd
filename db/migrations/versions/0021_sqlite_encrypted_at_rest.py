"""SQLite: identity codes, IBANs and the HMAC key encrypted at rest

Revision ID: 0021
Revises: 0020

Issue 10 item 7: on SQLite ``person_hetu.hetu``, ``bank_account.iban`` and ``database_secret.value`` are
encrypted with a data key kept in the workstation user's keyring (db.at_rest). This revision adds the
table naming that key (``data_key``) and teaches the two masked views to read the mask that an encrypted
value carries in clear (``pt1:<mask>:<ciphertext>``); a value still in clear is masked as before.
Encrypting what a file already holds is not done here (the key must be shown to the administrator):
``palvelutiski-admin migrate`` does it after migrating (db.at_rest.seal).

PostgreSQL keeps these values from desk roles itself: the table exists there for one schema, with no grants.
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

# The visible part of a sealed value: between "pt1:" and the next ":".
_VISIBLE = "substr({c}, 5, instr(substr({c}, 5), ':') - 1)"

CUSTOMER_MASKED = """CREATE VIEW customer_masked AS
    SELECT c.id, c.customer_number, c.kind, c.first_names, c.last_name, c.company_name, c.business_id,
           c.language, c.name_source, c.created_at, c.version,
           CASE WHEN h.hetu IS NULL THEN NULL
                WHEN substr(h.hetu, 1, 4) = 'pt1:' THEN {visible}
                WHEN length(h.hetu) = 11 THEN substr(h.hetu, 1, 6) || '*****'
                ELSE '*****' END AS masked_hetu,
           h.is_temporary AS hetu_is_temporary
      FROM customer c
      LEFT JOIN person_hetu h ON h.customer_id = c.id"""

BANK_ACCOUNT_MASKED = """CREATE VIEW bank_account_masked AS
SELECT b.id, b.customer_id,
       CASE WHEN substr(b.iban, 1, 4) = 'pt1:' THEN {visible}
            WHEN length(b.compact) < 8 THEN '*****'
            ELSE substr(b.compact, 1, 4) || ' **** ' || substr(b.compact, -4) END AS masked_iban,
       b.bic, b.source, b.added_at
  FROM (SELECT id, customer_id, iban,
               upper(replace(replace(replace(iban, ' ', ''), char(9), ''), char(160), '')) AS compact,
               bic, source, added_at
          FROM bank_account) AS b"""


def _views(customer: str, bank: str) -> None:
    op.execute("DROP VIEW IF EXISTS customer_masked")
    op.execute("DROP VIEW IF EXISTS bank_account_masked")
    op.execute(customer)
    op.execute(bank)


def upgrade() -> None:
    op.create_table(
        "data_key",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("kept_in", sa.String(length=8), nullable=False),
        sa.Column("recovery_wrap", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_data_key_one_row")),
        sa.CheckConstraint("kept_in IN ('keyring', 'file')", name=op.f("ck_data_key_kept_in")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_key")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("REVOKE ALL ON data_key FROM PUBLIC")
        return
    _views(CUSTOMER_MASKED.format(visible=_VISIBLE.format(c="h.hetu")),
           BANK_ACCOUNT_MASKED.format(visible=_VISIBLE.format(c="b.iban")))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        from importlib import import_module

        before_customer = import_module("db.migrations.versions.0002_hetu_protection_roles_audit_chain")
        before_bank = import_module("db.migrations.versions.0005_bank_account_mask")
        _views(before_customer.SQLITE_UP[0], before_bank.SQLITE_VIEW)
    op.drop_table("data_key")
