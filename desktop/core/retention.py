"""Retention rules, carried out (issue 12): what the nightly run destroys, when, and why.

Each utility profile (resources/profiles/*.json, ``retention_rules``) gives every rule its period and its
legal reason in fi/sv/en. The rules:

- ``call_recordings``: a recording is due on its destruction day (the call's ``recording_destroy_due``,
  set from ``recording_retention_days``; KMEV keeps recordings a year to verify transactions, Hamina
  destroys them after training, at most 30 days). The audio lives in the phone system: the run puts it on
  the destruction list handed to the phone system, and it is destroyed when the phone system confirms
  (desktop.services.recordings).
- ``letter_pdfs``: a posted letter's PDF is purged ``days`` after posting; its SHA-256, type and posting
  day stay (the proof of what was sent, without the content).
- ``closed_requests``: a request closed ``years`` ago is deleted with its events (accountability needs
  it for the complaint period only).
- ``ended_customers``: a customer whose last contract ended and whose invoices were settled in a year
  that ended more than ``years`` ago (Kirjanpitolaki 2:10, vouchers 6 years) is anonymised — when the
  erasure plan finds nothing to keep.
- ``erasure_replies``: after an erasure, the name and address kept to post the reply go once it is posted.
- ``audit_trail``: never deleted (its rows hold no names).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from desktop.core.i18n import N_

RULES = ("call_recordings", "letter_pdfs", "closed_requests", "ended_customers", "erasure_replies", "audit_trail")
# What a privacy notice may lack (desktop.services.privacy_notice.gaps), as the desk says it.
GAP_LABELS = {
    "business_id": N_("the controller's business ID (Y-tunnus)"),
    "legal_bases": N_("the legal basis of each purpose (GDPR Art. 13(1)(c))"),
    "retention_rules": N_("retention periods per category of data (Art. 13(2)(a))"),
}
RULE_LABELS = {
    "call_recordings": N_("Call recordings"), "letter_pdfs": N_("Letter contents (PDF)"),
    "closed_requests": N_("Closed data requests"), "ended_customers": N_("Customers whose contracts ended"),
    "erasure_replies": N_("Names kept to post an erasure reply"), "audit_trail": N_("Audit trail (never deleted)"),
}
_PERIOD = {"letter_pdfs": "days", "closed_requests": "years", "ended_customers": "years"}
LANGUAGES = ("fi", "sv", "en")


@dataclass(frozen=True, slots=True)
class Cutoffs:
    today: dt.date
    letters_posted_before: dt.date
    requests_closed_before: dt.date
    contracts_ended_before: dt.date  # the first day of the year whose end is still within the period


def check_rules(rules: Any) -> str | None:
    """What is wrong with a profile's ``retention_rules`` (None when every rule is there and complete)."""
    if not isinstance(rules, dict) or set(rules) != set(RULES):
        return "must have exactly the rules " + ", ".join(RULES)
    for key in RULES:
        rule = rules[key]
        if not isinstance(rule, dict) or not isinstance(rule.get("reason"), dict):
            return f"{key} must have a reason"
        if any(not isinstance(rule["reason"].get(lang), str) or not rule["reason"][lang].strip() for lang in LANGUAGES):
            return f"{key} needs its reason in fi, sv and en"
        unit = _PERIOD.get(key)
        if unit is not None:
            value = rule.get(unit)
            if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 3650:
                return f"{key} needs {unit} between 1 and 3650"
    return None


def cutoffs(rules: dict[str, Any], today: dt.date) -> Cutoffs:
    def years_back(years: int) -> dt.date:
        return today.replace(year=today.year - years) if (today.month, today.day) != (2, 29) else \
            dt.date(today.year - years, 2, 28)

    return Cutoffs(
        today=today,
        letters_posted_before=today - dt.timedelta(days=int(rules["letter_pdfs"]["days"])),
        requests_closed_before=years_back(int(rules["closed_requests"]["years"])),
        contracts_ended_before=dt.date(today.year - int(rules["ended_customers"]["years"]), 1, 1),
    )


def reason(rules: dict[str, Any], key: str, language: str) -> str:
    texts = rules.get(key, {}).get("reason", {})
    return str(texts.get(language) or texts.get("fi") or "")
