"""Everything the register holds on one customer: the copy of the data for an access reply (GDPR Art. 15(3)).

One read per table of the data model, into the rows of desktop.services.customer_records (the card
reads the same ones), oldest first. Deliberately leaves out what is not the customer's data or must not
be printed: the full identity code (only the masked form, read through the ``customer_masked`` view that
desk roles may use), the full bank account number, the names of staff (the rows are read with
``staff=False``: no agent usernames on calls and consents, no letter writers, disclosure recorders or
actors in the audit log), and letter PDFs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.base import utcnow
from db.database import Database
from db.models import AuditEvent
from db.repositories import restrictions as restriction_repository
from db.repositories.restrictions import RestrictionRow
from desktop.core.roles import Actor, Permission
from desktop.services import customer_records as records
from desktop.services.customer_card import CustomerNotFound

HELSINKI = ZoneInfo("Europe/Helsinki")


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


def _consultations(session: Session, customer_id: int) -> tuple[records.AccessRow, ...]:
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
        result.append(records.AccessRow(when, action, purpose))
    return tuple(result)


def _helsinki_day(now: dt.datetime | None) -> dt.date:
    return (now or utcnow()).astimezone(HELSINKI).date()


def collect(session: Session, customer_id: int, now: dt.datetime | None = None) -> SubjectData:
    """Read every table for ``customer_id`` inside the caller's session."""
    row = session.execute(text(
        "SELECT customer_number, kind, first_names, last_name, company_name, business_id, language,"
        " name_source, created_at, masked_hetu FROM customer_masked WHERE id = :id"), {"id": customer_id}).first()
    if row is None:
        raise CustomerNotFound(customer_id)
    created_at = row.created_at if isinstance(row.created_at, dt.datetime) else dt.datetime.fromisoformat(
        str(row.created_at))
    if created_at.tzinfo is None:  # SQLite keeps UTC without a zone (db.base.UtcDateTime)
        created_at = created_at.replace(tzinfo=dt.UTC)
    addresses = records.addresses(session, customer_id, newest_first=False)
    sites = records.sites(session, customer_id)
    return SubjectData(
        customer_id=customer_id, customer_number=row.customer_number, kind=row.kind,
        first_names=row.first_names, last_name=row.last_name, company_name=row.company_name,
        masked_hetu=row.masked_hetu, business_id=row.business_id, language=row.language,
        name_source=row.name_source, created_at=created_at,
        current_address=next((a for a in reversed(addresses) if a.valid_to is None), None),
        addresses=addresses,
        contact_points=records.contact_points(session, customer_id),
        bank_accounts=records.bank_accounts(session, customer_id),
        sites=sites,
        contracts=records.contracts(session, customer_id, sites, newest_first=False),
        invoice=records.invoice(session, customer_id),
        invoices=records.invoices(session, customer_id, _helsinki_day(now), newest_first=False),
        calls=records.calls(session, customer_id, newest_first=False, staff=False),
        notes=records.notes(session, customer_id, newest_first=False, staff=False),
        consents=records.consent_events(session, customer_id, staff=False),
        requests=records.requests(session, customer_id, newest_first=False),
        letters=records.letters(session, customer_id, newest_first=False, staff=False),
        disclosures=records.disclosures(session, customer_id, newest_first=False, staff=False),
        consultations=_consultations(session, customer_id),
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
