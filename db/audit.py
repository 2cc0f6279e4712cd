"""The tamper-evident audit log: append-only rows chained by SHA-256.

``row_hash = sha256(prev_hash + "\\x1f" + canonical(row))`` where ``canonical`` joins the fields with
the unit separator. ``detail`` is stored as canonical JSON text and hashed exactly as stored, so the
chain can be verified without re-serialising anything. Never put a full hetu into a row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.base import utcnow
from db.models import AuditEvent
from desktop.core.roles import Actor

GENESIS = "0" * 64
SEP = "\x1f"


def canonical_detail(detail: dict[str, Any] | None) -> str | None:
    if detail is None:
        return None
    return json.dumps(detail, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def timestamp_text(ts: dt.datetime) -> str:
    return ts.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def row_hash(prev_hash: str, occurred_at: dt.datetime, actor: str, actor_role: str | None, action: str,
             customer_id: int | None, purpose: str | None, detail: str | None) -> str:
    fields = [prev_hash, timestamp_text(occurred_at), actor, actor_role or "", action,
              "" if customer_id is None else str(customer_id), purpose or "", detail or ""]
    return hashlib.sha256(SEP.join(fields).encode("utf-8")).hexdigest()


def append(session: Session, actor: Actor | str, action: str, *, customer_id: int | None = None,
           purpose: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """Append one audit row inside the caller's transaction (so it commits or rolls back with the change)."""
    username = actor if isinstance(actor, str) else actor.username
    role = None if isinstance(actor, str) else actor.role.value
    detail_text = canonical_detail(detail)
    if session.get_bind().dialect.name == "postgresql":
        # Desk roles may not read or write audit_event; the SECURITY DEFINER function appends for them
        # (advisory lock, same hash as below) and records a staff login under its own session_user name.
        session.execute(
            text("SELECT desk_audit_append(:actor, :role, :action, :customer_id, :purpose, :detail)"),
            {"actor": username, "role": role, "action": action, "customer_id": customer_id,
             "purpose": purpose, "detail": detail_text},
        )
        return
    prev = session.scalar(select(AuditEvent.row_hash).order_by(AuditEvent.id.desc()).limit(1)) or GENESIS
    now = utcnow()
    session.add(AuditEvent(
        occurred_at=now, actor=username, actor_role=role, action=action, customer_id=customer_id,
        purpose=purpose, detail=detail_text, prev_hash=prev,
        row_hash=row_hash(prev, now, username, role, action, customer_id, purpose, detail_text),
    ))
    session.flush()


_LAST_HASH = "SELECT row_hash FROM audit_event ORDER BY id DESC LIMIT 1"
_INSERT = ("INSERT INTO audit_event (occurred_at, actor, actor_role, action, customer_id, purpose, detail,"
           " prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def append_on_sqlite_driver(conn: Any, actor: Actor, action: str, *, customer_id: int | None = None,
                            purpose: str | None = None, detail: dict[str, Any] | None = None) -> None:
    """:func:`append` on the sqlite3 connection of db.direct, inside its BEGIN IMMEDIATE transaction.

    The same row as the ORM path writes: the timestamp in SQLAlchemy's SQLite text format, hashed alike.
    """
    username, role = actor.username, actor.role.value
    detail_text = canonical_detail(detail)
    prev = conn.execute(_LAST_HASH).fetchone()
    prev_hash = prev[0] if prev else GENESIS
    now = utcnow()
    conn.execute(_INSERT, (now.strftime("%Y-%m-%d %H:%M:%S.%f"), username, role, action, customer_id, purpose,
                           detail_text, prev_hash,
                           row_hash(prev_hash, now, username, role, action, customer_id, purpose, detail_text)))
