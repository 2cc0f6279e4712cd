"""The request aggregate's queries: the request and its history, the queue, claims, staff names, settings.

Plain, bounded queries taking the caller's Session first; the rules (state moves, when a claim lapses,
who may sign off) live in desktop.core and are applied by desktop.services.requests / request_claims.
The one dialect branch is the reference number (:func:`next_reference`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import case, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from db.models import AppSetting, Customer, DataRequest, RequestEvent, StaffUser
from desktop.core.queue_filter import UNASSIGNED, QueueFilter

AWAITING_SIGN_OFF = "awaiting_sign_off"
ON_HOLD = "on_hold"


def setting(session: Session, key: str) -> str | None:
    """An app_setting value as stored (text), or None when it is not set."""
    return session.scalar(select(AppSetting.value).where(AppSetting.key == key))


def preparer(session: Session, request_id: int) -> str | None:
    """Who last sent the request for sign-off (the username on its latest "→ awaiting sign-off")."""
    return session.scalar(select(RequestEvent.actor_username).where(
        RequestEvent.request_id == request_id, RequestEvent.to_state == AWAITING_SIGN_OFF)
        .order_by(RequestEvent.id.desc()).limit(1))


def display_names(session: Session, usernames: set[str]) -> dict[str, str]:
    """Each staff username's display name (the username itself where none is recorded)."""
    if not usernames:
        return {}
    rows = session.execute(select(StaffUser.username, StaffUser.display_name)
                           .where(StaffUser.username.in_(sorted(usernames))))
    return {username: display_name or username for username, display_name in rows}


def lapsed_claims(session: Session, active_before: dt.datetime, limit: int = 500) -> list[DataRequest]:
    """Claimed requests whose last activity is older than ``active_before`` (oldest first)."""
    return list(session.scalars(select(DataRequest).where(
        DataRequest.claimed_by.is_not(None), DataRequest.claim_active_at < active_before)
        .order_by(DataRequest.claim_active_at, DataRequest.id).limit(limit)))


def _queue_filter(closed_states: frozenset[str], chosen: QueueFilter, today: dt.date) -> list[Any]:
    where: list[Any] = []
    if not chosen.include_closed:
        where.append(DataRequest.state.not_in(sorted(closed_states)))
    if not chosen.include_abandoned:  # unverified: waiting for the requester to confirm who they are
        where.append(or_(DataRequest.state != ON_HOLD, DataRequest.paused_since.is_(None)))
    if chosen.state is not None:
        where.append(DataRequest.state == chosen.state)
    if chosen.request_type is not None:
        where.append(DataRequest.request_type == chosen.request_type)
    if chosen.channel is not None:
        where.append(DataRequest.channel == chosen.channel)
    if chosen.assignee == UNASSIGNED:
        where.append(DataRequest.assigned_to.is_(None))
    elif chosen.assignee is not None:
        where.append(DataRequest.assigned_to == chosen.assignee)
    if chosen.due is not None:
        due = func.coalesce(DataRequest.extended_due_on, DataRequest.due_on)
        limit = today if chosen.due == "overdue" else today + dt.timedelta(days=7)
        where += [due < limit if chosen.due == "overdue" else due <= limit, DataRequest.paused_since.is_(None)]
    if chosen.language is not None:
        where.append(DataRequest.customer_id.in_(select(Customer.id).where(Customer.language == chosen.language)))
    return where


def queue_rows(session: Session, closed_states: frozenset[str], chosen: QueueFilter, today: dt.date, *,
               offset: int = 0, limit: int | None = None) -> list[tuple[DataRequest, str | None, str | None]]:
    """(request, customer's display name, claimant's display name): open requests first, then by the
    stored due date (the extended one where there is one), a page at a time (``offset``, ``limit``)."""
    claimant = aliased(StaffUser)
    closed = case((DataRequest.state.in_(sorted(closed_states)), 1), else_=0)
    due = func.coalesce(DataRequest.extended_due_on, DataRequest.due_on)
    query = (select(DataRequest, Customer, claimant.display_name)
             .outerjoin(Customer, Customer.id == DataRequest.customer_id)
             .outerjoin(claimant, claimant.username == DataRequest.claimed_by)
             .where(*_queue_filter(closed_states, chosen, today))
             .order_by(closed, due, DataRequest.reference).offset(offset).limit(limit))
    return [(request, customer.display_name if customer else None, name)
            for request, customer, name in session.execute(query)]


