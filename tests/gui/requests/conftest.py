"""A register with one fully filled customer, the two desk roles as sessions, and a page factory."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.database import Database
from db.models import (
    AuditEvent,
    BankAccount,
    Call,
    ConsentEvent,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    ControllerProfile,
    Customer,
    DatabaseSecret,
    Disclosure,
    InvoiceSummary,
    PersonHetu,
    PostalAddress,
    UsageSite,
)
from desktop.core import hetu as hetu_core
from desktop.core.roles import Actor, Role
from desktop.core.text import fold, name_key, phone_key
from desktop.operations.session import DeskSession
from desktop.services.profiles import get_profile

HETU = "131052-308T"
AGENT = Actor("aino.agent", Role.AGENT, "Aino Asiakaspalvelija")
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR, "Sanna Esimies")
T_OLD = dt.datetime(2019, 5, 1, 8, 0, tzinfo=dt.UTC)
T_MOVE = dt.datetime(2023, 9, 1, 8, 0, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Register:
    database: Database
    customer_id: int
    customer_number: str
    other_id: int


def session_for(database: Database, actor: Actor) -> DeskSession:
    return DeskSession(database, actor, "test", is_local_file=True)


def audit_actions(database: Database) -> list[AuditEvent]:
    with database.transaction() as session:
        rows = list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))
        session.expunge_all()
        return rows


def insert_register(database: Database) -> Register:
    with database.transaction() as session:
        session.add(ControllerProfile(**get_profile("keminmaa").model_values()))
        key = os.urandom(32)
        session.add(DatabaseSecret(name="hetu_hmac", value=key))
        maija = Customer(customer_number="100001", kind="person", first_names="Maija Liisa", last_name="Mäkinen",
                         language="fi", search_name=name_key("Mäkinen", "Maija Liisa"))
        other = Customer(customer_number="100002", kind="person", first_names="Åsa", last_name="Åström",
                         language="sv", search_name=name_key("Åström", "Åsa"))
        session.add_all([maija, other])
        session.flush()
        session.add_all([
            PersonHetu(customer_id=maija.id, hetu=HETU, blind_index=hetu_core.blind_index(HETU, key)),
            PostalAddress(customer_id=maija.id, street="Rantatie 3", postcode="94400", post_town="Keminmaa",
                          street_key=fold("Rantatie 3"), valid_from=T_OLD, valid_to=T_MOVE),
            PostalAddress(customer_id=maija.id, care_of="Virtanen", street="Jauholantie 4 B 7", postcode="94450",
                          post_town="Keminmaa", street_key=fold("Jauholantie 4 B 7"), valid_from=T_MOVE),
            PostalAddress(customer_id=other.id, street="Satamatie 1", postcode="94450", post_town="Keminmaa",
                          street_key=fold("Satamatie 1"), valid_from=T_OLD),
            ContactPoint(customer_id=maija.id, kind="phone", value="040 123 4567",
                         value_key=phone_key("040 123 4567")),
            ContactPoint(customer_id=maija.id, kind="email", value="maija.makinen@example.fi",
                         value_key="maija.makinen@example.fi"),
            BankAccount(customer_id=maija.id, iban="FI21 1234 5600 0007 85", bic="NDEAFIHH"),
            InvoiceSummary(customer_id=maija.id, open_count=1, open_amount=Decimal("84.20"), overdue_count=0,
                           paid_last_12_months=Decimal("1012.55"), last_invoice_on=dt.date(2026, 2, 15)),
            Disclosure(customer_id=maija.id, recipient="Perintätoimisto Oy", basis="Unpaid invoice",
                       data_description="Name, address, invoice", disclosed_on=dt.date(2025, 11, 3),
                       recorded_by="sanna.super"),
            Call(customer_id=maija.id, agent_username="aino.agent", started_at=T_MOVE, recording_ref="REC-77",
                 notice_given_at=T_MOVE, notice_version=1, notice_language="fi", subject="Muutto"),
            ConsentEvent(customer_id=maija.id, purpose="direct_advertising", channel="post", decision="prohibit",
                         source="customer_phone", agent_username="aino.agent", occurred_at=T_MOVE),
        ])
        site = UsageSite(customer_id=maija.id, metering_point_id="643007572000012345", street="Jauholantie 4 B 7",
                         postcode="94450", post_town="Keminmaa", commodity="electricity")
        session.add(site)
        session.flush()
        session.add_all([
            ConsumptionSummary(usage_site_id=site.id, year=2025, quantity=Decimal("3980.0"), unit="kWh"),
            Contract(customer_id=maija.id, usage_site_id=site.id, contract_number="S-2023-0001",
                     kind="electricity_sales", product="Kotisähkö", start_date=dt.date(2023, 9, 1)),
        ])
        return Register(database, maija.id, maija.customer_number, other.id)


@pytest.fixture
def register(database: Database, sql_guard) -> Register:
    with sql_guard.allowed():
        return insert_register(database)


@pytest.fixture
def agent(register: Register) -> DeskSession:
    return session_for(register.database, AGENT)


@pytest.fixture
def supervisor(register: Register) -> DeskSession:
    return session_for(register.database, SUPERVISOR)
