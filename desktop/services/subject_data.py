"""Everything the register holds on one customer: the copy of the data for an access reply (GDPR Art. 15(3)).

One read per table of the data model (the customer repositories), into the rows of
desktop.services.customer_records (the card reads the same ones), oldest first. Deliberately leaves out what is not the customer's data or must not
be printed: the full identity code (only the masked form, read through the ``customer_masked`` view that
desk roles may use), the full bank account number, the names of staff (the rows are read with
``staff=False``: no agent usernames on calls and consents, no letter writers, disclosure recorders or
actors in the audit log), and letter PDFs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db.base import utcnow
from db.database import Database, Session
from db.repositories import accesses as access_repository
from db.repositories import calls as call_repository
from db.repositories import consents as consent_repository
from db.repositories import customers as customer_repository
from db.repositories import invoices as invoice_repository
from db.repositories import restrictions as restriction_repository
from db.repositories.restrictions import RestrictionRow
from desktop.core.roles import Actor, Permission
from desktop.services import customer_records as records
from desktop.services.customer_card import CustomerNotFound, local_date


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
    current_address: records.AddressRow | None
    addresses: tuple[records.AddressRow, ...]  # oldest first, the current one included
    contact_points: tuple[records.ContactPointRow, ...]
    bank_accounts: tuple[records.BankAccountRow, ...]
    sites: tuple[records.SiteRow, ...]
    contracts: tuple[records.ContractRow, ...]
    invoice: records.InvoiceRow | None  # the billing system's summary
    invoices: tuple[records.InvoiceLine, ...]  # every invoice, oldest first
    calls: tuple[records.CallRow, ...]
    notes: tuple[records.NoteRow, ...]  # customer notes, oldest first, without who wrote them
    consents: tuple[records.ConsentEventRow, ...]  # full history, oldest first
    requests: tuple[records.RequestRow, ...]
    letters: tuple[records.LetterRow, ...]
    disclosures: tuple[records.DisclosureRow, ...]
    consultations: tuple[records.AccessRow, ...]  # when, what and why, never who
    collected_at: dt.datetime
    restrictions: tuple[RestrictionRow, ...] = ()  # restrictions of processing (Art. 18), newest first

    @property
    def display_name(self) -> str:
        if self.kind == "company":
            return self.company_name or ""
        return " ".join(part for part in (self.first_names, self.last_name) if part)

    @property
    def consumption(self) -> tuple[records.ConsumptionRow, ...]:
        """Site by site, oldest year first (a site holds its years newest first, one row a year)."""
        return tuple(c for site in self.sites for c in reversed(site.consumption))


def collect(session: Session, customer_id: int, now: dt.datetime | None = None) -> SubjectData:
    """Read every table for ``customer_id`` inside the caller's session."""
    row = customer_repository.identity(session, customer_id)
    if row is None:
        raise CustomerNotFound(customer_id)
    addresses = customer_repository.addresses(session, customer_id, newest_first=False)
    sites = customer_repository.sites(session, customer_id)
    return SubjectData(
        customer_id=customer_id, customer_number=row.customer_number, kind=row.kind,
        first_names=row.first_names, last_name=row.last_name, company_name=row.company_name,
        masked_hetu=row.masked_hetu, business_id=row.business_id, language=row.language,
        name_source=row.name_source, created_at=row.created_at,
        current_address=next((a for a in reversed(addresses) if a.valid_to is None), None),
        addresses=addresses,
        contact_points=customer_repository.contact_points(session, customer_id),
        bank_accounts=customer_repository.bank_accounts(session, customer_id),
        sites=sites,
        contracts=customer_repository.contracts(session, customer_id, sites, newest_first=False),
        invoice=customer_repository.invoice(session, customer_id),
        invoices=invoice_repository.all_invoices(session, customer_id, local_date(now or utcnow()), newest_first=False),
        calls=call_repository.for_customer(session, customer_id, newest_first=False, staff=False),
        notes=customer_repository.notes(session, customer_id, newest_first=False, staff=False),
        consents=consent_repository.events(session, customer_id, staff=False),
        requests=customer_repository.requests(session, customer_id, newest_first=False),
        letters=customer_repository.letters(session, customer_id, newest_first=False, staff=False),
        disclosures=customer_repository.disclosures(session, customer_id, newest_first=False, staff=False),
        consultations=access_repository.consultations(session, customer_id),
        collected_at=now or utcnow(),
        restrictions=restriction_repository.restrictions(session, customer_id, staff=False),
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
