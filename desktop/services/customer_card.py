"""The customer card as plain frozen data, and the one function that assembles it in a session.

Shared by CustomerService (open, after an edit), ConsentService and CallService. The sections are the
rows of desktop.services.customer_records, read by the customer repositories (the access reply reads the
same ones), newest first and with the staff who did things.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.database import Session
from db.models import Customer
from db.repositories import accesses as access_repository
from db.repositories import calls as call_repository
from db.repositories import consents as consent_repository
from db.repositories import customers as customer_repository
from db.repositories import invoices as invoice_repository
from db.repositories import objections as objection_repository
from db.repositories import rectification as rectification_repository
from db.repositories import restrictions as restriction_repository
from db.repositories.restrictions import RestrictionRow
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.local_time import DESK_ZONE
from desktop.core.prohibitions import ConsentState, derive
from desktop.core.roles import Actor, Permission
from desktop.services import customer_records as records

HELSINKI = DESK_ZONE  # the desk's zone (desktop.core.local_time)
ACCESS_LOG_LIMIT = 200


class CustomerNotFound(DomainError):
    def __init__(self, customer_id: int) -> None:
        super().__init__(N_("Customer {customer_id} does not exist."), customer_id=customer_id)


def local_date(moment: dt.datetime) -> dt.date:
    """The Finnish calendar day of a UTC instant (deadlines and validity are Finnish days)."""
    return moment.astimezone(HELSINKI).date()


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
    address: records.AddressRow | None  # the current postal address
    address_history: tuple[records.AddressRow, ...]  # every address, newest first (the current one included)
    contact_points: tuple[records.ContactPointRow, ...]
    bank_accounts: tuple[records.BankAccountRow, ...]
    sites: tuple[records.SiteRow, ...]
    contracts: tuple[records.ContractRow, ...]
    invoices: records.InvoiceRow | None  # the billing system's summary
    invoice_list: records.InvoicePage  # the newest invoices, with the unpaid totals over all of them
    calls: tuple[records.CallRow, ...]  # newest first
    notes: tuple[records.NoteRow, ...]  # customer notes, newest first, with who wrote them
    consents: ConsentState
    consent_history: tuple[records.ConsentEventRow, ...]  # oldest first, as recorded
    requests: tuple[records.RequestRow, ...]
    letters: tuple[records.LetterRow, ...]
    disclosures: tuple[records.DisclosureRow, ...]
    access_log: tuple[records.AccessRow, ...] | None  # None: the viewer may not see who looked
    restrictions: tuple[RestrictionRow, ...] = ()  # restrictions of processing, newest first
    restriction: RestrictionRow | None = None  # the one holding today (GDPR Art. 18), if any
    rectification_request: str | None = None  # an open rectification request: contact edits are linked to it
    objection_stops: tuple[str, ...] = ()  # what upheld objections stop (GDPR Art. 21(1)), rights.OBJECTION_STOPS

    @property
    def phones(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contact_points if c.kind == "phone")

    @property
    def emails(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.contact_points if c.kind == "email")


def load_customer(session: Session, customer_id: int) -> Customer:
    """The customer (inside the caller's transaction only), or CustomerNotFound."""
    customer = customer_repository.get(session, customer_id)
    if customer is None:
        raise CustomerNotFound(customer_id)
    return customer


def load_card(session: Session, customer_id: int, actor: Actor, today: dt.date) -> CustomerCard:
    """Read every section of the card (no audit row: the caller writes the one that fits)."""
    c = load_customer(session, customer_id)
    masked, temporary = customer_repository.masked_identity(session, c)
    history = customer_repository.addresses(session, c.id, newest_first=True)
    sites = customer_repository.sites(session, c.id)
    consents = consent_repository.events(session, c.id, staff=True)
    restrictions = restriction_repository.restrictions(session, c.id, staff=True)
    access_log = None
    if actor.can(Permission.VIEW_ACCESS_LOG):
        # Supervisors read it through the audited function on PostgreSQL (they may not read audit_event).
        access_log = tuple(records.AccessRow(when, action, purpose, actor_name, role)
                           for when, actor_name, role, action, purpose in access_repository.recent(
                               session, c.id, ACCESS_LOG_LIMIT))
    return CustomerCard(
        customer_id=c.id, customer_number=c.customer_number, kind=c.kind, display_name=c.display_name,
        first_names=c.first_names, last_name=c.last_name, company_name=c.company_name, masked_id=masked,
        hetu_is_temporary=temporary, language=c.language, version=c.version,
        address=next((a for a in history if a.valid_to is None), None),
        address_history=history,
        contact_points=customer_repository.contact_points(session, c.id),
        bank_accounts=customer_repository.bank_accounts(session, c.id),
        sites=sites,
        contracts=customer_repository.contracts(session, c.id, sites, newest_first=True),
        invoices=customer_repository.invoice(session, c.id),
        invoice_list=invoice_repository.invoice_page(session, c.id, today),
        calls=call_repository.for_customer(session, c.id, newest_first=True, staff=True),
        notes=customer_repository.notes(session, c.id, newest_first=True, staff=True),
        consents=derive(consent_repository.as_rule_events(consents), today),
        consent_history=consents,
        requests=customer_repository.requests(session, c.id, newest_first=True),
        letters=customer_repository.letters(session, c.id, newest_first=True, staff=True),
        disclosures=customer_repository.disclosures(session, c.id, newest_first=True, staff=True),
        access_log=access_log,
        restrictions=restrictions,
        restriction=next((r for r in restrictions if r.holds_on(today)), None),
        rectification_request=(rectifying[1] if (rectifying := rectification_repository.open_request(session, c.id))
                               else None),
        objection_stops=objection_repository.stopped(session, c.id),
    )
