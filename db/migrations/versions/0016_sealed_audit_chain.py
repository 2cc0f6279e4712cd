"""sealed audit chain, identity-code answers after commit, lookup quota

Revision ID: 0016
Revises: 0015

Issue 10, items 1-4 and 6 (docs/security.md, "The audit trail"):
- audit_event rows are appended without a lock and sealed into the chain afterwards, in order, by the
  database's one sealer; the row id and chain position are inside the hash (format v2, db/audit.py);
  seal_no, prev_hash and row_hash are unique, so the chain cannot fork. The triggers refuse DELETE
  and every UPDATE except setting a missing seal. Existing rows are sealed again in the v2 format,
  after an ``audit_chain_resealed`` row recording the old row count and head hash (an old receipt
  can be compared with it).
- hetu_lookup_quota (both databases): lookups that found nothing, per login and hour, and the
  suspension that follows.
- PostgreSQL (db/sql/0016_postgresql_*.sql): lookups and reveals answer only after their audit row is
  committed (hetu_answer), security actions are written only by the database's functions, and desk
  roles can no longer store identity codes.
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

# SQLite: DELETE is refused; UPDATE only sets a missing seal and changes nothing else.
SQLITE_TRIGGERS = [
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    WHEN NOT (OLD.seal_no IS NULL AND NEW.seal_no IS NOT NULL AND NEW.prev_hash IS NOT NULL
              AND NEW.row_hash IS NOT NULL AND OLD.prev_hash IS NULL AND OLD.row_hash IS NULL
              AND NEW.id IS OLD.id AND NEW.occurred_at IS OLD.occurred_at AND NEW.actor IS OLD.actor
              AND NEW.actor_role IS OLD.actor_role AND NEW.action IS OLD.action
              AND NEW.customer_id IS OLD.customer_id AND NEW.purpose IS OLD.purpose AND NEW.detail IS OLD.detail)
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: DELETE refused'); END""",
]
SQLITE_OLD_TRIGGERS = [
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: UPDATE refused'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: DELETE refused'); END""",
]
DROP_SQLITE_TRIGGERS = ["DROP TRIGGER IF EXISTS audit_event_no_update", "DROP TRIGGER IF EXISTS audit_event_no_delete"]


def _run_script(name: str) -> None:
    script = (SQL_DIR / name).read_text(encoding="utf-8")
    op.get_bind().exec_driver_sql(script, execution_options={"no_parameters": True})


def _old_head() -> tuple[int, str]:
    bind = op.get_bind()
    count = bind.execute(sa.text("SELECT count(*) FROM audit_event")).scalar_one()
    head = bind.execute(sa.text("SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1")).scalar()
    return int(count), head or GENESIS


def upgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    count, head = _old_head()
    if postgres:
        bind.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete")
    else:
        for statement in DROP_SQLITE_TRIGGERS:
            bind.exec_driver_sql(statement)
    with op.batch_alter_table("audit_event") as batch:
        batch.add_column(sa.Column("seal_no", Id, nullable=True))
        batch.alter_column("prev_hash", existing_type=sa.String(64), nullable=True)
        batch.alter_column("row_hash", existing_type=sa.String(64), nullable=True)
    # Every existing row is sealed again in the v2 format (id and position inside the hash).
    bind.execute(sa.text("UPDATE audit_event SET prev_hash = NULL, row_hash = NULL"))
    with op.batch_alter_table("audit_event") as batch:
        batch.create_unique_constraint(op.f("uq_audit_event_seal_no"), ["seal_no"])
        batch.create_unique_constraint(op.f("uq_audit_event_prev_hash"), ["prev_hash"])
        batch.create_index("ix_audit_event_unsealed", ["id"], postgresql_where=sa.text("seal_no IS NULL"),
                           sqlite_where=sa.text("seal_no IS NULL"))
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
    op.create_table("audit_seal_lock", sa.Column("id", sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_seal_lock")))
    bind.execute(sa.text("INSERT INTO audit_seal_lock (id) VALUES (1)"))
    detail = canonical_detail({"previous_count": count, "previous_head": head, "format": "v2"})
    if postgres:
        bind.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete")
        _run_script("0016_postgresql_up.sql")
        if count:
            bind.execute(sa.text("SELECT desk_audit_write(current_user, NULL, 'audit_chain_resealed', NULL, NULL, :d)"),
                         {"d": detail})
        while bind.execute(sa.text("SELECT desk_audit_seal(100000)")).scalar_one():
            pass
    else:
        for statement in SQLITE_TRIGGERS:
            bind.exec_driver_sql(statement)
        if count:
            bind.execute(sa.text("INSERT INTO audit_event (occurred_at, actor, action, detail) VALUES "
                                 "(strftime('%Y-%m-%d %H:%M:%f000', 'now'), 'migration', 'audit_chain_resealed', :d)"),
                         {"d": detail})
        seal_on_sqlite_driver(bind.connection.driver_connection)


def downgrade() -> None:
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    if postgres:
        while bind.execute(sa.text("SELECT desk_audit_seal(100000)")).scalar_one():
            pass
        _run_script("0016_postgresql_down.sql")
    else:
        seal_on_sqlite_driver(bind.connection.driver_connection)
        for statement in DROP_SQLITE_TRIGGERS:
            bind.exec_driver_sql(statement)
    op.drop_index(op.f("ix_hetu_answer_login"), table_name="hetu_answer")
    op.drop_table("hetu_answer")
    op.drop_table("audit_seal_lock")
    op.drop_table("hetu_lookup_quota")
    if postgres:
        bind.exec_driver_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete")
    with op.batch_alter_table("audit_event") as batch:
        batch.drop_index("ix_audit_event_unsealed")
        batch.drop_constraint(op.f("uq_audit_event_prev_hash"), type_="unique")
        batch.drop_constraint(op.f("uq_audit_event_seal_no"), type_="unique")
        batch.alter_column("row_hash", existing_type=sa.String(64), nullable=False)
        batch.alter_column("prev_hash", existing_type=sa.String(64), nullable=False)
        batch.drop_column("seal_no")
    if postgres:
        bind.exec_driver_sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete")
    else:
        for statement in SQLITE_OLD_TRIGGERS:
            bind.exec_driver_sql(statement)
