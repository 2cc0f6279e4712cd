"""Everything the register holds on one customer: the copy of the data for an access reply (GDPR Art. 15(3)).

One read per table of the data model, each copied into frozen rows. Deliberately leaves out what is
not the customer's data or must not be printed: the full identity code (only the masked form, read
through the ``customer_masked`` view that desk roles may use), the full bank account number, the names
of staff (agent usernames on calls and consents, actors in the audit log), and letter PDFs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.base import utcnow
from db.database import Database
from db.models import (
    AuditEvent,
    Call,
    ConsentEvent,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    DataRequest,
    Disclosure,
    InvoiceSummary,
    Letter,
    PostalAddress,
    UsageSite,
)
from db.repositories.bank_accounts import masked_accounts
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission


class SubjectNotFound(DomainError):
    def __init__(self, customer_id: int) -> None:
        super().__init__(N_("Customer {customer_id} does not exist."), customer_id=customer_id)


@dataclass(frozen=True, slots=True)
class AddressRow:
    care_of: str | None
    street: str
    postcode: str
    post_town: str
    country: str
    source: str
    valid_from: dt.datetime
    valid_to: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ContactRow:
    kind: str
    value: str
    source: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class BankRow:
    masked_iban: str
    bic: str | None
    source: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class SiteRow:
    metering_point_id: str
    street: str
    postcode: str
    post_town: str
    commodity: str


@dataclass(frozen=True, slots=True)
class ConsumptionRow:
    metering_point_id: str
    year: int
    quantity: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class ContractRow:
    contract_number: str
    kind: str
    product: str
    metering_point_id: str | None
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    open_count: int
    open_amount: Decimal
    overdue_count: int
    in_collection: bool
    collection_agency: str | None
    paid_last_12_months: Decimal
    last_invoice_on: dt.date | None
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class CallRow:
    started_at: dt.datetime
    direction: str
    subject: str | None
    recording_ref: str | None
    notice_given_at: dt.datetime | None
    customer_objected: bool
    recording_destroyed_at: dt.datetime | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class ConsentRow:
    occurred_at: dt.datetime
    purpose: str
    channel: str
    decision: str
    source: str
    valid_until: dt.date | None


@dataclass(frozen=True, slots=True)
class RequestRow:
    reference: str
    request_type: str
    channel: str
    received_on: dt.date
    state: str
    dispatched_on: dt.date | None


@dataclass(frozen=True, slots=True)
class LetterRow:
    created_at: dt.datetime
    letter_type: str
    reference: str
    dispatched_on: dt.date | None


@dataclass(frozen=True, slots=True)
class DisclosureRow:
    disclosed_on: dt.date
    recipient: str
    basis: str
    data_description: str


@dataclass(frozen=True, slots=True)
class ConsultationRow:
    """One processing of the customer's data from the audit log: when, what, why — never who."""

    occurred_at: dt.datetime
    action: str
    purpose: str | None


@dataclass(frozen=True, slots=True)
class SubjectData:
    customer_id: int
    customer_number: str
    kind: str
    first_names: str | None
    last_name: str | None
    company_name: str | None
    masked_hetu: str | None
    business_id: str | None
    language: str
    name_source: str
    created_at: dt.datetime
    current_address: AddressRow | None
    addresses: tuple[AddressRow, ...]  # oldest first, the current one included
    contact_points: tuple[ContactRow, ...]
    bank_accounts: tuple[BankRow, ...]
    sites: tuple[SiteRow, ...]
    consumption: tuple[ConsumptionRow, ...]
    contracts: tuple[ContractRow, ...]
    invoice: InvoiceRow | None
    calls: tuple[CallRow, ...]
    consents: tuple[ConsentRow, ...]  # full history, oldest first
    requests: tuple[RequestRow, ...]
    letters: tuple[LetterRow, ...]
    disclosures: tuple[DisclosureRow, ...]
    consultations: tuple[ConsultationRow, ...]
    collected_at: dt.datetime

    @property
    def display_name(self) -> str:
        if self.kind == "company":
            return self.company_name or ""
        return " ".join(part for part in (self.first_names, self.last_name) if part)


def _consultations(session: Session, customer_id: int) -> tuple[ConsultationRow, ...]:
    if session.get_bind().dialect.name == "postgresql":
        # Desk roles cannot read audit_event; this SECURITY DEFINER function gives supervisors and the
        # auditor the customer's rows. Its actor column is deliberately not selected.
        rows = session.execute(text("SELECT occurred_at, action, purpose FROM desk_customer_accesses(:id)"),
                               {"id": customer_id})
    else:
        rows = session.execute(select(AuditEvent.occurred_at, AuditEvent.action, AuditEvent.purpose)
                               .where(AuditEvent.customer_id == customer_id).order_by(AuditEvent.id))
    result = []
    for occurred_at, action, purpose in rows:
        when = occurred_at if occurred_at.tzinfo else occurred_at.replace(tzinfo=dt.UTC)
        result.append(ConsultationRow(when, action, purpose))
    return tuple(result)


def _address(a: PostalAddress) -> AddressRow:
    return AddressRow(a.care_of, a.street, a.postcode, a.post_town, a.country, a.source, a.valid_from, a.valid_to)


