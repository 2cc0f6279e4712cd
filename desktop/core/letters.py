"""What each letter says, as a specification the text resources are checked against.

The texts themselves live in ``resources/letters/<lang>.json`` (fi, sv, en); the service loads them and
passes the parsed mapping here. Each letter type has a document type, a subject and body paragraphs; the
placeholders a paragraph may use are fixed per type, so a translator cannot introduce one the service
does not fill (which would print "{due_on}" on a customer's letter).
"""

from __future__ import annotations

import enum
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core import contact, erasure, prohibitions, retention, rights
from desktop.core.request_states import State

LANGUAGES = ("fi", "sv", "en")


class LetterType(enum.StrEnum):
    ACCESS_REPLY = "access_reply"
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_CLARIFICATION = "identity_clarification"
    EXTENSION_NOTICE = "extension_notice"
    REFUSAL = "refusal"
    PROHIBITION_CONFIRMATION = "prohibition_confirmation"
    RECTIFICATION_REPLY = "rectification_reply"
    ERASURE_REPLY = "erasure_reply"
    OBJECTION_REPLY = "objection_reply"
    RESTRICTION_REPLY = "restriction_reply"


# The reply a signed-off request produces, by request type.
REPLY_FOR_REQUEST = {
    "access": LetterType.ACCESS_REPLY,
    "rectification": LetterType.RECTIFICATION_REPLY,
    "erasure": LetterType.ERASURE_REPLY,
    "objection": LetterType.OBJECTION_REPLY,
    "restriction": LetterType.RESTRICTION_REPLY,
}
# Replies that say what was done: the handler's description of it is printed as {outcome}.
OUTCOME_REPLIES = frozenset(REPLY_FOR_REQUEST.values()) - {LetterType.ACCESS_REPLY}

# Filled for every letter (the sender and the request the letter is about).
COMMON_PLACEHOLDERS = frozenset({
    "controller_name", "register_name", "controller_phone", "controller_email", "controller_address",
    "reference", "request_type", "received_on", "letter_date",
})

PLACEHOLDERS: dict[LetterType, frozenset[str]] = {
    LetterType.ACCESS_REPLY: COMMON_PLACEHOLDERS,
    LetterType.ACKNOWLEDGEMENT: COMMON_PLACEHOLDERS | {"due_on"},
    LetterType.IDENTITY_CLARIFICATION: COMMON_PLACEHOLDERS | {"reason"},
    LetterType.EXTENSION_NOTICE: COMMON_PLACEHOLDERS | {"original_due_on", "due_on", "reason"},
    LetterType.REFUSAL: COMMON_PLACEHOLDERS | {"reason", "complaint_authority"},
    LetterType.PROHIBITION_CONFIRMATION: COMMON_PLACEHOLDERS | {"prohibitions"},
    **{reply: COMMON_PLACEHOLDERS | {"outcome", "done_on", "complaint_authority"} for reply in OUTCOME_REPLIES},
}