def queue_counts(session: Session, closed_states: frozenset[str], chosen: QueueFilter,
                 today: dt.date) -> tuple[int, int]:
    """(requests in the queue, of them overdue by their stored due date and not paused)."""
    due = func.coalesce(DataRequest.extended_due_on, DataRequest.due_on)
    overdue = case((DataRequest.state.not_in(sorted(closed_states)) & (due < today)
                    & DataRequest.paused_since.is_(None), 1), else_=0)
    total, late = session.execute(select(func.count(), func.coalesce(func.sum(overdue), 0))
                                  .where(*_queue_filter(closed_states, chosen, today))).one()
    return int(total), int(late)


def abandoned(session: Session, paused_before: dt.date, limit: int) -> list[int]:
    """Requests on hold for identity clarification since before ``paused_before`` (oldest first)."""
    return list(session.scalars(select(DataRequest.id).where(
        DataRequest.state == ON_HOLD, DataRequest.paused_since < paused_before)
        .order_by(DataRequest.paused_since, DataRequest.id).limit(limit)))


# --- the request and its history ------------------------------------------------------------------

def get(session: Session, request_id: int) -> DataRequest | None:
    return session.get(DataRequest, request_id)


def customer_exists(session: Session, customer_id: int) -> bool:
    return session.get(Customer, customer_id) is not None


def add(session: Session, request: DataRequest) -> DataRequest:
    """Insert a new request (its id is known afterwards)."""
    session.add(request)
    session.flush()
    return request


def next_reference(session: Session, year: int) -> str:
    """The next free reference of ``year``, TP-<year>-<5 digits>, for a request inserted in this transaction.

    SQLite: the transaction holds the database's write lock from its start, so counting is enough.
    PostgreSQL: desk_request_reference (migration 0028) draws the number without waiting for anyone.
    """
    if session.get_bind().dialect.name == "postgresql":
        return str(session.scalar(text("SELECT desk_request_reference(:year)"), {"year": year}))
    prefix = f"TP-{year}-"
    number = (session.scalar(select(func.count()).select_from(DataRequest)
                             .where(DataRequest.reference.like(f"{prefix}%"))) or 0) + 1
    taken = set(session.scalars(select(DataRequest.reference).where(DataRequest.reference >= f"{prefix}{number:05d}",
                                                                     DataRequest.reference.like(f"{prefix}%"))))
    while f"{prefix}{number:05d}" in taken:  # a deleted request must not make the count repeat a number
        number += 1
    return f"{prefix}{number:05d}"


def add_event(session: Session, request_id: int, occurred_at: dt.datetime, actor_username: str, kind: str, *,
              from_state: str | None = None, to_state: str | None = None, reason: str | None = None,
              detail: dict[str, object] | None = None) -> None:
    session.add(RequestEvent(request_id=request_id, occurred_at=occurred_at, actor_username=actor_username,
                             kind=kind, from_state=from_state, to_state=to_state, reason=reason, detail=detail))


def events(session: Session, request_id: int) -> list[RequestEvent]:
    """The request's history, oldest first."""
    return list(session.scalars(select(RequestEvent).where(RequestEvent.request_id == request_id)
                                .order_by(RequestEvent.id)))


def last_event(session: Session, request_id: int) -> RequestEvent | None:
    return session.scalar(select(RequestEvent).where(RequestEvent.request_id == request_id)
                          .order_by(RequestEvent.id.desc()).limit(1))


def open_duplicates(session: Session, request: DataRequest, closed_states: frozenset[str]) -> tuple[str, ...]:
    """References of the customer's other open requests of the same type."""
    if request.customer_id is None:
        return ()
    return tuple(session.scalars(select(DataRequest.reference).where(
        DataRequest.customer_id == request.customer_id, DataRequest.request_type == request.request_type,
        DataRequest.id != request.id, DataRequest.state.not_in(sorted(closed_states)))
        .order_by(DataRequest.id)))


# --- staff ---------------------------------------------------------------------------------------------

def active_staff(session: Session, roles: list[str]) -> list[tuple[str, str | None, str]]:
    """(username, display name, role) of the active staff of ``roles``, by display name."""
    rows = session.execute(select(StaffUser.username, StaffUser.display_name, StaffUser.role).where(
        StaffUser.active.is_(True), StaffUser.role.in_(roles)).order_by(StaffUser.display_name, StaffUser.username))
    return [(username, display_name, role) for username, display_name, role in rows]


def staff_role(session: Session, username: str) -> tuple[str, bool] | None:
    """(role, active) of one staff member, None when there is nobody of that name."""
    row = session.execute(select(StaffUser.role, StaffUser.active).where(StaffUser.username == username)).first()
    return None if row is None else (row.role, bool(row.active))


__all__ = ["abandoned", "active_staff", "add", "add_event", "customer_exists", "display_names", "events", "get",
           "lapsed_claims", "last_event", "next_reference", "open_duplicates", "preparer", "queue_counts",
           "queue_rows", "setting", "staff_role"]
