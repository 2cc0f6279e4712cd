"""What a database failure means for the desk: driver errors classified into the desk's own errors.

The drivers say what went wrong in their own codes — sqlite3's result codes (``sqlite_errorcode``,
Python 3.11+) and PostgreSQL's SQLSTATE (``psycopg.Error.sqlstate``). This module is the one place
that reads them; everything above the data layer gets a :class:`DatabaseProblem`, a DomainError whose
translated message says what happened and what to do, and never a driver's class name.

``Database.transaction()`` classifies on the way out of every unit of work, and the database lane
(desktop.operations.runner) classifies whatever else reaches it (the search connection, a connect).
A problem is ``retryable`` when the same work, run again at once, may well succeed (a serialization
failure, a deadlock, SQLite's stale-snapshot busy, a unique number two desks drew at once); the lane
retries such work once, and only when nothing of it was committed (:func:`commit_count`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from desktop.core.errors import DomainError
from desktop.core.i18n import N_

logger = logging.getLogger(__name__)


class DatabaseProblem(DomainError):
    """A database failure the user can understand; nothing of the failed unit of work was saved."""

    retryable = False

    def __init__(self, message: str, *, original: BaseException | None = None, **params: object) -> None:
        super().__init__(message, **params)
        self.original = original


class DatabaseBusy(DatabaseProblem):
    """Another connection held the write lock longer than the busy timeout (or a lock timeout)."""

    def __init__(self, *, original: BaseException | None = None, retryable: bool = False) -> None:
        super().__init__(N_("Another workstation is saving to the database right now, so nothing was saved. "
                            "Try again in a moment."), original=original)
        self.retryable = retryable


class DiskFull(DatabaseProblem):
    def __init__(self, path: str | None, *, original: BaseException | None = None) -> None:
        if path:
            super().__init__(N_("The disk is full: nothing was saved. Free some space on the disk of {path} "
                                "(or ask IT to), then try again."), original=original, path=path)
        else:
            super().__init__(N_("The database server's disk is full: nothing was saved. Tell IT; try again "
                                "when space has been freed."), original=original)


class ReadOnlyDatabase(DatabaseProblem):
    def __init__(self, path: str | None, *, original: BaseException | None = None) -> None:
        if path:
            super().__init__(N_("The database file is read-only, so nothing was saved: ask IT to check the "
                                "file's permissions ({path})."), original=original, path=path)
        else:
            super().__init__(N_("The database accepts no changes at the moment (it is read-only), so nothing "
                                "was saved. Ask IT whether the database server is being maintained."),
                             original=original)


class DatabaseUnusable(DatabaseProblem):
    """The file cannot be opened, read or written at all (missing drive, damage, I/O error)."""

    def __init__(self, path: str | None, *, damaged: bool = False, original: BaseException | None = None) -> None:
        if damaged:
            super().__init__(N_("The database file {path} is damaged and cannot be used. Ask IT to restore it "
                                "from the backup."), original=original, path=path or "?")
        else:
            super().__init__(N_("The database file {path} cannot be read or written (a disk or network drive "
                                "problem). Ask IT to check it; nothing was saved."), original=original,
                             path=path or "?")


class ConnectionLost(DatabaseProblem):
    def __init__(self, *, original: BaseException | None = None) -> None:
        super().__init__(N_("The connection to the database was lost, so the last action was not saved. "
                            "Your input is kept; try again in a moment."), original=original)


class ConcurrentUpdate(DatabaseProblem):
    """Two connections changed the same rows at once: a stale version counter, a serialization
    failure or a deadlock. The last two are retryable; a stale version is not (retrying would
    overwrite the colleague's change unseen)."""

    def __init__(self, *, original: BaseException | None = None, retryable: bool = False) -> None:
        super().__init__(N_("A colleague changed the same data a moment ago, so nothing was saved. Look at "
                            "the current data and try again."), original=original)
        self.retryable = retryable


class DuplicateEntry(DatabaseProblem):
    """A unique value was taken meanwhile (e.g. a number two desks drew at once): retrying draws again."""

    retryable = True

    def __init__(self, *, original: BaseException | None = None) -> None:
        super().__init__(N_("A colleague saved the same entry a moment ago, so nothing was saved. Look at the "
                            "current data and try again."), original=original)


class RecordGone(DatabaseProblem):
    def __init__(self, *, original: BaseException | None = None) -> None:
        super().__init__(N_("What this refers to was removed a moment ago, so nothing was saved. Reload the "
                            "view and try again."), original=original)


class InvalidText(DatabaseProblem):
    def __init__(self, *, original: BaseException | None = None) -> None:
        super().__init__(N_("The text contains characters that cannot be stored (such as invisible control "
                            "characters from pasted text), so nothing was saved. Remove them and try again."),
                         original=original)


class NotPermitted(DatabaseProblem):
    def __init__(self, *, original: BaseException | None = None) -> None:
        super().__init__(N_("The database does not allow your role to do this, so nothing was saved. Ask the "
                            "administrator if you need to."), original=original)


# -- classification ---------------------------------------------------------------------------------

# sqlite3 primary result codes (https://sqlite.org/rescode.html); the extended code's low byte is the primary.
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT = 5, 6, 8, 10, 11
_SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_CONSTRAINT, _SQLITE_NOTADB = 13, 14, 19, 26
_SQLITE_BUSY_SNAPSHOT = 517  # a deferred transaction's snapshot went stale: running again will do
_SQLITE_CONSTRAINT_FOREIGNKEY, _SQLITE_CONSTRAINT_UNIQUE, _SQLITE_CONSTRAINT_PRIMARYKEY = 787, 2067, 1555

_PG_LOST_CLASSES = ("08",)  # connection exception
_PG_LOST = {"57P01", "57P02", "57P03"}  # admin/crash shutdown, cannot connect now
_PG_BUSY = {"55P03", "57014"}  # lock_timeout, statement_timeout
_PG_RETRY = {"40001", "40P01"}  # serialization failure, deadlock detected
_PG_TEXT = {"22021", "22P05", "54000"}  # bad encoding / untranslatable character
_PG_NUL = "cannot contain NUL"  # psycopg refuses a NUL byte itself, before the server sees it


def classify(exc: BaseException, path: str | None = None) -> DatabaseProblem | None:
    """The desk's error for a database failure, or None when it is not one the user can act on (a bug).

    ``path``: the SQLite file, named in the messages about the file (read-only, full disk, damaged).
    """
    if isinstance(exc, DatabaseProblem):
        return exc
    if isinstance(exc, StaleDataError):
        return ConcurrentUpdate(original=exc)
    if not isinstance(exc, DBAPIError):
        return None
    if exc.connection_invalidated:
        return ConnectionLost(original=exc)
    orig = exc.orig
    if isinstance(orig, sqlite3.Error):
        return _sqlite(exc, orig, path)
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is not None:
        return _postgres(exc, sqlstate)
    if _PG_NUL in str(orig):
        return InvalidText(original=exc)
    if isinstance(exc, OperationalError):
        # A driver error without a code: psycopg's failed connect, a server gone mid-statement.
        return ConnectionLost(original=exc)
    return None


def _sqlite(exc: DBAPIError, orig: sqlite3.Error, path: str | None) -> DatabaseProblem | None:
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return DatabaseBusy(original=exc, retryable=code == _SQLITE_BUSY_SNAPSHOT)
    if primary == _SQLITE_FULL:
        return DiskFull(path or "?", original=exc)
    if primary == _SQLITE_READONLY:
        return ReadOnlyDatabase(path or "?", original=exc)
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
        return DatabaseUnusable(path, damaged=True, original=exc)
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return DatabaseUnusable(path, original=exc)
    if code in (_SQLITE_CONSTRAINT_UNIQUE, _SQLITE_CONSTRAINT_PRIMARYKEY):
        return DuplicateEntry(original=exc)
    if code == _SQLITE_CONSTRAINT_FOREIGNKEY:
        return RecordGone(original=exc)
    return None


def _postgres(exc: DBAPIError, sqlstate: str) -> DatabaseProblem | None:
    if sqlstate.startswith(_PG_LOST_CLASSES) or sqlstate in _PG_LOST:
        return ConnectionLost(original=exc)
    if sqlstate in _PG_RETRY:
        return ConcurrentUpdate(original=exc, retryable=True)
    if sqlstate in _PG_BUSY:
        return DatabaseBusy(original=exc)
    if sqlstate == "53100":
        return DiskFull(None, original=exc)
    if sqlstate == "25006":
        return ReadOnlyDatabase(None, original=exc)
    if sqlstate == "23505":
        return DuplicateEntry(original=exc)
    if sqlstate == "23503":
        return RecordGone(original=exc)
    if sqlstate in _PG_TEXT:
        return InvalidText(original=exc)
    if sqlstate == "42501":
        return NotPermitted(original=exc)
    if sqlstate.startswith("53"):  # out of memory, too many connections: the server cannot take more now
        return DatabaseBusy(original=exc)
    return None


@contextmanager
def classified(path: str | None = None) -> Iterator[None]:
    """Raise database failures inside the block as :class:`DatabaseProblem` (the cause kept chained)."""
    try:
        yield
    except (DBAPIError, StaleDataError) as exc:
        problem = classify(exc, path)
        if problem is None:
            raise
        raise problem from exc


def is_connection_failure(exc: BaseException) -> bool:
    """True when the database could not be reached (as opposed to a rule, a full disk or a bug)."""
    problem = classify(exc)
    if problem is not None:
        return isinstance(problem, ConnectionLost)
    return isinstance(exc, OperationalError)


# -- failed connects -------------------------------------------------------------------------------------

CONNECT_REFUSED = "refused"  # the server answered and refused the login (wrong password, no such role)
CONNECT_UNREACHABLE = "unreachable"  # no server answered (network, host name, server down, TLS)
CONNECT_NO_DATABASE = "no_database"  # the server answered: there is no database of that name


def connect_failure(exc: BaseException, database: str | None = None) -> str | None:
    """What a failed connect means (one of the ``CONNECT_*`` values), or None when ``exc`` is none.

    A connect has no SQLSTATE before the session exists, so libpq's text is all there is: "FATAL" or
    "password" means the server itself answered. ``database``: the name asked for, to tell a missing
    database from a refused login. Also reads a failure that Database.transaction() classified already.
    """
    if isinstance(exc, ConnectionLost):
        exc = exc.original  # type: ignore[assignment]
    if not isinstance(exc, OperationalError):
        return None
    message = str(exc.orig)
    if database and "does not exist" in message and f'"{database}"' in message:
        return CONNECT_NO_DATABASE
    return CONNECT_REFUSED if "FATAL" in message or "password" in message else CONNECT_UNREACHABLE


def driver_message(exc: BaseException | None) -> str:
    """The driver's own text of a failure (also through a DatabaseProblem or SQLAlchemy's wrapper)."""
    original = getattr(exc, "original", None) or exc
    return str(getattr(original, "orig", original) or "")


# -- was anything committed? ---------------------------------------------------------------------------

_commits = threading.local()


def note_commit() -> None:
    """Called after each committed transaction, on the thread that committed it."""
    _commits.count = getattr(_commits, "count", 0) + 1


def commit_count() -> int:
    """Transactions committed on this thread so far: the lane compares it before and after a task, and
    retries a failed task only when the count is unchanged (nothing of it is in the database)."""
    return getattr(_commits, "count", 0)
