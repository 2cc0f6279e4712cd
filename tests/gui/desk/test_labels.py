"""Every code the desk shows has a label, and Finnish and Swedish translate every label.

The code lists come from where the codes are defined (db/models, the core's vocabularies), not from
desk/labels.py itself, so a new contract kind or data source without a label fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from db.models.contract import CONTRACT_KINDS, INVOICE_STATES
from db.models.customer import DATA_SOURCES
from desktop.core import letters, prohibitions
from desktop.core.contact import LANGUAGES, OPEN_PURPOSES
from desktop.core.i18n import CONTEXT
from desktop.core.request_states import State
from desktop.core.roles import Role
from desktop.i18n_qt import TRANSLATIONS_DIR
from desktop.views.desk.labels import GROUPS, known_codes, label

CODES: dict[str, tuple[str, ...]] = {
    "language": LANGUAGES,
    "purpose": OPEN_PURPOSES,
    "source": DATA_SOURCES,
    "contract_kind": CONTRACT_KINDS,
    "commodity": letters.VALUE_CODES["commodity"],
    "unit": letters.VALUE_CODES["unit"],
    "direction": letters.VALUE_CODES["direction"],
    "invoice_state": INVOICE_STATES,
    "consent_purpose": prohibitions.ALL_PURPOSES,
    "channel": (*prohibitions.CHANNELS, prohibitions.ANY_CHANNEL),
    "consent_source": prohibitions.SOURCES,
    "decision": prohibitions.DECISIONS,
    "request_type": letters.REQUEST_TYPES,
    "state": tuple(State),
    "letter_type": tuple(letters.LetterType),
    "action": letters.CUSTOMER_AUDIT_ACTIONS,
    "role": tuple(Role),
    "disclosure_basis": letters.VALUE_CODES["disclosure_basis"],
    "disclosed_data": letters.VALUE_CODES["disclosed_data"],
    "erasure_category": letters.VALUE_CODES["erasure_category"],
    "erasure_action": letters.VALUE_CODES["erasure_action"],
    "erasure_reason": letters.VALUE_CODES["erasure_reason"],
}
# Labels the request views translate in their own context; the others are N_() strings.
REQUEST_CONTEXT_GROUPS = {"request_type", "letter_type"}
# Symbols and names that read the same in English.
SAME_AS_CODE = {("unit", "kWh"), ("unit", "MWh")}


def test_every_group_is_checked_here():
    assert set(CODES) == set(GROUPS)


@pytest.mark.parametrize("group", sorted(CODES))
def test_every_code_has_a_label_that_is_not_the_code(qapp, group):
    assert set(CODES[group]) <= known_codes(group)
    for code in CODES[group]:
        text = label(group, code)
        assert text.strip(), (group, code)
        if (group, code) not in SAME_AS_CODE:
            # Every label is written for people: capitalised or spelled out, never the stored spelling.
            assert text != code and "_" not in text, (group, code, text)


def test_an_unknown_code_is_shown_as_it_is_and_none_as_nothing(qapp):
    assert label("source", "new_register_2030") == "new_register_2030"
    assert label("commodity", None) == ""
    assert label("unit", "m3") == "m³"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_finnish_and_swedish_translate_every_label(qapp, compiled_translations, language):
    """Read the compiled catalogue itself: an untranslated label would silently show in English."""
    translator = QTranslator()
    assert translator.load(str(Path(TRANSLATIONS_DIR) / f"palvelutiski_{language}.qm"))
    missing = []
    for group, codes in CODES.items():
        if group == "unit":
            continue  # symbols, not words
        context = "requests" if group in REQUEST_CONTEXT_GROUPS else CONTEXT
        for code in codes:
            source = label(group, code)  # English is installed: the label is its source text
            if not translator.translate(context, source):
                missing.append((group, code, source))
    assert missing == []
