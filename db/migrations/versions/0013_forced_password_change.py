"""forced password change after someone else set it

Revision ID: 0013
Revises: 0012

Issue 10 item 5, last part: when an administrator (or the admin CLI) sets another user's password, that
user must choose a new one at the next sign-in and is told who set it and when. The pending reset is a
row of ``password_reset`` (one per username: who set it, when).

On PostgreSQL the table belongs to desk_owner and is granted to no desk group: it is written only by
the SECURITY DEFINER functions of db/sql/0013_postgresql_up.sql (desk_set_login_password sets it,
desk_change_own_password clears it) and read through desk_my_password_reset(). A desk administrator
cannot clear or forge it with a direct UPDATE, INSERT or DELETE. On SQLite the services write it.
"""


import sqlalchemy as sa
from alembic import op

from db.sql import run_script

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "password_reset",
        sa.Column("username", sa.String(length=63), nullable=False),
        sa.Column("reset_by", sa.String(length=63), nullable=False),
        sa.Column("reset_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_password_reset")),
    )
    if op.get_bind().dialect.name == "postgresql":
        run_script("0013_postgresql_up.sql")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script("0013_postgresql_down.sql")
    op.drop_table("password_reset")
