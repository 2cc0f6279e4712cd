"""The identity-code vault: exact lookup, reveal and storing, audited, on both databases.

On PostgreSQL every call goes through the SECURITY DEFINER functions of migration 0016 (desk roles
cannot read person_hetu or the HMAC key; a lookup or reveal is asked for in one transaction, which
commits its audit row, and its answer handed out in the next). On SQLite the same rules are applied
here: HMAC-SHA256 blind index with the key from database_secret, the audit row through db.audit, the
same quota of lookups that find nobody; the code and the key are encrypted in the file (db.at_rest). Only an exact, complete 11-character code can match; nothing
here accepts a prefix, a pattern or a range. A full code never goes into an exception or audit row.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db import at_rest, audit
from db.database import Database
from db.models import DatabaseSecret, PersonHetu
from db.repositories import hetu_quota as sqlite_quota
from desktop.core.errors import DomainError
from desktop.core.hetu import blind_index, redact
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission, PermissionDenied
from desktop.core.text import clean_text

HMAC_KEY_NAME = "hetu_hmac"
_CODE_SHAPE_LENGTH = 11


class HetuKeyMissing(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("The database has not been initialised: the identity-code key is missing."))


class ReasonRequired(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("State the reason for showing the full personal identity code."))


class NoHetu(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("No personal identity code is recorded for this customer."))


def install_key(session: Session, key: bytes | None = None) -> bytes:
    """Create the per-database HMAC key (at initialisation; run by the owner/superuser on PostgreSQL)."""
    key = key if key is not None else secrets.token_bytes(32)
    # SQLite: encrypted with the file's data key (db.at_rest); PostgreSQL: stored as it is.
    session.add(DatabaseSecret(name=HMAC_KEY_NAME, value=at_rest.seal_secret(session, key)))
    session.flush()
    return key


def _key(session: Session) -> bytes:
    key = session.scalar(select(DatabaseSecret.value).where(DatabaseSecret.name == HMAC_KEY_NAME))
    if key is None:
        raise HetuKeyMissing()
    return at_rest.open_secret(session, key)  # type: ignore[return-value]


def _normalise(code: str) -> str:
    return (code or "").strip().upper()


def translate_refusal(exc: DBAPIError, permission: Permission) -> None:
    """PostgreSQL's refusals as the desk's own errors (the caller re-raises anything else)."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate == "42501":
        raise PermissionDenied(permission) from None
    if sqlstate == "55000":
        raise HetuKeyMissing() from None
    if sqlstate == SUSPENDED_SQLSTATE:
        raise LookupsSuspended() from None


class LookupsSuspended(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("Identity-code searches are suspended for your user name after too many searches that "
                            "found nobody. Ask a supervisor to release them."))


# desk_hetu_redeem's refusal of a suspended login (db/sql/0016_postgresql_up.sql).
SUSPENDED_SQLSTATE = "DK001"
DEFAULT_MISSES_PER_HOUR = 10
MISSES_SETTING = "hetu_lookup_misses_per_hour"

# PostgreSQL: the request commits its audit row (own statement, autocommit or its own transaction);
# only then does the result function hand out the answer (db/sql/0016_postgresql_up.sql).
LOOKUP_REQUEST = "SELECT desk_hetu_lookup_request(:code, :purpose, :actor, :role)"
LOOKUP_RESULT = "SELECT desk_hetu_lookup_result(:ticket)"
_REVEAL_REQUEST = "SELECT desk_hetu_reveal_request(:cid, :reason, :actor, :role)"
_REVEAL_RESULT = "SELECT desk_hetu_reveal_result(:ticket)"


def _pg_scalar(database: Database, statement: str, params: dict[str, Any], permission: Permission) -> Any:
    """One statement in its own committed transaction, PostgreSQL's refusals translated."""
    with database.transaction() as session:
        try:
            return session.scalar(text(statement), params)
        except DBAPIError as exc:
            translate_refusal(exc, permission)
            raise


def lookup(database: Database, actor: Actor, code: str, *, purpose: str | None = None) -> int | None:
    """The customer id whose code is exactly ``code``, or None; audited as hetu_search either way.

    On PostgreSQL the audit row is committed before the answer is asked for; on SQLite both happen in
    one transaction of the desk's own.
    """
    actor.require(Permission.READ_CUSTOMER)
    if database.is_postgres:
        ticket = _pg_scalar(database, LOOKUP_REQUEST, {"code": code, "purpose": purpose, "actor": actor.username,
                                                       "role": actor.role.value}, Permission.READ_CUSTOMER)
        return _pg_scalar(database, LOOKUP_RESULT, {"ticket": ticket}, Permission.READ_CUSTOMER)
    with database.transaction() as session:
        found = lookup_on_sqlite_driver(session.connection().connection.driver_connection, actor, code,
                                        purpose=purpose)
    if isinstance(found, Suspended):
        raise LookupsSuspended()
    return found


def suspended_in(session: Session) -> list[tuple[str, dt.datetime, int]]:
    """Logins whose identity-code searches are suspended: (username, since, misses), oldest first."""
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(text("SELECT username, suspended_at, misses FROM desk_hetu_suspended_logins()"))
        return [(r[0], r[1], r[2]) for r in rows]
    return sqlite_quota.suspended(session.connection().connection.driver_connection)


