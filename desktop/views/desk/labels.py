"""The label a desk user sees for each stored code value: the card never shows "customer_notice" or "call".

One lookup, :func:`label` (group, code), for every code the card and the search list show. Tables that
already exist are used as they are, not copied: the consent vocabulary (desktop.core.prohibitions), request
states (desktop.core.request_states), staff roles (desktop.core.roles), audit actions
(desktop.services.audit_log), request and letter types (desktop.views.requests.common). The groups nobody
had labelled for the screen are defined here, marked ``N_`` so they are translated in the shared
"palvelutiski" context like the core's labels.

The group names follow ``desktop.core.letters.VALUE_CODES`` (the letters print the same codes in the
customer's language from resources/letters; the screen speaks the user's UI language instead).
A code outside the known sets is shown as itself rather than hidden: the register holds it, so the desk
must see it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desktop.core import erasure, rights
from desktop.core import prohibitions as rules
from desktop.core.i18n import N_
from desktop.core.request_states import STATE_LABELS
from desktop.core.roles import ROLE_LABELS
from desktop.services.audit_dtos import ACTION_LABELS
from desktop.views.desk.common import translate_domain
from desktop.views.requests.common import letter_type_labels, request_type_labels

LANGUAGE_LABELS = {"fi": N_("Finnish"), "sv": N_("Swedish"), "en": N_("English")}

# Why a card was opened (desktop.core.contact.OPEN_PURPOSES); also the purpose column of the access log.
OPEN_PURPOSE_LABELS = {
    "call": N_("Call"), "letter": N_("Letter"), "request": N_("Data-subject request"),
    "correction": N_("Correction of data"),
}

# Where an address, contact point or bank account came from (db.models.customer.DATA_SOURCES).
DATA_SOURCE_LABELS = {
    "contract": N_("Contract"),
    "customer_notice": N_("Customer's notice"),
    "customer_request": N_("Customer's request"),
    "posti_dvv_update": N_("Posti/DVV update"),
    "data_service_company": N_("Data service company"),
    "import": N_("Previous system"),
}

CONTRACT_KIND_LABELS = {
    "grid_connection": N_("Grid connection"),
    "electricity_transmission": N_("Electricity transmission"),
    "electricity_sales": N_("Electricity sales"),
    "district_heat": N_("District heating"),
    "water": N_("Water"),
    "gas": N_("Natural gas"),
    "broadband": N_("Broadband"),
    "tv": N_("TV"),
}

COMMODITY_LABELS = {
    "electricity": N_("Electricity"), "district_heat": N_("District heating"), "water": N_("Water"),
    "gas": N_("Natural gas"),
}

# The state of an invoice as the billing system reports it (db.models.contract.INVOICE_STATES).
INVOICE_STATE_LABELS = {"open": N_("Open"), "paid": N_("Paid"), "in_collection": N_("In collection")}

CALL_DIRECTION_LABELS = {"inbound": N_("Incoming"), "outbound": N_("Outgoing")}

# Units are the same symbols in every language, so they are not offered for translation; only the
# stored ASCII spelling of the cubic metre is shown as the symbol.
UNIT_SYMBOLS = {"kWh": "kWh", "MWh": "MWh", "m3": "m³"}

# What a disclosure recorded by the marketing export held (desktop.services.marketing_export.DISCLOSED_DATA).
DISCLOSED_DATA_LABELS = {
    "name_address": N_("Name and postal address"),
    "name_address_phone": N_("Name, postal address and phone number"),
    "name_address_email": N_("Name, postal address and e-mail address"),
}

_MARKED: dict[str, Mapping[str, str]] = {
    "language": LANGUAGE_LABELS,
    "purpose": OPEN_PURPOSE_LABELS,
    "source": DATA_SOURCE_LABELS,
    "contract_kind": CONTRACT_KIND_LABELS,
    "commodity": COMMODITY_LABELS,
    "invoice_state": INVOICE_STATE_LABELS,
    "direction": CALL_DIRECTION_LABELS,
    "consent_purpose": rules.PURPOSE_LABELS,
    "channel": rules.CHANNEL_LABELS,
    "consent_source": rules.SOURCE_LABELS,
    "decision": rules.DECISION_LABELS,
    "state": STATE_LABELS,  # keyed by the State StrEnum, which looks up by its plain string value too
    "action": ACTION_LABELS,
    "role": ROLE_LABELS,
    "disclosure_basis": rights.DISCLOSURE_BASIS_LABELS,
    "disclosed_data": DISCLOSED_DATA_LABELS,
    "erasure_category": erasure.CATEGORY_LABELS,
    "erasure_action": erasure.ACTION_LABELS,
    "erasure_reason": erasure.REASON_LABELS,
}
# Groups whose existing tables already translate (in their own context) when called.
_TRANSLATED: dict[str, Callable[[], dict[str, str]]] = {
    "request_type": request_type_labels,
    "letter_type": letter_type_labels,
}
GROUPS = (*_MARKED, *_TRANSLATED, "unit")


def label(group: str, code: str | None) -> str:
    """The translated label of ``code`` in ``group`` ("" for None; the code itself if it is unknown)."""
    if code is None:
        return ""
    if group == "unit":
        return UNIT_SYMBOLS.get(code, code)
    if group == "source":  # a change at the customer's request names the request: "Customer's request, TP-…"
        code, reference = rights.split_source(code)
        if reference:
            return f"{label(group, code)}, {reference}"
    marked = _MARKED.get(group)
    if marked is not None:
        text = marked.get(code)
        return translate_domain(text) if text is not None else code
    labels = _TRANSLATED[group]()
    return labels.get(code, code)


def known_codes(group: str) -> frozenset[str]:
    """Every code ``group`` has a label for (the tests hold these against the database's own lists)."""
    if group == "unit":
        return frozenset(UNIT_SYMBOLS)
    if group in _MARKED:
        return frozenset(str(code) for code in _MARKED[group])
    return frozenset(_TRANSLATED[group]())
