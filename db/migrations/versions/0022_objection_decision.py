"""objection decision

Revision ID: 0022
Revises: 0021

Issue 12: an objection to processing other than direct marketing (GDPR Art. 21(1)) is decided by a
supervisor with reasons; the decision is recorded for the request and printed in its reply.
PostgreSQL: supervisors decide (INSERT), agents and the auditor read.
"""

from alembic import op
import sqlalchemy as sa

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "objection_decision",
        sa.Column("id", Id, nullable=False),
        sa.Column("request_id", Id, nullable=False),
        sa.Column("customer_id", Id, nullable=False),
        sa.Column("processing", sa.String(length=400), nullable=False),
        sa.Column("upheld", sa.Boolean(), nullable=False),
        sa.Column("reasons", sa.String(length=2000), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=63), nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["data_request.id"],
                                name=op.f("fk_objection_decision_request_id_data_request"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"],
                                name=op.f("fk_objection_decision_customer_id_customer"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_objection_decision")),
    )
    op.create_index(op.f("ix_objection_decision_request_id"), "objection_decision", ["request_id"])
    op.create_index(op.f("ix_objection_decision_customer_id"), "objection_decision", ["customer_id"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("GRANT SELECT, INSERT ON objection_decision TO desk_supervisor")
        op.execute("GRANT SELECT ON objection_decision TO desk_agent, desk_auditor")
        op.execute("GRANT USAGE ON SEQUENCE objection_decision_id_seq TO desk_supervisor")


def downgrade() -> None:
    op.drop_index(op.f("ix_objection_decision_customer_id"), table_name="objection_decision")
    op.drop_index(op.f("ix_objection_decision_request_id"), table_name="objection_decision")
    op.drop_table("objection_decision")
