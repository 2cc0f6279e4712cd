"""rectification

Revision ID: 0020
Revises: 0019

Issue 12: a contact edit made while the customer's rectification request is being prepared is linked to
it: one row per corrected field with its value before and after, for the reply (GDPR Art. 16).
PostgreSQL: agents and supervisors write and read them (append-only), the auditor reads.
"""

from alembic import op
import sqlalchemy as sa

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "rectification",
        sa.Column("id", Id, nullable=False),
        sa.Column("request_id", Id, nullable=False),
        sa.Column("customer_id", Id, nullable=False),
        sa.Column("field", sa.String(length=20), nullable=False),
        sa.Column("old_value", sa.String(length=400), nullable=False),
        sa.Column("new_value", sa.String(length=400), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["data_request.id"],
                                name=op.f("fk_rectification_request_id_data_request"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_rectification_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rectification")),
    )
    op.create_index(op.f("ix_rectification_request_id"), "rectification", ["request_id"])
    op.create_index(op.f("ix_rectification_customer_id"), "rectification", ["customer_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("GRANT SELECT, INSERT ON rectification TO desk_agent, desk_supervisor")
        op.execute("GRANT SELECT ON rectification TO desk_auditor")
        op.execute("GRANT USAGE ON SEQUENCE rectification_id_seq TO desk_agent, desk_supervisor")


def downgrade() -> None:
    op.drop_index(op.f("ix_rectification_customer_id"), table_name="rectification")
    op.drop_index(op.f("ix_rectification_request_id"), table_name="rectification")
    op.drop_table("rectification")
