"""What RequestService takes and returns: frozen rows that may cross from the database lane to the GUI."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.core.request_actions import RequestActions
from desktop.core.roles import Role


@dataclass(frozen=True, slots=True)
class Intake:
    request_type: str
    channel: str
    signed: bool
    customer_id: int | None = None  # None: "not yet identified"
    received_on: dt.date | None = None  # None: today
    scan_ref: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class EventInfo:
    occurred_at: dt.datetime
    actor: str
    kind: str
    from_state: str | None
    to_state: str | None
    reason: str | None
    detail: dict[str, Any] | None = None  # e.g. {"from": …, "to": …} of a reassignment


@dataclass(frozen=True, slots=True)
class RequestInfo:
    id: int
    reference: str
    customer_id: int | None
    request_type: str
    state: str
    channel: str
    signed: bool
    received_on: dt.date
    due_on: dt.date  # as it stands today: extension and pauses (an open one up to today) included
    days_left: int
    paused_since: dt.date | None
    paused_days: int
    extended: bool
    identity_method: str | None
    outcome_reason: str | None
    dispatched_on: dt.date | None
    duplicates: tuple[str, ...]  # references of other open requests of the same type and customer
    events: tuple[EventInfo, ...]
    assigned_to: str | None = None  # username of the handler; None: nobody in particular
    version: int = 0  # the row's version counter: a change given it fails if a colleague changed the row since
    claimed_by: str | None = None  # who is working on it now (desktop.core.claims)
    claimed_by_name: str | None = None  # their display name: "Matti Meikäläinen käsittelee"
    claim_active_at: dt.datetime | None = None  # the claim's last activity (it lapses after idle working days)
    extension_months: int = 0  # 0, 1 or 2: for the deadline's reasoning (desktop.core.deadline_reasoning)
    # What the user who loaded it may do with it now, and why not (desktop.core.request_actions).
    actions: RequestActions = field(default_factory=RequestActions)


@dataclass(frozen=True, slots=True)
class QueueRow:
    id: int
    reference: str
    customer_id: int | None
    customer_name: str
    request_type: str
    state: str
    received_on: dt.date
    due_on: dt.date
    days_left: int
    overdue: bool
    paused: bool
    assigned_to: str | None = None
    version: int = 0  # see RequestInfo.version
    claimed_by: str | None = None
    claimed_by_name: str | None = None


@dataclass(frozen=True, slots=True)
class QueuePage:
    """A page of the queue (``rows`` from row ``offset``) and the whole queue's counts."""

    rows: tuple[QueueRow, ...]
    offset: int
    total: int
    overdue: int  # by the stored due date, paused requests left out


@dataclass(frozen=True, slots=True)
class StaffMember:
    """Someone a request can be assigned to: an active agent or supervisor."""

    username: str
    display_name: str
    role: Role
