"""user administration audits itself

Revision ID: 0011
Revises: 0010

Issue 10 item 5: the PostgreSQL functions that create a staff login, set its password and enable or
disable it write their own audit row (through desk_audit_append), accept only a real SCRAM-SHA-256
verifier, and refuse to touch a login that is privileged or in anything but exactly one desk group.
SQL in db/sql/0011_postgresql_*.sql. SQLite has no logins of its own: nothing to do there.
"""

from pathlib import Path

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"


def _run_script(name: str) -> None:
    script = (SQL_DIR / name).read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(script, execution_options={"no_parameters": True})


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _run_script("0011_postgresql_up.sql")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _run_script("0011_postgresql_down.sql")
