"""The erasure plan (GDPR Art. 17): for one customer, what is deleted, what anonymised, what must be kept
and why, with the day each kept item may go. Pure: the facts come in, the plan goes out, before anything
happens; carrying it out (desktop.services.erasure) follows the plan to the letter.

The reasons to keep (Art. 17(3)(b) legal obligation, (e) legal claims):
- **Contract in force**: the data needed to deliver and bill it, until the contract ends.
- **Open invoice / debt collection**: the invoice, the customer's identity and address until it is settled.
- **Accounting (Kirjanpitolaki 1336/1997, 2:10)**: vouchers — the invoices and the contracts and
  consumption they bill — 6 years from the end of the year in which the financial period (the calendar
  year) ended. The books themselves (10 years) are in the accounting system, not in this register.
- **Accountability (GDPR Art. 5(2))**: the data requests, the letters answering them and the recorded
  disclosures, :data:`CASE_FILE_YEARS` years after the request closed.
- **Audit trail**: kept as it is; it holds no names, only what was done to which customer number.
- **The reply itself**: the name and the current address until the reply to this request is posted; the
  nightly retention run then anonymises them.
The recipients of recorded disclosures are listed to be told of the erasure (Art. 19).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import N_

VOUCHER_YEARS = 6
CASE_FILE_YEARS = 3

DELETE, ANONYMISE, KEEP = "delete", "anonymise", "keep"

# The plan's categories, in the order they are shown and printed.
CATEGORIES = ("identity", "hetu", "current_address", "old_addresses", "contact_points", "bank_accounts", "calls",
              "notes", "consents", "restrictions", "contracts", "invoices", "requests", "disclosures", "audit_trail")
REASONS = ("contract_in_force", "open_invoice", "accounting", "accountability", "audit_trail", "reply",
           "no_reason_to_keep")

# What the desk shows (the letters print their own texts from resources/letters).
CATEGORY_LABELS = {
    "identity": N_("Name and customer number"), "hetu": N_("Personal identity code"),
    "current_address": N_("Current postal address"), "old_addresses": N_("Earlier postal addresses"),
    "contact_points": N_("Phones and e-mail addresses"), "bank_accounts": N_("Bank accounts"),
    "calls": N_("Calls, recordings and call notes"), "notes": N_("Customer notes"),
    "consents": N_("Marketing prohibitions and consents"), "restrictions": N_("Restrictions of processing"),
    "contracts": N_("Contracts, usage sites and consumption"), "invoices": N_("Invoices"),
    "requests": N_("Data requests and their letters"), "disclosures": N_("Recorded disclosures"),
    "audit_trail": N_("Audit trail"),
}
ACTION_LABELS = {DELETE: N_("Delete"), ANONYMISE: N_("Anonymise"), KEEP: N_("Keep")}
REASON_LABELS = {
    "contract_in_force": N_("Contract in force"),
    "open_invoice": N_("Unpaid invoice or debt collection (legal claim)"),
    "accounting": N_("Accounting Act 1336/1997 2:10 — vouchers 6 years after the year ends"),
    "accountability": N_("Accountability (GDPR Art. 5(2))"),
    "audit_trail": N_("Audit trail, never changed"),
    "reply": N_("Kept until the reply is posted, then erased by the nightly run"),
    "no_reason_to_keep": N_("No reason to keep"),
}


@dataclass(frozen=True, slots=True)
class ContractFact:
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True, slots=True)
class InvoiceFact:
    invoice_date: dt.date
    state: str  # open, paid, in_collection
    paid_on: dt.date | None


@dataclass(frozen=True, slots=True)
class ErasureFacts:
    today: dt.date
    has_hetu: bool
    addresses: int  # every postal address, the current one included
    has_current_address: bool
    contact_points: int
    bank_accounts: int
    calls: int
    notes: int
    consents: int
    restrictions: int
    contracts: tuple[ContractFact, ...]
    invoices: tuple[InvoiceFact, ...]
    requests: int
    last_request_closed_on: dt.date | None  # the newest closed request's dispatch day (None: none closed)
    disclosures: int
    disclosure_recipients: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlanItem:
    category: str
    action: str  # delete, anonymise, keep
    count: int
    reason: str
    keep_until: dt.date | None = None  # the day after which a kept item may go (None: while the reason lasts)


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    items: tuple[PlanItem, ...]
    full_anonymisation: bool  # nothing but the case file and the audit trail stays
    notify: tuple[str, ...]  # recipients of disclosures to tell (Art. 19)

    def action(self, category: str) -> str:
        return next(i.action for i in self.items if i.category == category)

    def digest(self) -> str:
        """What the supervisor saw: carrying out refuses a plan that changed in between."""
        return "|".join(f"{i.category}:{i.action}:{i.count}:{i.reason}:{i.keep_until}" for i in self.items)


def voucher_kept_until(day: dt.date) -> dt.date:
    """The last day of the sixth year after the year of ``day`` (financial period = calendar year)."""
    return dt.date(day.year + VOUCHER_YEARS, 12, 31)


def plan(f: ErasureFacts) -> ErasurePlan:
    in_force = [c for c in f.contracts if c.end_date is None or c.end_date >= f.today]
    unsettled = [i for i in f.invoices if i.state != "paid"]
    contract_until = max((voucher_kept_until(c.end_date) for c in f.contracts if c.end_date is not None),
                         default=None)
    invoice_until = max((voucher_kept_until(i.paid_on or i.invoice_date) for i in f.invoices), default=None)
    contracts_needed = bool(in_force) or (contract_until is not None and contract_until >= f.today)
    invoices_needed = bool(unsettled) or (invoice_until is not None and invoice_until >= f.today)
    items: list[PlanItem] = []

    def add(category: str, action: str, count: int, reason: str, until: dt.date | None = None) -> None:
        items.append(PlanItem(category, action, count, reason, until))

    # Who the customer is: needed by a contract in force, an unsettled invoice, kept vouchers, and the reply.
    if in_force:
        add("identity", KEEP, 1, "contract_in_force")
    elif unsettled:
        add("identity", KEEP, 1, "open_invoice")
    elif contracts_needed or invoices_needed:
        add("identity", KEEP, 1, "accounting", max(d for d in (contract_until, invoice_until) if d is not None))
    else:
        add("identity", ANONYMISE, 1, "reply")
    add("hetu", KEEP if (in_force or unsettled) and f.has_hetu else DELETE, int(f.has_hetu),
        "contract_in_force" if in_force else "open_invoice" if unsettled else "no_reason_to_keep")
    if f.has_current_address:
        if in_force or unsettled:
            add("current_address", KEEP, 1, "contract_in_force" if in_force else "open_invoice")
        else:
            add("current_address", DELETE, 1, "reply")  # kept until the reply is posted
    add("old_addresses", DELETE, max(0, f.addresses - int(f.has_current_address)), "no_reason_to_keep")
    add("contact_points", KEEP if in_force else DELETE, f.contact_points,
        "contract_in_force" if in_force else "no_reason_to_keep")
    add("bank_accounts", KEEP if in_force else DELETE, f.bank_accounts,
        "contract_in_force" if in_force else "no_reason_to_keep")
    add("calls", DELETE, f.calls, "no_reason_to_keep")
    add("notes", DELETE, f.notes, "no_reason_to_keep")
    # A prohibition is kept while the customer is: without it the next campaign could reach them.
    add("consents", KEEP if in_force else DELETE, f.consents, "contract_in_force" if in_force else "no_reason_to_keep")
    add("restrictions", DELETE, f.restrictions, "no_reason_to_keep")
    if in_force:
        add("contracts", KEEP, len(f.contracts), "contract_in_force")
    elif contracts_needed:
        add("contracts", KEEP, len(f.contracts), "accounting", contract_until)
    else:
        add("contracts", DELETE, len(f.contracts), "no_reason_to_keep")
    if unsettled:
        add("invoices", KEEP, len(f.invoices), "open_invoice")
    elif invoices_needed:
        add("invoices", KEEP, len(f.invoices), "accounting", invoice_until)
    else:
        add("invoices", DELETE, len(f.invoices), "no_reason_to_keep")
    case_until = dt.date(f.today.year + CASE_FILE_YEARS, f.today.month, min(f.today.day, 28))
    add("requests", KEEP, f.requests, "accountability", case_until)
    add("disclosures", KEEP, f.disclosures, "accountability", case_until)
    add("audit_trail", KEEP, 1, "audit_trail")
    full = not (in_force or unsettled or contracts_needed or invoices_needed)
    return ErasurePlan(tuple(items), full, tuple(sorted(set(f.disclosure_recipients))))


def plan_as_json(plan: ErasurePlan) -> list[dict[str, Any]]:
    return [{"category": i.category, "action": i.action, "count": i.count, "reason": i.reason,
             "keep_until": i.keep_until.isoformat() if i.keep_until else None} for i in plan.items]


def plan_from_json(items: list[dict[str, Any]]) -> tuple[PlanItem, ...]:
    return tuple(PlanItem(i["category"], i["action"], int(i["count"]), i["reason"],
                          dt.date.fromisoformat(i["keep_until"]) if i.get("keep_until") else None) for i in items)
