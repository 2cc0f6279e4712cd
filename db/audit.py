"""The tamper-evident audit log: rows appended freely, then sealed into a SHA-256 chain in order.

Appending is a plain INSERT that takes no lock any other workstation could be made to wait on, and an
audit row is never changed. The database's one sealer then gives each committed, unsealed row the
next position in the chain, as an audit_seal row::

    row_hash = sha256("v2" ␟ prev_hash ␟ seal_no ␟ id ␟ occurred_at ␟ actor ␟ role ␟ action
                      ␟ customer_id ␟ purpose ␟ detail)

with ␟ the unit separator, so the row's id and position are inside its hash (renumbering shows).
On PostgreSQL the sealer is ``desk_audit_seal`` (db/sql/0016_postgresql_up.sql), which every audited
function runs after its insert; on SQLite :func:`seal_on_sqlite_driver` runs in the same transaction
as the insert. ``detail`` is stored as canonical JSON text and hashed exactly as stored. Never put a
full hetu into a row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from typing import Any, NamedTuple

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import AuditEvent, AuditSeal
from desktop.core.roles import Actor

GENESIS = "0" * 64
SEP = "\x1f"
HASH_VERSION = "v2"

def canonical_detail(detail: dict[str, Any] | None) -> str | None:
    if detail is None:
        return None
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def timestamp_text(ts: dt.datetime) -> str:
    return ts.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def row_hash(prev_hash: str, seal_no: int, event_id: int, occurred_at: dt.datetime, actor: str,
             actor_role: str | None, action: str, customer_id: int | None, purpose: str | None,
             detail: str | None) -> str:
    fields = [HASH_VERSION, prev_hash, str(seal_no), str(event_id), timestamp_text(occurred_at), actor,
              actor_role or "", action, "" if customer_id is None else str(customer_id), purpose or "",
              detail or ""]
    return hashlib.sha256(SEP.join(fields).encode("utf-8")).hexdigest()


def append(session: Session, actor: Actor | str, action: str, *, customer_id: int | None = None,
           purpose: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """Append one audit row inside the caller's transaction (so it commits or rolls back with the change).

    For reads of personal data the caller commits before showing anything; the identity-code reads
    go further on PostgreSQL (their answer is only handed out after the audit row is committed).
    """
    username = actor if isinstance(actor, str) else actor.username
    role = None if isinstance(actor, str) else actor.role.value
    detail_text = canonical_detail(detail)
    if session.get_bind().dialect.name == "postgresql":
        # Desk roles may not read or write audit_event; the SECURITY DEFINER function appends for them
        # and records a staff login under its own session_user name, whatever is passed here.
        session.execute(
            text("SELECT desk_audit_append(:actor, :role, :action, :customer_id, :purpose, :detail)"),
            {"actor": username, "role": role, "action": action, "customer_id": customer_id,
             "purpose": purpose, "detail": detail_text},
        )
        return
    session.flush()  # the ORM's pending rows first: the driver connection below bypasses the session
    _append_sqlite(session.connection().connection.driver_connection, username, role, action, customer_id,
                   purpose, detail_text)


def append_on_sqlite_driver(conn: Any, actor: Actor | str, action: str, *, customer_id: int | None = None,
                            purpose: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """:func:`append` on a sqlite3 connection inside its write transaction (a session's, or db.direct's)."""
    username = actor if isinstance(actor, str) else actor.username
    role = None if isinstance(actor, str) else actor.role.value
    _append_sqlite(conn, username, role, action, customer_id, purpose, canonical_detail(detail))


_INSERT = ("INSERT INTO audit_event (occurred_at, actor, actor_role, action, customer_id, purpose, detail)"
           " VALUES (?, ?, ?, ?, ?, ?, ?)")


def _append_sqlite(conn: Any, username: str, role: str | None, action: str, customer_id: int | None,
                   purpose: str | None, detail_text: str | None) -> None:
    # The timestamp in SQLAlchemy's SQLite text format, so ORM reads give back the same datetime.
    conn.execute(_INSERT, (utcnow().strftime("%Y-%m-%d %H:%M:%S.%f"), username, role, action, customer_id,
                           purpose, detail_text))
    seal_on_sqlite_driver(conn)


_HEAD = "SELECT seal_no, row_hash FROM audit_seal ORDER BY seal_no DESC LIMIT 1"
# SQLite has one writer at a time and seals in the appending transaction: nothing can commit late.
_UNSEALED = ("SELECT id, occurred_at, actor, actor_role, action, customer_id, purpose, detail FROM audit_event e"
             " WHERE e.id > (SELECT coalesce(max(event_id), 0) FROM audit_seal) ORDER BY id")
_SEAL = "INSERT INTO audit_seal (seal_no, event_id, prev_hash, row_hash) VALUES (?, ?, ?, ?)"


def seal_on_sqlite_driver(conn: Any) -> int:
    """Seal every unsealed row, in id order, onto the head (SQLite serialises writers: no lock needed)."""
    head = conn.execute(_HEAD).fetchone()
    seal_no, prev = (head[0], head[1]) if head else (0, GENESIS)
    rows = conn.execute(_UNSEALED).fetchall()
    for event_id, occurred_at, actor, role, action, customer_id, purpose, detail in rows:
        seal_no += 1
        prev_hash, prev = prev, row_hash(prev, seal_no, event_id, _parse_sqlite_time(occurred_at), actor, role,
                                         action, customer_id, purpose, detail)
        conn.execute(_SEAL, (seal_no, event_id, prev_hash, prev))
    return len(rows)


def seal(session: Session) -> int:
    """Seal what is waiting (the auditor's verification does this first); the number of rows sealed."""
    if session.get_bind().dialect.name == "postgresql":
        return int(session.scalar(text("SELECT desk_audit_seal()")) or 0)
    session.flush()
    return seal_on_sqlite_driver(session.connection().connection.driver_connection)


def _parse_sqlite_time(value: Any) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return dt.datetime.fromisoformat(str(value)).replace(tzinfo=dt.UTC)


class SealedRow(NamedTuple):
    """A seal and the audit row it seals (the row's fields are None when the row is gone)."""

    id: int
    seal_no: int
    occurred_at: dt.datetime | None
    actor: str | None
    actor_role: str | None
    action: str | None
    customer_id: int | None
    purpose: str | None
    detail: str | None
    prev_hash: str
    row_hash: str

    @property
    def present(self) -> bool:
        return self.actor is not None


def sealed_rows(session: Session, *, after_seal_no: int = 0) -> Iterator[SealedRow]:
    """The chain in seal order with the rows it seals, streamed (server-side cursor on PostgreSQL)."""
    result = session.execute(
        select(AuditSeal.event_id, AuditSeal.seal_no, AuditEvent.occurred_at, AuditEvent.actor,
               AuditEvent.actor_role, AuditEvent.action, AuditEvent.customer_id, AuditEvent.purpose,
               AuditEvent.detail, AuditSeal.prev_hash, AuditSeal.row_hash)
        .outerjoin(AuditEvent, AuditEvent.id == AuditSeal.event_id)
        .where(AuditSeal.seal_no > after_seal_no)
        .order_by(AuditSeal.seal_no)
        .execution_options(yield_per=5000)
    )
    try:
        for row in result:
            yield SealedRow(*row)
    finally:
        result.close()  # leaving early must close PostgreSQL's server-side cursor at once


def unsealed_count(session: Session) -> int:
    """Audit rows without a seal (the auditor's verification; reads the whole log)."""
    sealed = select(AuditSeal.event_id).where(AuditSeal.event_id == AuditEvent.id).exists()
    return int(session.scalar(select(func.count()).select_from(AuditEvent).where(~sealed)) or 0)


def head(session: Session) -> tuple[int, str]:
    """The chain's last position and hash ((0, GENESIS) for an empty chain); every desk role may ask."""
    if session.get_bind().dialect.name == "postgresql":
        row = session.execute(text("SELECT seal_no, row_hash FROM desk_audit_head()")).one()
    else:
        row = session.execute(select(AuditSeal.seal_no, AuditSeal.row_hash).order_by(AuditSeal.seal_no.desc())
                              .limit(1)).one_or_none()
    return (0, GENESIS) if row is None or not row[0] else (int(row[0]), str(row[1]))


def extends(session: Session, seal_no: int, hash_: str) -> bool:
    """Whether the chain still carries ``hash_`` at position ``seal_no`` (a receipt taken earlier)."""
    if seal_no == 0:
        return True
    if session.get_bind().dialect.name == "postgresql":
        return bool(session.scalar(text("SELECT desk_audit_extends(:n, :h)"), {"n": seal_no, "h": hash_}))
    return session.scalar(select(AuditSeal.event_id).where(AuditSeal.seal_no == seal_no,
                                                           AuditSeal.row_hash == hash_.lower())) is not None
