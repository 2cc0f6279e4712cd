"""Every query of an erasure (GDPR Art. 17): the facts its plan is made from, the deletions a plan orders,
the record of what was done, and the customers whose name and address wait for the reply to be posted.

On PostgreSQL every deletion of a plan goes through ``desk_erase_vault`` (migrations 0017, 0023, 0025):
a supervisor's own login may not delete the erased tables, the vault or the append-only consent ledger
itself; the function acts only for an erasure recorded in the same transaction and writes the audit row.
On SQLite (one workstation, no logins) :func:`_erase_on_sqlite` runs the same deletes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, exists, func, select, text, update
from sqlalchemy.orm import Session

from db.models import (
    BankAccount,
    Call,
    CallCustomer,
    ConsentEvent,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    Customer,
    CustomerNote,
    DataRequest,
    Disclosure,
    ErasureRecord,
    Invoice,
    InvoiceSummary,
    Letter,
    PersonHetu,
    PostalAddress,
    ProcessingRestriction,
    UsageSite,
)
from desktop.core.erasure import DELETE, ContractFact, ErasureFacts, ErasurePlan, InvoiceFact, plan_as_json
from desktop.core.request_states import CLOSED

# Posted, withdrawn, or closed as abandoned (the requester never confirmed who they are: issue 13).
CLOSED_STATES = tuple(sorted(CLOSED))
ANONYMOUS_NAME = "Poistettu asiakas"


def _count(session: Session, model: Any, customer_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(model.customer_id == customer_id)) or 0)


def facts(session: Session, customer_id: int, today: dt.date) -> ErasureFacts:
    has_hetu = bool(session.execute(text("SELECT masked_hetu IS NOT NULL FROM customer_masked WHERE id = :id"),
                                    {"id": customer_id}).scalar())
    current = session.scalar(select(func.count()).select_from(PostalAddress).where(
        PostalAddress.customer_id == customer_id, PostalAddress.valid_to.is_(None))) or 0
    calls = session.scalar(select(func.count()).select_from(Call).where(Call.customer_id == customer_id)) or 0
    contracts = tuple(ContractFact(s, e) for s, e in session.execute(
        select(Contract.start_date, Contract.end_date).where(Contract.customer_id == customer_id)))
    invoices = tuple(InvoiceFact(d, st, p) for d, st, p in session.execute(
        select(Invoice.invoice_date, Invoice.state, Invoice.paid_on).where(Invoice.customer_id == customer_id)))
    last_closed = session.scalar(select(func.max(DataRequest.dispatched_on)).where(
        DataRequest.customer_id == customer_id, DataRequest.state.in_(CLOSED_STATES)))
    recipients = tuple(session.scalars(select(Disclosure.recipient).where(Disclosure.customer_id == customer_id)
                                       .distinct()))
    return ErasureFacts(
        today=today, has_hetu=has_hetu, addresses=_count(session, PostalAddress, customer_id),
        has_current_address=bool(current), contact_points=_count(session, ContactPoint, customer_id),
        bank_accounts=_count(session, BankAccount, customer_id), calls=int(calls),
        notes=_count(session, CustomerNote, customer_id), consents=_count(session, ConsentEvent, customer_id),
        restrictions=_count(session, ProcessingRestriction, customer_id), contracts=contracts, invoices=invoices,
        requests=_count(session, DataRequest, customer_id), last_request_closed_on=last_closed,
        disclosures=_count(session, Disclosure, customer_id), disclosure_recipients=recipients)


def open_erasure_request(session: Session, customer_id: int) -> tuple[int, str, str] | None:
    """(id, reference, state) of the customer's newest erasure request still open, or None."""
    row = session.execute(select(DataRequest.id, DataRequest.reference, DataRequest.state)
                          .where(DataRequest.customer_id == customer_id, DataRequest.request_type == "erasure",
                                 DataRequest.state.not_in(CLOSED_STATES))
                          .order_by(DataRequest.received_on.desc(), DataRequest.id.desc()).limit(1)).first()
    return None if row is None else (row[0], row[1], row[2])


def record(session: Session, customer_id: int, request_id: int | None, plan: list[dict[str, Any]], full: bool,
           at: dt.datetime, by: str) -> int:
    row = ErasureRecord(customer_id=customer_id, request_id=request_id, plan=plan, full_anonymisation=full,
                        carried_out_at=at, carried_out_by=by)
    session.add(row)
    session.flush()
    return row.id


def latest_record(session: Session, request_id: int) -> ErasureRecord | None:
    return session.scalars(select(ErasureRecord).where(ErasureRecord.request_id == request_id)
                           .order_by(ErasureRecord.id.desc()).limit(1)).first()


