"""unknown login names

Revision ID: 0010
Revises: 0009

Issue 10 item 7: on SQLite a name that is no account was counted towards lockout only in the memory
of the login dialog, so a restart forgot its lock, and its answer took a different time than a real
account's. Failures under unknown names are now kept in this table, keyed by an HMAC of the typed
name (desktop.services.auth), never the name itself.

PostgreSQL authenticates in the server (SCRAM); the table exists there for one schema, with no grants.
"""

from alembic import op
import sqlalchemy as sa

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unknown_login_name",
        sa.Column("name_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("name_hash", name=op.f("pk_unknown_login_name")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("REVOKE ALL ON unknown_login_name FROM PUBLIC")


def downgrade() -> None:
    op.drop_table("unknown_login_name")
