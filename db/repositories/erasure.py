"""Every query of an erasure (GDPR Art. 17): the facts its plan is made from, the deletions a plan orders,
the record of what was done, and the customers whose name and address wait for the reply to be posted.

Identity codes and consent events are deleted through ``desk_erase_vault`` on PostgreSQL (migration 0016):
desk roles may not touch the vault or the append-only consent ledger themselves.
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

CLOSED_STATES = ("dispatched", "withdrawn")
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
    """Record the plan, then delete what it deletes (the vault first); returns the erasure record's id."""
    record_id = record(session, customer_id, request_id, plan_as_json(plan), plan.full_anonymisation, at, by)
    deleted = [i.category for i in plan.items if i.action == DELETE]
    erase_vault(session, customer_id, hetu="hetu" in deleted, consents="consents" in deleted,
                invoices="invoices" in deleted)
    for category in deleted:
        erase(session, customer_id, category)
    return record_id


def erase(session: Session, customer_id: int, category: str) -> None:
    """Delete what ``category`` stands for (the plan said delete). ``current_address`` is left for the reply."""
    cid = customer_id
    if category == "old_addresses":
        session.execute(delete(PostalAddress).where(PostalAddress.customer_id == cid, PostalAddress.valid_to.is_not(None)))
    elif category == "contact_points":
        session.execute(delete(ContactPoint).where(ContactPoint.customer_id == cid))
    elif category == "bank_accounts":
        session.execute(delete(BankAccount).where(BankAccount.customer_id == cid))
    elif category == "calls":
        # Consent events were unlinked by erase_vault; notes and links of the calls follow the foreign keys.
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
    elif category in ("hetu", "consents", "invoices"):
        pass  # erase_vault
    session.flush()


def erase_vault(session: Session, customer_id: int, *, hetu: bool, consents: bool, invoices: bool) -> None:
    """First step of an erasure: unlink consent events from the customer's calls (they may go), then delete
    the identity code, the consent ledger and the invoices (accounting records) if the plan says so. On
    PostgreSQL only desk_erase_vault may, for an erasure recorded in this transaction, and it audits itself
    (migration 0023)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT desk_erase_vault(:id, :hetu, :consents, :invoices)"),
                        {"id": customer_id, "hetu": hetu, "consents": consents, "invoices": invoices})
        return
    own = select(Call.id).where(Call.customer_id == customer_id)
    session.execute(update(ConsentEvent).where(ConsentEvent.call_id.in_(own)).values(call_id=None))
    if hetu:
        session.execute(delete(PersonHetu).where(PersonHetu.customer_id == customer_id))
    if consents:
        session.execute(update(ConsentEvent).where(ConsentEvent.customer_id == customer_id).values(corrects_id=None))
        session.execute(delete(ConsentEvent).where(ConsentEvent.customer_id == customer_id))
    if invoices:
        session.execute(delete(InvoiceSummary).where(InvoiceSummary.customer_id == customer_id))
        session.execute(delete(Invoice).where(Invoice.customer_id == customer_id))
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
