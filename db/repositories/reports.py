"""The supervisor's and the data protection officer's reports: counts over a period, computed by the
database (GROUP BY, COUNT, SUM), never by loading rows into Python. Every query returns at most a few
hundred aggregate rows whatever the register's size.

Months are bucketed with a CASE over the period's month boundaries, the same SQL on SQLite and
PostgreSQL: dates (received, posted) against dates, instants (consents, calls, events) against each
Finnish month's first midnight in UTC, so a consent at 00:30 Finnish time on 1 March counts in March.
The one dialect branch is the day difference (julianday on SQLite, date subtraction on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from db.models import AuditEvent, Call, ConsentEvent, DataRequest, Disclosure, RequestEvent

Month = tuple[str, dt.date, dt.date]  # ("2026-03", first day, first day of the next month)


def _month_of_date(column: Any, months: Sequence[Month]) -> ColumnElement[str]:
    return case(*[(column < end, label) for label, _start, end in months], else_="")


def _month_of_instant(column: Any, starts: Sequence[tuple[str, dt.datetime]]) -> ColumnElement[str]:
    """``starts``: (label, UTC instant the month's first Finnish day begins), plus the period's end last."""
    return case(*[(column < starts[i + 1][1], label) for i, (label, _at) in enumerate(starts[:-1])], else_="")


def received(session: Session, first: dt.date, last: dt.date,
             months: Sequence[Month]) -> list[tuple[str, str, str, int]]:
    """(month, request type, channel, count) of requests received in the period."""
    month = _month_of_date(DataRequest.received_on, months)
    query = (select(month, DataRequest.request_type, DataRequest.channel, func.count())
             .where(DataRequest.received_on >= first, DataRequest.received_on <= last)
             .group_by(month, DataRequest.request_type, DataRequest.channel))
    return [(m, t, c, n) for m, t, c, n in session.execute(query)]


def replies(session: Session, first: dt.date, last: dt.date,
            months: Sequence[Month]) -> list[tuple[str, int, bool, int]]:
    """(month posted, days from receipt to posting, on time, count) of replies posted in the period."""
    month = _month_of_date(DataRequest.dispatched_on, months)
    if session.get_bind().dialect.name == "sqlite":
        days: ColumnElement[Any] = cast(func.julianday(DataRequest.dispatched_on)
                                        - func.julianday(DataRequest.received_on), Integer())
    else:
        days = DataRequest.dispatched_on - DataRequest.received_on
    due = func.coalesce(DataRequest.extended_due_on, DataRequest.due_on)
    on_time = case((DataRequest.dispatched_on <= due, 1), else_=0)
    query = (select(month, days, on_time, func.count())
             .where(DataRequest.dispatched_on >= first, DataRequest.dispatched_on <= last)
             .group_by(month, days, on_time))
    return [(m, int(d), bool(o), n) for m, d, o, n in session.execute(query)]


def extensions(session: Session, first: dt.date, last: dt.date) -> list[tuple[str, int]]:
    """(reason, count) of the extensions of requests received in the period, the most common first."""
    query = (select(DataRequest.extension_reason, func.count())
             .where(DataRequest.received_on >= first, DataRequest.received_on <= last,
                    DataRequest.extended_due_on.is_not(None))
             .group_by(DataRequest.extension_reason).order_by(func.count().desc(), DataRequest.extension_reason))
    return [(reason or "", n) for reason, n in session.execute(query)]


def pauses(session: Session, first: dt.date, last: dt.date) -> tuple[int, int]:
    """(requests whose clock was paused, days paused in all) of requests received in the period."""
    paused = (DataRequest.paused_days > 0) | DataRequest.paused_since.is_not(None)
    row = session.execute(select(func.count(), func.coalesce(func.sum(DataRequest.paused_days), 0))
                          .where(DataRequest.received_on >= first, DataRequest.received_on <= last, paused)).one()
    return int(row[0]), int(row[1])


def state_events(session: Session, starts: Sequence[tuple[str, dt.datetime]],
                 states: tuple[str, ...]) -> list[tuple[str, str, int]]:
    """(month, state, count) of the moves into ``states`` (refusals, withdrawals) in the period."""
    month = _month_of_instant(RequestEvent.occurred_at, starts)
    query = (select(month, RequestEvent.to_state, func.count())
             .where(RequestEvent.to_state.in_(states), RequestEvent.kind == "state_changed",
                    RequestEvent.occurred_at >= starts[0][1], RequestEvent.occurred_at < starts[-1][1])
             .group_by(month, RequestEvent.to_state))
    return [(m, s, n) for m, s, n in session.execute(query)]


def open_at(session: Session, last: dt.date, end: dt.datetime) -> int:
    """Requests received by ``last`` and neither posted by then nor withdrawn or closed as abandoned before
    ``end``."""
    withdrawn = (select(RequestEvent.request_id).where(RequestEvent.to_state.in_(("withdrawn", "abandoned")),
                                                       RequestEvent.occurred_at < end))
    query = (select(func.count()).select_from(DataRequest)
             .where(DataRequest.received_on <= last,
                    (DataRequest.dispatched_on.is_(None)) | (DataRequest.dispatched_on > last),
                    DataRequest.id.not_in(withdrawn)))
    return int(session.scalar(query) or 0)


def consents(session: Session, start: dt.datetime, end: dt.datetime) -> list[tuple[str, str, str, str, int]]:
    """(purpose, channel, source, decision, count) of prohibitions and consents recorded in the period
    (corrections and the entries they took back left out)."""
    corrected = select(ConsentEvent.corrects_id).where(ConsentEvent.corrects_id.is_not(None))
    query = (select(ConsentEvent.purpose, ConsentEvent.channel, ConsentEvent.source, ConsentEvent.decision,
                    func.count())
             .where(ConsentEvent.occurred_at >= start, ConsentEvent.occurred_at < end,
                    ConsentEvent.corrects_id.is_(None), ConsentEvent.id.not_in(corrected))
             .group_by(ConsentEvent.purpose, ConsentEvent.channel, ConsentEvent.source, ConsentEvent.decision))
    return [(p, c, s, d, n) for p, c, s, d, n in session.execute(query)]


def calls(session: Session, starts: Sequence[tuple[str, dt.datetime]]) -> list[tuple[str, int, int]]:
    """(month, calls, calls whose caller objected to the recording) in the period."""
    month = _month_of_instant(Call.started_at, starts)
    objected = func.sum(case((Call.customer_objected.is_(True), 1), else_=0))
    query = (select(month, func.count(), objected)
             .where(Call.started_at >= starts[0][1], Call.started_at < starts[-1][1]).group_by(month))
    return [(m, n, int(o or 0)) for m, n, o in session.execute(query)]


def hetu_reveals(session: Session, start: dt.datetime, end: dt.datetime) -> list[tuple[str, int]]:
    """(who, count) of identity codes revealed in the period: from the audit log (the auditor reads it)."""
    query = (select(AuditEvent.actor, func.count())
             .where(AuditEvent.action == "hetu_reveal", AuditEvent.occurred_at >= start, AuditEvent.occurred_at < end)
             .group_by(AuditEvent.actor).order_by(func.count().desc(), AuditEvent.actor))
    return [(a, n) for a, n in session.execute(query)]


def disclosures(session: Session, first: dt.date, last: dt.date) -> list[tuple[str, int]]:
    """(recipient, count) of disclosures in the period."""
    query = (select(Disclosure.recipient, func.count())
             .where(Disclosure.disclosed_on >= first, Disclosure.disclosed_on <= last)
             .group_by(Disclosure.recipient).order_by(func.count().desc(), Disclosure.recipient))
    return [(r, n) for r, n in session.execute(query)]


__all__ = ["Month", "calls", "consents", "disclosures", "extensions", "hetu_reveals", "open_at", "pauses",
           "received", "replies", "state_events"]
