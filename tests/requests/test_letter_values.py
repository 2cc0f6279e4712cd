"""Every code value printed in a letter comes from resources/letters/<lang>.json in the letter's language.

The vocabularies the core lists (desktop.core.letters.VALUE_CODES) are checked against the database's own
lists, and a Finnish and a Swedish access reply for a customer holding every code of every group is read
back: each label is there, and no code word (as the untranslated fallback would print it) is.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData
from sqlalchemy import update

from db import audit
from db.database import Database
from db.models import (
    BankAccount,
    ConsentEvent,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    Customer,
    DataRequest,
    Letter,
    PostalAddress,
    UsageSite,
)
from db.models import contract as contract_model
from db.models import customer as customer_model
from desktop.core import contact, prohibitions
from desktop.core import letters as spec
from desktop.core.deadlines import due_date
from desktop.core.letters import VALUE_CODES, LetterType
from desktop.core.text import fold
from desktop.services import requests as request_service
from desktop.services.letters import LetterService
from desktop.services.requests import Intake, RequestService

ROOT = Path(__file__).resolve().parents[2]
TEXTS = {lang: json.loads((ROOT / "resources" / "letters" / f"{lang}.json").read_text(encoding="utf-8"))
         for lang in spec.LANGUAGES}
UTC = dt.UTC


def test_core_vocabularies_are_the_databases() -> None:
    assert VALUE_CODES["contract_kind"] == contract_model.CONTRACT_KINDS
    assert VALUE_CODES["invoice_state"] == contract_model.INVOICE_STATES
    assert spec.DATA_SOURCES == customer_model.DATA_SOURCES
    assert spec.REQUEST_TYPES == request_service.REQUEST_TYPES
    assert spec.REQUEST_CHANNELS == request_service.CHANNELS
    assert set(VALUE_CODES["purpose"]) >= set(contact.OPEN_PURPOSES) | set(prohibitions.ALL_PURPOSES)
    assert set(VALUE_CODES["source"]) >= set(prohibitions.SOURCES)


def test_every_audited_action_on_a_customer_has_a_label() -> None:
    """The access reply lists the audit rows of the customer: every action written with a customer id."""
    call = re.compile(r"audit\.append\(\s*session,\s*[^,]+,\s*\"([a-z_]+)\"(.*?)\)\s*$", re.S | re.M)
    found = set()
    for path in [*ROOT.joinpath("desktop").rglob("*.py"), *ROOT.joinpath("db").rglob("*.py")]:
        for action, rest in call.findall(path.read_text(encoding="utf-8")):
            if "customer_id=" in rest:
                found.add(action)
    assert "customer_opened" in found and "letter_generated" in found  # the scan itself works
    assert found <= set(spec.CUSTOMER_AUDIT_ACTIONS), found - set(spec.CUSTOMER_AUDIT_ACTIONS)


@pytest.mark.parametrize("lang", spec.LANGUAGES)
def test_every_code_has_a_label_in_every_language(lang: str) -> None:
    for group, codes in VALUE_CODES.items():
        for code in codes:
            label = TEXTS[lang]["values"][group].get(code)
            assert label and label.strip(), f"{lang}: values.{group}.{code}"


def _every_code(database: Database, customer_id: int) -> None:
    """Rows on one customer that between them use every code of every group."""
    at = dt.datetime(2024, 6, 3, 9, 0, tzinfo=UTC)
    with database.transaction() as session:
        for k, source in enumerate(spec.DATA_SOURCES):
            session.add_all([
                PostalAddress(customer_id=customer_id, street=f"Vanha katu {k + 1}", postcode="94400",
                              post_town="Keminmaa", street_key=fold(f"Vanha katu {k + 1}"), source=source,
                              valid_from=dt.datetime(2010 + k, 1, 1, tzinfo=UTC),
                              valid_to=dt.datetime(2010 + k, 12, 31, tzinfo=UTC)),
                ContactPoint(customer_id=customer_id, kind=("phone", "email")[k % 2],
                             value=f"040 555 00{k}" if k % 2 == 0 else f"osoite{k}@example.fi",
                             value_key=f"key{k}", source=source, added_at=at),
                BankAccount(customer_id=customer_id, iban="FI2112345600000785", bic="NDEAFIHH", source=source,
                            added_at=at),
            ])
        sites = {}
        for k, commodity in enumerate(VALUE_CODES["commodity"]):
            sites[commodity] = UsageSite(customer_id=customer_id, metering_point_id=f"64300700000099{k:04d}",
                                         street="Jauholantie 12 B 7", postcode="94450", post_town="Keminmaa",
                                         commodity=commodity)
        session.add_all(sites.values())
        session.flush()
        for k, kind in enumerate(VALUE_CODES["contract_kind"]):
            site = sites[kind] if kind in sites else sites["electricity"]
            session.add(Contract(customer_id=customer_id, usage_site_id=site.id, contract_number=f"K-{k:04d}",
                                 kind=kind, product="Tuote", start_date=dt.date(2024, 1, 1)))
        for unit, commodity in zip(VALUE_CODES["unit"], ("electricity", "district_heat", "water"), strict=True):
            session.add(ConsumptionSummary(usage_site_id=sites[commodity].id, year=2024, quantity=Decimal("12.5"),
                                           unit=unit))
        channels = VALUE_CODES["channel"][:5]  # the consent channels (post, phone, email, sms, any)
        for k, purpose in enumerate(prohibitions.ALL_PURPOSES):
            source = prohibitions.SOURCES[k % len(prohibitions.SOURCES)]
            session.add(ConsentEvent(
                customer_id=customer_id, purpose=purpose, channel=channels[k % len(channels)],
                decision=prohibitions.DECISIONS[k % len(prohibitions.DECISIONS)], source=source,
                valid_until=dt.date(2027, 6, 3) if source == "asml" else None, agent_username=AGENT.username,
                occurred_at=at + dt.timedelta(minutes=k)))
        states = VALUE_CODES["state"]
        for k, state in enumerate(states):
            received = dt.date(2024, 1, 1) + dt.timedelta(days=7 * k)
            session.add(DataRequest(
                reference=f"TP-2024-{k + 1:05d}", customer_id=customer_id,
                request_type=spec.REQUEST_TYPES[k % len(spec.REQUEST_TYPES)], state=state,
                channel=spec.REQUEST_CHANNELS[k % len(spec.REQUEST_CHANNELS)], signed=True, received_on=received,
                due_on=due_date(received), created_by=AGENT.username))
        for letter_type in LetterType:
            session.add(Letter(customer_id=customer_id, letter_type=letter_type.value, language="fi",
                               reference="TP-2024-00001", address_snapshot=["x"], pdf=b"%PDF-1.4", sha256="0" * 64,
                               page_count=1, created_at=at, created_by=AGENT.username))
        purposes = VALUE_CODES["purpose"]
        for k, action in enumerate(spec.CUSTOMER_AUDIT_ACTIONS):
            audit.append(session, AGENT, action, customer_id=customer_id, purpose=purposes[k % len(purposes)])
        # Every purpose once more, so each label reaches the consultations table.
        for purpose in purposes:
            audit.append(session, AGENT, "customer_opened", customer_id=customer_id, purpose=purpose)


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


def _access_reply(database: Database, clock: Clock, customer_id: int, lang: str) -> str:
    with database.transaction() as session:
        session.execute(update(Customer).where(Customer.id == customer_id).values(language=lang))
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=customer_id, received_on=dt.date(2026, 3, 9)))
    agent.record_identity_check(info.id, "signature_compared")
    letter = LetterService(database, SUPERVISOR, clock).generate(info.id, LetterType.ACCESS_REPLY)
    assert letter.language == lang
    return _text(letter.pdf)


# Two-letter language codes are ordinary words ("en" in Swedish); their labels are checked positively.
FALLBACKS = sorted({form for codes in VALUE_CODES.values() for code in codes
                    for form in (code, code.replace("_", " ")) if len(code) > 2})


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_finnish_and_swedish_access_reply_prints_no_english_code(database: Database, data: RequestData,
                                                                 clock: Clock, lang: str) -> None:
    _every_code(database, data.maija_id)
    text = _access_reply(database, clock, data.maija_id, lang)
    labels = TEXTS[lang]["values"]
    own_words = {label for group in labels.values() for label in group.values()}
    leaked = [form for form in FALLBACKS if form not in own_words
              and re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)]
    assert leaked == []
    # And positively: the label of every code the customer's rows hold is in the letter.
    printed_groups = ("contract_kind", "commodity", "unit", "contact_kind", "direction", "decision", "source",
                      "request_type", "state", "letter_type", "action", "purpose")
    missing = [f"{group}.{code}" for group in printed_groups for code in VALUE_CODES[group]
               if labels[group][code] not in text]
    missing += [f"channel.{code}" for code in VALUE_CODES["channel"][:5] if labels["channel"][code] not in text]
    assert missing == []
    assert labels["language"][lang] in text and labels["customer_kind"]["person"] in text
