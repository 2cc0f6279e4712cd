"""Where the desk signs in (a SQLite file, a PostgreSQL database, a site's servers) and the sign-in failures
the login dialog tells apart: no database driver here, so a view may import it. The URL a target opens is
made by desktop.services.auth.target_url, on the database lane."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.transport import is_local_host
from desktop.services.site_config_dtos import SiteConfig


class LoginFailed(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("Wrong username or password, or the account is not in use."))


class AccountLocked(DomainError):
    def __init__(self, locked_until: dt.datetime, now: dt.datetime) -> None:
        minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
        super().__init__(N_("Too many failed attempts: the account is locked. Try again in {minutes} min "
                            "or ask the administrator to unlock it."), minutes=minutes)
        self.locked_until = locked_until


class DatabaseNotFound(DomainError):
    pass


class ServerUnreachable(DomainError):
    pass


@dataclass(frozen=True, slots=True)
class ConnectionTarget:
    """Where to log in (the login dialog's database profile): a SQLite file or a PostgreSQL database."""

    kind: str  # "sqlite" or "postgresql"
    path: str | None = None
    host: str | None = None
    port: int = 5432
    database: str | None = None
    sslmode: str | None = None

    @classmethod
    def sqlite(cls, path: str | Path) -> ConnectionTarget:
        return cls("sqlite", path=str(Path(path).expanduser().resolve()))

    @classmethod
    def postgres(cls, host: str, database: str, port: int = 5432, sslmode: str | None = None) -> ConnectionTarget:
        return cls("postgresql", host=host, port=int(port), database=database, sslmode=sslmode)

    @property
    def is_postgres(self) -> bool:
        return self.kind == "postgresql"

    @property
    def key(self) -> str:
        """Stable text naming the target (keyring service entries, recent-profiles list)."""
        if self.is_postgres:
            return f"postgresql://{self.host}:{self.port}/{self.database}"
        return f"sqlite:{self.path}"


@dataclass(frozen=True, slots=True)
class ServerTarget(ConnectionTarget):
    """A PostgreSQL target with what a plain ConnectionTarget cannot say: several servers, the CA file."""

    servers: tuple[tuple[str, int], ...] = ()
    sslrootcert: str | None = None
    allow_plaintext: bool = False

    @classmethod
    def from_site(cls, site: SiteConfig) -> ServerTarget:
        first_port = site.servers[0][1]
        return cls("postgresql", host=",".join(h for h, _ in site.servers), port=first_port, database=site.database,
                   sslmode=site.sslmode, servers=site.servers, sslrootcert=site.sslrootcert,
                   allow_plaintext=site.allow_plaintext)

    @property
    def is_local(self) -> bool:
        return all(is_local_host(host) for host, _ in self.servers)
