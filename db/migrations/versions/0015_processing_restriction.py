"""processing restriction

Revision ID: 0015
Revises: 0014

Issue 12: restriction of processing (GDPR Art. 18) is a flag with a reason and an end, recorded from the
card; while it holds the customer is left out of marketing exports and disclosures. One row per
restriction; lifting sets lifted_at/lifted_by/lift_reason (the row stays).

PostgreSQL: agents and supervisors record and lift (SELECT, INSERT, UPDATE), the auditor reads, as for the
other customer tables (db/sql/0002_postgresql_up.sql).
"""

from alembic import op
import sqlalchemy as sa

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "processing_restriction",
        sa.Column("id", Id, nullable=False),
        sa.Column("customer_id", Id, nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("request_id", Id, nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=63), nullable=False),
        sa.Column("lifted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lifted_by", sa.String(length=63), nullable=True),
        sa.Column("lift_reason", sa.String(length=400), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"],
                                name=op.f("fk_processing_restriction_customer_id_customer"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["request_id"], ["data_request.id"],
                                name=op.f("fk_processing_restriction_request_id_data_request"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processing_restriction")),
    )
    op.create_index("ix_processing_restriction_customer", "processing_restriction", ["customer_id", "lifted_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("GRANT SELECT, INSERT, UPDATE ON processing_restriction TO desk_agent, desk_supervisor")
        op.execute("GRANT SELECT ON processing_restriction TO desk_auditor")
        op.execute("GRANT USAGE ON SEQUENCE processing_restriction_id_seq TO desk_agent, desk_supervisor")


def downgrade() -> None:
    op.drop_index("ix_processing_restriction_customer", table_name="processing_restriction")
    op.drop_table("processing_restriction")
