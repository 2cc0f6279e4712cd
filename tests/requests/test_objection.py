"""Objection to other processing (GDPR Art. 21(1)) decided by a supervisor with reasons, recorded for the
request, audited and printed in the reply (issue 12). SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from request_fixtures import AGENT, SUPERVISOR, Clock, RequestData

from db.database import Database
from desktop.core.errors import DomainError
from desktop.core.roles import PermissionDenied
from desktop.services.objection import ObjectionService
from desktop.services.requests import Intake, RequestService
from tests.desk.conftest import audit_rows


def test_supervisor_decides_and_the_reply_says_why(database: Database, data: RequestData, clock: Clock) -> None:
    service = ObjectionService(database, SUPERVISOR, clock)
    with pytest.raises(DomainError):  # no request yet
        service.decide(data.maija_id, "Kulutustietojen käyttö palvelujen kehittämiseen", True, "Asiakkaan etu painaa.")
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("objection", "letter", True, customer_id=data.maija_id, received_on=dt.date(2026, 3, 9)))
    agent.record_identity_check(info.id, "signature_compared")
    assert ObjectionService(database, AGENT, clock).open_request(data.maija_id) == info.reference
    with pytest.raises(PermissionDenied):
        ObjectionService(database, AGENT, clock).decide(data.maija_id, "x", True, "perustelut tässä")
    with pytest.raises(DomainError):
        service.decide(data.maija_id, "Kulutustietojen käyttö", False, "lyhyt")
    assert service.decide(data.maija_id, "Kulutustietojen käyttö palvelujen kehittämiseen", False,
                          "Tietoja tarvitaan laskutusriidan selvittämiseen (oikeudellinen vaade).") == info.reference
    detail = json.loads(audit_rows(database, "objection_decided")[-1].detail)
    assert detail == {"decision_id": detail["decision_id"], "request": info.reference, "upheld": False,
                      "stops": None}
    agent.transition(info.id, "awaiting_sign_off")
    reply = RequestService(database, SUPERVISOR, clock).sign_off(info.id, "Päätös on liitteenä.")
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(reply.pdf)).pages).split())
    for expected in ("Päätös vastustamisesta", "Kulutustietojen käyttö palvelujen kehittämiseen", "Vastustus hylätty",
                     "laskutusriidan selvittämiseen", "10.3.2026"):
        assert expected in text, expected


def _upheld(database: Database, data: RequestData, clock: Clock, stops: str) -> str:
    agent = RequestService(database, AGENT, clock)
    info = agent.intake(Intake("objection", "letter", True, customer_id=data.maija_id, received_on=dt.date(2026, 3, 9)))
    agent.record_identity_check(info.id, "signature_compared")
    ObjectionService(database, SUPERVISOR, clock).decide(
        data.maija_id, "Tietojen luovutus yhteistyökumppaneille", True,
        "Asiakkaan erityinen tilanne painaa enemmän kuin yhtiön etu.", stops)
    return info.reference


def test_an_upheld_objection_to_marketing_exports_leaves_the_customer_out(database: Database, data: RequestData,
                                                                          clock: Clock) -> None:
    from desktop.services.customers import CustomerService
    from desktop.services.marketing_export import MarketingExportService

    def exported() -> tuple[set[str], int]:
        rows: list[str] = []
        report = MarketingExportService(database, SUPERVISOR, clock).export(
            "Kumppani Oy", "direct_advertising", "post", lambda row: rows.append(row.customer_number))
        return set(rows), report.objected

    before, _ = exported()
    maija = CustomerService(database, AGENT, clock).open_card(data.maija_id, "request")
    assert maija.customer_number in before and maija.objection_stops == ()
    with pytest.raises(DomainError):
        ObjectionService(database, SUPERVISOR, clock).decide(data.maija_id, "x", True, "perustelut tässä", "everything")
    _upheld(database, data, clock, "marketing_exports")
    after, objected = exported()
    assert after == before - {maija.customer_number} and objected == 1
    card = CustomerService(database, AGENT, clock).open_card(data.maija_id, "request")
    assert card.objection_stops == ("marketing_exports",)


def test_an_upheld_objection_to_disclosures_refuses_them_but_legal_claims(database: Database, data: RequestData,
                                                                         clock: Clock) -> None:
    from db.models import DataRequest
    from desktop.services.customers import CustomerService
    from desktop.services.restrictions import DisclosureService, Restricted

    reference = _upheld(database, data, clock, "disclosures")
    disclosures = DisclosureService(database, AGENT, clock)
    with pytest.raises(Restricted) as refused:
        disclosures.record(data.maija_id, "Urakoitsija Oy", "subcontractor", "Nimi ja osoite", dt.date(2026, 3, 10))
    assert "objection was upheld" in str(refused.value)
    disclosures.record(data.maija_id, "RopoCapital", "debt_collection", "Lasku 1000001", dt.date(2026, 3, 10))
    # The decision outlives its request: retention deleting the closed request does not restart the processing.
    with database.transaction() as session:
        session.query(DataRequest).filter(DataRequest.reference == reference).delete()
    card = CustomerService(database, AGENT, clock).open_card(data.maija_id, "request")
    assert card.objection_stops == ("disclosures",)
    with pytest.raises(Restricted):
        disclosures.record(data.maija_id, "Urakoitsija Oy", "subcontractor", "Nimi ja osoite", dt.date(2026, 3, 10))