def has_record(session: Session, customer_id: int) -> bool:
    return bool(session.scalar(select(exists().where(ErasureRecord.customer_id == customer_id))))


def carry_out(session: Session, customer_id: int, plan: ErasurePlan, request_id: int | None, at: dt.datetime,
              by: str) -> int:
    """Record the plan, then delete what it deletes; returns the erasure record's id."""
    record_id = record(session, customer_id, request_id, plan_as_json(plan), plan.full_anonymisation, at, by)
    erase_vault(session, customer_id, [i.category for i in plan.items if i.action == DELETE])
    return record_id


def erase_vault(session: Session, customer_id: int, categories: list[str]) -> None:
    """Delete what each category stands for (the plan said delete); ``current_address`` stays for the reply.

    PostgreSQL: only ``desk_erase_vault`` may, for an erasure recorded in this transaction, and it writes
    its audit row (``hetu_vault_erased``, rows per category) in the same transaction (migration 0025)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT desk_erase_vault(:id, CAST(:categories AS text[]))"),
                        {"id": customer_id, "categories": categories})
        return
    _erase_on_sqlite(session, customer_id, categories)


def _erase_on_sqlite(session: Session, cid: int, categories: list[str]) -> None:
    """The same deletes as desk_erase_vault, in the same order."""
    own_calls = select(Call.id).where(Call.customer_id == cid)
    session.execute(update(ConsentEvent).where(ConsentEvent.call_id.in_(own_calls)).values(call_id=None))
    for category in categories:
        if category == "hetu":
            session.execute(delete(PersonHetu).where(PersonHetu.customer_id == cid))
        elif category == "consents":
            session.execute(update(ConsentEvent).where(ConsentEvent.customer_id == cid).values(corrects_id=None))
            session.execute(delete(ConsentEvent).where(ConsentEvent.customer_id == cid))
        elif category == "invoices":
            session.execute(delete(InvoiceSummary).where(InvoiceSummary.customer_id == cid))
            session.execute(delete(Invoice).where(Invoice.customer_id == cid))
        elif category == "old_addresses":
            session.execute(delete(PostalAddress).where(PostalAddress.customer_id == cid,
                                                        PostalAddress.valid_to.is_not(None)))
        elif category == "contact_points":
            session.execute(delete(ContactPoint).where(ContactPoint.customer_id == cid))
        elif category == "bank_accounts":
            session.execute(delete(BankAccount).where(BankAccount.customer_id == cid))
        elif category == "calls":  # notes and links of the calls follow the foreign keys
            session.execute(delete(CallCustomer).where(CallCustomer.customer_id == cid))
            session.execute(delete(Call).where(Call.customer_id == cid))
        elif category == "notes":
            session.execute(delete(CustomerNote).where(CustomerNote.customer_id == cid))
        elif category == "restrictions":
            session.execute(delete(ProcessingRestriction).where(ProcessingRestriction.customer_id == cid))
        elif category == "contracts":
            sites = select(UsageSite.id).where(UsageSite.customer_id == cid)
            session.execute(update(Invoice).where(Invoice.customer_id == cid).values(contract_id=None))
            session.execute(delete(Contract).where(Contract.customer_id == cid))
            session.execute(delete(ConsumptionSummary).where(ConsumptionSummary.usage_site_id.in_(sites)))
            session.execute(delete(UsageSite).where(UsageSite.customer_id == cid))
        elif category not in ("current_address", "identity", "requests", "disclosures", "audit_trail"):
            raise ValueError(f"unknown erasure category {category!r}")
    session.flush()


def waiting_for_reply(session: Session, limit: int) -> list[int]:
    """Erasure records whose name and address were kept only to post the reply, and the reply is posted."""
    posted = exists().where(Letter.request_id == ErasureRecord.request_id, Letter.letter_type == "erasure_reply",
                            Letter.dispatched_on.is_not(None))
    return list(session.scalars(select(ErasureRecord.id).where(
        ErasureRecord.full_anonymisation.is_(True), ErasureRecord.finished_at.is_(None), posted)
        .order_by(ErasureRecord.id).limit(limit)))


def finish(session: Session, record_id: int, at: dt.datetime) -> None:
    """The reply is posted: anonymise the name and delete the address kept for it."""
    row = session.get(ErasureRecord, record_id)
    assert row is not None
    customer = session.get(Customer, row.customer_id)
    assert customer is not None
    customer.first_names = None
    customer.last_name = ANONYMOUS_NAME if customer.kind == "person" else None
    customer.company_name = ANONYMOUS_NAME if customer.kind == "company" else None
    customer.business_id = None
    customer.search_name = ""
    session.execute(delete(PostalAddress).where(PostalAddress.customer_id == row.customer_id))
    row.finished_at = at
    session.flush()
