"""The frozen rows of one customer's records, as the customer repositories return them.

Two readers use them: the customer card (desktop.services.customer_card, newest first, with the staff
who did things) and the copy of the data for an access reply (desktop.services.subject_data, oldest
first, without staff: the names of agents, letter writers, disclosure recorders and audit actors are
None there, because they are not the customer's data and the reply must not carry them). The reads are
in db.repositories.customers (calls in db.repositories.calls, consents in db.repositories.consents,
invoices in db.repositories.invoices); ORM objects never leave those modules as these rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class IdentityRow:
    """The customer's own columns, the identity code only masked (the ``customer_masked`` view)."""

    customer_number: str
    kind: str
    first_names: str | None
    last_name: str | None
    company_name: str | None
    business_id: str | None
    language: str
    name_source: str
    created_at: dt.datetime
    masked_hetu: str | None


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
