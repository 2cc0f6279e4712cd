"""A supervisor decides a customer's objection to other processing from the card (Tietosuoja → Ctrl+Shift+O):
the decision with its reasons is recorded for the objection request; an agent is not offered it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QToolButton
from sqlalchemy import select

from db.models import Customer, ObjectionDecision
from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestService
from journeys.conftest import Desk, plain
from journeys.test_written_requests import open_customer


def test_supervisor_rejects_an_objection_with_reasons(desk: Desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer_id, number = session.execute(select(Customer.id, Customer.customer_number)
                                              .where(Customer.kind == "person").order_by(Customer.id.desc())
                                              .limit(1)).one()
    with sql_guard.allowed():
        agent = RequestService(journey_db.admin, Actor(journey_db.logins["agent"][0], Role.AGENT))
        info = agent.intake(Intake("objection", "letter", True, customer_id=customer_id, received_on=dt.date.today()))
        agent.record_identity_check(info.id, "signature_compared")

    desk.sign_in("agent")
    open_customer(desk, number)
    menu = desk.find(QToolButton, text="Tietosuoja")
    assert "Vastustamispäätös …" not in [plain(a.text()) for a in menu.menu().actions() if a.isVisible()]
    desk.quit()

    desk.sign_in("supervisor")
    open_customer(desk, number)
    menu = desk.find(QToolButton, text="Tietosuoja")
    assert "Vastustamispäätös …" in [plain(a.text()) for a in menu.menu().actions() if a.isVisible()]
    desk.keys("Ctrl+Shift+O")
    dialog = desk.wait_for_dialog("Vastustamispäätös")
    desk.type("Kulutustietojen käyttö palvelujen kehittämiseen", desk.labelled("Vastustettu käsittely", dialog))
    desk.click("Hylkää: huomattavan tärkeät perusteet tai oikeudellinen vaade", dialog)
    desk.type("Tietoja tarvitaan laskutusriidan selvittämiseen.", desk.find(QPlainTextEdit, name="Perustelut", root=dialog))
    desk.click("Kirjaa päätös", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()
    desk.wait_until(lambda: any(f"pyynnölle {info.reference}" in label.text() for label in desk.find_all(QLabel)))
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        [decision] = session.scalars(select(ObjectionDecision).where(ObjectionDecision.request_id == info.id)).all()
        assert not decision.upheld and decision.decided_by == journey_db.logins["supervisor"][0]


def test_supervisor_upholds_an_objection_and_the_marketing_export_leaves_the_customer_out(desk: Desk, journey_db,
                                                                                           sql_guard):
    from PySide6.QtWidgets import QComboBox

    from desktop.services.marketing_export import MarketingExportService

    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer_id, number = session.execute(select(Customer.id, Customer.customer_number)
                                              .where(Customer.kind == "person").order_by(Customer.id.desc())
                                              .limit(1)).one()
    with sql_guard.allowed():
        agent = RequestService(journey_db.admin, Actor(journey_db.logins["agent"][0], Role.AGENT))
        info = agent.intake(Intake("objection", "letter", True, customer_id=customer_id, received_on=dt.date.today()))
        agent.record_identity_check(info.id, "signature_compared")

    desk.sign_in("supervisor")
    open_customer(desk, number)
    desk.keys("Ctrl+Shift+O")
    dialog = desk.wait_for_dialog("Vastustamispäätös")
    desk.type("Tietojen poiminta kumppanien markkinointiin", desk.labelled("Vastustettu käsittely", dialog))
    stops = desk.labelled("Hyväksyttynä lopettaa", dialog)
    assert isinstance(stops, QComboBox)
    stops.setCurrentIndex(stops.findData("marketing_exports"))
    desk.type("Asiakkaan erityinen tilanne painaa enemmän.", desk.find(QPlainTextEdit, name="Perustelut", root=dialog))
    desk.click("Kirjaa päätös", dialog)
    desk.wait_closed(dialog)
    desk.wait_idle()
    desk.wait_until(lambda: any("Vastustus hyväksytty" in label.text() and "asiakas jätetään pois" in label.text()
                                for label in desk.find_all(QLabel)))
    with sql_guard.allowed():
        rows: list[str] = []
        actor = Actor(journey_db.logins["supervisor"][0], Role.SUPERVISOR)
        report = MarketingExportService(journey_db.admin, actor).export(
            "Kumppani Oy", "direct_advertising", "post", lambda row: rows.append(row.customer_number))
    assert number not in rows and report.objected == 1
