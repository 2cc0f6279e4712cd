"""Verifying the audit chain, and "who opened customer X, when and why".

A chain that verifies proves that no row was changed or removed *between* rows; removing rows from the
end (or rewriting the whole tail with fresh hashes) leaves a valid shorter chain. The auditor therefore
writes down or prints a receipt, ``"<count>:<head hash>"``, and later verifications compare against it:
row number ``count`` must still carry that hash.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select, text

from db.audit import GENESIS, row_hash
from db.database import Database
from db.models import AuditEvent
from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.roles import Actor, Permission

_RECEIPT = re.compile(r"^\s*(\d+)\s*:\s*([0-9a-fA-F]{64})\s*$")

ROW_ALTERED = N_("Audit row {id} has been altered: its content no longer matches its hash.")
ROW_MISSING = N_("The audit log is broken before row {id}: a row has been deleted or replaced there.")
TRUNCATED = N_("The audit log has {count} rows but the receipt lists {receipt_count}: rows have been removed "
               "from the end.")
RECEIPT_MISMATCH = N_("Audit row {id} (number {receipt_count}) does not carry the hash on the receipt: the log "
                      "has been rewritten.")


class InvalidReceipt(DomainError):
    def __init__(self) -> None:
        super().__init__(N_("A receipt is the row count and the head hash, e.g. 1234:9f86d0…(64 hex digits)."))


@dataclass(frozen=True, slots=True)
class Receipt:
    count: int
    head_hash: str

    @classmethod
    def parse(cls, value: str) -> Receipt:
        match = _RECEIPT.match(value or "")
        if not match:
            raise InvalidReceipt()
        return cls(int(match.group(1)), match.group(2).lower())

    def __str__(self) -> str:
        return f"{self.count}:{self.head_hash}"


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    head_hash: str  # of the last row (GENESIS for an empty log)
    count: int  # rows read: all of them, or up to and including the first bad one
    first_bad_id: int | None = None
    problem: str | None = None  # an N_() template; see describe()
    receipt_count: int | None = None

    @property
    def receipt(self) -> str:
        """What the auditor writes down now, to check against later."""
        return str(Receipt(self.count, self.head_hash))

    def describe(self) -> str:
        """The problem in English (views translate ``problem`` and format it with the same fields)."""
        if self.problem is None:
            return ""
        return self.problem.format(id=self.first_bad_id, count=self.count, receipt_count=self.receipt_count)


@dataclass(frozen=True, slots=True)
class AccessEntry:
    when: dt.datetime
    actor: str
    role: str | None
    purpose: str | None
    action: str


def verify_chain(database: Database, receipt: str | None = None) -> VerifyResult:
    """Walk the whole chain in id order; stop at the first row that breaks it."""
    expected = Receipt.parse(receipt) if receipt is not None else None
    bad_id: int | None = None
    problem: str | None = None
    prev = GENESIS
    count = 0
    with database.transaction() as session:
        rows = session.execute(
            select(AuditEvent.id, AuditEvent.occurred_at, AuditEvent.actor, AuditEvent.actor_role,
                   AuditEvent.action, AuditEvent.customer_id, AuditEvent.purpose, AuditEvent.detail,
                   AuditEvent.prev_hash, AuditEvent.row_hash)
            .order_by(AuditEvent.id)
            .execution_options(yield_per=2000)
        )
        try:
            for row in rows:
                count += 1
                if row.prev_hash != prev:
                    bad_id, problem = row.id, ROW_MISSING
                elif row_hash(row.prev_hash, row.occurred_at, row.actor, row.actor_role, row.action,
                              row.customer_id, row.purpose, row.detail) != row.row_hash:
                    bad_id, problem = row.id, ROW_ALTERED
                elif expected is not None and count == expected.count and row.row_hash != expected.head_hash:
                    bad_id, problem = row.id, RECEIPT_MISMATCH
                if problem is not None:
                    break
                prev = row.row_hash
        finally:
            # Leaving the loop early must close PostgreSQL's server-side cursor (yield_per) at once.
            rows.close()
    if problem is None and expected is not None and count < expected.count:
        problem = TRUNCATED
    return VerifyResult(ok=problem is None, head_hash=prev, count=count, first_bad_id=bad_id, problem=problem,
                        receipt_count=expected.count if expected else None)


class AuditReportService:
    def __init__(self, database: Database, actor: Actor) -> None:
        self.database = database
        self.actor = actor

    def verify_chain(self, receipt: str | None = None) -> VerifyResult:
        self.actor.require(Permission.VERIFY_AUDIT)
        return verify_chain(self.database, receipt)

    def accesses_to_customer(self, customer_id: int) -> list[AccessEntry]:
        """Every audited action on the customer, oldest first (for the auditor and the access reply)."""
        self.actor.require(Permission.VIEW_ACCESS_LOG)
        with self.database.transaction() as session:
            if self.database.is_postgres:
                # Supervisors may not read audit_event itself; this function returns only these columns.
                rows = session.execute(
                    text("SELECT occurred_at, actor, actor_role, action, purpose FROM desk_customer_accesses(:cid)"),
                    {"cid": customer_id},
                ).all()
            else:
                rows = session.execute(
                    select(AuditEvent.occurred_at, AuditEvent.actor, AuditEvent.actor_role, AuditEvent.action,
                           AuditEvent.purpose)
                    .where(AuditEvent.customer_id == customer_id)
                    .order_by(AuditEvent.id)
                ).all()
        return [AccessEntry(when=_utc(r.occurred_at), actor=r.actor, role=r.actor_role, purpose=r.purpose,
                            action=r.action) for r in rows]


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
