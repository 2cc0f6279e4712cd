"""Reads of the audit log: the auditor's filtered page, one customer's accesses.

The append (and the sealing walk) stays in db/audit.py, the one implementation every path shares; this
module only reads. On PostgreSQL a supervisor may not read audit_event itself, so one customer's
accesses come from the security-definer function ``desk_customer_accesses`` (migration 0002).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent, Customer


def customer_by_number(session: Session, number: str) -> Customer | None:
    """The customer with this customer number (the auditor's way to name one), or None."""
    return session.scalar(select(Customer).where(Customer.customer_number == number))


def customer_id_by_number(session: Session, number: str) -> int | None:
    return session.scalar(select(Customer.id).where(Customer.customer_number == number))


def page(session: Session, *, limit: int, before_id: int | None = None, action: str | None = None,
         since: dt.datetime | None = None, until: dt.datetime | None = None,
         customer_id: int | None = None) -> list[tuple[Any, ...]]:
    """Newest first, at most ``limit`` rows older than ``before_id`` (keyset paging on the primary key):
    (id, occurred_at, actor, actor_role, action, customer_id, customer_number, purpose, detail)."""
    a = AuditEvent
    query = (select(a.id, a.occurred_at, a.actor, a.actor_role, a.action, a.customer_id,
                    Customer.customer_number, a.purpose, a.detail)
             .outerjoin(Customer, Customer.id == a.customer_id)
             .order_by(a.id.desc()).limit(limit))
    if before_id is not None:
        query = query.where(a.id < before_id)
    if action:
        query = query.where(a.action == action)
    if since is not None:
        query = query.where(a.occurred_at >= since)
    if until is not None:
        query = query.where(a.occurred_at < until)
    if customer_id is not None:
        query = query.where(a.customer_id == customer_id)
    return [tuple(row) for row in session.execute(query)]


def customer_accesses(session: Session, customer_id: int) -> list[tuple[dt.datetime, str, str, str, str | None]]:
    """Every audited action on the customer, oldest first: (occurred_at, actor, actor_role, action, purpose)."""
    if session.get_bind().dialect.name == "postgresql":
        # Supervisors may not read audit_event itself; this function returns only these columns.
        rows = session.execute(
            text("SELECT occurred_at, actor, actor_role, action, purpose FROM desk_customer_accesses(:cid)"),
            {"cid": customer_id})
    else:
        rows = session.execute(
            select(AuditEvent.occurred_at, AuditEvent.actor, AuditEvent.actor_role, AuditEvent.action,
                   AuditEvent.purpose)
            .where(AuditEvent.customer_id == customer_id)
            .order_by(AuditEvent.id))
    return [tuple(row) for row in rows]  # type: ignore[misc]