def release(database: Database, actor: Actor, username: str) -> bool:
    """A supervisor releases another login's suspended searches (audited); False if none were suspended."""
    actor.require(Permission.RELEASE_HETU_LOOKUPS)
    if database.is_postgres:
        return bool(_pg_scalar(database, "SELECT desk_hetu_release_login(:u, :actor, :role)",
                               {"u": username, "actor": actor.username, "role": actor.role.value},
                               Permission.RELEASE_HETU_LOOKUPS))
    if username == actor.username:
        raise PermissionDenied(Permission.RELEASE_HETU_LOOKUPS)
    with database.transaction() as session:
        conn = session.connection().connection.driver_connection
        released = sqlite_quota.release(conn, username)
        if released:
            audit.append_on_sqlite_driver(conn, actor, "hetu_lookups_released", detail={"username": username})
    return released


_KEY_SQL = "SELECT value FROM database_secret WHERE name = ?"
_BY_BLIND_INDEX = "SELECT customer_id FROM person_hetu WHERE blind_index = ?"


class Suspended:
    """What a suspended login's lookup answers on SQLite: the caller raises LookupsSuspended once the
    transaction holding the refusal's audit row has committed."""


SUSPENDED = Suspended()


def lookup_on_sqlite_driver(conn: Any, actor: Actor, code: str, *,
                            purpose: str | None = None) -> int | Suspended | None:
    """:func:`lookup` on a sqlite3 connection inside its write transaction (a session's, or db.direct's)."""
    actor.require(Permission.READ_CUSTOMER)
    key = conn.execute(_KEY_SQL, (HMAC_KEY_NAME,)).fetchone()
    if key is None:
        raise HetuKeyMissing()
    quota = sqlite_quota.load(conn, actor.username)
    if quota.suspended:
        audit.append_on_sqlite_driver(conn, actor, "hetu_search_refused", purpose=purpose,
                                      detail={"reason": "suspended"})
        return SUSPENDED
    hmac_key = at_rest.open_secret(conn, key[0])
    normalised = _normalise(code)
    customer_id = None
    if len(normalised) == _CODE_SHAPE_LENGTH and normalised.isascii():
        found = conn.execute(_BY_BLIND_INDEX, (blind_index(normalised, hmac_key),)).fetchone()
        customer_id = found[0] if found else None
    audit.append_on_sqlite_driver(conn, actor, "hetu_search", customer_id=customer_id, purpose=purpose,
                                  detail={"found": customer_id is not None})
    if sqlite_quota.count(conn, quota, found=customer_id is not None, limit=_miss_limit(conn)):
        audit.append_on_sqlite_driver(conn, actor, "hetu_lookups_suspended",
                                      detail={"misses": quota.misses, "username": actor.username})
    return customer_id


def _miss_limit(conn: Any) -> int:
    row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (MISSES_SETTING,)).fetchone()
    return int(row[0]) if row and str(row[0]).isdigit() else DEFAULT_MISSES_PER_HOUR


def reveal(database: Database, actor: Actor, customer_id: int, reason: str) -> str:
    """The full code for a supervisor; the (redacted) reason is audited as hetu_reveal, committed first.

    A missing code still leaves the audit row of the attempt.
    """
    actor.require(Permission.REVEAL_HETU)
    reason = clean_text(reason or "").strip()  # PostgreSQL text cannot hold a pasted NUL
    if not reason:
        raise ReasonRequired()
    if database.is_postgres:
        ticket = _pg_scalar(database, _REVEAL_REQUEST, {"cid": customer_id, "reason": reason,
                                                        "actor": actor.username, "role": actor.role.value},
                            Permission.REVEAL_HETU)
        code = _pg_scalar(database, _REVEAL_RESULT, {"ticket": ticket}, Permission.REVEAL_HETU)
    else:
        with database.transaction() as session:
            audit.append(session, actor, "hetu_reveal", customer_id=customer_id, detail={"reason": redact(reason)})
            stored = session.scalar(select(PersonHetu.hetu).where(PersonHetu.customer_id == customer_id))
            code = None if stored is None else at_rest.open_hetu(session, stored)
    if code is None:
        raise NoHetu()
    return code


def store(session: Session, customer_id: int, code: str, *, is_temporary: bool = False,
          source: str = "contract") -> None:
    """Record a customer's code (validate it first with desktop.core.hetu.parse). Maintenance only."""
    normalised = _normalise(code)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT desk_hetu_store(:cid, :code, :temporary, :source)"),
                        {"cid": customer_id, "code": normalised, "temporary": is_temporary, "source": source})
        return
    key = _key(session)
    sealed = at_rest.cipher(session, create=True).seal_hetu(normalised)  # type: ignore[union-attr]
    session.add(PersonHetu(customer_id=customer_id, hetu=sealed, blind_index=blind_index(normalised, key),
                           is_temporary=is_temporary, source=source))
    session.flush()


def masked(session: Session, customer_id: int) -> str | None:
    """The masked code as the customer_masked view shows it (None for companies and unknown codes)."""
    return session.scalar(text("SELECT masked_hetu FROM customer_masked WHERE id = :cid"), {"cid": customer_id})
