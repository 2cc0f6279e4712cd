"""Rectification through the card (issue 12): the customer's rectification request is being prepared; the
agent opens the customer, the contact section says edits now belong to the request, the agent corrects
the phone number and saves, and the register links old → new to the request for its reply."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget
from sqlalchemy import select

from db.models import ContactPoint, Customer, PostalAddress, Rectification
from desktop.core.roles import Actor, Role
from desktop.services.requests import Intake, RequestService
from journeys.conftest import Desk
from journeys.test_written_requests import open_customer


def test_agent_corrects_a_phone_for_the_customers_rectification_request(desk: Desk, journey_db, sql_guard):
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        customer_id, number = session.execute(
            select(Customer.id, Customer.customer_number).join(PostalAddress, PostalAddress.customer_id == Customer.id)
            .where(Customer.kind == "person", PostalAddress.valid_to.is_(None),
                   Customer.id.in_(select(ContactPoint.customer_id).where(ContactPoint.kind == "phone")))
            .order_by(Customer.id).limit(1)).one()
    with sql_guard.allowed():
        agent = RequestService(journey_db.admin, Actor(journey_db.logins["agent"][0], Role.AGENT))
        info = agent.intake(Intake("rectification", "letter", True, customer_id=customer_id,
                                   received_on=dt.date.today(), description="Puhelinnumeroni on vaihtunut."))
        agent.record_identity_check(info.id, "signature_compared")

    desk.sign_in("agent")
    open_customer(desk, number)
    desk.wait_until(lambda: any(f"oikaisupyynnön {info.reference}" in label.text() for label in desk.find_all(QLabel)))
    phones = desk.labelled("Puhelinnumerot")
    assert isinstance(phones, QLineEdit)
    old = phones.text()
    phones.clear()
    desk.type("050 111 2233", phones)
    street = desk.labelled("Katuosoite")
    assert isinstance(street, QLineEdit)
    street.clear()
    desk.type("Oikaisukuja 3", street)
    desk.click("Tallenna yhteystiedot (Ctrl+S)")
    desk.wait_idle()
    desk.wait_until(lambda: any(f"kirjattu pyynnölle {info.reference}" in label.text()
                                for label in desk.find_all(QLabel)))
    # The card's address history names the source: the customer's request, by its reference.
    source = f"Asiakkaan pyyntö, {info.reference}"
    desk.wait_until(lambda: any(table.item(r, c) is not None and table.item(r, c).text() == source
                                for table in desk.find_all(QTableWidget)
                                for r in range(table.rowCount()) for c in range(table.columnCount())))
    with sql_guard.allowed(), journey_db.admin.transaction() as session:
        rows = {r.field: r for r in session.scalars(select(Rectification).where(Rectification.request_id == info.id))}
        row = rows["phones"]
        assert row.new_value == "050 111 2233" and old.split(";")[0].strip() in row.old_value
        assert row.changed_by == journey_db.logins["agent"][0] and "Oikaisukuja 3" in rows["postal_address"].new_value
