"""Copies of the database that restore: SQLite's online backup, PostgreSQL's pg_dump and pg_restore.

Nothing half-written is ever left under the name asked for: the SQLite copy is made in a hidden
``.NAME.partial`` file beside it and renamed only once it is complete and passed its integrity check;
every failure (full disk, Ctrl+C) removes the partial file and its journal. The same for pg_dump.
``pg_restore`` runs in one transaction into a database it created, and drops it again on failure.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from db.engine import make_engine, prepare_private_file, resolve_url

Progress = Callable[[int, int], None]  # (done, total) in pages or steps
PAGES_PER_STEP = 1024  # 4 MiB with the default page size: progress a few times a second, the desk barely waits
DESK_GROUPS = ("desk_owner", "desk_agent", "desk_supervisor", "desk_admin", "desk_auditor")
_SUFFIXES = ("", "-journal", "-wal", "-shm")


def partial_path(dest: Path) -> Path:
    return dest.with_name(f".{dest.name}.partial")


def remove_partial(dest: Path) -> None:
    partial = partial_path(dest)
    for suffix in _SUFFIXES:
        Path(f"{partial}{suffix}").unlink(missing_ok=True)


def sqlite_copy(source: Path, dest: Path, *, progress: Progress | None = None) -> str:
    """Copy the SQLite file ``source`` (in use or not) to ``dest``; returns the integrity check's answer.

    ``dest`` appears only complete ("ok"); on any failure, including KeyboardInterrupt, nothing is left.
    """
    partial = partial_path(dest)
    remove_partial(dest)  # a leftover of a run killed outright (power cut) must not block this one
    prepare_private_file(partial)  # the copy holds the same identity codes: 0600 like the original
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    copy: sqlite3.Connection | None = None
    try:
        copy = sqlite3.connect(partial)

        def step(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(total - remaining, total)

        src.backup(copy, pages=PAGES_PER_STEP, progress=step)
        check = str(copy.execute("PRAGMA integrity_check").fetchone()[0])
        copy.close()
        copy = None
        if check == "ok":
            os.replace(partial, dest)
        return check
    finally:
        src.close()
        if copy is not None:
            copy.close()
        remove_partial(dest)


# --- PostgreSQL --------------------------------------------------------------------------------------

def pg_tool(name: str) -> str | None:
    """``pg_dump``/``pg_restore`` on PATH, else Debian's versioned folder (newest first), else None."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"),
                        key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0, reverse=True)
    return str(candidates[0]) if candidates else None


@dataclass(frozen=True)
class ToolCall:
    """A libpq command line and its environment: the password goes in PGPASSWORD, never on the command line."""

    conninfo: str
    env: dict[str, str]


def tool_call(url: str) -> ToolCall:
    parsed = make_url(resolve_url(url))
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    plain = parsed.set(drivername="postgresql", password=None)
    return ToolCall(plain.render_as_string(hide_password=False), env)


def database_name(url: str) -> str:
    return make_url(resolve_url(url)).database or ""


def maintenance_engine(url: str) -> Engine:
    """The same server and user, connected to the ``postgres`` database (to create or drop another)."""
    parsed = make_url(resolve_url(url))
    return make_engine(parsed.set(database="postgres").render_as_string(hide_password=False), poolclass=NullPool)


def desk_roles(engine: Engine) -> list[str]:
    """The cluster-wide roles this database needs: the desk groups, and the logins of its staff users
    (other databases' logins on the same server are not this backup's business)."""
    with engine.connect() as conn:
        groups = [row[0] for row in conn.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:groups) ORDER BY 1"), {"groups": list(DESK_GROUPS)})]
        if conn.execute(text("SELECT to_regclass('staff_user')")).scalar() is None:
            return groups
        logins = [row[0] for row in conn.execute(text(
            "SELECT s.username FROM staff_user s JOIN pg_roles r ON r.rolname = s.username ORDER BY 1"))]
    return groups + logins


def missing_roles(engine: Engine, names: Sequence[str]) -> list[str]:
    with engine.connect() as conn:
        present = {row[0] for row in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:n)"),
                                                  {"n": list(names)})}
    return [name for name in names if name not in present]


def run_tool(args: Sequence[str], env: dict[str, str]) -> str | None:
    """Run a PostgreSQL tool; None on success, else its first error line (for a one-line message)."""
    result = subprocess.run(list(args), env=env, capture_output=True, text=True)
    if result.returncode == 0:
        return None
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower()] or lines or [f"exit status {result.returncode}"]
    return errors[0]


def pg_dump(url: str, dest: Path) -> str | None:
    """``pg_dump -Fc`` into ``dest`` (appearing only when complete); None on success, else the error line."""
    tool = pg_tool("pg_dump")
    assert tool is not None
    call = tool_call(url)
    partial = partial_path(dest)
    remove_partial(dest)
    try:
        prepare_private_file(partial)
        problem = run_tool([tool, "--format=custom", f"--file={partial}", f"--dbname={call.conninfo}"], call.env)
        if problem is None:
            os.replace(partial, dest)
        return problem
    finally:
        remove_partial(dest)


def database_exists(engine: Engine, name: str) -> bool:
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}).scalar())


def create_database(engine: Engine, name: str) -> None:
    quoted = engine.dialect.identifier_preparer.quote(name)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {quoted}")


def drop_database(engine: Engine, name: str) -> None:
    quoted = engine.dialect.identifier_preparer.quote(name)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")


def pg_restore(url: str, dump: Path) -> str | None:
    """Restore ``dump`` into the (new, empty) database of ``url`` in one transaction."""
    tool = pg_tool("pg_restore")
    assert tool is not None
    call = tool_call(url)
    return run_tool([tool, "--exit-on-error", "--single-transaction", f"--dbname={call.conninfo}", str(dump)],
                    call.env)
