"""Restriction of processing (GDPR Art. 18) and recorded disclosures: every query of issue 12's desk steps.

A restriction *holds* on a Finnish day when it is not lifted and its end (``ends_on``, inclusive) has not
passed. The marketing export reads the customers under a restriction as one set; the card and the access
reply read one customer's rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from db.models import Disclosure, ProcessingRestriction


@dataclass(frozen=True, slots=True)
class RestrictionRow:
    id: int
    reason: str
    ends_on: dt.date | None
    request_id: int | None
    recorded_at: dt.datetime
    recorded_by: str | None  # None in the access reply (not the customer's data)
    lifted_at: dt.datetime | None
    lifted_by: str | None
    lift_reason: str | None

    def holds_on(self, day: dt.date) -> bool:
        return self.lifted_at is None and (self.ends_on is None or self.ends_on >= day)


def _holding(today: dt.date) -> tuple[object, ...]:
    r = ProcessingRestriction
    return (r.lifted_at.is_(None), or_(r.ends_on.is_(None), r.ends_on >= today))


def restrictions(session: Session, customer_id: int, *, staff: bool) -> tuple[RestrictionRow, ...]:
    """Every restriction of the customer, newest first."""
    r = ProcessingRestriction
    rows = session.scalars(select(r).where(r.customer_id == customer_id).order_by(r.recorded_at.desc(), r.id.desc()))
    return tuple(RestrictionRow(x.id, x.reason, x.ends_on, x.request_id, x.recorded_at,
                                x.recorded_by if staff else None, x.lifted_at, x.lifted_by if staff else None,
                                x.lift_reason) for x in rows)


def holding(session: Session, customer_id: int, today: dt.date) -> ProcessingRestriction | None:
    """The customer's restriction in force today (the newest, if several), or None."""
    r = ProcessingRestriction
    return session.scalars(select(r).where(r.customer_id == customer_id, *_holding(today))
                           .order_by(r.recorded_at.desc(), r.id.desc()).limit(1)).first()


def restricted_customer_ids(session: Session, today: dt.date) -> set[int]:
    """Every customer under a restriction today (few: held in memory by the export)."""
    r = ProcessingRestriction
    return set(session.scalars(select(r.customer_id).where(*_holding(today)).distinct()))


def add(session: Session, customer_id: int, reason: str, ends_on: dt.date | None, request_id: int | None,
        recorded_at: dt.datetime, recorded_by: str) -> int:
    row = ProcessingRestriction(customer_id=customer_id, reason=reason, ends_on=ends_on, request_id=request_id,
                                recorded_at=recorded_at, recorded_by=recorded_by)
    session.add(row)
    session.flush()
    return row.id


def lift(session: Session, restriction: ProcessingRestriction, reason: str, lifted_at: dt.datetime,
         lifted_by: str) -> None:
    restriction.lifted_at = lifted_at
    restriction.lifted_by = lifted_by
    restriction.lift_reason = reason
    session.flush()


def add_disclosure(session: Session, customer_id: int, recipient: str, basis: str, data_description: str,
                   disclosed_on: dt.date, recorded_by: str) -> int:
    row = Disclosure(customer_id=customer_id, recipient=recipient, basis=basis, data_description=data_description,
                     disclosed_on=disclosed_on, recorded_by=recorded_by)
    session.add(row)
    session.flush()
    return row.id


def add_disclosures(session: Session, customer_ids: Iterable[int], recipient: str, basis: str,
                    data_description: str, disclosed_on: dt.date, recorded_by: str) -> None:
    """One disclosure row per customer, in one multi-row INSERT (the marketing export's batches)."""
    rows = [{"customer_id": cid, "recipient": recipient, "basis": basis, "data_description": data_description,
             "disclosed_on": disclosed_on, "recorded_by": recorded_by} for cid in customer_ids]
    if rows:
        session.execute(insert(Disclosure), rows)
