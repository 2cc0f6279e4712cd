"""Engines and sessions for the embedded SQLite file and the shared PostgreSQL database."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from db import at_rest
from desktop.core.i18n import N_
from desktop.core.local_time import DESK_ZONE
from desktop.core.text import TextRefused, clean_text

ENV_DB_URL = "PALVELUTISKI_DB"
APP_NAME = "palvelutiski"
DatabaseUrl = URL  # what services hand to make_engine, without importing SQLAlchemy themselves


def user_data_dir() -> Path:
    """The workstation user's own data folder (the default database, the auditor's receipt book)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_sqlite_path() -> Path:
    return user_data_dir() / "palvelutiski.sqlite3"


def prepare_private_file(path: Path) -> None:
    """Create the SQLite file 0600 (in a folder created 0700) before SQLite opens it.

    The file holds every full identity code, IBAN and the HMAC key: with the default umask it was
    created 0644, readable by every account on the workstation. SQLite creates the -wal, -shm and
    -journal files with the main file's permissions, so they follow. A file that exists already is
    tightened when it is ours (a read-only file, or one owned by another account, is left as it is).
    """
    folder = path.parent
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
    if folder == default_sqlite_path().parent:
        _tighten(folder, 0o700)  # the app's own data folder; a folder the user chose is theirs to set
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    except OSError:
        return  # read-only folder or missing drive: SQLite's own error says so (db.errors)
    for suffix in ("", "-wal", "-shm", "-journal"):
        _tighten(Path(f"{path}{suffix}"), 0o600)


def _tighten(path: Path, mode: int) -> None:
    try:
        if path.exists() and path.stat().st_mode & 0o777 & ~mode:
            os.chmod(path, mode)
    except OSError:
        pass  # not ours to change; the file still opens


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


def sqlite_url(path: str | None) -> URL:
    """The URL of a SQLite file (``path`` as given: resolve it first if it is relative)."""
    return URL.create("sqlite", database=path)


def postgres_url(username: str, servers: Sequence[tuple[str, int]], database: str, *, sslmode: str | None = None,
                 sslrootcert: str | None = None, connect_timeout: int = 10) -> URL:
    """The URL of a PostgreSQL login; several ``servers`` make a libpq multi-host connection.

    With several servers libpq tries them in order and keeps the first that accepts writes
    (``target_session_attrs=read-write``): workstations follow a failover to the standby without a
    proxy. ``connect_timeout`` is per server, so a dead first host costs at most that long.
    """
    query: dict[str, str | list[str]] = {"connect_timeout": str(connect_timeout)}
    if sslmode:
        query["sslmode"] = sslmode
    if sslrootcert:
        query["sslrootcert"] = sslrootcert
    if len(servers) == 1:
        (host, port), = servers
        return URL.create("postgresql+psycopg", username=username, host=host, port=port, database=database,
                          query=query)
    query["host"] = [f"{host}:{port}" for host, port in servers]
    query["target_session_attrs"] = "read-write"
    return URL.create("postgresql+psycopg", username=username, database=database, query=query)


# What libpq says when TLS refuses a server (a message, since libpq has no SQLSTATE before a session).
_TLS_PROBLEMS = (
    ("does not match host name", "host_name"),
    ("certificate verify failed", "untrusted"),
    ("root certificate file", "no_ca_file"),
    ("server does not support ssl", "no_tls"),
    ("ssl error", "tls"),
    ("ssl syscall error", "tls"),
)


def tls_problem(message: str) -> str | None:
    """Which TLS refusal a failed connect's ``message`` reports: "host_name" (the certificate names another
    server), "untrusted" (not signed by the site's CA), "no_ca_file", "no_tls", "tls"; None if not TLS."""
    lowered = message.lower()
    return next((kind for text, kind in _TLS_PROBLEMS if text in lowered), None)


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


@dataclass(frozen=True, slots=True)
class UrlParts:
    """What a database URL names, for forms that show it (the login dialog's prefill from ``--db``)."""

    is_sqlite: bool
    path: str  # the SQLite file ("" for PostgreSQL)
    host: str = "localhost"
    port: int = 5432
    database: str = ""
    username: str | None = None


