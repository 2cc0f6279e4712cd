"""The access reply says what the register did for the customer's rights (issue 12): the restriction of
processing with its reason, end and what it means, and every recorded disclosure with its legal basis
and data in the customer's language (codes printed by their labels, never raw)."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData

from db.database import Database
from db.models import Customer
from desktop.core.letters import LetterType
from desktop.services.letters import LetterService
from desktop.services.marketing_export import MarketingExportService
from desktop.services.requests import Intake, RequestService
from desktop.services.restrictions import DisclosureService, RestrictionService

TEXTS = {lang: json.loads((Path(__file__).resolve().parents[2] / "resources" / "letters" / f"{lang}.json")
                          .read_text(encoding="utf-8")) for lang in ("fi", "sv", "en")}


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_access_reply_lists_restriction_and_disclosures(database: Database, data: RequestData, clock: Clock,
                                                        language: str) -> None:
    with database.transaction() as session:
        session.get(Customer, data.maija_id).language = language
    RestrictionService(database, AGENT, clock).record(data.maija_id, "Osoite kiistetty", dt.date(2026, 4, 30))
    DisclosureService(database, AGENT, clock).record(data.maija_id, "RopoCapital Oy", "debt_collection",
                                                     "Nimi, osoite, lasku 4711", dt.date(2026, 3, 5))
    RestrictionService(database, SUPERVISOR, clock).lift(data.maija_id, "Tarkistettu")
    MarketingExportService(database, SUPERVISOR, clock).export("Markkinointi Oy", "direct_advertising", "post",
                                                               lambda _row: None)
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("access", "letter", True, customer_id=data.maija_id, received_on=dt.date(2026, 3, 9)))
    agent.record_identity_check(info.id, "signature_compared")
    text = _text(LetterService(database, SUPERVISOR, clock).generate(info.id, LetterType.ACCESS_REPLY).pdf)
    annex, values = TEXTS[language]["annex"], TEXTS[language]["values"]
    for expected in (annex["restrictions"], "Osoite kiistetty", "30.4.2026", " ".join(annex["restrictions_note"].split()),
                     "RopoCapital Oy", values["disclosure_basis"]["debt_collection"], "Nimi, osoite, lasku 4711",
                     "Markkinointi Oy", values["disclosure_basis"]["direct_marketing"],
                     values["disclosed_data"]["name_address"], values["action"]["restriction_recorded"],
                     values["action"]["disclosure_recorded"]):
        assert " ".join(expected.split()) in text, expected
    for raw in ("debt_collection", "direct_marketing", "name_address", "restriction_recorded"):
        assert raw not in text
