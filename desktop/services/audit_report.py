"""Verifying the audit chain, and "who opened customer X, when and why".

A chain that verifies proves that no row was changed or removed *between* rows; removing rows from the
end (or rewriting the whole tail with fresh hashes) leaves a valid shorter chain. The auditor therefore
writes down or prints a receipt, ``"<count>:<head hash>"``, and later verifications compare against it:
row number ``count`` must still carry that hash.
"""

from __future__ import annotations

import datetime as dt

from db import audit
from db.audit import GENESIS
from db.database import Database
from db.repositories import audit as audit_reads
from desktop.core.roles import Actor, Permission
from desktop.services.audit_dtos import (
    RECEIPT_MISMATCH,
    ROW_ALTERED,
    ROW_MISSING,
    TRUNCATED,
    AccessEntry,
    BrokenStretch,
    Receipt,
    VerifyResult,
)

# Stretches listed one by one; beyond this only their number is given.
LISTED_STRETCHES = 50


class ChainWalk:
    """The chain in seal order: each row must follow the previous position and hash, and hash to itself."""

    def __init__(self, expected_no: int = 1, prev: str = GENESIS) -> None:
        self.expected_no, self.prev = expected_no, prev
        self.stretches: list[BrokenStretch] = []
        self.stretch_count = 0
        self._open: tuple[int, int, str] | None = None  # first_no, first_id, problem
        self._last_bad_no = 0

    def row(self, r: audit.SealedRow) -> None:
        problem = None
        if r.seal_no != self.expected_no or r.prev_hash != self.prev or not r.present:
            problem = ROW_MISSING
        elif audit.row_hash(r.prev_hash, r.seal_no, r.id, r.occurred_at, r.actor, r.actor_role, r.action,
                            r.customer_id, r.purpose, r.detail) != r.row_hash:
            problem = ROW_ALTERED
        if problem is None:
            self._close()
        else:
            if self._open is None:
                self._open = (r.seal_no, r.id, problem)
            self._last_bad_no = r.seal_no
        # Go on from what is stored, so that tampering further on is found as well.
        self.expected_no, self.prev = r.seal_no + 1, r.row_hash

    def _close(self) -> None:
        if self._open is not None:
            self.stretch_count += 1
            if len(self.stretches) < LISTED_STRETCHES:
                first_no, first_id, problem = self._open
                self.stretches.append(BrokenStretch(first_no, self._last_bad_no, first_id, problem))
            self._open = None

    def finish(self) -> None:
        self._close()


def seal_pending(database: Database) -> None:
    """Seal what waits: new rows, then (once the transactions that could still add to them have ended)
    rows that committed late. Each round is its own transaction, so the oldest running one moves on."""
    quiet = 0
    for _ in range(1000):
        with database.transaction() as session:
            quiet = quiet + 1 if audit.seal(session) == 0 else 0
        if quiet == 2:
            return


def verify_chain(database: Database, receipt: str | None = None) -> VerifyResult:
    """Seal what waits, then walk the whole chain in seal order, reporting every broken stretch."""
    expected = Receipt.parse(receipt) if receipt is not None else None
    seal_pending(database)
    walk = ChainWalk()
    receipt_problem: tuple[int, str] | None = None
    count = 0
    with database.transaction() as session:
        for r in audit.sealed_rows(session):
            walk.row(r)
            count = r.seal_no
            if expected is not None and r.seal_no == expected.count and r.row_hash != expected.head_hash:
                receipt_problem = (r.id, RECEIPT_MISMATCH)
        unsealed = audit.unsealed_count(session)
    walk.finish()
    first = walk.stretches[0] if walk.stretches else None
    bad_id, problem = (first.first_id, first.problem) if first else (None, None)
    if problem is None and receipt_problem is not None:
        bad_id, problem = receipt_problem
    if problem is None and expected is not None and count < expected.count:
        problem = TRUNCATED
    return VerifyResult(ok=problem is None, head_hash=walk.prev, count=count, first_bad_id=bad_id, problem=problem,
                        receipt_count=expected.count if expected else None, stretches=tuple(walk.stretches),
                        broken_stretch_count=walk.stretch_count, unsealed=unsealed)


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
            rows = audit_reads.customer_accesses(session, customer_id)
        return [AccessEntry(when=_utc(when), actor=actor, role=role, purpose=purpose, action=action)
                for when, actor, role, action, purpose in rows]


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)
