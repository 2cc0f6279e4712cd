"""The auditor's view of the audit log: a bounded, newest-first page of rows, filtered.

Why keyset paging (``before_id``) and not OFFSET: the log only grows, and a page further back must cost
the same as the first, whatever the log's size; ``id`` follows the append order (appends are
serialised, db/audit.py), so "older than row N" is one index range. Filters use the log's own indexes:
(action, occurred_at), (customer_id, occurred_at) and the primary key.

The identity code is never a filter here: an auditor looks a customer up by customer number; searching
by hetu is the desk's audited lookup, not the audit log's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from db import audit
from db.database import Database
from db.repositories import audit as audit_reads
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.local_time import DESK_ZONE
from desktop.core.roles import Actor, Permission
from desktop.services.audit_report import AccessEntry, AuditReportService

HELSINKI = DESK_ZONE  # the desk's zone (desktop.core.local_time)
PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000

# The actions of docs/service-api.md with the label the auditor sees. A fixed list rather than
# SELECT DISTINCT: that would read the whole action index of a log with millions of rows.
ACTION_LABELS: dict[str, str] = {
    "login": N_("Login"),
    "login_failed": N_("Failed login"),
    "account_locked": N_("Account locked"),
    "account_unlocked": N_("Account unlocked"),
    "logout": N_("Logout"),
    "session_locked": N_("Session locked"),
    "customer_opened": N_("Customer opened"),
    "audit_log_read": N_("Customer's audit trail read"),
    "hetu_search": N_("Identity code search"),
    "hetu_reveal": N_("Identity code revealed"),
    "hetu_search_refused": N_("Identity code search refused (searches suspended)"),
    "hetu_lookups_suspended": N_("Identity code searches suspended"),
    "hetu_lookups_released": N_("Identity code searches released"),
    "hetu_vault_erased": N_("Identity code, consents or invoices erased"),
    "audit_chain_resealed": N_("Audit chain sealed in a new format"),
    "contact_changed": N_("Contact details changed"),
    "consent_recorded": N_("Consent or prohibition recorded"),
    "call_started": N_("Call started"),
    "call_ended": N_("Call ended"),
    "call_customer_linked": N_("Customer linked to a call"),
    "consent_corrected": N_("Mistaken prohibition or consent entry corrected"),
    "note_added": N_("Customer note written"),
    "restriction_recorded": N_("Processing restricted"),
    "restriction_lifted": N_("Restriction of processing lifted"),
    "disclosure_recorded": N_("Disclosure recorded"),
    "erasure_carried_out": N_("Erasure carried out"),
    "objection_decided": N_("Objection decided"),
    "retention_batch": N_("Retention: a batch destroyed"),
    "retention_applied": N_("Retention run finished"),
    "recordings_destruction_listed": N_("Recording destruction list handed to the phone system"),
    "recordings_destruction_confirmed": N_("Phone system confirmed recordings destroyed"),
    "request_created": N_("Request registered"),
    "request_state_changed": N_("Request state changed"),
    "request_reassigned": N_("Request reassigned"),
    "request_claimed": N_("Request taken for handling"),
    "request_claim_released": N_("Request handling released"),
    "report_run": N_("Report run"),
    "letter_generated": N_("Letter generated"),
    "letter_printed": N_("Letter printed"),
    "letter_dispatched": N_("Letter dispatched"),
    "user_created": N_("User created"),
    "user_password_set": N_("Password set"),
    "user_password_changed": N_("Own password changed"),
    "user_deactivated": N_("User deactivated"),
    "user_reactivated": N_("User reactivated"),
    "user_unlocked": N_("User unlocked"),
    "export": N_("Export"),
    "demo_data": N_("Demo data"),
    "customers_imported": N_("Customers imported"),
    "database_initialised": N_("Database initialised"),
}


class UnknownCustomerNumber(DomainError):
    def __init__(self, number: str) -> None:
        super().__init__(N_("No customer has the number {number}."), number=number)


class InvalidDateRange(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("The start date is after the end date."))


@dataclass(frozen=True, slots=True)
class AuditFilter:
    action: str | None = None
    date_from: dt.date | None = None  # Helsinki dates, both ends included
    date_to: dt.date | None = None
    customer_number: str | None = None


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    occurred_at: dt.datetime  # aware UTC
    actor: str
    actor_role: str | None
    action: str
    customer_id: int | None
    customer_number: str | None  # None when the customer row no longer exists
    purpose: str | None
    detail: str | None  # canonical JSON as stored (never a full hetu)


@dataclass(frozen=True, slots=True)
class AuditPage:
    rows: tuple[AuditRow, ...]
    more: bool  # older rows match the filter too; ask again with before_id=rows[-1].id

    @property
    def next_before_id(self) -> int | None:
        return self.rows[-1].id if self.more and self.rows else None


@dataclass(frozen=True, slots=True)
class CustomerAccesses:
    customer_id: int
    customer_number: str
    display_name: str
    entries: tuple[AccessEntry, ...]  # oldest first


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), HELSINKI).astimezone(dt.UTC)


class AuditLogService:
    """Requires READ_AUDIT (the list) or VIEW_ACCESS_LOG (one customer's accesses)."""

    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def page(self, filters: AuditFilter | None = None, *, before_id: int | None = None,
             limit: int = PAGE_SIZE) -> AuditPage:
        self.actor.require(Permission.READ_AUDIT)
        filters = filters or AuditFilter()
        limit = max(1, min(limit, MAX_PAGE_SIZE))
        if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
            raise InvalidDateRange()
        since = _local_midnight(filters.date_from) if filters.date_from else None
        until = _local_midnight(filters.date_to + dt.timedelta(days=1)) if filters.date_to else None
        with self.database.transaction() as session:
            number = (filters.customer_number or "").strip()
            customer_id = None
            if number:
                customer_id = audit_reads.customer_id_by_number(session, number)
                if customer_id is None:
                    raise UnknownCustomerNumber(number)
            rows = audit_reads.page(session, limit=limit + 1, before_id=before_id, action=filters.action or None,
                                    since=since, until=until, customer_id=customer_id)
            if customer_id is not None and before_id is None:
                # One customer's trail is personal data too: its reading is accountable (once per search,
                # not per page scrolled), committed with the read or the page is not shown.
                audit.append(session, self.actor, "audit_log_read", customer_id=customer_id,
                             detail={"view": "log"})
        return AuditPage(rows=tuple(AuditRow(*row) for row in rows[:limit]), more=len(rows) > limit)

    def accesses(self, customer_number: str) -> CustomerAccesses:
        """Who opened the customer (and did anything else to the record), when and why."""
        self.actor.require(Permission.VIEW_ACCESS_LOG)
        number = (customer_number or "").strip()
        with self.database.transaction() as session:
            customer = audit_reads.customer_by_number(session, number) if number else None
            if customer is None:
                raise UnknownCustomerNumber(number)
            customer_id, display_name = customer.id, customer.display_name
        entries = AuditReportService(self.database, self.actor).accesses_to_customer(customer_id)
        # Written after the read, so the list shows who looked before this look; if it cannot be written,
        # the list is not shown either.
        with self.database.transaction() as session:
            audit.append(session, self.actor, "audit_log_read", customer_id=customer_id, detail={"view": "accesses"})
        return CustomerAccesses(customer_id, number, display_name, tuple(entries))
