"""an upheld objection names the processing it stops, and outlives its request

Revision ID: 0026
Revises: 0025

Issue 12: an objection to processing other than direct marketing (GDPR Art. 21(1)) that a supervisor
upholds now says which processing of the register stops for the customer (``stops``: marketing_exports,
disclosures, or other processing stopped by hand), and the export and the disclosure recording enforce it.
The decision used to go with its request (ON DELETE CASCADE), so the retention run deleting the closed
request years later would have let the processing start again; it now keeps the decision with the request
link cleared (ON DELETE SET NULL).
"""

from alembic import op
import sqlalchemy as sa

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
FK = "fk_objection_decision_request_id_data_request"


def upgrade() -> None:
    with op.batch_alter_table("objection_decision") as batch:
        batch.add_column(sa.Column("stops", sa.String(length=32), nullable=True))
        batch.alter_column("request_id", existing_type=Id, nullable=True)
        batch.drop_constraint(FK, type_="foreignkey")
        batch.create_foreign_key(FK, "data_request", ["request_id"], ["id"], ondelete="SET NULL")


def downgrade() -> None:
    op.execute("DELETE FROM objection_decision WHERE request_id IS NULL")
    with op.batch_alter_table("objection_decision") as batch:
        batch.drop_constraint(FK, type_="foreignkey")
        batch.create_foreign_key(FK, "data_request", ["request_id"], ["id"], ondelete="CASCADE")
        batch.alter_column("request_id", existing_type=Id, nullable=False)
        batch.drop_column("stops")
