"""Logging in: argon2id on SQLite, the person's own database login on PostgreSQL.

Errors never tell whether a username exists: every attempt — real or unknown name, locked or not,
active or not — costs exactly one argon2 verification, gets the same generic :class:`LoginFailed` and is
locked out after the same number of attempts. An unknown name's failures are kept in the database
(table unknown_login_name, keyed by an HMAC of the name), so a restart does not forget its lock.

On PostgreSQL the server checks the password (SCRAM): a wrong password never produces a connection,
so the failure is recorded by the server's own log (``log_connections``/authentication failures), not
in audit_event. Lockout there belongs to the server or the directory (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from db import audit, schema_version
from db import errors as db_errors
from db.base import utcnow
from db.database import Database, Session
from db.engine import DatabaseUrl, make_engine, postgres_url, sqlite_url
from db.repositories import settings, staff
from db.repositories.hetu import HMAC_KEY_NAME
from desktop.core import lockout
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Role
from desktop.services.auth_dtos import (
    AccountLocked,
    ConnectionTarget,
    DatabaseNotFound,
    LoginFailed,
    ServerTarget,
    ServerUnreachable,
)
from desktop.services.users import PASSWORD_HASHER

UNKNOWN_ACTOR = "(unknown)"  # the audit row of a failed login never repeats what was typed as a name


def target_url(target: ConnectionTarget, username: str) -> DatabaseUrl:
    """The URL ``username`` opens ``target`` with: a site's servers in failover order with its CA file, a
    server typed by hand, or a SQLite file."""
    if isinstance(target, ServerTarget):
        return postgres_url(username, target.servers, target.database or "", sslmode=target.sslmode,
                            sslrootcert=target.sslrootcert)
    if not target.is_postgres:
        return sqlite_url(target.path)
    return postgres_url(username, [(target.host or "", target.port)], target.database or "", sslmode=target.sslmode)


@dataclass(frozen=True, slots=True)
class LoginResult:
    database: Database
    actor: Actor


def _dummy_hash() -> str:
    # Verified against for unknown names so that they take as long as real ones (with the same settings).
    return _dummy_hash_by(PASSWORD_HASHER)


@functools.cache
def _dummy_hash_by(hasher: PasswordHasher) -> str:
    return hasher.hash("not a password of anyone")


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return PASSWORD_HASHER.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


class AuthService:
    def __init__(self, *, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.clock = clock

    def login(self, target: ConnectionTarget, username: str, password: str) -> LoginResult:
        """Open the database as ``username``; raises LoginFailed, AccountLocked, DatabaseNotFound or
        ServerUnreachable. The caller owns the returned database (``dispose()`` it on logout)."""
        if target.is_postgres:
            return self._login_postgres(target, username.strip(), password)
        if not target.path or not Path(target.path).is_file():
            raise DatabaseNotFound(N_("There is no database file at {path}. Check the path, and that the drive "
                                     "it is on is connected."), path=target.path or "")
        database = Database(make_engine(target_url(target, username).render_as_string(hide_password=False)))
        try:
            # A read-only, locked, full or damaged file is said as such, not as "something went wrong".
            with db_errors.classified(target.path):
                revisions = schema_version.current_revisions(database.engine)
            if not revisions:
                raise DatabaseNotFound(N_("The file {path} is not an initialised Palvelutiski database."),
                                       path=target.path)
            actor = self._check_sqlite(database, username.strip(), password)
        except BaseException:
            database.dispose()
            raise
        return LoginResult(database, actor)

    def reauthenticate(self, result: LoginResult, password: str) -> None:
        """Ask for the password again (idle lock); the same counting and lockout as a login."""
        if result.database.is_postgres:
            try:
                result.database.check_password(password)
            except Exception as exc:
                failure = db_errors.connect_failure(exc)
                if failure is None:
                    raise
                if failure == db_errors.CONNECT_REFUSED:
                    raise LoginFailed() from None
                raise ServerUnreachable(N_("The database server cannot be reached. Check the network connection, "
                                           "or ask IT whether the server is running; then try again.")) from None
            return
        actor = self._check_sqlite(result.database, result.actor.username, password)
        if actor.username != result.actor.username:
            raise LoginFailed()

    def record_session_locked(self, result: LoginResult) -> None:
        with result.database.transaction() as session:
            audit.append(session, result.actor, "session_locked")

    def logout(self, result: LoginResult) -> None:
        with result.database.transaction() as session:
            audit.append(session, result.actor, "logout")
        result.database.dispose()

    # --- PostgreSQL -----------------------------------------------------------------------------------

    def _login_postgres(self, target: ConnectionTarget, username: str, password: str) -> LoginResult:
        if not username or not password:
            raise LoginFailed()
        url = target_url(target, username).render_as_string(hide_password=False)
        database = Database(make_engine(url, password=password))
        try:
            actor = self._read_staff_row(database)
        except BaseException as caught:
            database.dispose()
            failure = db_errors.connect_failure(caught, target.database)
            if failure is None:
                raise
            if failure == db_errors.CONNECT_NO_DATABASE:
                raise DatabaseNotFound(N_("There is no database {name} on the server."),
                                       name=target.database or "") from None
            if failure == db_errors.CONNECT_REFUSED:
                raise LoginFailed() from None
            raise ServerUnreachable(N_("The database server {host} cannot be reached. Check the network "
                                       "connection, or ask IT whether the server is running; then try again."),
                                    host=target.host or "") from None
        return LoginResult(database, actor)

    @staticmethod
    def _read_staff_row(database: Database) -> Actor:
        with database.transaction() as session:
            row = staff.signed_in_user(session)
            # The staff row must agree with the group the server enforces, or the UI would offer
            # what the database then refuses.
            member = row is not None and staff.login_in_group(session, f"desk_{row.role}")
            if row is None or not row.active or not member:
                raise LoginFailed()
            actor = Actor(row.username, Role(row.role), row.display_name)
            staff.note_login(session)
            audit.append(session, actor, "login")
        return actor

    # --- SQLite ---------------------------------------------------------------------------------------

    def _check_sqlite(self, database: Database, username: str, password: str) -> Actor:
        now = self.clock()
        error: DomainError | None = None
        actor: Actor | None = None
        with database.transaction() as session:
            policy = _policy(session)
            # Every attempt opens the name key (from the keyring on an encrypted file, db.at_rest), known
            # name or not, so that neither the keyring's time nor a missing key tells names apart.
            name_key = _name_key(session)
            row = staff.by_username(session, username)
            # Exactly one argon2 verification on every path (locked, inactive and unknown names too):
            # the time of the answer must not tell which of them the name is.
            verified = _verify(row.password_hash if row is not None else None, password)
            if row is None:
                error = self._fail_unknown(session, name_key, username, now, policy)
            elif lockout.is_locked(row.locked_until, now):
                audit.append(session, row.username, "login_failed", detail={"reason": "locked"})
                error = AccountLocked(row.locked_until, now)  # type: ignore[arg-type]
            elif row.active and verified:
                row.failed_logins, row.locked_until = 0, None
                row.last_login_at = now
                if PASSWORD_HASHER.check_needs_rehash(row.password_hash or ""):
                    row.password_hash = PASSWORD_HASHER.hash(password)
                actor = Actor(row.username, Role(row.role), row.display_name)
                audit.append(session, actor, "login")
            else:
                state = lockout.after_failure(lockout.LockState(row.failed_logins, row.locked_until), now, policy)
                row.failed_logins, row.locked_until = state.failed_logins, state.locked_until
                reason = "password" if row.active else "inactive"
                audit.append(session, row.username, "login_failed", detail={"reason": reason})
                if state.just_locked:
                    audit.append(session, row.username, "account_locked",
                                 detail={"until": audit.timestamp_text(state.locked_until)})  # type: ignore[arg-type]
                    error = AccountLocked(state.locked_until, now)  # type: ignore[arg-type]
                else:
                    error = LoginFailed()
        # Raised after the commit: the failure count and the audit rows must survive the refusal.
        if error is not None:
            raise error
        assert actor is not None
        return actor

    def _fail_unknown(self, session: Session, name_key: bytes, username: str, now: dt.datetime,
                      policy: lockout.LockoutPolicy) -> DomainError:
        name_hash = hmac.new(name_key, username.encode("utf-8"), hashlib.sha256).digest()
        stored = staff.unknown_name(session, name_hash)
        state = lockout.LockState(stored.failed_logins, stored.locked_until)
        if lockout.is_locked(state.locked_until, now):
            audit.append(session, UNKNOWN_ACTOR, "login_failed", detail={"reason": "locked"})
            return AccountLocked(state.locked_until, now)  # type: ignore[arg-type]
        state = lockout.after_failure(state, now, policy)
        stored.failed_logins, stored.locked_until = state.failed_logins, state.locked_until
        audit.append(session, UNKNOWN_ACTOR, "login_failed", detail={"reason": "unknown_user"})
        if state.just_locked:
            return AccountLocked(state.locked_until, now)  # type: ignore[arg-type]
        return LoginFailed()


def _name_key(session: Session) -> bytes:
    """The key of the typed-name HMAC, derived from the database's own secret (the file never keeps a name)."""
    secret = settings.secret(session, HMAC_KEY_NAME) or b""
    return hmac.new(secret, b"palvelutiski unknown login name", hashlib.sha256).digest()


def _policy(session: Session) -> lockout.LockoutPolicy:
    keys = (lockout.SETTING_MAX_FAILURES, lockout.SETTING_LOCK_MINUTES)
    return lockout.LockoutPolicy.from_settings(settings.values(session, keys))
