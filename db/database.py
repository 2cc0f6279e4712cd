"""The handle every service receives: an engine, its session factory and what kind of database it is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from db import errors
from db.direct import DirectConnection
from db.engine import make_engine, session_factory

# Session is exported for the services' type hints: they take it from transaction() and import nothing
# from SQLAlchemy themselves.
__all__ = ["Database", "Session"]


@dataclass
class Database:
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)
    # The search field's own connection (see db.direct): opened on first use, closed by dispose().
    direct: DirectConnection = field(init=False)

    def __post_init__(self) -> None:
        self.sessions = session_factory(self.engine)
        self.direct = DirectConnection(self.engine)

    @classmethod
    def connect(cls, url: str | None, *, password: str | None = None) -> Database:
        """``url`` None means $PALVELUTISKI_DB or the default SQLite file (see db.engine.resolve_url)."""
        return cls(make_engine(url, password=password))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @property
    def file_path(self) -> str | None:
        """The SQLite file (named in messages about it), None for PostgreSQL."""
        return None if self.is_postgres else self.engine.url.database

    @property
    def identity(self) -> str:
        """Which database this is, as the workstation reaches it, for files kept about it outside it (the
        auditor's receipt book): the SQLite file's full path, or PostgreSQL's servers and database name.
        No user name or password. Nothing stored *in* the database is used: whoever can rewrite the audit
        chain could change that too, and so make the workstation open an empty book."""
        url = self.engine.url
        if not self.is_postgres:
            return f"sqlite:{Path(url.database or '').expanduser().resolve()}"
        hosts = url.query.get("host")
        servers = ([hosts] if isinstance(hosts, str) else list(hosts)) if hosts else [f"{url.host or 'localhost'}:{url.port or 5432}"]
        return f"postgresql:{','.join(sorted(s.lower() for s in servers))}/{url.database}"

    def check_password(self, password: str) -> None:
        """Open and close one connection of this database's login with ``password`` (PostgreSQL: the server
        checks it); a refusal leaves as the driver's error (read it with db.errors.connect_failure)."""
        url = self.engine.url.set(password=password)
        probe = make_engine(url.render_as_string(hide_password=False), poolclass=NullPool)
        try:
            with probe.connect():
                pass
        finally:
            probe.dispose()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error.

        A database failure leaves as a :class:`db.errors.DatabaseProblem` (what happened, what to do);
        on SQLite the transaction holds the write lock from its start (db.engine: BEGIN IMMEDIATE).
        """
        with errors.classified(self.file_path), self.sessions() as session, session.begin():
            yield session
        errors.note_commit()

    def dispose(self) -> None:
        self.direct.close()
        self.engine.dispose()
