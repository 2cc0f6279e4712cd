"""Calls at the desk: the call rows, the customers linked to a call, and the notice script's profile.

Plain queries inside the caller's transaction; the rules (when a call may change, which script is read,
the retention of the recording) live in desktop.services.calls. ORM objects returned here stay inside
that service's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.models import Call, CallCustomer, ControllerProfile, Customer


@dataclass(frozen=True, slots=True)
class CallRow:
    """A call as the card and the access reply list it."""

    id: int
    direction: str
    agent_username: str | None  # None without staff
    started_at: dt.datetime
    ended_at: dt.datetime | None
    notice_given_at: dt.datetime | None
    customer_objected: bool
    recording_ref: str | None
    recording_stopped_at: dt.datetime | None
    recording_destroy_due: dt.date | None
    recording_destroyed_at: dt.datetime | None
    subject: str | None
    notes: str | None
    recording_listed_at: dt.datetime | None = None  # on the phone system's destruction list, not yet confirmed


def controller_profile(session: Session) -> ControllerProfile | None:
    """The register's one controller profile (the recording notice and its retention live there)."""
    return session.scalar(select(ControllerProfile).order_by(ControllerProfile.id).limit(1))


def get(session: Session, call_id: int, *, for_update: bool = False) -> Call | None:
    """The call; ``for_update`` locks its row on PostgreSQL (SQLite's write lock serialises anyway)."""
    return session.get(Call, call_id, with_for_update=for_update)


def add(session: Session, **values: object) -> Call:
    """A new call row, flushed so that it has its id."""
    call = Call(**values)
    session.add(call)
    session.flush()
    return call


def save(session: Session) -> None:
    """Write the changes made to a loaded call now, so that a value the database refuses fails here,
    before the service writes its audit row or reads the call back."""
    session.flush()


def is_linked(session: Session, call_id: int, customer_id: int) -> bool:
    """Whether ``customer_id`` was linked to the call as someone the caller spoke about."""
    return session.scalar(select(CallCustomer.id).where(CallCustomer.call_id == call_id,
                                                        CallCustomer.customer_id == customer_id)) is not None


def link(session: Session, call_id: int, customer_id: int, linked_at: dt.datetime, linked_by: str) -> None:
    session.add(CallCustomer(call_id=call_id, customer_id=customer_id, linked_at=linked_at, linked_by=linked_by))
    session.flush()


def linked_customers(session: Session, call_id: int) -> list[Customer]:
    """The customers linked to the call, in the order linked."""
    return list(session.scalars(select(Customer).join(CallCustomer, CallCustomer.customer_id == Customer.id)
                                .where(CallCustomer.call_id == call_id).order_by(CallCustomer.id)))


def for_customer(session: Session, customer_id: int, *, newest_first: bool, staff: bool) -> tuple[CallRow, ...]:
    """The customer's own calls; for staff also the calls of another caller this customer was linked to
    (a family member spoke about them). The access reply keeps to the customer's own calls: the notes of
    someone else's call are that caller's data as much as this customer's. Without ``staff`` the agent's
    name is left out."""
    whose = Call.customer_id == customer_id
    if staff:
        whose = or_(whose, Call.id.in_(select(CallCustomer.call_id).where(CallCustomer.customer_id == customer_id)))
    order = Call.started_at.desc() if newest_first else Call.started_at
    return tuple(CallRow(k.id, k.direction, k.agent_username if staff else None, k.started_at, k.ended_at,
                         k.notice_given_at, k.customer_objected, k.recording_ref, k.recording_stopped_at,
                         k.recording_destroy_due, k.recording_destroyed_at, k.subject, k.notes,
                         k.recording_destruction_listed_at)
                 for k in session.scalars(select(Call).where(whose).order_by(order, Call.id)))
