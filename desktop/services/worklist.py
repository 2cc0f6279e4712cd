"""Today's work for the signed-in user: what the start page ("Tänään") shows, by role.

* Agent: my open requests (assigned to me) with days left, overdue and due soon first; my recent calls;
  the customers I opened lately (from my own ``customer_opened`` audit rows).
* Supervisor: the same for themself, plus the whole queue's overdue and due-soon requests.
* Administrator: staff sign-ins — who is locked out, who has never signed in, sign-ins today by role.
  No customer data.
* Auditor: today's notable audit rows (identity-code reveals and searches, failed sign-ins, locked
  accounts …), their counts, and whether today's part of the hash chain is intact. No customer data
  beyond what the audit log itself shows (a customer number).

Each part is read only when the actor's permissions allow it. The lists show what the request queue and
the search list show (names, customer numbers, never an identity code or contact data) and, like them,
are not audited row by row; opening a customer from the page is the desk's audited card read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo

from db import audit
from db.audit import SealedRow
from db.base import utcnow
from db.database import Database, Session
from db.models import DataRequest, StaffUser
from db.repositories import hetu as hetu_repo
from db.repositories import worklist as repo
from desktop.core import deadlines
from desktop.core import request_states as rs
from desktop.core.roles import Actor, Permission, Role
from desktop.services import request_steps
from desktop.services.audit_report import ChainWalk
from desktop.services.worklist_dtos import (
    DUE_SOON,
    ON_TIME,
    OVERDUE,
    PAUSED,
    RECENT_DAYS,
    AuditItem,
    AuditSummary,
    CallItem,
    CustomerItem,
    QueueSummary,
    RequestItem,
    RoleCount,
    StaffItem,
    StaffSummary,
    SuspendedLogin,
    Worklist,
)

HELSINKI = ZoneInfo("Europe/Helsinki")
DUE_SOON_WORKING_DAYS = 5  # the same "due within 5 working days" that brings a supervisor to the queue
LIST_LIMIT = 25
# What an auditor looks at first each day: access to identity codes, sign-in trouble, staff changes.
NOTABLE_ACTIONS = ("hetu_reveal", "hetu_search", "login_failed", "account_locked", "audit_log_read", "export",
                   "user_created", "user_deactivated", "user_password_set", "user_password_changed", "user_reactivated",
                   "user_unlocked")


def working_days_between(today: dt.date, due: dt.date) -> int:
    """Working days d with today < d <= due (0 when due today or earlier)."""
    count, day = 0, today
    while day < due:
        day += dt.timedelta(days=1)
        count += deadlines.is_working_day(day)
    return count


def urgency(days_left: int, working_days_left: int, paused: bool) -> str:
    if paused:
        return PAUSED
    if days_left < 0:
        return OVERDUE
    return DUE_SOON if working_days_left <= DUE_SOON_WORKING_DAYS else ON_TIME


class WorklistService:
    def __init__(self, database: Database, actor: Actor, clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.database = database
        self.actor = actor
        self.clock = clock

    def today(self) -> dt.date:
        return self.clock().astimezone(HELSINKI).date()

    def _midnight(self, day: dt.date) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(), HELSINKI).astimezone(dt.UTC)

    def load(self) -> Worklist:
        """Everything the actor's start page shows, read in one transaction."""
        actor, today = self.actor, self.today()
        parts: dict[str, object] = {}
        with self.database.transaction() as session:
            if actor.can(Permission.HANDLE_REQUEST):
                rows = repo.open_requests(session, _CLOSED, assigned_to=actor.username)
                parts["my_requests"] = _by_urgency(_item(r, c, today) for r, c in rows)
            if actor.can(Permission.REVIEW_QUEUE):
                items = [_item(r, c, today) for r, c in repo.open_requests(session, _CLOSED)]
                pressing = _by_urgency(i for i in items if i.urgency in (OVERDUE, DUE_SOON))
                parts["queue"] = QueueSummary(len(items), sum(i.urgency == OVERDUE for i in items),
                                              sum(i.urgency == DUE_SOON for i in items), pressing)
            if actor.can(Permission.RECORD_CALL):
                since = self._midnight(today - dt.timedelta(days=RECENT_DAYS))
                parts["recent_calls"] = tuple(
                    CallItem(call.id, call.started_at, call.ended_at is not None, call.customer_id,
                             c.number if c else None, c.name if c else "", call.subject)
                    for call, c in repo.recent_calls(session, actor.username, since, LIST_LIMIT))
                parts["recent_customers"] = tuple(
                    CustomerItem(c.id, c.number, c.name, at)
                    for c, at in repo.recently_opened(session, actor.username, since, LIST_LIMIT))
            if actor.can(Permission.RELEASE_HETU_LOOKUPS):
                parts["suspended_lookups"] = tuple(SuspendedLogin(*row) for row in hetu_repo.suspended_in(session))
            if actor.can(Permission.MANAGE_USERS):
                parts["staff"] = self._staff(repo.staff_users(session), today)
            if actor.can(Permission.READ_AUDIT):
                parts["audit"] = self._audit(session, today)
        return Worklist(actor.role, today, **parts)  # type: ignore[arg-type]

    def _staff(self, users: list[StaffUser], today: dt.date) -> StaffSummary:
        now, midnight = self.clock(), self._midnight(today)
        active = [u for u in users if u.active]
        attention = tuple(
            StaffItem(u.username, u.display_name, u.role,
                      u.locked_until if u.locked_until is not None and u.locked_until > now else None,
                      u.failed_logins, u.last_login_at)
            for u in active
            if (u.locked_until is not None and u.locked_until > now) or u.failed_logins or u.last_login_at is None)
        by_role = tuple(
            RoleCount(role.value, sum(u.role == role for u in active),
                      sum(u.role == role and u.last_login_at is not None and u.last_login_at >= midnight
                          for u in active))
            for role in Role)
        return StaffSummary(attention, by_role)

    def _audit(self, session: Session, today: dt.date) -> AuditSummary:
        since = self._midnight(today)
        counts = repo.audit_counts(session, since, NOTABLE_ACTIONS)
        rows = repo.audit_rows(session, since, NOTABLE_ACTIONS, LIST_LIMIT)
        numbers = repo.customer_numbers(session, {r.customer_id for r in rows if r.customer_id is not None})
        items = tuple(AuditItem(r.id, r.occurred_at, r.actor, r.actor_role, r.action,
                                numbers.get(r.customer_id) if r.customer_id is not None else None) for r in rows)
        if self.actor.can(Permission.VERIFY_AUDIT):
            audit.seal(session)  # rows appended late in a long transaction wait for the next sealer
        first_no, prev, today_rows = repo.chain_since(session, since)
        intact, bad = None, None
        if self.actor.can(Permission.VERIFY_AUDIT):
            intact, bad = _check_links(first_no, prev, today_rows)
        return AuditSummary(tuple((a, counts[a]) for a in NOTABLE_ACTIONS if counts.get(a)), items,
                            len(today_rows), intact, bad)


_CLOSED = frozenset(s.value for s in rs.CLOSED)


def _check_links(first_no: int, prev: str, rows: list[SealedRow]) -> tuple[bool, int | None]:
    """Today's rows follow the last row sealed before today and each other, each hash as stored."""
    walk = ChainWalk(first_no or 1, prev)
    for r in rows:
        walk.row(r)
    walk.finish()
    return (True, None) if not walk.stretches else (False, walk.stretches[0].first_id)


def _item(request: DataRequest, customer: repo.CustomerRef | None, today: dt.date) -> RequestItem:
    due = request_steps.current_due(request, today)  # as the request detail computes it
    left = deadlines.days_left(due, today)
    working = working_days_between(today, due)
    return RequestItem(request.id, request.reference, request.customer_id, customer.number if customer else None,
                       customer.name if customer else "", request.request_type, request.state, due, left, working,
                       urgency(left, working, request.paused_since is not None), request.assigned_to)


_ORDER = {OVERDUE: 0, DUE_SOON: 1, ON_TIME: 2, PAUSED: 3}


def _by_urgency(items: Iterable[RequestItem]) -> tuple[RequestItem, ...]:
    return tuple(sorted(items, key=lambda i: (_ORDER[i.urgency], i.due_on, i.reference)))