# Keys every language file must have outside the letter sections, with the placeholders each may use.
SECTIONS: dict[str, dict[str, frozenset[str]]] = {
    "common": {
        "customer_number_line": frozenset({"customer_number"}),
        "reference_label": frozenset(), "customer_number_label": frozenset(), "greeting": frozenset(),
        "closing": frozenset(), "signature": frozenset(), "attachments": frozenset(),
        "footer": frozenset({"controller_name", "business_id", "controller_phone", "controller_email"}),
        "address_line": frozenset({"street", "postcode", "post_town"}),
        "continued": frozenset(), "yes": frozenset(), "no": frozenset(), "none": frozenset(),
        "envelope_test_title": frozenset(), "envelope_test_text": frozenset(),
    },
    "annex": {
        "intro": frozenset({"register_name"}),
        **{key: frozenset() for key in (
            "doc_type", "title", "identity", "addresses", "contact_points", "bank_accounts",
            "usage_sites", "contracts", "consumption", "invoices", "calls", "consents", "requests", "letters",
            "disclosures", "consultations", "consultations_note",
            "customer_number", "name", "customer_kind", "hetu", "business_id", "language", "name_source",
            "customer_since", "valid_from", "valid_to", "current", "address", "source", "kind", "value", "added",
            "iban", "bic", "metering_point", "commodity", "contract_number", "product", "site", "start", "end",
            "year", "quantity", "open_invoices", "overdue_invoices", "in_collection", "paid_12_months",
            "last_invoice", "updated", "invoice_list", "invoice_number", "invoice_date", "due_date", "amount",
            "paid_on", "call_time", "direction", "subject", "recording", "notice_given",
            "objected", "recording_deleted", "notes", "occurred", "purpose", "channel", "decision",
            "valid_until", "received", "state", "dispatched", "letter_date", "letter_type", "recipient", "basis",
            "data", "disclosed_on", "action", "date",
            "restrictions", "restrictions_note", "restriction_reason", "restriction_ends", "restriction_lifted",
            "until_lifted", "restriction_recorded", "recordings_offer",
        )},
    },
    "erasure": {key: frozenset() for key in ("doc_type", "title", "intro", "data", "action", "reason", "kept_until",
                                             "full_note", "partial_note")},
    "rectification": {**{key: frozenset() for key in ("doc_type", "title", "intro", "field", "before", "after",
                                                      "date")}, "source_note": frozenset({"source"})},
    "objection": {key: frozenset() for key in ("doc_type", "title", "intro", "processing", "decision", "reasons",
                                               "date", "upheld", "rejected")},
    "notice": {
        "title": frozenset({"register_name"}), "intro": frozenset({"date"}), "draft": frozenset({"gaps"}),
        **{key: frozenset({"n"}) for key in ("days", "years", "recording_days")},
        **{key: frozenset() for key in (
            "doc_type", "controller", "contact", "purposes", "legal_bases", "categories", "sources", "recipients",
            "transfers", "retention", "retention_rules", "rule", "period", "reason", "never", "until_posted",
            "rights", "complaint", "automated", "security")},
    },
    "art15": {
        key: frozenset() for key in (
            "doc_type", "title", "purposes", "categories", "recipients", "transfers", "retention", "sources",
            "rights", "rights_text", "complaint", "complaint_default", "automated", "automated_text",
            "controller",
        )
    },
}

# Code values printed in letters, per group: every one must have a label in every language, so a
# Finnish or Swedish letter never shows an English code word. The groups the database alone defines
# (contract kinds, commodities, data sources, units) are spelled out here because the core cannot
# import db; tests/requests/test_letter_values.py checks them against db/models.
CUSTOMER_AUDIT_ACTIONS = (
    "customer_opened", "hetu_search", "hetu_reveal", "contact_changed", "consent_recorded", "call_started",
    "call_ended", "request_created", "request_state_changed", "request_reassigned", "letter_generated",
    "letter_printed", "letter_dispatched", "audit_log_read", "call_customer_linked", "consent_corrected",
    "note_added", "request_claimed", "request_claim_released", "restriction_recorded", "restriction_lifted",
    "disclosure_recorded", "erasure_carried_out", "objection_decided",
)
DATA_SOURCES = ("contract", "customer_notice", "customer_request", "posti_dvv_update", "data_service_company",
                "import")
REQUEST_TYPES = ("access", "rectification", "erasure", "objection", "restriction")
REQUEST_CHANNELS = ("letter", "desk", "email_signed")
VALUE_CODES: dict[str, tuple[str, ...]] = {
    "customer_kind": ("person", "company"),
    "contract_kind": ("grid_connection", "electricity_transmission", "electricity_sales", "district_heat", "water",
                      "gas", "broadband", "tv"),
    "commodity": ("electricity", "district_heat", "water", "gas"),
    "invoice_state": ("open", "paid", "in_collection"),
    "unit": ("kWh", "MWh", "m3"),
    "contact_kind": ("phone", "email"),
    "direction": ("inbound", "outbound"),
    "decision": prohibitions.DECISIONS,
    "channel": (*prohibitions.CHANNELS, prohibitions.ANY_CHANNEL, *REQUEST_CHANNELS),
    "source": (*DATA_SOURCES, *prohibitions.SOURCES),
    "request_type": REQUEST_TYPES,
    "state": tuple(state.value for state in State),
    "letter_type": tuple(letter_type.value for letter_type in LetterType),
    "action": CUSTOMER_AUDIT_ACTIONS,
    "purpose": (*contact.OPEN_PURPOSES, *prohibitions.ALL_PURPOSES),
    "language": LANGUAGES,
    "disclosure_basis": rights.DISCLOSURE_BASES,
    "disclosed_data": ("name_address", "name_address_phone", "name_address_email"),
    "erasure_category": erasure.CATEGORIES,
    "erasure_action": (erasure.DELETE, erasure.ANONYMISE, erasure.KEEP),
    "erasure_reason": erasure.REASONS,
    "notice_gap": ("business_id", "legal_bases", "retention_rules"),
    "retention_rule": retention.RULES,
    "rectified_field": ("phones", "emails", "language", "postal_address"),
}
VALUE_GROUPS = tuple(VALUE_CODES)


