"""Demo invoices: half a year of bills per site, nothing dated after "today", and a billing summary that
says the same as the invoices."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from itertools import pairwise

from sqlalchemy import select

from db.database import Database
from db.models import Contract, Disclosure, Invoice, InvoiceSummary
from desktop.tooling.demo_data import generate
from desktop.tooling.demo_invoices import HISTORY_DAYS

TODAY = dt.date(2026, 3, 2)


def test_demo_invoices_are_a_consistent_year_of_bills(initialised: Database) -> None:
    generate(initialised, 300, seed=5, today=TODAY)
    with initialised.transaction() as session:
        invoices = session.scalars(select(Invoice)).all()
        summaries = {s.customer_id: s for s in session.scalars(select(InvoiceSummary))}
        kinds = dict(session.execute(select(Contract.id, Contract.kind)).all())
        collected = set(session.scalars(select(Disclosure.customer_id).where(Disclosure.recipient == "RopoCapital")))
    assert len(summaries) == 300 and len(invoices) > 300 * 3
    assert len({i.invoice_number for i in invoices}) == len(invoices)
    by_customer: dict[int, list[Invoice]] = defaultdict(list)
    for i in invoices:
        by_customer[i.customer_id].append(i)
        assert TODAY - dt.timedelta(days=HISTORY_DAYS) <= i.invoice_date <= TODAY
        assert i.due_date > i.invoice_date and i.amount_cents > 0
        assert (i.paid_on is not None) == (i.state == "paid")
        if i.paid_on is not None:
            assert i.invoice_date <= i.paid_on <= TODAY
        if i.state == "in_collection":
            assert (TODAY - i.due_date).days > 30
        # electricity (transmission or sales), district heat and water are invoiced, not the connection
        assert kinds[i.contract_id] in {"electricity_transmission", "electricity_sales", "district_heat", "water"}
    assert {i.state for i in invoices} == {"open", "paid", "in_collection"}
    assert {kinds[i.contract_id] for i in invoices} >= {"electricity_sales", "district_heat", "water"}
    for cid, summary in summaries.items():
        mine = by_customer.get(cid, [])
        unpaid = [i for i in mine if i.state != "paid"]
        assert summary.open_count == len(unpaid)
        assert summary.open_amount == Decimal(sum(i.amount_cents for i in unpaid)) / 100
        assert summary.overdue_count == sum(i.due_date < TODAY for i in unpaid)
        assert summary.in_collection == any(i.state == "in_collection" for i in mine)
        assert summary.in_collection == (cid in collected)  # the agency got the data (a disclosure)
        # the billing system's 12 months reach back before the desk's half year
        assert summary.paid_last_12_months >= Decimal(sum(i.amount_cents for i in mine if i.state == "paid")) / 100
        assert summary.last_invoice_on == max((i.invoice_date for i in mine), default=None)
    # monthly and quarterly bills: the gaps between one contract's invoice dates
    gaps = set()
    by_contract: dict[int, list[dt.date]] = defaultdict(list)
    for i in invoices:
        by_contract[i.contract_id].append(i.invoice_date)
    for days in by_contract.values():
        days.sort()
        gaps |= {(b - a).days // 28 for a, b in pairwise(days)}
    assert {1, 3} <= gaps
