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

from db import audit
from db.audit import GENESIS
from db.database import Database
from db.repositories import audit as audit_reads
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
# Stretches listed one by one; beyond this only their number is given.
LISTED_STRETCHES = 50


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
class BrokenStretch:
    """Consecutive chain positions that do not verify, and what is wrong at the first of them."""

    first_no: int
    last_no: int
    first_id: int
    problem: str  # ROW_ALTERED or ROW_MISSING


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    head_hash: str  # of the last sealed row (GENESIS for an empty log)
    count: int  # sealed rows: the chain's length
    first_bad_id: int | None = None
    problem: str | None = None  # an N_() template for the first problem; see describe()
    receipt_count: int | None = None
    # Every broken stretch, not only the first (the walk goes on after a break, from the stored hash).
    stretches: tuple[BrokenStretch, ...] = ()
    broken_stretch_count: int = 0
    unsealed: int = 0  # rows still waiting for their seal after sealing what could be

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
