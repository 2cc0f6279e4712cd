"""The supervisor's queue, a page at a time: the database orders and cuts (open first, nearest stored due
date first), so the first screen of 50,000 requests costs what one page does (bench/queue_reports.py).
Each row's due date and days left are then computed as the request detail computes them
(desktop.core.deadlines: a running pause moves the due date on daily).
"""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Protocol

from db.database import Database
from db.models import DataRequest
from db.repositories import requests as queue_repo
from desktop.core import deadlines
from desktop.core import request_states as rs
from desktop.core.queue_filter import DEFAULT_ABANDONED_AFTER_DAYS, QueueFilter
from desktop.core.roles import Actor, Permission
from desktop.services import request_steps as steps
from desktop.services.request_dtos import QueuePage, QueueRow

if TYPE_CHECKING:
    from db.database import Session

PAGE_ROWS = 200
ABANDONED_AFTER_DAYS = "requests.abandoned_after_days"
SWEEP_LIMIT = 200


class Requests(Protocol):
    """What the queue needs of desktop.services.requests.RequestService (which passes itself: neither
    module imports the other)."""

    database: Database
    actor: Actor

    def today(self) -> dt.date: ...

    def _changing(self, request_id: int, expected_version: int | None
                  ) -> AbstractContextManager[tuple[Session, DataRequest]]: ...

    def _move(self, session: Session, request: DataRequest, target: rs.State, reason: str | None = None, *,
              kind: str = "state_changed", detail: dict[str, object] | None = None) -> None: ...


class RequestQueue:
    def __init__(self, requests: Requests) -> None:
        self.requests = requests

    def rows(self, include_closed: bool = False, *, state: str | None = None, offset: int = 0,
             limit: int | None = None, chosen: QueueFilter | None = None) -> list[QueueRow]:
        """Rows ``offset`` … ``offset + limit`` of the queue (all of them without ``limit``); ``chosen``, when
        given, is the whole filter (``include_closed`` and ``state`` are then ignored)."""
        chosen = chosen or QueueFilter(include_closed=include_closed, state=state, include_abandoned=True)
        service = self.requests
        service.actor.require(Permission.REVIEW_QUEUE)
        today = service.today()
        with service.database.transaction() as session:
            found = queue_repo.queue_rows(session, rs.CLOSED_VALUES, chosen, today, offset=offset, limit=limit)
            rows = []
            for request, customer_name, claimant_name in found:
                due = steps.current_due(request, today)
                rows.append(QueueRow(request.id, request.reference, request.customer_id, customer_name or "",
                                     request.request_type, request.state, request.received_on, due,
                                     deadlines.days_left(due, today),
                                     deadlines.is_overdue(due, today) and not rs.is_closed(request.state),
                                     request.paused_since is not None, request.assigned_to, request.version,
                                     request.claimed_by, claimant_name or request.claimed_by))
        return rows

    @staticmethod
    def _abandoned_after(session: Session) -> int:
        """Days on hold for identity clarification after which a request is closed as abandoned."""
        value = queue_repo.setting(session, ABANDONED_AFTER_DAYS)
        try:
            days = int(value) if value is not None else DEFAULT_ABANDONED_AFTER_DAYS
        except ValueError:
            return DEFAULT_ABANDONED_AFTER_DAYS
        return days if days > 0 else DEFAULT_ABANDONED_AFTER_DAYS

    def close_abandoned(self) -> int:
        """Close the requests whose requester never confirmed their identity within the setting's days after
        the clarification letter, each with the reason in its history and the audit log (supervisors' sweep,
        run when the queue is read); how many were closed."""
        service = self.requests
        if not service.actor.can(Permission.SIGN_OFF):
            return 0
        today = service.today()
        with service.database.transaction() as session:
            days = self._abandoned_after(session)
            found = queue_repo.abandoned(session, today - dt.timedelta(days=days), SWEEP_LIMIT)
        for request_id in found:
            with service._changing(request_id, None) as (session, request):
                asked = request.paused_since
                reason = (f"Henkilöllisyyttä ei vahvistettu {days} päivässä selvityspyynnöstä "
                          f"({deadlines.format_date(asked) if asked else '–'}); suljettu automaattisesti "
                          f"(asetus {ABANDONED_AFTER_DAYS}).")
                service._move(session, request, rs.State.ABANDONED, reason,
                              detail={"automatic": True, "after_days": days,
                                      "paused_since": asked.isoformat() if asked else None})
        return len(found)

    def page(self, chosen: QueueFilter | bool = False, *, offset: int = 0, limit: int = PAGE_ROWS) -> QueuePage:
        """One page of the filtered queue with its counts (for the status line); ``chosen``: the filter, or
        just whether closed requests are included."""
        if not isinstance(chosen, QueueFilter):
            chosen = QueueFilter(include_closed=chosen)
        rows = self.rows(offset=offset, limit=limit, chosen=chosen)
        service = self.requests
        with service.database.transaction() as session:
            total, overdue = queue_repo.queue_counts(session, rs.CLOSED_VALUES, chosen, service.today())
        return QueuePage(tuple(rows), offset, total, overdue)
