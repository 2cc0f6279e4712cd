"""The register's duties beyond answering (issue 12): restriction of processing and disclosures.

Pure vocabulary and rules; the services apply them.

- **Restriction** (GDPR Art. 18): while it holds, the data are only stored. Art. 18(2) still allows
  processing "for the establishment, exercise or defence of legal claims", so a disclosure to debt
  collection of an unpaid invoice may go on; every other disclosure and every marketing export leaves the
  customer out.
- **Disclosure bases**: the regular disclosures of the register descriptions (KMEV §6, Hamina §4 and §7).
"""

from __future__ import annotations

from desktop.core.i18n import N_

RESTRICTION_REASON_MAX = 400
DISCLOSURE_TEXT_MAX = 400
RECIPIENT_MAX = 200
BASIS_MAX = 200

# Legal basis of a disclosure, as recorded (the code) and as shown and printed (the label, translated).
DISCLOSURE_BASES = ("debt_collection", "power_of_attorney", "customer_request", "subcontractor", "direct_marketing",
                    "legal_obligation")
DISCLOSURE_BASIS_LABELS = {
    "debt_collection": N_("Collection of an unpaid invoice (legitimate interest, legal claim)"),
    "power_of_attorney": N_("The customer's power of attorney"),
    "customer_request": N_("At the customer's request for a specific purpose"),
    "subcontractor": N_("Subcontractor managing the customer relationship (contract)"),
    "direct_marketing": N_("Direct marketing (register description, no prohibition)"),
    "legal_obligation": N_("Statutory obligation"),
}
# Bases that Art. 18(2) allows while processing is restricted.
ALLOWED_WHILE_RESTRICTED = frozenset({"debt_collection"})
MARKETING_BASIS = "direct_marketing"


# What an upheld objection to processing on legitimate interests (GDPR Art. 21(1)) stops, where that
# processing happens in the register: the marketing register and partner exports leave the customer out;
# disclosures are refused except for legal claims (Art. 21(1): "establishment, exercise or defence of
# legal claims") and statutory duties; any other processing is stopped by hand as the decision says.
OBJECTION_STOPS = ("marketing_exports", "disclosures", "other")
OBJECTION_STOP_LABELS = {
    "marketing_exports": N_("Marketing register and partner exports: the customer is left out"),
    "disclosures": N_("Disclosures: only for legal claims and statutory duties"),
    "other": N_("Other processing: stopped by hand as the decision says"),
}
ALLOWED_AFTER_OBJECTION = frozenset({"debt_collection", "legal_obligation"})


def disclosure_allowed_after_objection(basis: str) -> bool:
    return basis in ALLOWED_AFTER_OBJECTION


# The source of data changed at the customer's request (GDPR Art. 16): "request:TP-2026-00042" in the
# 24-character source column of an address or contact point, read back as "customer's request, TP-…".
REQUEST_SOURCE = "customer_request"
_REQUEST_SOURCE_PREFIX = "request:"


def request_source(reference: str) -> str:
    return f"{_REQUEST_SOURCE_PREFIX}{reference}"


def split_source(code: str) -> tuple[str, str | None]:
    """(source code, request reference or None): ``request:TP-2026-00042`` → (customer_request, TP-2026-00042)."""
    if code.startswith(_REQUEST_SOURCE_PREFIX):
        return REQUEST_SOURCE, code[len(_REQUEST_SOURCE_PREFIX):]
    return code, None


def allowed_while_restricted(basis: str) -> bool:
    return basis in ALLOWED_WHILE_RESTRICTED
