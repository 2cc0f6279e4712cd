"""How the desk reaches its database: encrypted and verified, following a failover, on a schema it knows.

``sign_in`` wraps :meth:`AuthService.login` with what a utility's IT expects of every workstation:

- **TLS.** A server on another computer is reached encrypted with the server's certificate checked
  (``sslmode=verify-full`` against the site's CA, desktop.services.site_config); plaintext only when the
  site file says ``allow_plaintext = yes``. A wrong CA or host name is refused with a message saying
  which, not "cannot be reached".
- **Failover.** The site file may list several servers; libpq tries them in order and keeps the one
  that accepts writes (db.engine.postgres_url).
- **Schema version.** A database migrated by a newer Palvelutiski is refused ("update Palvelutiski"),
  an older one too ("ask the administrator to migrate"); the desk never migrates by itself.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from db import errors as db_errors
from db import schema_version
from db.database import Database as Database  # re-exported: operations name the handle they pass on
from db.engine import make_engine, tls_problem
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.transport import ENCRYPTING_SSLMODES, is_local_host
from desktop.services.auth import AuthService, LoginResult, target_url
from desktop.services.auth_dtos import ConnectionTarget, ServerTarget, ServerUnreachable
from desktop.services.own_password import OwnPasswordService, PendingReset
from desktop.services.session_settings import SessionSettingsService

if TYPE_CHECKING:
    from desktop.services.credentials_ports import Credentials

__all__ = ["ConnectionRefused", "OpenedDesk", "SchemaTooNew", "SchemaTooOld", "ServerTarget", "database_label",
           "is_local_host", "open_desk", "secured", "sign_in"]


class SchemaTooNew(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("This database has been updated for a newer version of Palvelutiski. Update Palvelutiski "
                            "on this computer (ask IT), then sign in again."))


class SchemaTooOld(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("This database is from an older version of Palvelutiski and must be updated first. Ask "
                            "the administrator to run 'palvelutiski-admin migrate'; the desk never does it by itself."))


class ConnectionRefused(DomainError):
    """The desk refused the connection itself (no encryption, or a certificate it cannot trust)."""


TLS_MESSAGES = {
    "host_name": N_("The database server's certificate is not made out to {host}, so the connection was refused: "
                    "it could be another computer posing as the server. Ask IT to check the server name in the "
                    "site configuration and the server's certificate."),
    "untrusted": N_("The database server {host} showed a certificate that the site's certificate authority did "
                    "not sign, so the connection was refused. Ask IT to check the CA file (sslrootcert) in the "
                    "site configuration."),
    "no_ca_file": N_("There is no CA certificate on this computer to check the database server {host} with, so "
                     "the connection was refused. Ask IT for the site configuration and its CA file."),
    "no_tls": N_("The database server {host} does not offer an encrypted connection, which this workstation "
                 "requires. Ask IT to turn on TLS on the server."),
    "tls": N_("The encrypted connection to the database server {host} failed. Ask IT to check the server's "
              "certificate and the site configuration."),
}


def secured(target: ConnectionTarget) -> ConnectionTarget:
    """``target`` as the desk may use it: a server on another computer is reached with TLS verify-full
    unless a site file allowed plaintext (a server typed by hand gets libpq's own CA file,
    ``~/.postgresql/root.crt`` or ``%APPDATA%\\postgresql\\root.crt``)."""
    if not target.is_postgres:
        return target
    if not isinstance(target, ServerTarget):
        target = ServerTarget("postgresql", host=target.host, port=target.port, database=target.database,
                              sslmode=target.sslmode, servers=((target.host or "", target.port),))
    if target.is_local or target.sslmode in ENCRYPTING_SSLMODES:
        return target
    if target.allow_plaintext and target.sslmode:
        return target
    if target.sslmode and target.sslmode not in ("prefer", "allow"):
        raise ConnectionRefused(N_("The connection to the database server {host} would not be encrypted, and the "
                                   "site configuration does not allow that. Ask IT to set sslmode = verify-full."),
                                host=target.host or "")
    return replace(target, sslmode="verify-full")


def sign_in(auth: AuthService, target: ConnectionTarget, username: str, password: str) -> LoginResult:
    """Log in through ``auth`` on a secured connection and a schema this program knows (see the module)."""
    target = secured(target)
    if not target.is_postgres and target.path and Path(target.path).is_file():
        _check_sqlite_schema(target)  # before the login writes anything into a file of another version
    try:
        result = auth.login(target, username, password)
    except ServerUnreachable as exc:
        kind = tls_problem(_driver_message(exc))
        if kind is None:
            raise
        raise ConnectionRefused(TLS_MESSAGES[kind], host=target.host or "") from None
    if target.is_postgres:
        try:
            check_schema(result.database)
        except BaseException:
            result.database.dispose()
            raise
    return result


@dataclass(frozen=True, slots=True)
class OpenedDesk:
    """A signed-in user's database with what the shell needs before the desk opens."""

    login: LoginResult
    label: str  # for the status bar (database_label)
    is_local_file: bool  # a SQLite file on this computer (backups, the data key are the user's own)
    idle_lock_minutes: int
    # Somebody else set this user's password: a new one must be chosen before the desk opens.
    password_reset: PendingReset | None


def database_label(target: ConnectionTarget) -> str:
    """Short text for the status bar: the server and database, or the file name."""
    if target.is_postgres:
        port = "" if target.port == 5432 else f":{target.port}"
        return f"PostgreSQL {target.host}{port}/{target.database}"
    return f"SQLite {Path(target.path or '').name}"


def open_desk(auth: AuthService, target: ConnectionTarget, username: str, password: str, *,
              credentials: Credentials, remember: bool) -> OpenedDesk:
    """:func:`sign_in`, then the session's settings and any pending password reset.

    Only after a successful PostgreSQL login is the password remembered (if ``remember``) or any
    remembered one forgotten (if not); a SQLite file's password is never put in the keyring, and a
    password someone else set is not remembered either: the user's own one will be, once chosen.
    """
    result = sign_in(auth, target, username, password)
    try:
        minutes = SessionSettingsService(result.database, result.actor).idle_lock_minutes()
        reset = OwnPasswordService(result.database, result.actor).pending_reset()
    except BaseException:
        result.database.dispose()
        raise
    if target.is_postgres and reset is None:
        credentials.save_login(target.key, result.actor.username, password, remember=remember)
    return OpenedDesk(result, database_label(target), not target.is_postgres, minutes, reset)


def check_schema(database: Database) -> None:
    """Refuse a database whose schema is newer or older than this program's (an empty one is left to
    the login, which says it is not initialised)."""
    state = schema_version.schema_state(database.engine)
    if state == schema_version.SCHEMA_NEWER:
        raise SchemaTooNew()
    if state == schema_version.SCHEMA_OLDER:
        raise SchemaTooOld()


def _check_sqlite_schema(target: ConnectionTarget) -> None:
    database = Database(make_engine(target_url(target, "").render_as_string(hide_password=False)))
    try:
        check_schema(database)
    except DomainError:
        raise
    except Exception:
        return  # a damaged or locked file: the login's own classification says what it is
    finally:
        database.dispose()


def _driver_message(exc: BaseException) -> str:
    """The driver's text behind a ServerUnreachable (kept as its context by AuthService's ``from None``)."""
    return db_errors.driver_message(exc.__context__)