@dataclass(frozen=True, slots=True)
class LetterText:
    """One letter's texts in one language, placeholders already filled."""

    doc_type: str
    subject: str
    body: tuple[str, ...]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def _check_strings(where: str, value: Any, allowed: frozenset[str], problems: list[str]) -> None:
    items: Iterable[Any] = value if isinstance(value, list) else [value]
    for item in items:
        if not isinstance(item, str) or not item.strip():
            problems.append(f"{where}: empty or not text")
            continue
        try:
            unknown = placeholders(item) - allowed
        except ValueError as exc:  # an unbalanced brace
            problems.append(f"{where}: {exc}")
            continue
        if unknown:
            problems.append(f"{where}: unknown placeholder(s) {sorted(unknown)}")


def validate_texts(texts: Mapping[str, Any]) -> list[str]:
    """Problems found in one language's texts (empty when the file is complete and consistent)."""
    problems: list[str] = []
    for letter_type in LetterType:
        section = texts.get(letter_type.value)
        if not isinstance(section, Mapping):
            problems.append(f"{letter_type.value}: missing")
            continue
        allowed = PLACEHOLDERS[letter_type]
        for key in ("doc_type", "subject"):
            _check_strings(f"{letter_type.value}.{key}", section.get(key), allowed, problems)
        body = section.get("body")
        if not isinstance(body, list) or not body:
            problems.append(f"{letter_type.value}.body: must be a list of paragraphs")
        else:
            _check_strings(f"{letter_type.value}.body", body, allowed, problems)
        company = section.get("company")  # optional: the wording for a company customer
        if company is not None:
            if not isinstance(company, Mapping) or not isinstance(company.get("body"), list):
                problems.append(f"{letter_type.value}.company: must have a subject and body paragraphs")
            else:
                _check_strings(f"{letter_type.value}.company.subject", company.get("subject"), allowed, problems)
                _check_strings(f"{letter_type.value}.company.body", company["body"], allowed, problems)
    for name, keys in SECTIONS.items():
        section = texts.get(name)
        if not isinstance(section, Mapping):
            problems.append(f"{name}: missing")
            continue
        for key, allowed in keys.items():
            _check_strings(f"{name}.{key}", section.get(key), allowed, problems)
    values = texts.get("values")
    if not isinstance(values, Mapping):
        problems.append("values: missing")
    else:
        for group, codes in VALUE_CODES.items():
            labels = values.get(group)
            if not isinstance(labels, Mapping):
                problems.append(f"values.{group}: missing")
                continue
            for code in codes:
                _check_strings(f"values.{group}.{code}", labels.get(code), frozenset(), problems)
    return problems


def fill(template: str, values: Mapping[str, object]) -> str:
    """Fill placeholders; a missing value is a programming error, never silently printed."""
    missing = placeholders(template) - set(values)
    if missing:
        raise KeyError(f"letter placeholders without a value: {sorted(missing)}")
    return template.format(**values)


def letter_text(texts: Mapping[str, Any], letter_type: LetterType, values: Mapping[str, object], *,
                company: bool = False) -> LetterText:
    """The letter's texts; a company customer gets the type's ``company`` wording where it has one (GDPR
    protects natural persons: a company's letter speaks of its data and its contact persons)."""
    section = texts[letter_type.value]
    if company and isinstance(section.get("company"), Mapping):
        section = {**section, **section["company"]}
    return LetterText(
        doc_type=fill(section["doc_type"], values),
        subject=fill(section["subject"], values),
        body=tuple(fill(paragraph, values) for paragraph in section["body"]),
    )


def value_label(texts: Mapping[str, Any], group: str, code: str | None) -> str:
    """The translated label of a code value (``decision: prohibit`` → "kielto").

    Every code of :data:`VALUE_CODES` has a label (validate_texts); a code the register holds outside
    those sets prints as itself rather than failing the letter.
    """
    if code is None:
        return ""
    reference = None
    if group == "source":
        code, reference = rights.split_source(code)
    label = str(texts.get("values", {}).get(group, {}).get(code, code.replace("_", " ")))
    return f"{label}, {reference}" if reference else label
