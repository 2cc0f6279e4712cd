"""The demo generator's reads and writes beyond the bulk load (db/repositories/bulk.py): the requests
that get letters, the morning's calls and requests of the demo users' start pages."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Call, Customer, DataRequest, Letter, RequestEvent


def requests_for_letters(session: Session, requests_after: int, states: Iterable[str],
                         limit: int) -> list[tuple[DataRequest, str | None, dt.datetime]]:
    """The newest requests with id > ``requests_after`` in ``states``: (request, the customer's language,
    when its last event happened)."""
    rows = session.execute(
        select(DataRequest, Customer.language, func.max(RequestEvent.occurred_at))
        .join(Customer, Customer.id == DataRequest.customer_id)
        .join(RequestEvent, RequestEvent.request_id == DataRequest.id)
        .where(DataRequest.id > requests_after, DataRequest.state.in_(list(states)))
        .group_by(DataRequest.id, Customer.language)
        .order_by(DataRequest.received_on.desc(), DataRequest.id.desc())
        .limit(limit))
    return [(request, language, last) for request, language, last in rows]


def mark_letter_printed(session: Session, letter_id: int, printed_at: dt.datetime, printed_by: str,
                        dispatched_on: dt.date | None) -> None:
    letter = session.get(Letter, letter_id)
    assert letter is not None
    letter.printed_at, letter.printed_by, letter.dispatched_on = printed_at, printed_by, dispatched_on


def first_people(session: Session, count: int) -> list[Customer]:
    return list(session.scalars(select(Customer).where(Customer.kind == "person").order_by(Customer.id).limit(count)))


def add_call(session: Session, **values: object) -> None:
    session.add(Call(**values))


def running_requests(session: Session, states: Iterable[str], count: int) -> list[DataRequest]:
    """The first ``count`` requests in ``states`` whose clock runs (not paused, not extended)."""
    return list(session.scalars(select(DataRequest).where(
        DataRequest.state.in_(list(states)), DataRequest.paused_since.is_(None),
        DataRequest.extended_due_on.is_(None)).order_by(DataRequest.id).limit(count)))


def flush(session: Session) -> None:
    session.flush()
