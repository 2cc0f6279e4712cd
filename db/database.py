"""The handle every service receives: an engine, its session factory and what kind of database it is."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from db.direct import DirectConnection
from db.engine import make_engine, session_factory


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

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: commit on success, roll back everything on any error."""
        with self.sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.direct.close()
        self.engine.dispose()
