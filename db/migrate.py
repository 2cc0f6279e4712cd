"""Schema migrations: the same Alembic revisions build SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine
from sqlalchemy.exc import ProgrammingError

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def downgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def autogenerate(engine: Engine, message: str) -> None:
    """Developer helper: write a new revision from the model diff (review it before committing)."""
    with engine.begin() as conn:
        cfg = _config()
        cfg.attributes["connection"] = conn
        command.revision(cfg, message=message, autogenerate=True)


SCHEMA_CURRENT, SCHEMA_OLDER, SCHEMA_NEWER, SCHEMA_EMPTY = "current", "older", "newer", "empty"


def schema_state(engine: Engine) -> str:
    """How the database's schema compares with this program's: current, older, newer or empty.

    "newer" is a revision this program does not know (a later version of Palvelutiski migrated it);
    a PostgreSQL desk login that may not read the version table is on a schema older than 0012, which
    granted it. Only reads: the desk never migrates by itself.
    """
    with engine.connect() as conn:
        try:
            revision = MigrationContext.configure(conn).get_current_revision()
        except ProgrammingError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege
                return SCHEMA_OLDER
            raise
    if revision is None:
        return SCHEMA_EMPTY
    if revision == head_revision():
        return SCHEMA_CURRENT
    known = {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
    return SCHEMA_OLDER if revision in known else SCHEMA_NEWER