def url_parts(url: str | None) -> UrlParts:
    """The parts of ``url`` as :func:`resolve_url` resolves it (no password: a URL should carry none)."""
    parsed = make_url(resolve_url(url))
    if parsed.get_backend_name() == "sqlite":
        return UrlParts(True, parsed.database or "")
    return UrlParts(False, "", parsed.host or "localhost", parsed.port or 5432, parsed.database or "",
                    parsed.username)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the GUI read while the worker writes; foreign keys are off by default in SQLite.
    # The page cache is per connection and the desk holds two (the lane's and the search's): 32 MB each
    # keeps the hot index pages of a million-customer file (the rest is in the OS's file cache) and bounds
    # the desk's memory (issue 14: it was 200 MB each, 400 MB on a large file).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()
    # SQLite has no time zones: a stored UTC moment's day in Finland (the day the desk and the law count in)
    # comes from this function, as PostgreSQL's date(timezone('Europe/Helsinki', …)) does.
    dbapi_connection.create_function("helsinki_date", 1, _helsinki_date, deterministic=True)
    # The sqlite3 module's own transaction handling begins a transaction only before the first INSERT,
    # UPDATE or DELETE, so what a unit of work read first (the last request number, a row's version)
    # was read outside it: two desks drew the same number. It is switched off; _sqlite_begin begins.
    dbapi_connection.isolation_level = None


def _helsinki_date(stored: str | None) -> str | None:
    if stored is None:
        return None
    moment = dt.datetime.fromisoformat(stored).replace(tzinfo=dt.UTC)
    return moment.astimezone(DESK_ZONE).date().isoformat()


def _sqlite_begin(conn: Any) -> None:
    # BEGIN IMMEDIATE takes the write lock at the start (waiting up to busy_timeout for another writer),
    # so a unit of work reads and writes one consistent state: the SQLAlchemy-documented recipe for
    # pysqlite, with IMMEDIATE because nearly every unit of work of the desk writes (at least audit).
    if conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
        return
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str | None, *, password: str | None = None, **kwargs: Any) -> Engine:
    """Create an engine; ``password`` (PostgreSQL) is passed separately so it never sits in a URL string."""
    sa_url = make_url(resolve_url(url))
    # Statement parameters are customers' personal data: error messages (and so logs) show the SQL only.
    kwargs.setdefault("hide_parameters", True)
    if sa_url.get_backend_name() == "sqlite":
        # A "file:…?mode=ro" URI (uri=true) opens an existing file read-only: nothing to create.
        is_uri = sa_url.query.get("uri") == "true" or (sa_url.database or "").startswith("file:")
        if sa_url.database and sa_url.database != ":memory:" and not is_uri:
            prepare_private_file(Path(sa_url.database))
        engine = create_engine(sa_url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if password is not None:
        sa_url = sa_url.set(password=password)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(sa_url, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    event.listen(factory, "before_flush", _clean_text_columns)
    # After the checks above (on the clear value): SQLite's identity codes and IBANs go in encrypted.
    event.listen(factory, "before_flush", at_rest.seal_flushed_values)
    return factory


def _clean_text_columns(session: Session, _context: Any, _instances: Any) -> None:
    """Every text the ORM writes loses its control and bidi-override characters (desktop.core.text.clean_text)
    — once, here, for all fields: a NUL pasted into call notes made PostgreSQL refuse the whole save.

    A text longer than its column is refused on both databases alike with a translated message
    (PostgreSQL answered with a raw error, SQLite stored it whole); the services check what a person
    typed first (desktop.core.text.check_typed_text), so this is the net under every other write.
    """
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attribute in state.mapper.column_attrs:
            value = state.dict.get(attribute.key)
            if not isinstance(value, str):
                continue
            if not value.isprintable():
                cleaned = clean_text(value)
                if cleaned != value:
                    setattr(obj, attribute.key, cleaned)
                    value = cleaned
            limit = getattr(attribute.columns[0].type, "length", None)
            if attribute.columns[0].info.get("sealed_on_sqlite") and value.startswith("pt1:"):
                continue  # encrypted on SQLite (db.at_rest): the clear value was checked before sealing
            # Only what this unit of work writes: a long value stored by an older version must not make
            # an unrelated change to its row (a login's timestamp) fail.
            if limit is not None and len(value) > limit and (
                    state.key is None or state.attrs[attribute.key].history.has_changes()):
                raise TextRefused(N_("The text is too long: at most {limit} characters, now {length}. Shorten it "
                                     "and try again."), limit=limit, length=len(value))


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with factory() as session, session.begin():
        yield session
