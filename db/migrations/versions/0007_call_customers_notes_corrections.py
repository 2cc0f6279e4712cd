"""call customers, customer notes, consent corrections

Revision ID: 0007
Revises: 0006

- ``call_customer``: other customers the same caller spoke about (a family member), linked to a call by
  the agent, so opening them during the call is for the call, and the call shows on their cards.
- ``customer_note``: notes on a customer that outlive a call (who wrote them, when); append-only,
  read with the card (whose opening is audited) and part of the access reply.
- ``consent_event.corrects_id``: a correcting event takes back a mistaken one; the ledger stays
  append-only and the derived state ignores both.
- ``call.notes`` becomes varchar(4000) on PostgreSQL, the limit the desk shows (desktop.core.notes);
  SQLite does not enforce declared lengths, the column stays TEXT there. Longer notes already stored
  make the PostgreSQL upgrade fail rather than be cut.

PostgreSQL grants follow migration 0002: agents and supervisors read and add, the auditor reads, nobody
updates or deletes notes and links; the administrator sees no customer data.
"""

from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

DESK_WRITERS = "desk_agent, desk_supervisor"


ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "call_customer",
        sa.Column("id", ID, nullable=False),
        sa.Column("call_id", ID, nullable=False),
        sa.Column("customer_id", ID, nullable=False),
        sa.Column("linked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("linked_by", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["call.id"], name=op.f("fk_call_customer_call_id_call"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_call_customer_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_customer")),
        sa.UniqueConstraint("call_id", "customer_id", name=op.f("uq_call_customer")),
    )
    op.create_index(op.f("ix_call_customer_customer_id"), "call_customer", ["customer_id"])
    op.create_table(
        "customer_note",
        sa.Column("id", ID, nullable=False),
        sa.Column("customer_id", ID, nullable=False),
        sa.Column("body", sa.String(length=2000), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=63), nullable=False),
        sa.Column("call_id", ID, nullable=True),
        sa.ForeignKeyConstraint(["call_id"], ["call.id"], name=op.f("fk_customer_note_call_id_call"),
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_customer_note_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_note")),
    )
    op.create_index("ix_customer_note_customer", "customer_note", ["customer_id", "created_at"])
    # A plain ADD COLUMN on both databases: SQLite takes a REFERENCES clause on a NULL column, which
    # spares rebuilding the table (alembic cannot add a constraint there otherwise).
    if bind.dialect.name == "sqlite":
        op.execute("ALTER TABLE consent_event ADD COLUMN corrects_id INTEGER "
                    "CONSTRAINT fk_consent_event_corrects_id_consent_event REFERENCES consent_event (id)")
    else:
        op.add_column("consent_event", sa.Column("corrects_id", ID, nullable=True))
        op.create_foreign_key(op.f("fk_consent_event_corrects_id_consent_event"), "consent_event",
                              "consent_event", ["corrects_id"], ["id"])
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE call ALTER COLUMN notes TYPE varchar(4000)")
        for table in ("call_customer", "customer_note"):
            op.execute(f"GRANT SELECT, INSERT ON {table} TO {DESK_WRITERS}")
            op.execute(f"GRANT SELECT ON {table} TO desk_auditor")
            op.execute(f"GRANT USAGE ON SEQUENCE {table}_id_seq TO {DESK_WRITERS}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE call ALTER COLUMN notes TYPE text")
    with op.batch_alter_table("consent_event") as batch:
        batch.drop_column("corrects_id")
    op.drop_index("ix_customer_note_customer", table_name="customer_note")
    op.drop_table("customer_note")
    op.drop_index(op.f("ix_call_customer_customer_id"), table_name="call_customer")
    op.drop_table("call_customer")
