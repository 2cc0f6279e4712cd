"""Objection to processing other than direct marketing (GDPR Art. 21(1)): the customer's objection request
being prepared, the supervisor's decisions, and what upheld decisions stop (the marketing export and the
disclosure recording ask before they act)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DataRequest, ObjectionDecision
from db.repositories.rectification import PREPARING


def open_objection(session: Session, customer_id: int) -> tuple[int, str] | None:
    row = session.execute(select(DataRequest.id, DataRequest.reference)
                          .where(DataRequest.customer_id == customer_id, DataRequest.request_type == "objection",
                                 DataRequest.state.in_(PREPARING))
                          .order_by(DataRequest.received_on.desc(), DataRequest.id.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1])


def add_decision(session: Session, request_id: int, customer_id: int, processing: str, upheld: bool, reasons: str,
                 stops: str | None, at: dt.datetime, by: str) -> int:
    row = ObjectionDecision(request_id=request_id, customer_id=customer_id, processing=processing, upheld=upheld,
                            reasons=reasons, stops=stops if upheld else None, decided_at=at, decided_by=by)
    session.add(row)
    session.flush()
    return row.id


def decisions(session: Session, request_id: int) -> list[tuple[str, bool, str, dt.datetime]]:
    return [(d.processing, d.upheld, d.reasons, d.decided_at) for d in session.scalars(
        select(ObjectionDecision).where(ObjectionDecision.request_id == request_id).order_by(ObjectionDecision.id))]


def stopped(session: Session, customer_id: int) -> tuple[str, ...]:
    """What upheld objections stop for the customer (desktop.core.rights.OBJECTION_STOPS), in that order."""
    found = set(session.scalars(select(ObjectionDecision.stops).where(
        ObjectionDecision.customer_id == customer_id, ObjectionDecision.upheld.is_(True),
        ObjectionDecision.stops.is_not(None))))
    return tuple(sorted(found))


def objected_customer_ids(session: Session, stops: str) -> set[int]:
    """Every customer whose upheld objection stops ``stops`` (few: held in memory by the export)."""
    return set(session.scalars(select(ObjectionDecision.customer_id).where(
        ObjectionDecision.upheld.is_(True), ObjectionDecision.stops == stops).distinct()))
