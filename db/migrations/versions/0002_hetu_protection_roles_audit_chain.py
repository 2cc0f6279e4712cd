"""hetu protection, roles, audit chain

PostgreSQL: desk group roles, the identity-code vault owned by desk_owner, the masked customer view,
audited SECURITY DEFINER lookup/reveal/store functions, audit append through a function and triggers
that refuse UPDATE/DELETE/TRUNCATE on audit_event (SQL in db/sql/0002_postgresql_*.sql).
SQLite: the same masked view and triggers that refuse UPDATE/DELETE on audit_event; the file itself
offers no protection against whoever can copy it (docs/security.md).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa  # noqa: F401
from alembic import op

from db.sql import run_script

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Kept identical to the PostgreSQL view (minus security_barrier, which SQLite does not have) so
# services can read customer_masked on either database; the mask is desktop.core.hetu.mask.
SQLITE_UP = [
    """CREATE VIEW customer_masked AS
    SELECT c.id, c.customer_number, c.kind, c.first_names, c.last_name, c.company_name, c.business_id,
           c.language, c.name_source, c.created_at, c.version,
           CASE WHEN h.hetu IS NULL THEN NULL
                WHEN length(h.hetu) = 11 THEN substr(h.hetu, 1, 6) || '*****'
                ELSE '*****' END AS masked_hetu,
           h.is_temporary AS hetu_is_temporary
      FROM customer c
      LEFT JOIN person_hetu h ON h.customer_id = c.id""",
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: DELETE refused'); END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS audit_event_no_delete",
    "DROP TRIGGER IF EXISTS audit_event_no_update",
    "DROP VIEW IF EXISTS customer_masked",
]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        run_script("0002_postgresql_up.sql")
    elif dialect == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        run_script("0002_postgresql_down.sql")
    elif dialect == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
