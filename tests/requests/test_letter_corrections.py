"""Letter corrections found in the review of issue 12: the extension counted from the end of the first
month and never decided before receipt, an extension notice that does not call the reply late, the
refusal's authority block on its own, Art. 15(3) saying how to see the full values, and the recording
sentence only when there is a recording."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData
from sqlalchemy import update

from db.database import Database
from db.models import Call
from desktop.core import deadlines
from desktop.core.letters import LetterType
from desktop.services.letters import LetterService
from desktop.services.requests import Intake, RequestService

TEXTS = {lang: json.loads((Path(__file__).resolve().parents[2] / "resources" / "letters" / f"{lang}.json")
                          .read_text(encoding="utf-8")) for lang in ("fi", "sv", "en")}


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_extension_runs_from_the_end_of_the_first_month() -> None:
    assert deadlines.due_date(dt.date(2025, 1, 31)) == dt.date(2025, 2, 28)
    assert deadlines.check_extension(dt.date(2025, 1, 31), dt.date(2025, 2, 10), 2, "many requests") \
        == dt.date(2025, 4, 28)
    with pytest.raises(deadlines.DeadlineError):
        deadlines.check_extension(dt.date(2025, 1, 31), dt.date(2025, 1, 30), 2, "many requests")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_extension_notice_does_not_call_the_reply_late(language: str) -> None:
    first = TEXTS[language]["extension_notice"]["body"][0]
    assert "olisi pitänyt" not in first and "skulle ha getts" not in first


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_refusal_keeps_the_authority_block_apart(language: str) -> None:
    body = TEXTS[language]["refusal"]["body"]
    authority = next(p for p in body if "{complaint_authority}" in p)
    assert authority.rstrip().endswith("{complaint_authority}")


def test_access_reply_explains_the_masks_and_offers_recordings_only_when_there_are_some(
        database: Database, data: RequestData, clock: Clock) -> None:
    agent = RequestService(database, AGENT, clock)

    def reply() -> str:
        info = agent.intake(Intake("access", "letter", True, customer_id=data.maija_id, received_on=dt.date(2026, 3, 9)))
        agent.record_identity_check(info.id, "signature_compared")
        return _text(LetterService(database, SUPERVISOR, clock).generate(info.id, LetterType.ACCESS_REPLY).pdf)

    offer = " ".join(TEXTS["fi"]["annex"]["recordings_offer"].split())
    text = reply()
    assert offer in text and "henkilöllisyystodistuksen kanssa" in text
    with database.transaction() as session:
        session.execute(update(Call).values(recording_ref=None))
    assert offer not in reply()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_company_gets_company_wording_not_a_persons(database: Database, data: RequestData, clock: Clock,
                                                      language: str) -> None:
    from db.models import Customer, PostalAddress

    with database.transaction() as session:
        company = Customer(customer_number="900002", kind="company", company_name="Keminmaan Kala Oy",
                           business_id="0854658-5", search_name="keminmaan kala oy", language=language)
        session.add(company)
        session.flush()
        session.add(PostalAddress(customer_id=company.id, street="Satamatie 1", postcode="94450",
                                  post_town="Keminmaa", street_key="satamatie 1"))
        company_id = company.id
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=company_id, received_on=dt.date(2026, 3, 9)))
    agent.record_identity_check(info.id, "signature_compared")
    text = _text(LetterService(database, SUPERVISOR, clock).generate(info.id, LetterType.ACCESS_REPLY).pdf)
    texts = TEXTS[language]
    assert " ".join(texts["access_reply"]["company"]["subject"].split()) in text
    person = texts["access_reply"]["body"][2]  # "only the date-of-birth part of your personal identity code"
    assert " ".join(person.split())[:40] not in text


def test_invisible_names_and_streets_are_refused_at_input_and_flagged_at_letter_time() -> None:
    from desktop.core.address import format_block
    from desktop.core.contact import AddressInput, check_address

    zero_width = "\u200b\u200c\u2060"
    problems = check_address(AddressInput(zero_width, "94450", "Keminmaa"))
    assert [p.field for p in problems] == ["street"]
    assert [p.field for p in check_address(AddressInput("Tie 1", "94450", "Keminmaa", care_of="\u200b"))] == ["care_of"]
    block = format_block(name=zero_width, street="Tie\u200b 1", postcode="94450", post_town="Keminmaa")
    assert "The address has no recipient name." in block.undeliverable and "Tie 1" in block.lines
    mixed = format_block(name="Vir\u202etanen Matti", street="Tie 1", postcode="94450", post_town="Keminmaa")
    assert mixed.deliverable and mixed.lines[0] == "Virtanen Matti"
    assert any("invisible or control characters" in p for p in mixed.problems)  # printed, but flagged


def test_mail_abroad_names_finland_in_the_sender_block_and_the_phone_internationally(
        database: Database, data: RequestData, clock: Clock) -> None:
    from db.models import PostalAddress
    from desktop.core.address import format_block

    unknown = format_block(name="Anna", street="Rue 1", postcode="1000", post_town="Town", country="XX")
    assert "XX" not in unknown.lines and not unknown.deliverable
    with database.transaction() as session:
        session.query(PostalAddress).filter(PostalAddress.customer_id == data.asa_id).update({"valid_to": clock()})
        session.add(PostalAddress(customer_id=data.asa_id, street="Storgatan 1", postcode="111 22",
                                  post_town="Stockholm", country="SE", street_key="storgatan 1"))
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=data.asa_id, received_on=dt.date(2026, 3, 9)))
    letter = LetterService(database, AGENT, clock).generate(info.id, LetterType.ACKNOWLEDGEMENT)
    text = _text(letter.pdf)
    assert "FINLAND" in text and "+358 40 1870 200" in text and "SWEDEN" in letter.address_lines
