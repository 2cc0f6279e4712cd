"""Which schema a database is on, compared with this program's, without importing Alembic.

The desk only reads the version: it never migrates (the admin does, ``palvelutiski-admin migrate``,
through db.migrate and Alembic). Alembic brings Mako and Pygments along, about 15 MiB of a desk
workstation's memory for one SELECT, so the desk reads the version table itself and knows its own
revisions from the migration files' ``revision = "…"`` / ``down_revision = "…"`` lines (the files ship
with the program; tests/install/test_schema_version.py checks this agrees with Alembic's reading).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import ProgrammingError

VERSIONS = Path(__file__).with_name("migrations") / "versions"
VERSION_TABLE = "alembic_version"  # Alembic's default, which db/migrations/env.py keeps
SCHEMA_CURRENT, SCHEMA_OLDER, SCHEMA_NEWER, SCHEMA_EMPTY = "current", "older", "newer", "empty"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+?)\s*$", re.MULTILINE)
_NAME = re.compile(r"[\"']([^\"']+)[\"']")


@cache
def known_revisions() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision this program has, its heads: the revisions no other one follows)."""
    revisions: set[str] = set()
    followed: set[str] = set()
    for path in VERSIONS.glob("*.py"):
        found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
        if "revision" not in found:
            continue
        revisions.update(_NAME.findall(found["revision"])[:1])
        followed.update(_NAME.findall(found.get("down_revision", "None")))  # None, "0003" or ("a", "b")
    return frozenset(revisions), frozenset(revisions - followed)


def current_revisions(engine: Engine) -> frozenset[str] | None:
    """The revisions recorded in the database; None when it has no version table (not initialised)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return frozenset(conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars())


def schema_state(engine: Engine) -> str:
    """How the database's schema compares with this program's: current, older, newer or empty.

    "newer" is a revision this program does not know (a later version of Palvelutiski migrated it);
    a PostgreSQL desk login that may not read the version table is on a schema older than 0012, which
    granted it. Only reads: the desk never migrates by itself.
    """
    try:
        recorded = current_revisions(engine)
    except ProgrammingError as exc:
        if getattr(exc.orig, "sqlstate", None) == "42501":  # insufficient_privilege
            return SCHEMA_OLDER
        raise
    if not recorded:
        return SCHEMA_EMPTY
    revisions, heads = known_revisions()
    if recorded <= heads:
        return SCHEMA_CURRENT
    return SCHEMA_OLDER if recorded <= revisions else SCHEMA_NEWER
