"""PostgreSQL security SQL of the migrations (``NNNN_postgresql_up.sql`` / ``_down.sql``) and how it is run."""

from __future__ import annotations

from pathlib import Path

from alembic import op

SQL_DIR = Path(__file__).resolve().parent


def run_script(name: str) -> None:
    """Run one script of this folder inside the migration's transaction.

    One simple-protocol round trip without bind parameters: '%' and ':' in the SQL stay literal.
    """
    script = (SQL_DIR / name).read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(script, execution_options={"no_parameters": True})
