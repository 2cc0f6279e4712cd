"""What the audit services (audit_log, audit_report, audit_receipts) take and return, the action labels and
the failures the audit views tell apart: no database here, so a view may import it (tests/test_architecture.py)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.errors import DomainError
from desktop.core.i18n import N_
from desktop.core.local_time import format_moment

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

VERIFICATION, DAILY = "verification", "daily"

NOT_EXTENDED = N_("The audit trail no longer extends the receipt taken on {date} ({receipt}): rows were removed "
                  "or rewritten after it.")

Tr = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class StoredReceipt:
    taken_at: dt.datetime  # aware UTC
    seal_no: int
    row_hash: str
    taken_by: str
    occasion: str  # VERIFICATION or DAILY

    @property
    def receipt(self) -> str:
        return str(Receipt(self.seal_no, self.row_hash))

    def as_json(self) -> dict[str, Any]:
        return {"taken_at": self.taken_at.astimezone(dt.UTC).isoformat(), "seal_no": self.seal_no,
                "row_hash": self.row_hash, "taken_by": self.taken_by, "occasion": self.occasion}

    @classmethod
    def from_json(cls, value: dict[str, Any]) -> StoredReceipt:
        taken_at = dt.datetime.fromisoformat(str(value["taken_at"]))
        return cls(taken_at if taken_at.tzinfo else taken_at.replace(tzinfo=dt.UTC), int(value["seal_no"]),
                   str(value["row_hash"]).lower(), str(value["taken_by"]), str(value.get("occasion", VERIFICATION)))


@dataclass(frozen=True, slots=True)
class ReceiptCheck:
    """The latest receipt on this workstation and whether the chain still extends it."""

    latest: StoredReceipt | None
    extended: bool  # True when there is no receipt yet
    taken: StoredReceipt | None = None  # the receipt taken just now, if any

    @property
    def broken(self) -> bool:
        return not self.extended

    def describe(self, tr: Tr = str) -> str:
        """The warning, translated by ``tr``, with the time in Finnish time; "" when the chain extends."""
        if self.extended or self.latest is None:
            return ""
        return tr(NOT_EXTENDED).format(date=format_moment(self.latest.taken_at), receipt=self.latest.receipt)


@dataclass(frozen=True, slots=True)
class ReceiptedVerification:
    result: VerifyResult
    check: ReceiptCheck  # made before the verification
    compared_with: str | None  # the receipt the chain was checked against (typed, or the latest stored)
    taken: StoredReceipt | None  # the receipt taken after it
