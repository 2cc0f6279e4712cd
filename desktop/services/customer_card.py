"""The customer card as plain frozen data, and the one function that reads it in a session.

Shared by CustomerService (open, after an edit), ConsentService and CallService. ORM objects never
leave this module: each section is copied into a DTO.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import (
    AuditEvent,
    Call,
    ConsentEvent,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    Customer,
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
from desktop.core.prohibitions import ConsentEventData, ConsentState, derive
from desktop.core.roles import Actor, Permission

HELSINKI = ZoneInfo("Europe/Helsinki")
ACCESS_LOG_LIMIT = 200


class CustomerNotFound(DomainError):
    def __init__(self, customer_id: int) -> None:
        super().__init__(N_("Customer {customer_id} does not exist."), customer_id=customer_id)


def local_date(moment: dt.datetime) -> dt.date:
    """The Finnish calendar day of a UTC instant (deadlines and validity are Finnish days)."""
    return moment.astimezone(HELSINKI).date()


@dataclass(frozen=True, slots=True)
class AddressInfo:
    id: int
    care_of: str | None
    street: str
    postcode: str
    post_town: str
    country: str
    source: str
    valid_from: dt.datetime
    valid_to: dt.datetime | None
    changed_by: str | None


@dataclass(frozen=True, slots=True)
class ContactPointInfo:
    id: int
    kind: str  # phone, email
    value: str
    source: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class BankAccountInfo:
    masked_iban: str
    bic: str | None
    source: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ConsumptionInfo:
    year: int
    quantity: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class SiteInfo:
    id: int
    metering_point_id: str
    street: str
    postcode: str
    post_town: str
    commodity: str
    consumption: tuple[ConsumptionInfo, ...]  # newest year first


@dataclass(frozen=True, slots=True)
class ContractInfo:
    id: int
    contract_number: str
    kind: str
    product: str
    start_date: dt.date
    end_date: dt.date | None
    usage_site_id: int | None


@dataclass(frozen=True, slots=True)
class InvoiceInfo:
    open_count: int
    open_amount: Decimal
    overdue_count: int
    in_collection: bool
    collection_agency: str | None
    paid_last_12_months: Decimal
    last_invoice_on: dt.date | None
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class CallSummary:
    id: int
    direction: str
    agent_username: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    notice_given_at: dt.datetime | None
    customer_objected: bool
    recording_ref: str | None
    recording_stopped_at: dt.datetime | None
    recording_destroy_due: dt.date | None
    subject: str | None
    notes: str | None


@dataclass(frozen=True, slots=True)
class ConsentEventInfo:
    id: int
    purpose: str
    channel: str
    decision: str
    source: str
    valid_until: dt.date | None
    agent_username: str
    occurred_at: dt.datetime
    evidence: str | None
    call_id: int | None


@dataclass(frozen=True, slots=True)
class RequestSummary:
    id: int
    reference: str
    request_type: str
    state: str
    channel: str
    received_on: dt.date
    due_on: dt.date
    extended_due_on: dt.date | None
    dispatched_on: dt.date | None


@dataclass(frozen=True, slots=True)
class LetterSummary:
    """Metadata only: the PDF stays in the database until someone opens the letter itself."""

    id: int
    request_id: int | None
    letter_type: str
    language: str
    reference: str
    sha256: str
    page_count: int
    created_at: dt.datetime
    created_by: str
    printed_at: dt.datetime | None
    dispatched_on: dt.date | None


@dataclass(frozen=True, slots=True)
class DisclosureInfo:
    id: int
    recipient: str
    basis: str
    data_description: str
    disclosed_on: dt.date
    recorded_by: str


@dataclass(frozen=True, slots=True)
class AccessLogEntry:
    occurred_at: dt.datetime
    actor: str
    actor_role: str | None
    action: str
    purpose: str | None


@dataclass(frozen=True, slots=True)
class CustomerCard:
    customer_id: int
    customer_number: str
    kind: str  # person, company
    display_name: str
    first_names: str | None
    last_name: str | None
    company_name: str | None
    masked_id: str  # masked hetu of a person, the Y-tunnus of a company ("" if unknown)
    hetu_is_temporary: bool
    language: str
    version: int
    address: AddressInfo | None  # the current postal address
    address_history: tuple[AddressInfo, ...]  # every address, newest first (the current one included)
    contact_points: tuple[ContactPointInfo, ...]
    bank_accounts: tuple[BankAccountInfo, ...]
    sites: tuple[SiteInfo, ...]
    contracts: tuple[ContractInfo, ...]
    invoices: InvoiceInfo | None
    calls: tuple[CallSummary, ...]  # newest first
    consents: ConsentState
    consent_history: tuple[ConsentEventInfo, ...]  # oldest first, as recorded
    requests: tuple[RequestSummary, ...]
    letters: tuple[LetterSummary, ...]
    disclosures: tuple[DisclosureInfo, ...]
    access_log: tuple[AccessLogEntry, ...] | None  # None: the viewer may not see who looked

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contact_points if c.kind == "phone")

    @property
    def emails(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contact_points if c.kind == "email")


def _address(a: PostalAddress) -> AddressInfo:
    return AddressInfo(a.id, a.care_of, a.street, a.postcode, a.post_town, a.country, a.source, a.valid_from,
                       a.valid_to, a.changed_by)


def consent_events(session: Session, customer_id: int) -> tuple[ConsentEventInfo, ...]:
    rows = session.scalars(select(ConsentEvent).where(ConsentEvent.customer_id == customer_id)
                           .order_by(ConsentEvent.occurred_at, ConsentEvent.id))
    return tuple(ConsentEventInfo(e.id, e.purpose, e.channel, e.decision, e.source, e.valid_until,
                                  e.agent_username, e.occurred_at, e.evidence, e.call_id) for e in rows)


def as_rule_events(events: tuple[ConsentEventInfo, ...]) -> list[ConsentEventData]:
    return [ConsentEventData(e.purpose, e.channel, e.decision, e.source, e.occurred_at, e.valid_until, e.id)
            for e in events]


def masked_identity(session: Session, customer: Customer) -> tuple[str, bool]:
    """(masked hetu or Y-tunnus, is the hetu temporary), through the ``customer_masked`` view of the
    security migration: on PostgreSQL desk roles cannot read person_hetu, and the full code never
    reaches this process at all."""
    if customer.kind == "company":
        return customer.business_id or "", False
    row = session.execute(text("SELECT masked_hetu, hetu_is_temporary FROM customer_masked WHERE id = :cid"),
                          {"cid": customer.id}).first()
    if row is None or row.masked_hetu is None:
        return "", False
    return row.masked_hetu, bool(row.hetu_is_temporary)


def load_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(customer_id)
    return customer


def load_card(session: Session, customer_id: int, actor: Actor, today: dt.date) -> CustomerCard:
    """Read every section of the card (no audit row: the caller writes the one that fits)."""
    c = load_customer(session, customer_id)
    masked, temporary = masked_identity(session, c)
    addresses = sorted(c.addresses, key=lambda a: a.valid_from, reverse=True)
    current = next((a for a in addresses if a.valid_to is None), None)
    points = session.scalars(select(ContactPoint).where(ContactPoint.customer_id == c.id)
                             .order_by(ContactPoint.kind.desc(), ContactPoint.id))
    # Through the masked view: desk roles may not read bank_account.iban on PostgreSQL (migration 0005).
    accounts = masked_accounts(session, c.id)
    sites = list(session.scalars(select(UsageSite).where(UsageSite.customer_id == c.id).order_by(UsageSite.id)))
    consumption: dict[int, list[ConsumptionInfo]] = {}
    if sites:
        for row in session.scalars(select(ConsumptionSummary)
                                   .where(ConsumptionSummary.usage_site_id.in_([s.id for s in sites]))
                                   .order_by(ConsumptionSummary.year.desc())):
            consumption.setdefault(row.usage_site_id, []).append(ConsumptionInfo(row.year, row.quantity, row.unit))
    contracts = session.scalars(select(Contract).where(Contract.customer_id == c.id)
                                .order_by(Contract.start_date.desc(), Contract.id))
    invoice = session.get(InvoiceSummary, c.id)
    calls = session.scalars(select(Call).where(Call.customer_id == c.id).order_by(Call.started_at.desc(), Call.id))
    history = consent_events(session, c.id)
    requests = session.scalars(select(DataRequest).where(DataRequest.customer_id == c.id)
                               .order_by(DataRequest.received_on.desc(), DataRequest.id))
    # Column list, not the entity: the PDF bytes are not loaded for a card.
    letters = session.execute(select(
        Letter.id, Letter.request_id, Letter.letter_type, Letter.language, Letter.reference, Letter.sha256,
        Letter.page_count, Letter.created_at, Letter.created_by, Letter.printed_at, Letter.dispatched_on,
    ).where(Letter.customer_id == c.id).order_by(Letter.created_at.desc(), Letter.id))
    disclosures = session.scalars(select(Disclosure).where(Disclosure.customer_id == c.id)
                                  .order_by(Disclosure.disclosed_on.desc(), Disclosure.id))
    access_log = None
    if actor.can(Permission.VIEW_ACCESS_LOG):
        access_log = tuple(AccessLogEntry(a.occurred_at, a.actor, a.actor_role, a.action, a.purpose)
                           for a in session.scalars(select(AuditEvent).where(AuditEvent.customer_id == c.id)
                                                    .order_by(AuditEvent.id.desc()).limit(ACCESS_LOG_LIMIT)))
    return CustomerCard(
        customer_id=c.id, customer_number=c.customer_number, kind=c.kind, display_name=c.display_name,
        first_names=c.first_names, last_name=c.last_name, company_name=c.company_name, masked_id=masked,
        hetu_is_temporary=temporary, language=c.language, version=c.version,
        address=_address(current) if current else None,
        address_history=tuple(_address(a) for a in addresses),
        contact_points=tuple(ContactPointInfo(p.id, p.kind, p.value, p.source, p.added_at) for p in points),
        bank_accounts=tuple(BankAccountInfo(b.masked_iban, b.bic, b.source, b.added_at) for b in accounts),
        sites=tuple(SiteInfo(s.id, s.metering_point_id, s.street, s.postcode, s.post_town, s.commodity,
                             tuple(consumption.get(s.id, ()))) for s in sites),
        contracts=tuple(ContractInfo(k.id, k.contract_number, k.kind, k.product, k.start_date, k.end_date,
                                     k.usage_site_id) for k in contracts),
        invoices=None if invoice is None else InvoiceInfo(
            invoice.open_count, invoice.open_amount, invoice.overdue_count, invoice.in_collection,
            invoice.collection_agency, invoice.paid_last_12_months, invoice.last_invoice_on, invoice.updated_at),
        calls=tuple(CallSummary(k.id, k.direction, k.agent_username, k.started_at, k.ended_at, k.notice_given_at,
                                k.customer_objected, k.recording_ref, k.recording_stopped_at,
                                k.recording_destroy_due, k.subject, k.notes) for k in calls),
        consents=derive(as_rule_events(history), today),
        consent_history=history,
        requests=tuple(RequestSummary(r.id, r.reference, r.request_type, r.state, r.channel, r.received_on,
                                      r.due_on, r.extended_due_on, r.dispatched_on) for r in requests),
        letters=tuple(LetterSummary(*row) for row in letters),
        disclosures=tuple(DisclosureInfo(d.id, d.recipient, d.basis, d.data_description, d.disclosed_on,
                                         d.recorded_by) for d in disclosures),
        access_log=access_log,
    )
