"""The records held on one customer, one frozen row type per kind, and the reads both of their readers share.

Two readers use them: the customer card (desktop.services.customer_card, newest first, with the staff
who did things) and the copy of the data for an access reply (desktop.services.subject_data, oldest
first, without staff). So every read takes ``newest_first`` (the date column's direction; ties stay in
id order either way) and ``staff``: with ``staff=False`` the names of staff (agents, letter writers,
disclosure recorders, audit actors) are None, because they are not the customer's data and the reply
must not carry them. ORM objects never leave this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    ConsumptionSummary,
    ContactPoint,
    Contract,
    CustomerNote,
    DataRequest,
    Disclosure,
    InvoiceSummary,
    Letter,
    PostalAddress,
    UsageSite,
)
from db.repositories import calls as call_repository
from db.repositories import consents as consent_repository
from db.repositories import invoices as invoice_repository
from db.repositories.bank_accounts import masked_accounts
from db.repositories.calls import CallRow
from db.repositories.consents import ConsentEventRow, as_rule_events

__all__ = ["CallRow", "ConsentEventRow", "as_rule_events"]  # re-exported: the card and the reply hand them out
from db.repositories.invoices import InvoiceLine, InvoicePage  # the invoice rows of both readers


@dataclass(frozen=True, slots=True)
class AddressRow:
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
class ContactPointRow:
    id: int
    kind: str  # phone, email
    value: str
    source: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class BankAccountRow:
    masked_iban: str  # the full IBAN never reaches this process (migration 0005)
    bic: str | None
    source: str
    added_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ConsumptionRow:
    metering_point_id: str
    year: int
    quantity: Decimal
    unit: str


@dataclass(frozen=True, slots=True)
class SiteRow:
    id: int
    metering_point_id: str
    street: str
    postcode: str
    post_town: str
    commodity: str
    consumption: tuple[ConsumptionRow, ...]  # newest year first


@dataclass(frozen=True, slots=True)
class ContractRow:
    id: int
    contract_number: str
    kind: str
    product: str
    start_date: dt.date
    end_date: dt.date | None
    usage_site_id: int | None
    metering_point_id: str | None  # of the site, if it is one of the customer's own


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """The billing system's summary of the customer's invoices (table invoice_summary)."""

    open_count: int
    open_amount: Decimal
    overdue_count: int
    in_collection: bool
    collection_agency: str | None
    paid_last_12_months: Decimal
    last_invoice_on: dt.date | None
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class NoteRow:
    """A note on the customer that outlives a call; the writer only with staff."""

    id: int
    body: str
    created_at: dt.datetime
    created_by: str | None  # None without staff
    call_id: int | None


@dataclass(frozen=True, slots=True)
class RequestRow:
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
class LetterRow:
    """Metadata only: the PDF stays in the database until someone opens the letter itself."""

    id: int
    request_id: int | None
    letter_type: str
    language: str
    reference: str
    sha256: str
    page_count: int
    created_at: dt.datetime
    created_by: str | None  # None without staff
    printed_at: dt.datetime | None
    dispatched_on: dt.date | None


@dataclass(frozen=True, slots=True)
class DisclosureRow:
    id: int
    recipient: str
    basis: str
    data_description: str
    disclosed_on: dt.date
    recorded_by: str | None  # None without staff


@dataclass(frozen=True, slots=True)
class AccessRow:
    """One processing of the customer's data from the audit log: when, what and why; who only with staff."""

    occurred_at: dt.datetime
    action: str
    purpose: str | None
    actor: str | None = None
    actor_role: str | None = None


def _by(column: Any, newest_first: bool) -> Any:
    return column.desc() if newest_first else column


def _who(name: str | None, staff: bool) -> str | None:
    return name if staff else None


def address_row(a: PostalAddress) -> AddressRow:
    return AddressRow(a.id, a.care_of, a.street, a.postcode, a.post_town, a.country, a.source, a.valid_from,
                      a.valid_to, a.changed_by)


def addresses(session: Session, customer_id: int, *, newest_first: bool) -> tuple[AddressRow, ...]:
    """Every address, the current one included."""
    return tuple(address_row(a) for a in session.scalars(
        select(PostalAddress).where(PostalAddress.customer_id == customer_id)
        .order_by(_by(PostalAddress.valid_from, newest_first), PostalAddress.id)))


def contact_points(session: Session, customer_id: int) -> tuple[ContactPointRow, ...]:
    """Phones before e-mail addresses, each in the order added."""
    return tuple(ContactPointRow(p.id, p.kind, p.value, p.source, p.added_at) for p in session.scalars(
        select(ContactPoint).where(ContactPoint.customer_id == customer_id)
        .order_by(ContactPoint.kind.desc(), ContactPoint.id)))


def bank_accounts(session: Session, customer_id: int) -> tuple[BankAccountRow, ...]:
    # Through the masked view: desk roles may not read bank_account.iban on PostgreSQL (migration 0005).
    return tuple(BankAccountRow(b.masked_iban, b.bic, b.source, b.added_at)
                 for b in masked_accounts(session, customer_id))


