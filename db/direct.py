"""One long-lived driver connection for the desk's hottest path: search-as-you-type and the exact lookup.

Why not a pooled SQLAlchemy Connection per keystroke: checking one out costs a pre-ping round trip on
PostgreSQL, a reset on return and SQLAlchemy's result wrapping — 0.05 to 0.3 ms, which is several times
what an exact lookup by customer number costs the database itself (bench/search.py measures both).
So each :class:`db.database.Database` keeps one driver connection for these fixed statements:

* opened through the engine (its credentials and connect hooks such as the SQLite pragmas apply),
  then detached from the pool, so it is never handed to anybody else with our autocommit setting;
* autocommit on PostgreSQL (a read is one round trip, prepared by psycopg after a few uses);
* serialised by a lock, so a test thread and the lane can never interleave statements on it;
* a lost connection is closed and reopened on the next call, and a read is retried once on a fresh
  one (what pre-ping does for the pool); writes are never retried;
* driver errors are raised as SQLAlchemy's DBAPIError family, like every other database error, so
  the lane's connection state and the callers' error handling need not know this path exists.

Statements are texts in the driver's own parameter style (``:name`` for sqlite3, ``%(name)s`` for
psycopg); callers keep them as constants, so nothing is compiled per call.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from db import errors


class DirectConnection:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._dialect = engine.dialect
        self._driver_error: type[Exception] = engine.dialect.loaded_dbapi.Error
        self.is_postgres = engine.dialect.name == "postgresql"
        self._fairy: Any = None
        self._lock = threading.Lock()

    def rows(self, statement: str, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Every row of a read-only statement (retried once on a fresh connection if the old one was lost)."""
        with self._lock:
            try:
                return self._driver().execute(statement, params).fetchall()
            except self._driver_error as exc:
                if not self._lost(exc):
                    raise self._wrapped(statement, params, exc, lost=False) from exc
            try:
                return self._driver().execute(statement, params).fetchall()
            except self._driver_error as exc:
                raise self._wrapped(statement, params, exc, lost=self._lost(exc)) from exc

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """The driver connection inside one write transaction: committed on success, rolled back on error.

        SQLite takes the write lock at BEGIN IMMEDIATE, so whatever the transaction reads (the last audit
        row's hash) cannot change before it writes. A failure leaves as a db.errors.DatabaseProblem when
        the user can act on it (a read-only or full file, a lock held too long), as in Database.transaction().
        """
        with self._lock, errors.classified(None if self.is_postgres else self._engine.url.database):
            conn = self._driver()
            try:
                if self.is_postgres:
                    with conn.transaction():
                        yield conn
                else:
                    conn.execute("BEGIN IMMEDIATE")
                    try:
                        yield conn
                    except BaseException:
                        conn.rollback()
                        raise
                    conn.commit()
                errors.note_commit()
            except self._driver_error as exc:
                raise self._wrapped("(transaction)", {}, exc, lost=self._lost(exc)) from exc

    def close(self) -> None:
        with self._lock:
            self._discard()

    # -- internals ---------------------------------------------------------------------------

    def _driver(self) -> Any:
        if self._fairy is None:
            fairy = self._engine.raw_connection()  # connect errors come wrapped already
            fairy.detach()  # ours alone from now on; close() really closes it
            if self.is_postgres:
                fairy.dbapi_connection.autocommit = True
            self._fairy = fairy
        return self._fairy.dbapi_connection

    def _lost(self, exc: Exception) -> bool:
        lost = self._fairy is not None and self._dialect.is_disconnect(exc, self._fairy.dbapi_connection, None)
        if lost:
            self._discard()
        return lost

    def _discard(self) -> None:
        fairy, self._fairy = self._fairy, None
        if fairy is not None:
            try:
                fairy.close()
            except self._driver_error:
                pass  # already gone: nothing left to close

    def _wrapped(self, statement: str, params: Mapping[str, Any], exc: Exception, *, lost: bool) -> DBAPIError:
        # hide_parameters: they are what the agent typed about a customer (a name, a phone, an identity code).
        return DBAPIError.instance(statement, dict(params), exc, self._driver_error, hide_parameters=True,
                                   connection_invalidated=lost, dialect=self._dialect)
