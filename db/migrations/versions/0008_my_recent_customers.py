"""my recent customers

Revision ID: 0008
Revises: 0007

The start page ("Tänään") lists the customers a desk user opened lately. The audit log already holds
exactly that (``customer_opened``, written with every card read), but desk roles may not read
``audit_event`` on PostgreSQL. ``desk_my_recent_customers`` returns a login's OWN openings only —
customer id and the last time, nothing else of the log — for the calling staff login (session_user,
which SET ROLE cannot change); p_actor counts only on maintenance connections, as in desk_audit_append.
SQLite reads the table directly (no grants exist there).
"""

from alembic import op
import sqlalchemy as sa  # noqa: F401

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SIGNATURE = "desk_my_recent_customers(text, timestamptz, integer)"

PG_FUNCTION = """CREATE FUNCTION desk_my_recent_customers(p_actor text, p_since timestamptz, p_limit integer)
RETURNS TABLE (customer_id bigint, last_opened_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT a.customer_id, max(a.occurred_at) AS last_opened_at
      FROM public.audit_event a
     WHERE a.action = 'customer_opened'
       AND a.actor = CASE WHEN desk_staff_role(session_user) IS NOT NULL THEN session_user::text ELSE p_actor END
       AND a.occurred_at >= p_since
       AND a.customer_id IS NOT NULL
     GROUP BY a.customer_id
     ORDER BY max(a.occurred_at) DESC
     LIMIT least(greatest(p_limit, 0), 100)
$$"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(PG_FUNCTION)
    op.execute(f"ALTER FUNCTION {SIGNATURE} OWNER TO desk_owner")
    op.execute(f"REVOKE ALL ON FUNCTION {SIGNATURE} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {SIGNATURE} TO desk_agent, desk_supervisor")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION IF EXISTS {SIGNATURE}")
