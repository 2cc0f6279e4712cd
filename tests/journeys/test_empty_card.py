"""Before a customer is opened, the card says how to reach one instead of showing empty, disabled sections;
the agent finds the customer and the sections take its place."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListView
from sqlalchemy import select

from db.models import Customer
from journeys.conftest import WAIT_MS


def test_the_empty_card_shows_the_way_to_a_customer_then_the_customer(desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        number = session.scalar(select(Customer.customer_number).order_by(Customer.id).limit(1))
    desk.sign_in("agent")
    desk.go_to("Asiakkaat")
    hints = [label for label in desk.find_all(QLabel) if "Hae asiakas vasemmalta" in label.text()]
    assert hints, "the empty card says where to find a customer"
    assert "F2" in hints[0].text() and "Ctrl+N" in hints[0].text()
    assert not desk.find_all(QListView, name="Kortin osat"), "no empty sections before a customer is open"

    desk.keys("Ctrl+F")
    desk.type(number)
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QLabel, text="1 asiakas")), timeout=WAIT_MS)
    desk.keys("Return")
    desk.wait_for_dialog("Miksi avaat")  # no call going on: the purpose is asked and logged
    desk.click("2  Kirje – postin vastaaminen tai lähettäminen")
    desk.qtbot.waitUntil(lambda: bool(desk.find_all(QListView, name="Kortin osat")), timeout=WAIT_MS)
    assert not [label for label in desk.find_all(QLabel) if "Hae asiakas vasemmalta" in label.text()]


def test_an_auditor_is_not_offered_calls_or_requests(desk):
    desk.sign_in("auditor")
    desk.go_to("Asiakkaat")
    [hint] = [label for label in desk.find_all(QLabel) if "Hae asiakas vasemmalta" in label.text()]
    assert "F2" not in hint.text() and "Ctrl+N" not in hint.text()
