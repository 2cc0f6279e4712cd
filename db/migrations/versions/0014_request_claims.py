"""request claims

Revision ID: 0014
Revises: 0013

Issue 13, queue control: a request is worked by one person at a time. ``claimed_by`` is the username of
who took it ("Matti käsittelee"), ``claimed_at`` when, and ``claim_active_at`` the last change made to
the request while claimed; a claim without activity for a setting's number of working days
(``requests.claim_release_working_days``, default 2) is released automatically and the release is
written in the request's history. The reports count requests by the day they were received, hence the
index on ``received_on``.

PostgreSQL: the desk roles' table-level grants on data_request (db/sql/0002) cover the new columns.
"""

from alembic import op
import sqlalchemy as sa

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("data_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=63), nullable=True))
        batch_op.add_column(sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("claim_active_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index("ix_data_request_received_on", ["received_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("data_request", schema=None) as batch_op:
        batch_op.drop_index("ix_data_request_received_on")
        batch_op.drop_column("claim_active_at")
        batch_op.drop_column("claimed_at")
        batch_op.drop_column("claimed_by")