def collect(session: Session, customer_id: int, now: dt.datetime | None = None) -> SubjectData:
    """Read every table for ``customer_id`` inside the caller's session."""
    row = session.execute(text(
        "SELECT customer_number, kind, first_names, last_name, company_name, business_id, language,"
        " name_source, created_at, masked_hetu FROM customer_masked WHERE id = :id"), {"id": customer_id}).first()
    if row is None:
        raise SubjectNotFound(customer_id)
    created_at = row.created_at if isinstance(row.created_at, dt.datetime) else dt.datetime.fromisoformat(
        str(row.created_at))
    if created_at.tzinfo is None:  # SQLite keeps UTC without a zone (db.base.UtcDateTime)
        created_at = created_at.replace(tzinfo=dt.UTC)
    addresses = [_address(a) for a in session.scalars(
        select(PostalAddress).where(PostalAddress.customer_id == customer_id)
        .order_by(PostalAddress.valid_from, PostalAddress.id))]
    sites = list(session.scalars(select(UsageSite).where(UsageSite.customer_id == customer_id)
                                 .order_by(UsageSite.id)))
    meter_of = {s.id: s.metering_point_id for s in sites}
    consumption = [] if not sites else [
        ConsumptionRow(meter_of[c.usage_site_id], c.year, c.quantity, c.unit)
        for c in session.scalars(select(ConsumptionSummary)
                                 .where(ConsumptionSummary.usage_site_id.in_(list(meter_of)))
                                 .order_by(ConsumptionSummary.usage_site_id, ConsumptionSummary.year))]
    invoice = session.get(InvoiceSummary, customer_id)
    return SubjectData(
        customer_id=customer_id, customer_number=row.customer_number, kind=row.kind,
        first_names=row.first_names, last_name=row.last_name, company_name=row.company_name,
        masked_hetu=row.masked_hetu, business_id=row.business_id, language=row.language,
        name_source=row.name_source, created_at=created_at,
        current_address=next((a for a in reversed(addresses) if a.valid_to is None), None),
        addresses=tuple(addresses),
        contact_points=tuple(ContactRow(p.kind, p.value, p.source, p.added_at) for p in session.scalars(
            select(ContactPoint).where(ContactPoint.customer_id == customer_id)
            .order_by(ContactPoint.kind.desc(), ContactPoint.id))),
        # Through the masked view: desk roles may not read bank_account.iban on PostgreSQL (migration 0005).
        bank_accounts=tuple(BankRow(b.masked_iban, b.bic, b.source, b.added_at)
                            for b in masked_accounts(session, customer_id)),
        sites=tuple(SiteRow(s.metering_point_id, s.street, s.postcode, s.post_town, s.commodity) for s in sites),
        consumption=tuple(consumption),
        contracts=tuple(ContractRow(k.contract_number, k.kind, k.product, meter_of.get(k.usage_site_id or -1),
                                    k.start_date, k.end_date) for k in session.scalars(
            select(Contract).where(Contract.customer_id == customer_id).order_by(Contract.start_date, Contract.id))),
        invoice=None if invoice is None else InvoiceRow(
            invoice.open_count, invoice.open_amount, invoice.overdue_count, invoice.in_collection,
            invoice.collection_agency, invoice.paid_last_12_months, invoice.last_invoice_on, invoice.updated_at),
        calls=tuple(CallRow(k.started_at, k.direction, k.subject, k.recording_ref, k.notice_given_at,
                            k.customer_objected, k.recording_destroyed_at, k.notes) for k in session.scalars(
            select(Call).where(Call.customer_id == customer_id).order_by(Call.started_at, Call.id))),
        consents=tuple(ConsentRow(e.occurred_at, e.purpose, e.channel, e.decision, e.source, e.valid_until)
                       for e in session.scalars(select(ConsentEvent).where(ConsentEvent.customer_id == customer_id)
                                                .order_by(ConsentEvent.occurred_at, ConsentEvent.id))),
        requests=tuple(RequestRow(r.reference, r.request_type, r.channel, r.received_on, r.state, r.dispatched_on)
                       for r in session.scalars(select(DataRequest).where(DataRequest.customer_id == customer_id)
                                                .order_by(DataRequest.received_on, DataRequest.id))),
        letters=tuple(LetterRow(*r) for r in session.execute(
            select(Letter.created_at, Letter.letter_type, Letter.reference, Letter.dispatched_on)
            .where(Letter.customer_id == customer_id).order_by(Letter.created_at, Letter.id))),
        disclosures=tuple(DisclosureRow(d.disclosed_on, d.recipient, d.basis, d.data_description)
                          for d in session.scalars(select(Disclosure).where(Disclosure.customer_id == customer_id)
                                                   .order_by(Disclosure.disclosed_on, Disclosure.id))),
        consultations=_consultations(session, customer_id),
        collected_at=now or utcnow(),
    )


class SubjectDataService:
    """Read-only: the data of one customer as it would go into an access reply."""

    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def collect(self, customer_id: int) -> SubjectData:
        # The audit-log part is only readable to roles that may see who looked at a customer.
        self.actor.require(Permission.VIEW_ACCESS_LOG)
        with self.database.transaction() as session:
            return collect(session, customer_id)
