"""Backups that restore: ``palvelutiski-admin backup DEST`` and ``restore DUMP`` on both databases.

SQLite: the online backup API into a hidden partial file, renamed when complete and checked; a missing
folder, a full disk or Ctrl+C is one clear line and leaves nothing behind. PostgreSQL: ``pg_dump -Fc``
(said how to install when missing), with the cluster-wide desk roles the restore needs written beside
the dump (``DEST.roles.txt``) and listed; the restore creates the new database, checks those roles
exist, runs ``pg_restore`` in one transaction (dropping the database again on failure) and verifies
the audit chain of what it restored.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from db import backup as db_backup
from db.database import Database
from db.engine import is_sqlite, resolve_url
from desktop.core.errors import DomainError
from desktop.core.hetu import redact
from desktop.core.i18n import N_
from desktop.services.audit_dtos import VerifyResult
from desktop.services.audit_report import verify_chain

ROLES_SUFFIX = ".roles.txt"
MiB = 1024 * 1024


class BackupRefused(DomainError):
    pass


@dataclass(frozen=True)
class BackupResult:
    dest: Path
    size: int
    seconds: float
    roles: list[str] = field(default_factory=list)  # PostgreSQL: what must exist on the restoring server


@dataclass(frozen=True)
class RestoreResult:
    database: str
    seconds: float
    audit: VerifyResult


def roles_file(dump: Path) -> Path:
    return dump.with_name(dump.name + ROLES_SUFFIX)


def _check_destination(dest: Path) -> None:
    if not dest.parent.is_dir():
        raise BackupRefused(N_("The folder {folder} does not exist, so nothing was written. Create it or choose "
                               "another folder, then try again."), folder=str(dest.parent))
    if dest.exists():
        raise BackupRefused(N_("{path} exists already; choose a new file name."), path=str(dest))


def _disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return True
    return isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


def backup(url: str | None, dest: Path, *, progress: db_backup.Progress | None = None) -> BackupResult:
    """Copy the database of ``url`` (as resolved by db.engine) to the new file ``dest``."""
    dest = dest.expanduser().absolute()
    resolved = resolve_url(url)
    started = time.perf_counter()
    if not is_sqlite(resolved):
        return _pg_backup(resolved, dest, started)
    source = Path(resolved.removeprefix("sqlite:///"))
    if not source.is_file():
        raise BackupRefused(N_("There is no database file at {path}."), path=str(source))
    _sqlite_copy(source, dest, progress)
    return BackupResult(dest, dest.stat().st_size, time.perf_counter() - started)


def _sqlite_copy(source: Path, dest: Path, progress: db_backup.Progress | None) -> None:
    _check_destination(dest)
    needed = sum(Path(f"{source}{s}").stat().st_size for s in ("", "-wal") if Path(f"{source}{s}").exists())
    free = shutil.disk_usage(dest.parent).free
    if free < needed:
        raise BackupRefused(N_("There is not enough space on the disk of {folder}: the copy needs about {needed} MB "
                               "and {free} MB is free. Nothing was written; free some space or choose another "
                               "disk."), folder=str(dest.parent), needed=_mb(needed), free=_mb(free))
    try:
        check = db_backup.sqlite_copy(source, dest, progress=progress)
    except (OSError, sqlite3.Error) as exc:
        if _disk_full(exc):
            raise BackupRefused(N_("The disk of {folder} became full during the copy. Nothing was written; free some "
                                   "space or choose another disk, then try again."), folder=str(dest.parent)) from None
        raise BackupRefused(N_("The copy could not be written to {folder} ({reason}). Nothing was written."),
                            folder=str(dest.parent), reason=_reason(exc)) from None
    if check != "ok":
        raise BackupRefused(N_("The copy failed its integrity check: {result}"), result=check)


def _pg_backup(url: str, dest: Path, started: float) -> BackupResult:
    _require_tool("pg_dump")
    _check_destination(dest)
    database = Database.connect(url)
    try:
        roles = db_backup.desk_roles(database.engine)
    finally:
        database.dispose()
    problem = db_backup.pg_dump(url, dest)
    if problem is not None:
        raise BackupRefused(N_("pg_dump failed: {reason} Nothing was written."), reason=redact(problem))
    roles_file(dest).write_text("".join(f"{name}\n" for name in roles), encoding="utf-8")
    return BackupResult(dest, dest.stat().st_size, time.perf_counter() - started, roles)


def restore(url: str | None, dump: Path, *, progress: db_backup.Progress | None = None) -> RestoreResult:
    """Restore ``dump`` (made by :func:`backup`) into the new database of ``url``; it must not exist yet."""
    dump = dump.expanduser().absolute()
    resolved = resolve_url(url)
    started = time.perf_counter()
    if not dump.is_file():
        raise BackupRefused(N_("There is no backup file at {path}."), path=str(dump))
    if is_sqlite(resolved):
        target = Path(resolved.removeprefix("sqlite:///"))
        _sqlite_copy(dump, target, progress)
        name = str(target)
    else:
        name = _pg_restore(resolved, dump)
    database = Database.connect(resolved)
    try:
        audit = verify_chain(database)
    finally:
        database.dispose()
    return RestoreResult(name, time.perf_counter() - started, audit)


def _pg_restore(url: str, dump: Path) -> str:
    _require_tool("pg_restore")
    name = db_backup.database_name(url)
    server = db_backup.maintenance_engine(url)
    try:
        if db_backup.database_exists(server, name):
            raise BackupRefused(N_("The database {name} exists already. Restore only into a new database: choose "
                                   "another name, or have the old one dropped first."), name=name)
        needed = roles_file(dump).read_text(encoding="utf-8").split() if roles_file(dump).is_file() else []
        missing = db_backup.missing_roles(server, needed)
        if missing:
            raise BackupRefused(N_("These roles must exist on the server before the restore: {roles}. Create them "
                                   "(pg_dumpall --roles-only on the old server gives them), then try again."),
                                roles=", ".join(missing))
        db_backup.create_database(server, name)
        try:
            problem = db_backup.pg_restore(url, dump)
        except BaseException:
            db_backup.drop_database(server, name)
            raise
        if problem is not None:
            db_backup.drop_database(server, name)
            raise BackupRefused(N_("pg_restore failed: {reason} The new database was removed again."),
                                reason=redact(problem))
    finally:
        server.dispose()
    return name


def _require_tool(name: str) -> None:
    if db_backup.pg_tool(name) is None:
        raise BackupRefused(N_("{tool} is not installed on this computer. Install the PostgreSQL client programs of "
                               "the server's version or newer (Debian and Ubuntu: apt-get install postgresql-client; "
                               "Windows: the Command Line Tools of the PostgreSQL installer), then try again."),
                            tool=name)


def _mb(size: int) -> str:
    return f"{size / MiB:.1f}"


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc).strip().splitlines()[0]
