"""Every query of the retention run: what is due per rule (with the oldest day), the next batch of each
rule, and the changes a batch makes. The preview on PostgreSQL goes through ``desk_retention_preview``
(migration 0018), which administrators and auditors may call without reading customer tables; SQLite runs
the same conditions here (tests hold the two against each other on PostgreSQL).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, and_, exists, func, select, text, update
from sqlalchemy.orm import Session

from db.models import (
    Call,
    Contract,
    ControllerProfile,
    DataRequest,
    ErasureRecord,
    Invoice,
    Letter,
    RequestEvent,
    RetentionRun,
)
from db.repositories import erasure as erasure_repository
from desktop.core.local_time import to_local
from desktop.core.retention import Cutoffs

CLOSED = erasure_repository.CLOSED_STATES  # abandoned requests (issue 13) are closed too
Due = tuple[str, int, dt.date | None]  # rule, items due, oldest day


def rules(session: Session) -> dict[str, Any]:
    return dict(session.scalar(select(ControllerProfile.retention_rules).limit(1)) or {})


def recording_days(session: Session) -> int | None:
    return session.scalar(select(ControllerProfile.recording_retention_days).limit(1))


def _recordings(c: Cutoffs) -> tuple[Any, ...]:
    """Due and not yet on the phone system's destruction list (the audio lives there: migration 0027)."""
    return (Call.recording_ref.is_not(None), Call.recording_destroyed_at.is_(None),
            Call.recording_destruction_listed_at.is_(None), Call.recording_destroy_due <= c.today)


def _letters(c: Cutoffs) -> tuple[Any, ...]:
    return (Letter.dispatched_on < c.letters_posted_before, Letter.pdf_purged_at.is_(None))


def _closed_on(session: Session) -> Any:
    """A closed request's closing day: posted, else the day (Finnish time on both databases; SQLite's
    helsinki_date is db.engine's) of the event that closed it (withdrawn, abandoned), else the day it was received (migration 0029)."""
    if session.get_bind().dialect.name == "postgresql":
        day = func.date(func.timezone("Europe/Helsinki", func.max(RequestEvent.occurred_at)))
    else:
        day = func.helsinki_date(func.max(RequestEvent.occurred_at))
    closing = (select(day).where(RequestEvent.request_id == DataRequest.id, RequestEvent.to_state == DataRequest.state)
               .correlate(DataRequest).scalar_subquery())
    return func.coalesce(DataRequest.dispatched_on, closing, DataRequest.received_on, type_=Date)


def _requests(session: Session, c: Cutoffs) -> tuple[Any, ...]:
    return (DataRequest.state.in_(CLOSED), _closed_on(session) < c.requests_closed_before)


def _ended_customers(c: Cutoffs) -> Any:
    """(customer_id, last contract end) of customers whose every contract ended before the cutoff, with no
    invoice unsettled or within the voucher period, no open request and no erasure yet."""
    last = (select(Contract.customer_id.label("customer_id"), func.max(Contract.end_date).label("last_end"))
            .group_by(Contract.customer_id)
            # count(end_date) skips NULLs: equal to count(*) when every contract has ended
            .having(and_(func.count(Contract.end_date) == func.count(),
                         func.max(Contract.end_date) < c.contracts_ended_before))
            .subquery())
    invoice_kept = exists().where(Invoice.customer_id == last.c.customer_id, (Invoice.state != "paid") | (
        func.coalesce(Invoice.paid_on, Invoice.invoice_date) >= c.contracts_ended_before))
    request_open = exists().where(DataRequest.customer_id == last.c.customer_id, DataRequest.state.not_in(CLOSED))
    erased = exists().where(ErasureRecord.customer_id == last.c.customer_id)
    return select(last.c.customer_id, last.c.last_end).where(~invoice_kept, ~request_open, ~erased)


def _erasure_replies() -> tuple[Any, ...]:
    posted = exists().where(Letter.request_id == ErasureRecord.request_id, Letter.letter_type == "erasure_reply",
                            Letter.dispatched_on.is_not(None))
    return (ErasureRecord.full_anonymisation.is_(True), ErasureRecord.finished_at.is_(None), posted)


def preview(session: Session, c: Cutoffs) -> list[Due]:
    if session.get_bind().dialect.name == "postgresql":
        rows = session.execute(text("SELECT rule, items, oldest FROM desk_retention_preview(:t, :l, :r, :c)"),
                               {"t": c.today, "l": c.letters_posted_before, "r": c.requests_closed_before,
                                "c": c.contracts_ended_before})
        return [(r[0], int(r[1]), r[2]) for r in rows]
    return preview_by_query(session, c)


