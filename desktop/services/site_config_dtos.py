"""The site configuration as the desk holds it once read (desktop.services.site_config reads the file),
and the failure that names the file: no file reading here, so a view may import it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import DomainError
from desktop.core.transport import ENCRYPTING_SSLMODES


class SiteConfigInvalid(DomainError):
    """Every message names the file ({path}) and ends with who corrects it (IT)."""

    def __init__(self, path: Path, message: str, **params: object) -> None:
        super().__init__(message, path=str(path), **params)


@dataclass(frozen=True, slots=True)
class SiteConfig:
    path: Path
    servers: tuple[tuple[str, int], ...]  # (host, port) in the order libpq tries them
    database: str
    sslmode: str
    sslrootcert: str | None  # absolute path of the site's CA certificate
    allow_plaintext: bool
    language: str | None
    idle_lock_minutes: int | None

    @property
    def hosts_text(self) -> str:
        """The servers as the login dialog shows them: ``db1.example.fi, db2.example.fi:5433``."""
        return ", ".join(host if port == 5432 else f"{host}:{port}" for host, port in self.servers)

    @property
    def encrypted(self) -> bool:
        return self.sslmode in ENCRYPTING_SSLMODES
