"""invoices

Revision ID: 0009
Revises: 0008

The register holds the customer's invoices, not only the billing system's summary of them (issue 9:
an invoice list on the card, and in the copy of the data an access reply sends). One row per invoice:
number, invoice and due date, amount in cents, state (open, paid, in collection) and the day it was
paid, with the customer and the contract it bills. The card reads a customer's invoices newest first,
a page at a time, hence the index (customer_id, invoice_date, id).

PostgreSQL: the billing system writes invoices, the desk only reads them, so agents and supervisors get
SELECT alone; the auditor reads them as every other customer table (db/sql/0002_postgresql_up.sql).
Reading them is part of the card read, which writes its ``customer_opened`` audit row.
"""

from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
DESK_READERS = "desk_agent, desk_supervisor, desk_auditor"


def upgrade() -> None:
    op.create_table(
        "invoice",
        sa.Column("id", Id, nullable=False),
        sa.Column("customer_id", Id, nullable=False),
        sa.Column("contract_id", Id, nullable=True),
        sa.Column("invoice_number", sa.String(length=20), nullable=False),
        sa.Column("invoice_date", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.CheckConstraint("state IN ('open', 'paid', 'in_collection')", name=op.f("ck_invoice_state")),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_invoice_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["contract_id"], ["contract.id"], name=op.f("fk_invoice_contract_id_contract"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invoice")),
        sa.UniqueConstraint("invoice_number", name=op.f("uq_invoice_invoice_number")),
    )
    op.create_index("ix_invoice_customer_date", "invoice", ["customer_id", "invoice_date", "id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT SELECT ON invoice TO {DESK_READERS}")


def downgrade() -> None:
    op.drop_index("ix_invoice_customer_date", table_name="invoice")
    op.drop_table("invoice")
