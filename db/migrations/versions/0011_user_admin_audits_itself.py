"""user administration audits itself

Revision ID: 0011
Revises: 0010

Issue 10 item 5: the PostgreSQL functions that create a staff login, set its password and enable or
disable it write their own audit row (through desk_audit_append), accept only a real SCRAM-SHA-256
verifier, and refuse to touch a login that is privileged or in anything but exactly one desk group.
SQL in db/sql/0011_postgresql_*.sql. SQLite has no logins of its own: nothing to do there.
"""

from alembic import op

from db.sql import run_script

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script("0011_postgresql_up.sql")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script("0011_postgresql_down.sql")
