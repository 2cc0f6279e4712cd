"""sealed audit chain, identity-code answers after commit, lookup quota

Revision ID: 0016
Revises: 0015

Issue 10, items 1-4 and 6 (docs/security.md, "The audit trail"):
- audit_event rows are appended without a lock and never changed; each gets its place in the chain as
  an audit_seal row (position, event id, previous hash, own hash — format v2 in db/audit.py, with the
  row id and position inside the hash), written by the database's one sealer. audit_seal.seal_no is
  the primary key and event_id unique, so the chain cannot fork. Both tables refuse UPDATE, DELETE
  (and TRUNCATE on PostgreSQL). Existing rows are sealed in the v2 format, after an
  ``audit_chain_resealed`` row recording the old row count and head hash (an old receipt can be
  compared with it); their old hash columns go.
- hetu_lookup_quota (both databases): lookups that found nothing, per login and hour, and the
  suspension that follows.
- PostgreSQL (db/sql/0016_postgresql_*.sql): the sealer and its state, lookups and reveals that answer
  only after their audit row is committed (hetu_answer), security actions written only by the
  database's functions, and desk roles no longer store identity codes.
"""

from pathlib import Path

import sqlalchemy as sa
from alembic import op

from db.audit import GENESIS, canonical_detail, seal_on_sqlite_driver

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

SQL_DIR = Path(__file__).resolve().parents[2] / "sql"
Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

SQLITE_TRIGGERS = [
    f"""CREATE TRIGGER {table}_no_{op_} BEFORE {op_.upper()} ON {table}
    BEGIN SELECT RAISE(ABORT, '{table} is append-only: {op_.upper()} refused'); END"""
    for table in ("audit_event", "audit_seal") for op_ in ("update", "delete")
]
DROP_SQLITE_TRIGGERS = [f"DROP TRIGGER IF EXISTS {table}_no_{op_}"
                        for table in ("audit_event", "audit_seal") for op_ in ("update", "delete")]


def _run_script(name: str) -> None:
    script = (SQL_DIR / name).read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(script, execution_options={"no_parameters": True})


def _seal_everything(postgres: bool) -> None:
    bind = op.get_bind()
    if postgres:
        while bind.execute(sa.text("SELECT desk_audit_seal(100000)")).scalar_one():
            pass
    else:
        seal_on_sqlite_driver(bind.connection.driver_connection)


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    count = int(bind.execute(sa.text("SELECT count(*) FROM audit_event")).scalar_one())
    head = bind.execute(sa.text("SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1")).scalar() or GENESIS
    op.create_table(
        "audit_seal",
        sa.Column("seal_no", Id, nullable=False),
        sa.Column("event_id", Id, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("row_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seal_no", name=op.f("pk_audit_seal")),
        sa.UniqueConstraint("event_id", name=op.f("uq_audit_seal_event_id")),
    )
    op.create_table(
        "audit_seal_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("head_no", Id, nullable=False),
        sa.Column("head_hash", sa.String(64), nullable=False),
        sa.Column("sealed_upto", Id, nullable=False),
        sa.Column("sealed_max", Id, nullable=False),
        sa.Column("pending_upto", Id, nullable=True),
        sa.Column("pending_xmax", Id, nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seal_state")),
    )
    op.create_table("audit_seal_lock", sa.Column("id", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seal_lock")))
    bind.execute(sa.text("INSERT INTO audit_seal_lock (id) VALUES (1)"))
    bind.execute(sa.text("INSERT INTO audit_seal_state (id, head_no, head_hash, sealed_upto, sealed_max) VALUES (1, 0, :g, 0, 0)"),
                 {"g": GENESIS})
    op.create_table(
        "hetu_lookup_quota",
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("misses", sa.Integer(), nullable=False),
        sa.Column("suspended_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_hetu_lookup_quota")),
    )
    op.create_table(
        "hetu_answer",
        sa.Column("ticket", sa.String(64), nullable=False),
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("xact", Id, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("outcome", sa.String(10), nullable=False),
        sa.Column("customer_id", Id, nullable=True),
        sa.PrimaryKeyConstraint("ticket", name=op.f("pk_hetu_answer")),
    )
    op.create_index(op.f("ix_hetu_answer_login"), "hetu_answer", ["login"])
    if not postgres:
        for statement in DROP_SQLITE_TRIGGERS:  # batch mode below recreates the table without them
            bind.exec_driver_sql(statement)
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_constraint(op.f("uq_audit_event_row_hash"), type_="unique")
        batch.drop_column("row_hash")
        batch.drop_column("prev_hash")
    detail = canonical_detail({"format": "v2", "previous_count": count, "previous_head": head})
    if postgres:
        _run_script("0016_postgresql_up.sql")
        if count:
            bind.execute(sa.text("SELECT desk_audit_write(current_user, NULL, 'audit_chain_resealed', NULL, NULL, :d)"),
                         {"d": detail})
    else:
        for statement in SQLITE_TRIGGERS:
            bind.exec_driver_sql(statement)
        if count:
            bind.execute(sa.text("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES "
                                 "(strftime('%Y-%m-%d %H:%M:%f000', 'now'), 'migration', 'audit_chain_resealed', :d)"),
                         {"d": detail})
    _seal_everything(postgres)


def downgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    _seal_everything(postgres)
    if postgres:
        _run_script("0016_postgresql_down.sql")
        bind.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete")
    else:
        for statement in DROP_SQLITE_TRIGGERS:
            bind.exec_driver_sql(statement)
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("row_hash", sa.String(64), nullable=True))
    bind.execute(sa.text("UPDATE audit_event SET prev_hash = (SELECT s.prev_hash FROM audit_seal s WHERE s.event_id"
                         " = audit_event.id), row_hash = (SELECT s.row_hash FROM audit_seal s WHERE s.event_id ="
                         " audit_event.id)"))
    with op.batch_alter_table("audit_event") as batch:
        batch.alter_column("prev_hash", existing_type=sa.String(64), nullable=False)
        batch.alter_column("row_hash", existing_type=sa.String(64), nullable=False)
        batch.create_unique_constraint(op.f("uq_audit_event_row_hash"), ["row_hash"])
    if postgres:
        bind.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete")
    else:
        for statement in SQLITE_TRIGGERS[:2]:
            bind.exec_driver_sql(statement)
    op.drop_index(op.f("ix_hetu_answer_login"), table_name="hetu_answer")
    op.drop_table("hetu_answer")
    op.drop_table("hetu_lookup_quota")
    op.drop_table("audit_seal_state")
    op.drop_table("audit_seal_lock")
    op.drop_table("audit_seal")