def preview_by_query(session: Session, c: Cutoffs) -> list[Due]:
    def one(rule: str, query: Any) -> Due:
        count, oldest = session.execute(query).one()
        return rule, int(count or 0), _day(oldest)

    ended = _ended_customers(c).subquery()
    carried = select(func.count(), func.min(ErasureRecord.carried_out_at)).where(*_erasure_replies())
    count, first = session.execute(carried).one()
    listed, since = session.execute(select(func.count(), func.min(Call.recording_destruction_listed_at)).where(
        Call.recording_destruction_listed_at.is_not(None), Call.recording_destroyed_at.is_(None))).one()
    return [
        one("call_recordings", select(func.count(), func.min(Call.recording_destroy_due)).where(*_recordings(c))),
        one("letter_pdfs", select(func.count(), func.min(Letter.dispatched_on)).where(*_letters(c))),
        one("closed_requests", select(func.count(), func.min(_closed_on(session))).where(*_requests(session, c))),
        one("ended_customers", select(func.count(), func.min(ended.c.last_end))),
        ("erasure_replies", int(count or 0), _local_day(first)),
        # Not a rule: what the phone system has still to confirm destroyed (migration 0030).
        ("recordings_listed", int(listed or 0), _local_day(since)),
    ]


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])  # SQLite's min() over a date column returns its text


def _local_day(value: Any) -> dt.date | None:
    if value is None:
        return None
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return to_local(moment).date()


# -- batches: each returns the ids it changed (empty when the rule has nothing left) ---------------------

def list_recordings(session: Session, c: Cutoffs, limit: int, now: dt.datetime) -> int:
    """Put the next recordings due on the phone system's destruction list; they count as destroyed only when
    the phone system confirms (:func:`confirm_recordings`)."""
    ids = list(session.scalars(select(Call.id).where(*_recordings(c)).order_by(Call.id).limit(limit)))
    if ids:
        session.execute(update(Call).where(Call.id.in_(ids)).values(recording_destruction_listed_at=now)
                        .execution_options(synchronize_session=False))
    return len(ids)


def destruction_list(session: Session) -> list[tuple[str, dt.datetime, dt.date | None, dt.datetime]]:
    """(recording reference, call started, destruction day, listed at) of every recording on the list and
    not confirmed destroyed, oldest listing first: what the phone system has to destroy."""
    return [(r[0], r[1], r[2], r[3]) for r in session.execute(
        select(Call.recording_ref, Call.started_at, Call.recording_destroy_due, Call.recording_destruction_listed_at)
        .where(Call.recording_destruction_listed_at.is_not(None), Call.recording_destroyed_at.is_(None),
               Call.recording_ref.is_not(None))
        .order_by(Call.recording_destruction_listed_at, Call.id))]


def confirm_recordings(session: Session, refs: list[str], destroyed_at: dt.datetime) -> tuple[int, list[str]]:
    """Record the phone system's confirmation for listed recordings; returns (confirmed, refs not on the list).
    A reference the run never listed is not marked: only the list's recordings were due."""
    listed = dict(session.execute(select(Call.recording_ref, Call.id).where(
        Call.recording_ref.in_(refs), Call.recording_destruction_listed_at.is_not(None),
        Call.recording_destroyed_at.is_(None))).all())
    if listed:
        session.execute(update(Call).where(Call.id.in_(list(listed.values()))).values(recording_destroyed_at=destroyed_at)
                        .execution_options(synchronize_session=False))
    return len(listed), [r for r in refs if r not in listed]


def purge_letters(session: Session, c: Cutoffs, limit: int, now: dt.datetime) -> int:
    ids = list(session.scalars(select(Letter.id).where(*_letters(c)).order_by(Letter.id).limit(limit)))
    if ids:
        session.execute(update(Letter).where(Letter.id.in_(ids)).values(pdf=b"", address_snapshot=[],
                                                                         pdf_purged_at=now)
                        .execution_options(synchronize_session=False))
    return len(ids)


def delete_requests(session: Session, c: Cutoffs, limit: int, _now: dt.datetime) -> int:
    ids = list(session.scalars(select(DataRequest.id).where(*_requests(session, c)).order_by(DataRequest.id)
                               .limit(limit)))
    for request in session.scalars(select(DataRequest).where(DataRequest.id.in_(ids))):
        session.delete(request)  # events go with it (ON DELETE CASCADE); letters keep their checksum rows
    session.flush()
    return len(ids)


def ended_customers(session: Session, c: Cutoffs, limit: int) -> list[int]:
    q = _ended_customers(c).subquery()
    return list(session.scalars(select(q.c.customer_id).order_by(q.c.customer_id).limit(limit)))


def finish_erasures(session: Session, _c: Cutoffs, limit: int, now: dt.datetime) -> int:
    ids = erasure_repository.waiting_for_reply(session, limit)
    for record_id in ids:
        erasure_repository.finish(session, record_id, now)
    return len(ids)


def start_run(session: Session, actor: str, now: dt.datetime) -> int:
    run = RetentionRun(started_at=now, actor=actor, counts={})
    session.add(run)
    session.flush()
    return run.id


def add_to_run(session: Session, run_id: int, rule: str, count: int, finished: dt.datetime | None = None) -> None:
    run = session.get(RetentionRun, run_id)
    assert run is not None
    counts = dict(run.counts or {})
    counts[rule] = counts.get(rule, 0) + count
    run.counts = counts
    if finished is not None:
        run.finished_at = finished
    session.flush()


def recent_runs(session: Session, limit: int = 10) -> list[tuple[dt.datetime, dt.datetime | None, str, dict[str, int]]]:
    return [(r.started_at, r.finished_at, r.actor, dict(r.counts or {}))
            for r in session.scalars(select(RetentionRun).order_by(RetentionRun.id.desc()).limit(limit))]
