"""A customer's invoices as the billing system reported them (table ``invoice``, migration 0009).

Two reads: :func:`invoice_page`, the newest invoices with the totals of everything still unpaid (the
card), and :func:`all_invoices`, every invoice (the copy of the data in an access reply). Both run in
the caller's transaction, so the card's read is covered by the ``customer_opened`` audit row that the
card service writes in the same transaction. Amounts stay integer cents until they are shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from db.models import Contract, Invoice

PAGE = 100  # newest invoices the card shows: eight years of monthly bills for one site
UNPAID = ("open", "in_collection")


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    id: int
    invoice_number: str
    invoice_date: dt.date
    due_date: dt.date
    amount_cents: int
    state: str  # open, paid, in_collection
    paid_on: dt.date | None
    contract_number: str | None
    contract_kind: str | None
    overdue: bool  # unpaid and past its due date on the day it was read

    @property
    def unpaid(self) -> bool:
        return self.state in UNPAID


@dataclass(frozen=True, slots=True)
class InvoicePage:
    lines: tuple[InvoiceLine, ...]  # newest first, at most the page size
    total_count: int  # every invoice of the customer
    unpaid_count: int
    unpaid_cents: int  # open and in collection together: what the customer still owes
    overdue_count: int


def _lines(session: Session, customer_id: int, today: dt.date, *, newest_first: bool,
           limit: int | None) -> tuple[InvoiceLine, ...]:
    order: tuple[Any, ...] = ((Invoice.invoice_date.desc(), Invoice.id.desc()) if newest_first
                              else (Invoice.invoice_date, Invoice.id))
    query = (select(Invoice.id, Invoice.invoice_number, Invoice.invoice_date, Invoice.due_date,
                    Invoice.amount_cents, Invoice.state, Invoice.paid_on, Contract.contract_number, Contract.kind)
             .outerjoin(Contract, Contract.id == Invoice.contract_id)
             .where(Invoice.customer_id == customer_id).order_by(*order))
    if limit is not None:
        query = query.limit(limit)
    return tuple(InvoiceLine(*row, overdue=row.state in UNPAID and row.due_date < today)
                 for row in session.execute(query))


def invoice_page(session: Session, customer_id: int, today: dt.date, *, limit: int = PAGE) -> InvoicePage:
    """The newest ``limit`` invoices and the totals over all of them (one index range each)."""
    unpaid = Invoice.state.in_(UNPAID)
    totals = session.execute(select(
        func.count(),
        func.coalesce(func.sum(case((unpaid, 1), else_=0)), 0),
        func.coalesce(func.sum(case((unpaid, Invoice.amount_cents), else_=0)), 0),
        func.coalesce(func.sum(case((and_(unpaid, Invoice.due_date < today), 1), else_=0)), 0),
    ).where(Invoice.customer_id == customer_id)).one()
    return InvoicePage(_lines(session, customer_id, today, newest_first=True, limit=limit),
                       int(totals[0]), int(totals[1]), int(totals[2]), int(totals[3]))


def all_invoices(session: Session, customer_id: int, today: dt.date, *,
                 newest_first: bool) -> tuple[InvoiceLine, ...]:
    return _lines(session, customer_id, today, newest_first=newest_first, limit=None)
