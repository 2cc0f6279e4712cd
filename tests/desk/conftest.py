"""Fixture data for the desk services: rows inserted directly, one customer with every card section filled."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import (
    AuditEvent,
    BankAccount,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    ControllerProfile,
    Customer,
    DataRequest,
    Disclosure,
    InvoiceSummary,
    Letter,
    PersonHetu,
    PostalAddress,
    UsageSite,
)
from desktop.core import hetu as hetu_core
from desktop.core.roles import Actor, Role
from desktop.core.text import fold, name_key, phone_key
from desktop.services.profiles import get_profile

HETU = "131052-308T"
HMAC_KEY = b"k" * 32
AGENT = Actor("aino.agent", Role.AGENT, "Aino Asiakaspalvelija")
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR, "Sanna Esimies")
AUDITOR = Actor("tuomas.tsv", Role.AUDITOR, "Tuomas Tietosuoja")
ADMIN = Actor("pekka.admin", Role.ADMIN, "Pekka Pääkäyttäjä")
T_OLD = dt.datetime(2019, 5, 1, 8, 0, tzinfo=dt.UTC)
T_MOVE = dt.datetime(2023, 9, 1, 8, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class DeskData:
    person_id: int
    company_id: int
    swedish_id: int
    bystander_id: int


def audit_rows(database: Database, action: str | None = None) -> list[AuditEvent]:
    with database.transaction() as session:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if action:
            query = query.where(AuditEvent.action == action)
        return list(session.scalars(query))


def _person(session, number: str, last: str, first: str, language: str = "fi") -> Customer:
    customer = Customer(customer_number=number, kind="person", first_names=first, last_name=last, language=language,
                        search_name=name_key(last, first))
    session.add(customer)
    session.flush()
    return customer


@pytest.fixture
def desk(database: Database) -> DeskData:
    return insert_desk_data(database)


def insert_desk_data(database: Database) -> DeskData:
    with database.transaction() as session:
        session.add(ControllerProfile(**get_profile("keminmaa").model_values()))
        maija = _person(session, "100001", "Mäkinen", "Maija Liisa")
        session.add(PersonHetu(customer_id=maija.id, hetu=HETU, blind_index=hetu_core.blind_index(HETU, HMAC_KEY)))
        session.add_all([
            PostalAddress(customer_id=maija.id, street="Rantatie 3", postcode="94400", post_town="Keminmaa",
                          street_key=fold("Rantatie 3"), valid_from=T_OLD, valid_to=T_MOVE),
            PostalAddress(customer_id=maija.id, street="Jauholantie 4 B 7", postcode="94450",
                          post_town="Keminmaa", street_key=fold("Jauholantie 4 B 7"), valid_from=T_MOVE),
            ContactPoint(customer_id=maija.id, kind="phone", value="040 123 4567", value_key=phone_key("040 123 4567")),
            ContactPoint(customer_id=maija.id, kind="email", value="maija.makinen@example.fi",
                         value_key="maija.makinen@example.fi"),
            BankAccount(customer_id=maija.id, iban="FI21 1234 5600 0007 85", bic="NDEAFIHH"),
            InvoiceSummary(customer_id=maija.id, open_count=1, open_amount=Decimal("84.20"), overdue_count=0,
                           paid_last_12_months=Decimal("1012.55"), last_invoice_on=dt.date(2026, 2, 15)),
            Disclosure(customer_id=maija.id, recipient="Perintätoimisto Oy", basis="Unpaid invoice",
                       data_description="Name, address, invoice", disclosed_on=dt.date(2025, 11, 3),
                       recorded_by="sanna.super"),
        ])
        site = UsageSite(customer_id=maija.id, metering_point_id="643007572000012345", street="Jauholantie 4 B 7",
                         postcode="94450", post_town="Keminmaa", commodity="electricity")
        session.add(site)
        session.flush()
        session.add_all([
            ConsumptionSummary(usage_site_id=site.id, year=2024, quantity=Decimal("4210.5"), unit="kWh"),
            ConsumptionSummary(usage_site_id=site.id, year=2025, quantity=Decimal("3980.0"), unit="kWh"),
            Contract(customer_id=maija.id, usage_site_id=site.id, contract_number="S-2023-0001",
                     kind="electricity_sales", product="Kotisähkö", start_date=dt.date(2023, 9, 1)),
            Contract(customer_id=maija.id, usage_site_id=site.id, contract_number="V-2023-0001",
                     kind="electricity_transmission", product="Yleissiirto", start_date=dt.date(2023, 9, 1)),
        ])
        request = DataRequest(reference="TP-2026-00001", customer_id=maija.id, request_type="access",
                              channel="letter", signed=True, received_on=dt.date(2026, 2, 2),
                              due_on=dt.date(2026, 3, 2), created_by="aino.agent")
        session.add(request)
        session.flush()
        session.add(Letter(request_id=request.id, customer_id=maija.id, letter_type="access_reply", language="fi",
                           reference="TP-2026-00001", address_snapshot=["Maija Mäkinen"], pdf=b"%PDF-1.7 test",
                           sha256="0" * 64, page_count=3, created_by="aino.agent"))

        company = Customer(customer_number="200001", kind="company", company_name="Keminmaan Kala Oy",
                           business_id="1234567-8", search_name=name_key(None, company="Keminmaan Kala Oy"))
        session.add(company)
        session.flush()
        session.add(PostalAddress(customer_id=company.id, street="Satamatie 1", postcode="94450",
                                  post_town="Keminmaa", street_key=fold("Satamatie 1"), valid_from=T_OLD))
        swedish = _person(session, "100002", "Åström", "Åsa", language="sv")
        session.add(PostalAddress(customer_id=swedish.id, street="Kyrkogatan 2", postcode="49400",
                                  post_town="Hamina", street_key=fold("Kyrkogatan 2"), valid_from=T_OLD))
        bystander = _person(session, "100003", "Öhman", "Örjan")
        session.add(ContactPoint(customer_id=bystander.id, kind="email", value="orjan@example.fi",
                                 value_key="orjan@example.fi"))
        return DeskData(maija.id, company.id, swedish.id, bystander.id)
