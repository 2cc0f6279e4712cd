"""The reads behind each role's start page ("Tänään"): open requests, recent calls and customers, staff
sign-ins, today's notable audit rows. Plain, bounded queries; the rules (what is due soon, who may see
what) live in desktop.services.worklist.

A desk user's own recently opened customers come from the audit log's ``customer_opened`` rows. Desk
roles cannot read ``audit_event`` on PostgreSQL, so there they go through ``desk_my_recent_customers``
(migration 0008), which returns only the calling login's own rows and nothing but customer id and time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db import audit
from db.models import AuditEvent, AuditSeal, Call, Customer, DataRequest, StaffUser


@dataclass(frozen=True, slots=True)
class CustomerRef:
    id: int
    number: str
    name: str


def _customer_ref(customer: Customer | None) -> CustomerRef | None:
    return None if customer is None else CustomerRef(customer.id, customer.customer_number, customer.display_name)


def open_requests(session: Session, closed_states: frozenset[str], *,
                  assigned_to: str | None = None) -> list[tuple[DataRequest, CustomerRef | None]]:
    """Requests not closed (all of them, or those assigned to ``assigned_to`` or claimed by them: the
    agent's own work), with their customer."""
    query = (select(DataRequest, Customer).outerjoin(Customer, Customer.id == DataRequest.customer_id)
             .where(DataRequest.state.not_in(sorted(closed_states))).order_by(DataRequest.due_on, DataRequest.id))
    if assigned_to is not None:
        query = query.where((DataRequest.assigned_to == assigned_to) | (DataRequest.claimed_by == assigned_to))
    return [(request, _customer_ref(customer)) for request, customer in session.execute(query)]


def recent_calls(session: Session, username: str, since: dt.datetime,
                 limit: int) -> list[tuple[Call, CustomerRef | None]]:
    """The user's calls started since ``since``, newest first."""
    query = (select(Call, Customer).outerjoin(Customer, Customer.id == Call.customer_id)
             .where(Call.agent_username == username, Call.started_at >= since)
             .order_by(Call.started_at.desc(), Call.id.desc()).limit(limit))
    return [(call, _customer_ref(customer)) for call, customer in session.execute(query)]


_MY_RECENT = text("SELECT customer_id, last_opened_at FROM desk_my_recent_customers(:username, :since, :n)")


def recently_opened(session: Session, username: str, since: dt.datetime,
                    limit: int) -> list[tuple[CustomerRef, dt.datetime]]:
    """Customers the user opened since ``since`` (each once, at its last opening), newest first."""
    if session.get_bind().dialect.name == "postgresql":
        opened = session.execute(_MY_RECENT, {"username": username, "since": since, "n": limit}).all()
    else:
        last = func.max(AuditEvent.occurred_at)
        opened = session.execute(
            select(AuditEvent.customer_id, last)
            .where(AuditEvent.action == "customer_opened", AuditEvent.actor == username,
                   AuditEvent.occurred_at >= since,
                   AuditEvent.customer_id.is_not(None))
            .group_by(AuditEvent.customer_id).order_by(last.desc()).limit(limit)).all()
    customers = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_([r[0] for r in opened])))}
    return [(CustomerRef(cid, customers[cid].customer_number, customers[cid].display_name), _aware(at))
            for cid, at in opened if cid in customers]


def _aware(value: dt.datetime | str) -> dt.datetime:
    """The aggregate loses the column type on SQLite (text back); the stored value is UTC."""
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def staff_users(session: Session) -> list[StaffUser]:
    return list(session.scalars(select(StaffUser).order_by(StaffUser.role, StaffUser.username)))


def audit_counts(session: Session, since: dt.datetime, actions: tuple[str, ...]) -> dict[str, int]:
    """How many rows of each of ``actions`` were written since ``since``."""
    query = (select(AuditEvent.action, func.count()).where(AuditEvent.action.in_(actions),
                                                           AuditEvent.occurred_at >= since)
             .group_by(AuditEvent.action))
    return {action: count for action, count in session.execute(query)}


def audit_rows(session: Session, since: dt.datetime, actions: tuple[str, ...], limit: int) -> list[AuditEvent]:
    """The newest rows of ``actions`` written since ``since``."""
    query = (select(AuditEvent).where(AuditEvent.action.in_(actions), AuditEvent.occurred_at >= since)
             .order_by(AuditEvent.id.desc()).limit(limit))
    return list(session.scalars(query))


def customer_numbers(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return dict(session.execute(select(Customer.id, Customer.customer_number).where(Customer.id.in_(ids))).all())


def chain_since(session: Session, since: dt.datetime) -> tuple[int, str, list[audit.SealedRow]]:
    """Where this day's part of the chain starts (position and the hash it must follow) and its rows in
    seal order. The auditor's start page checks that part of the chain."""
    first = session.scalar(select(func.min(AuditSeal.seal_no)).join(AuditEvent, AuditEvent.id == AuditSeal.event_id)
                           .where(AuditEvent.occurred_at >= since))
    if first is None:
        return 0, audit.GENESIS, []
    prev = session.scalar(select(AuditSeal.row_hash).where(AuditSeal.seal_no == first - 1)) if first > 1 else None
    return first, prev or audit.GENESIS, list(audit.sealed_rows(session, after_seal_no=first - 1))


__all__ = ["CustomerRef", "audit_counts", "audit_rows", "chain_since", "customer_numbers", "open_requests",
           "recent_calls", "recently_opened", "staff_users"]
