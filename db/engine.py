"""Engines and sessions for the embedded SQLite file and the shared PostgreSQL database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_DB_URL = "PALVELUTISKI_DB"
APP_NAME = "palvelutiski"


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "palvelutiski.sqlite3"


def resolve_url(url: str | None) -> str:
    """``--db`` wins, then $PALVELUTISKI_DB, then the SQLite file in the user data directory.

    A bare path is taken as a SQLite file; ``postgresql://`` is mapped to the psycopg 3 driver.
    """
    url = url or os.environ.get(ENV_DB_URL) or str(default_sqlite_path())
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the GUI read while the worker writes; foreign keys are off by default in SQLite;
    # a 200 MB page cache turns a million-row prefix search from milliseconds into a fraction of one.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-200000")
    cursor.close()


def make_engine(url: str | None, *, password: str | None = None, **kwargs: Any) -> Engine:
    """Create an engine; ``password`` (PostgreSQL) is passed separately so it never sits in a URL string."""
    sa_url = make_url(resolve_url(url))
    # Statement parameters are customers' personal data: error messages (and so logs) show the SQL only.
    kwargs.setdefault("hide_parameters", True)
    if sa_url.get_backend_name() == "sqlite":
        if sa_url.database and sa_url.database != ":memory:":
            Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(sa_url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if password is not None:
        sa_url = sa_url.set(password=password)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(sa_url, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with factory() as session, session.begin():
        yield session
