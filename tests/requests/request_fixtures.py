"""Test data for requests and letters: rows inserted directly, one customer with every table filled.

A module of its own (not conftest) so test modules can import the constants under a unique name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from db import audit
from db.database import Database
from db.models import (
    BankAccount,
    Call,
    ConsentEvent,
    ConsumptionSummary,
    ContactPoint,
    Contract,
    ControllerProfile,
    Customer,
    Disclosure,
    InvoiceSummary,
    PersonHetu,
    PostalAddress,
    StaffUser,
    UsageSite,
)
from desktop.core import hetu as hetu_core
from desktop.core.roles import Actor, Role
from desktop.core.text import fold, name_key
from desktop.services.profiles import get_profile

HETU = "131052-308T"
SAMI_HETU = "010203A123N"
HMAC_KEY = b"r" * 32
AGENT = Actor("aino.agent", Role.AGENT, "Aino Asiakaspalvelija")
SUPERVISOR = Actor("sanna.super", Role.SUPERVISOR, "Sanna Esimies")
NOW = dt.datetime(2026, 3, 10, 9, 30, tzinfo=dt.UTC)  # Tuesday 10.3.2026, 11.30 in Helsinki
UTC = dt.UTC


@dataclass(frozen=True)
class RequestData:
    maija_id: int
    asa_id: int
    sami_id: int
    nomail_id: int


class Clock:
    """A settable clock: tests move time forward explicitly instead of sleeping."""

    def __init__(self, now: dt.datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, days: int) -> None:
        self.now += dt.timedelta(days=days)


def _person(session, number: str, last: str, first: str, language: str = "fi") -> Customer:
    customer = Customer(customer_number=number, kind="person", first_names=first, last_name=last, language=language,
                        search_name=name_key(last, first), created_at=dt.datetime(2015, 4, 1, 8, tzinfo=UTC))
    session.add(customer)
    session.flush()
    return customer


def _address(customer_id: int, street: str, postcode: str, town: str, since: dt.datetime,
             until: dt.datetime | None = None, care_of: str | None = None, country: str = "FI") -> PostalAddress:
    return PostalAddress(customer_id=customer_id, street=street, postcode=postcode, post_town=town,
                         care_of=care_of, country=country, street_key=fold(street), valid_from=since, valid_to=until)


def insert_request_data(database: Database) -> RequestData:
    with database.transaction() as session:
        session.add(ControllerProfile(**get_profile("keminmaa").model_values()))
        session.add_all([StaffUser(username=AGENT.username, display_name=AGENT.display_name, role="agent"),
                         StaffUser(username=SUPERVISOR.username, display_name=SUPERVISOR.display_name,
                                   role="supervisor")])
        maija = _person(session, "100001", "Mäkinen", "Maija Liisa")
        session.add(PersonHetu(customer_id=maija.id, hetu=HETU, blind_index=hetu_core.blind_index(HETU, HMAC_KEY)))
        session.add_all([
            _address(maija.id, "Rantatie 3", "94400", "Keminmaa", dt.datetime(2015, 4, 1, tzinfo=UTC),
                     dt.datetime(2023, 9, 1, tzinfo=UTC)),
            _address(maija.id, "Jauholantie 12 B 7", "94450", "Keminmaa", dt.datetime(2023, 9, 1, tzinfo=UTC),
                     care_of="Kaisa Mäkinen"),
            ContactPoint(customer_id=maija.id, kind="phone", value="040 123 4567", value_key="0401234567",
                         added_at=dt.datetime(2015, 4, 1, 8, tzinfo=UTC)),
            ContactPoint(customer_id=maija.id, kind="email", value="maija.makinen@example.fi",
                         value_key="maija.makinen@example.fi", source="customer_notice",
                         added_at=dt.datetime(2023, 9, 1, 8, tzinfo=UTC)),
            BankAccount(customer_id=maija.id, iban="FI2112345600000785", bic="NDEAFIHH",
                        added_at=dt.datetime(2019, 2, 11, 8, tzinfo=UTC)),
        ])
        elec = UsageSite(customer_id=maija.id, metering_point_id="643007000000123456", street="Jauholantie 12 B 7",
                         postcode="94450", post_town="Keminmaa", commodity="electricity")
        water = UsageSite(customer_id=maija.id, metering_point_id="643007000000654321", street="Jauholantie 12 B 7",
                          postcode="94450", post_town="Keminmaa", commodity="water")
        session.add_all([elec, water])
        session.flush()
        session.add_all([
            Contract(customer_id=maija.id, usage_site_id=elec.id, contract_number="S-204711", kind="electricity_sales",
                     product="Lappi Vihreä 24 kk", start_date=dt.date(2023, 9, 1)),
            Contract(customer_id=maija.id, usage_site_id=elec.id, contract_number="N-88120",
                     kind="electricity_transmission", product="Yleissiirto", start_date=dt.date(2023, 9, 1)),
            Contract(customer_id=maija.id, usage_site_id=water.id, contract_number="V-3301", kind="water",
                     product="Vesi ja jätevesi", start_date=dt.date(2023, 9, 1), end_date=dt.date(2025, 12, 31)),
            *[ConsumptionSummary(usage_site_id=elec.id, year=y, quantity=Decimal(q), unit="kWh")
              for y, q in ((2023, "1412.5"), (2024, "4873"), (2025, "5120.25"))],
            ConsumptionSummary(usage_site_id=water.id, year=2025, quantity=Decimal("61.4"), unit="m3"),
            InvoiceSummary(customer_id=maija.id, open_count=1, open_amount=Decimal("84.20"), overdue_count=0,
                           paid_last_12_months=Decimal("1234.56"), last_invoice_on=dt.date(2026, 2, 14),
                           updated_at=dt.datetime(2026, 3, 1, 4, tzinfo=UTC)),
            Call(customer_id=maija.id, agent_username=AGENT.username, started_at=dt.datetime(2026, 1, 12, 10, 5,
                 tzinfo=UTC), recording_ref="REC-2026-000173", notice_given_at=dt.datetime(2026, 1, 12, 10, 5,
                 tzinfo=UTC), notice_version=1, subject="Laskun eräpäivän siirto", notes="Eräpäivä siirretty 28.2."),
            Call(customer_id=maija.id, agent_username=AGENT.username, direction="outbound",
                 started_at=dt.datetime(2025, 11, 3, 12, 0, tzinfo=UTC), customer_objected=True,
                 subject="Sopimuksen jatko"),
            ConsentEvent(customer_id=maija.id, purpose="direct_advertising", channel="phone", decision="prohibit",
                         source="customer_phone", agent_username=AGENT.username,
                         occurred_at=dt.datetime(2025, 11, 3, 12, 5, tzinfo=UTC)),
            ConsentEvent(customer_id=maija.id, purpose="electronic_marketing", channel="email", decision="consent",
                         source="customer_email", agent_username=AGENT.username,
                         occurred_at=dt.datetime(2024, 5, 2, 7, 0, tzinfo=UTC)),
            Disclosure(customer_id=maija.id, recipient="Lapin Verkko Oy", basis="Sähkömarkkinalaki, siirtosopimus",
                       data_description="Nimi, osoite, käyttöpaikka", disclosed_on=dt.date(2023, 9, 2),
                       recorded_by=AGENT.username),
        ])
        audit.append(session, AGENT, "customer_opened", customer_id=maija.id, purpose="call")
        audit.append(session, AGENT, "contact_changed", customer_id=maija.id, purpose="correction")

        asa = _person(session, "100002", "Öhman", "Åsa", language="sv")
        session.add(_address(asa.id, "Runebergsgatan 3 B 12", "06150", "Borgå", dt.datetime(2020, 1, 1, tzinfo=UTC)))
        sami = _person(session, "100003", "Ŋuorra-Sárá", "Máret Ánne", language="en")
        session.add(PersonHetu(customer_id=sami.id, hetu=SAMI_HETU,
                               blind_index=hetu_core.blind_index(SAMI_HETU, HMAC_KEY)))
        session.add(_address(sami.id, "Čeavetjávri 7", "99980", "Utsjoki", dt.datetime(2021, 1, 1, tzinfo=UTC)))
        nomail = _person(session, "100004", "Osoitteeton", "Olli")
        return RequestData(maija.id, asa.id, sami.id, nomail.id)
