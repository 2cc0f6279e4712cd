"""The start page's worklist as WorklistService returns it: frozen rows that may cross from the database
lane to the GUI, and the urgency names the page colours by. No database here, so a view may import it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.core.roles import Role

RECENT_DAYS = 7

OVERDUE, DUE_SOON, ON_TIME, PAUSED = "overdue", "due_soon", "on_time", "paused"


@dataclass(frozen=True, slots=True)
class RequestItem:
    id: int
    reference: str
    customer_id: int | None
    customer_number: str | None
    customer_name: str
    request_type: str
    state: str
    due_on: dt.date
    days_left: int  # calendar days; negative when overdue
    working_days_left: int  # working days after today up to the due date
    urgency: str  # OVERDUE, DUE_SOON, ON_TIME or PAUSED (the clock stands still)
    assigned_to: str | None


@dataclass(frozen=True, slots=True)
class CallItem:
    id: int
    started_at: dt.datetime  # aware UTC
    ended: bool
    customer_id: int | None
    customer_number: str | None
    customer_name: str
    subject: str | None


@dataclass(frozen=True, slots=True)
class CustomerItem:
    customer_id: int
    customer_number: str
    name: str
    last_opened_at: dt.datetime  # aware UTC


@dataclass(frozen=True, slots=True)
class QueueSummary:
    open_count: int
    overdue_count: int
    due_soon_count: int
    items: tuple[RequestItem, ...]  # overdue and due soon, the nearest first


@dataclass(frozen=True, slots=True)
class StaffItem:
    username: str
    display_name: str
    role: str
    locked_until: dt.datetime | None  # set: locked out until then
    failed_logins: int
    last_login_at: dt.datetime | None  # None: never signed in


@dataclass(frozen=True, slots=True)
class RoleCount:
    role: str
    users: int
    signed_in_today: int


@dataclass(frozen=True, slots=True)
class StaffSummary:
    attention: tuple[StaffItem, ...]  # locked out, failed attempts, or never signed in
    by_role: tuple[RoleCount, ...]


@dataclass(frozen=True, slots=True)
class AuditItem:
    id: int
    occurred_at: dt.datetime
    actor: str
    actor_role: str | None
    action: str
    customer_number: str | None


@dataclass(frozen=True, slots=True)
class AuditSummary:
    counts: tuple[tuple[str, int], ...]  # (action, rows today) for NOTABLE_ACTIONS with any
    items: tuple[AuditItem, ...]
    rows_today: int
    chain_intact: bool | None  # None: the actor may not verify the chain
    first_bad_id: int | None


@dataclass(frozen=True, slots=True)
class SuspendedLogin:
    """A login whose identity-code searches are suspended after too many found nobody (a supervisor's alert)."""

    username: str
    since: dt.datetime
    misses: int


@dataclass(frozen=True, slots=True)
class Worklist:
    role: Role
    today: dt.date
    my_requests: tuple[RequestItem, ...] = ()
    queue: QueueSummary | None = None
    recent_calls: tuple[CallItem, ...] = ()
    recent_customers: tuple[CustomerItem, ...] = ()
    staff: StaffSummary | None = None
    audit: AuditSummary | None = None
    suspended_lookups: tuple[SuspendedLogin, ...] = ()
