"""desk logins read the schema version

Revision ID: 0012
Revises: 0011

Issue 14: at sign-in the desk compares the database's schema version with the one it was built for
and refuses a newer one ("update Palvelutiski") or an older one ("ask the administrator to migrate"),
never migrating by itself. On PostgreSQL the desk signs in as the person's own login, which could not
read alembic_version: the desk groups may now read it (one row, the revision; nothing personal).
A desk that cannot read it still knows the database predates this revision, so it is older.
"""

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

GROUPS = "desk_agent, desk_supervisor, desk_admin, desk_auditor"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"GRANT SELECT ON alembic_version TO {GROUPS}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"REVOKE SELECT ON alembic_version FROM {GROUPS}")
