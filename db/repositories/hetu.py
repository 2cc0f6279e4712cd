"""The identity-code vault: exact lookup, reveal and storing, audited, on both databases.

On PostgreSQL every call goes through the SECURITY DEFINER functions of migration 0002 (desk roles
cannot read person_hetu or the HMAC key; the function writes the audit row in the same transaction).
On SQLite the same rules are applied here: HMAC-SHA256 blind index with the key from database_secret,
the audit row through db.audit.append. Only an exact, complete 11-character code can match; nothing
here accepts a prefix, a pattern or a range. A full code never goes into an exception or audit row.
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from db import audit
from db.database import Database
from db.models import DatabaseSecret, PersonHetu
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
    session.add(DatabaseSecret(name=HMAC_KEY_NAME, value=key))
    session.flush()
    return key


def _key(session: Session) -> bytes:
    key = session.scalar(select(DatabaseSecret.value).where(DatabaseSecret.name == HMAC_KEY_NAME))
    if key is None:
        raise HetuKeyMissing()
    return key


def _normalise(code: str) -> str:
    return (code or "").strip().upper()


def translate_refusal(exc: DBAPIError, permission: Permission) -> None:
    """PostgreSQL's refusals as the desk's own errors (the caller re-raises anything else)."""
    sqlstate = getattr(exc.orig, "sqlstate", None)
    if sqlstate == "42501":
        raise PermissionDenied(permission) from None
    if sqlstate == "55000":
        raise HetuKeyMissing() from None


def lookup_in(session: Session, actor: Actor, code: str, *, purpose: str | None = None) -> int | None:
    """The customer id whose code is exactly ``code``, or None; audited as hetu_search either way."""
    actor.require(Permission.READ_CUSTOMER)
    if session.get_bind().dialect.name == "postgresql":
        try:
            return session.scalar(text("SELECT desk_hetu_lookup(:code, :purpose, :actor, :role)"),
                                  {"code": code, "purpose": purpose, "actor": actor.username,
                                   "role": actor.role.value})
        except DBAPIError as exc:
            translate_refusal(exc, Permission.READ_CUSTOMER)
            raise
    # The session's own sqlite3 connection, so the audit row commits or rolls back with its transaction.
    return lookup_on_sqlite_driver(session.connection().connection.driver_connection, actor, code, purpose=purpose)


_KEY_SQL = "SELECT value FROM database_secret WHERE name = ?"
_BY_BLIND_INDEX = "SELECT customer_id FROM person_hetu WHERE blind_index = ?"


def lookup_on_sqlite_driver(conn: Any, actor: Actor, code: str, *, purpose: str | None = None) -> int | None:
    """:func:`lookup_in` on a sqlite3 connection inside its write transaction (a session's, or db.direct's)."""
    actor.require(Permission.READ_CUSTOMER)
    key = conn.execute(_KEY_SQL, (HMAC_KEY_NAME,)).fetchone()
    if key is None:
        raise HetuKeyMissing()
    normalised = _normalise(code)
    customer_id = None
    if len(normalised) == _CODE_SHAPE_LENGTH and normalised.isascii():
        found = conn.execute(_BY_BLIND_INDEX, (blind_index(normalised, key[0]),)).fetchone()
        customer_id = found[0] if found else None
    audit.append_on_sqlite_driver(conn, actor, "hetu_search", customer_id=customer_id, purpose=purpose,
                                  detail={"found": customer_id is not None})
    return customer_id


def reveal_in(session: Session, actor: Actor, customer_id: int, reason: str) -> str:
    """The full code for a supervisor; the (redacted) reason is audited as hetu_reveal."""
    actor.require(Permission.REVEAL_HETU)
    reason = clean_text(reason or "").strip()  # PostgreSQL text cannot hold a pasted NUL
    if not reason:
        raise ReasonRequired()
    if session.get_bind().dialect.name == "postgresql":
        try:
            code = session.scalar(text("SELECT desk_hetu_reveal(:cid, :reason, :actor, :role)"),
                                  {"cid": customer_id, "reason": reason, "actor": actor.username,
                                   "role": actor.role.value})
        except DBAPIError as exc:
            translate_refusal(exc, Permission.REVEAL_HETU)
            raise
    else:
        code = session.scalar(select(PersonHetu.hetu).where(PersonHetu.customer_id == customer_id))
        audit.append(session, actor, "hetu_reveal", customer_id=customer_id, detail={"reason": redact(reason)})
    if code is None:
        raise NoHetu()
    return code


def store(session: Session, customer_id: int, code: str, *, is_temporary: bool = False,
          source: str = "contract") -> None:
    """Record a customer's code (validate it first with desktop.core.hetu.parse)."""
    normalised = _normalise(code)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT desk_hetu_store(:cid, :code, :temporary, :source)"),
                        {"cid": customer_id, "code": normalised, "temporary": is_temporary, "source": source})
        return
    session.add(PersonHetu(customer_id=customer_id, hetu=normalised, blind_index=blind_index(normalised, _key(session)),
                           is_temporary=is_temporary, source=source))
    session.flush()


def lookup(database: Database, actor: Actor, code: str, *, purpose: str | None = None) -> int | None:
    """:func:`lookup_in` in its own transaction (the audit row commits with it)."""
    with database.transaction() as session:
        return lookup_in(session, actor, code, purpose=purpose)


def reveal(database: Database, actor: Actor, customer_id: int, reason: str) -> str:
    """:func:`reveal_in` in its own transaction. A missing code still leaves the audit row of the attempt."""
    missing: NoHetu | None = None
    with database.transaction() as session:
        try:
            return reveal_in(session, actor, customer_id, reason)
        except NoHetu as exc:
            missing = exc
    raise missing


def masked(session: Session, customer_id: int) -> str | None:
    """The masked code as the customer_masked view shows it (None for companies and unknown codes)."""
    return session.scalar(text("SELECT masked_hetu FROM customer_masked WHERE id = :cid"), {"cid": customer_id})
