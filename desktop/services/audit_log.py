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

from db import audit
from db.database import Database
from db.repositories import audit as audit_reads
from desktop.core.local_time import DESK_ZONE
from desktop.core.roles import Actor, Permission
from desktop.services.audit_dtos import (
    AuditFilter,
    AuditPage,
    AuditRow,
    CustomerAccesses,
    InvalidDateRange,
    UnknownCustomerNumber,
)
from desktop.services.audit_report import AuditReportService

HELSINKI = DESK_ZONE  # the desk's zone (desktop.core.local_time)
PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000


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