def sites(session: Session, customer_id: int) -> tuple[SiteRow, ...]:
    """The usage sites in the order added, each with its yearly consumption."""
    found = list(session.scalars(select(UsageSite).where(UsageSite.customer_id == customer_id)
                                 .order_by(UsageSite.id)))
    consumption: dict[int, list[ConsumptionRow]] = {}
    if found:
        meter_of = {s.id: s.metering_point_id for s in found}
        for c in session.scalars(select(ConsumptionSummary)
                                 .where(ConsumptionSummary.usage_site_id.in_(list(meter_of)))
                                 .order_by(ConsumptionSummary.year.desc())):
            consumption.setdefault(c.usage_site_id, []).append(
                ConsumptionRow(meter_of[c.usage_site_id], c.year, c.quantity, c.unit))
    return tuple(SiteRow(s.id, s.metering_point_id, s.street, s.postcode, s.post_town, s.commodity,
                         tuple(consumption.get(s.id, ()))) for s in found)


def contracts(session: Session, customer_id: int, own_sites: tuple[SiteRow, ...], *,
              newest_first: bool) -> tuple[ContractRow, ...]:
    meter_of = {s.id: s.metering_point_id for s in own_sites}
    return tuple(ContractRow(k.id, k.contract_number, k.kind, k.product, k.start_date, k.end_date, k.usage_site_id,
                             meter_of.get(k.usage_site_id or -1)) for k in session.scalars(
        select(Contract).where(Contract.customer_id == customer_id)
        .order_by(_by(Contract.start_date, newest_first), Contract.id)))


def invoice(session: Session, customer_id: int) -> InvoiceRow | None:
    i = session.get(InvoiceSummary, customer_id)
    if i is None:
        return None
    return InvoiceRow(i.open_count, i.open_amount, i.overdue_count, i.in_collection, i.collection_agency,
                      i.paid_last_12_months, i.last_invoice_on, i.updated_at)


def invoice_page(session: Session, customer_id: int, today: dt.date) -> InvoicePage:
    """The newest invoices (a page) and what is still unpaid over all of them."""
    return invoice_repository.invoice_page(session, customer_id, today)


def invoices(session: Session, customer_id: int, today: dt.date, *, newest_first: bool) -> tuple[InvoiceLine, ...]:
    """Every invoice the register holds."""
    return invoice_repository.all_invoices(session, customer_id, today, newest_first=newest_first)


def calls(session: Session, customer_id: int, *, newest_first: bool, staff: bool) -> tuple[CallRow, ...]:
    return call_repository.for_customer(session, customer_id, newest_first=newest_first, staff=staff)


def notes(session: Session, customer_id: int, *, newest_first: bool, staff: bool) -> tuple[NoteRow, ...]:
    return tuple(NoteRow(n.id, n.body, n.created_at, _who(n.created_by, staff), n.call_id)
                 for n in session.scalars(select(CustomerNote).where(CustomerNote.customer_id == customer_id)
                                          .order_by(_by(CustomerNote.created_at, newest_first), CustomerNote.id)))


def consent_events(session: Session, customer_id: int, *, staff: bool) -> tuple[ConsentEventRow, ...]:
    return consent_repository.events(session, customer_id, staff=staff)


def requests(session: Session, customer_id: int, *, newest_first: bool) -> tuple[RequestRow, ...]:
    return tuple(RequestRow(r.id, r.reference, r.request_type, r.state, r.channel, r.received_on, r.due_on,
                            r.extended_due_on, r.dispatched_on)
                 for r in session.scalars(select(DataRequest).where(DataRequest.customer_id == customer_id)
                                          .order_by(_by(DataRequest.received_on, newest_first), DataRequest.id)))


def letters(session: Session, customer_id: int, *, newest_first: bool, staff: bool) -> tuple[LetterRow, ...]:
    # Column list, not the entity: the PDF bytes are not loaded.
    rows = session.execute(select(
        Letter.id, Letter.request_id, Letter.letter_type, Letter.language, Letter.reference, Letter.sha256,
        Letter.page_count, Letter.created_at, Letter.created_by, Letter.printed_at, Letter.dispatched_on,
    ).where(Letter.customer_id == customer_id).order_by(_by(Letter.created_at, newest_first), Letter.id))
    return tuple(LetterRow(r.id, r.request_id, r.letter_type, r.language, r.reference, r.sha256, r.page_count,
                           r.created_at, _who(r.created_by, staff), r.printed_at, r.dispatched_on) for r in rows)


def disclosures(session: Session, customer_id: int, *, newest_first: bool,
                staff: bool) -> tuple[DisclosureRow, ...]:
    return tuple(DisclosureRow(d.id, d.recipient, d.basis, d.data_description, d.disclosed_on,
                               _who(d.recorded_by, staff))
                 for d in session.scalars(select(Disclosure).where(Disclosure.customer_id == customer_id)
                                          .order_by(_by(Disclosure.disclosed_on, newest_first), Disclosure.id)))
